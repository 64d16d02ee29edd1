/** Kysely queries of public councils and hearings, named by intent (migrations/0008_councils.sql). */
export * from './rows.ts';
export * from './councils.ts';
export * from './meetings.ts';
export * from './hearings.ts';
export * from './openData.ts';
export * from './demo.ts';
