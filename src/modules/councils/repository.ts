/** Kysely queries of public councils and hearings, named by intent (migrations/0008_councils.sql). */
export * from './repository/rows.ts';
export * from './repository/councils.ts';
export * from './repository/meetings.ts';
export * from './repository/hearings.ts';
