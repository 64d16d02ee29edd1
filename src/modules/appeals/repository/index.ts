/** Kysely queries of the online reception, named by intent, by area (migrations/0006_appeals.sql); the only place it writes SQL. */
export type { AppealsTables } from '../tables.ts';
export type { Db } from '../../../platform/db/schema.ts';
export * from './appeals.ts';
export * from './lists.ts';
export * from './bodies.ts';
export * from './statistics.ts';
export * from './demo.ts';
