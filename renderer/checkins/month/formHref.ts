/** The check-in form of one student for one month. */
export const formHref = (month: string, studentId: number) => `/checkins/${month}/${studentId}`;
