/** Kysely queries of the Civil Forum and its action plan, named by intent, by area. */
export type { ForumTables } from '../tables.ts';
export type { Db } from '../../../platform/db/schema.ts';
export * from './bodies.ts';
export * from './forums.ts';
export * from './openData.ts';
export * from './plan.ts';
export * from './platforms.ts';
export * from './recommendations.ts';
