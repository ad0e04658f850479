export const ROLES = ['admin', 'office', 'counsellor', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that keep the register (create/edit students, projects, classes). */
export const REGISTER_EDITORS: readonly Role[] = ['admin', 'office'];
export const ALL_ROLES: readonly Role[] = ROLES;
