/** Kysely queries of the petitions module, named by intent, by area; the only place it writes SQL. */
export * from './initiatives.ts';
export * from './openData.ts';
export * from './demo.ts';
