import type { auth as zh } from '../zh/auth';

export const auth: typeof zh = {
  setupTitle: 'First start: create the administrator',
  setupHint: 'There are no accounts yet. Choose the administrator’s user name and password (there is no default password).',
  loginTitle: 'Sign in',
  username: 'User name',
  displayName: 'Full name',
  password: 'Password',
  passwordRepeat: 'Repeat password',
  passwordMismatch: 'The passwords do not match',
  createAdmin: 'Create administrator and sign in',
  login: 'Sign in',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  passwordChanged: 'Password changed',
};
