export * from './users';
export * from './org';
export * from './students';
export * from './audit';
export * from './settings';
export * from './checkins';
export * from './warnings';
export * from './allowances';
