/** Kysely queries of the registry, named by intent, by area; the only place the registry writes SQL. */
export * from './organizations.ts';
export * from './search.ts';
export * from './openData.ts';
export * from './demo.ts';
