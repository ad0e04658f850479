export const ROLES = ['admin', 'office', 'counsellor', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that keep the register (create/edit students, projects, classes). */
export const REGISTER_EDITORS: readonly Role[] = ['admin', 'office'];
export const ALL_ROLES: readonly Role[] = ROLES;

/**
 * Who reads what (the backend enforces these through electron/backend/access.ts; the UI reads them
 * only to offer what will be allowed). Whole 身份证号 and bank accounts: those who keep the register
 * and those who pay; everyone else gets them masked.
 */
export const SEES_WHOLE_IDS: readonly Role[] = ['admin', 'office', 'finance'];
/** Amounts of money (allowances): not counsellors, who see their students' lives, not their payments. */
export const SEES_MONEY: readonly Role[] = ['admin', 'office', 'finance', 'viewer'];
