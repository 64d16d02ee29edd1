/** Kysely queries of the legislation module, named by intent (migrations/0007_legislation.sql), by area. */
export { CONCLUSION_KINDS, DRAFT_KINDS, type ConclusionKind, type DraftKind } from '../domain.ts';
export type { LegislationTables } from '../tables.ts';
export type { Db } from '../../../platform/db/schema.ts';
export * from './drafts.ts';
export * from './versions.ts';
export * from './comments.ts';
export * from './conclusions.ts';
export * from './demo.ts';
export * from './openData.ts';
