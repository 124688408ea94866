export * from './vocabulary.ts';
export * from './errors.ts';
export * from './schemas/common.ts';
export * from './schemas/auth.ts';
export * from './schemas/users.ts';
export * from './schemas/org.ts';
export * from './schemas/audit.ts';
export * from './schemas/plans.ts';
