/**
 * The module's queries, named by intent, by area: volunteering (opportunities, profiles, sign-ups,
 * certificates), charity (campaigns, payments), the writes, open data and the demo. The only
 * place the module writes SQL; other modules' data comes through their contracts (lookups.ts).
 */
export type { Db } from '../../../platform/db/schema.ts';
export * from './volunteers.ts';
export * from './charity.ts';
export * from './writes.ts';
export * from './openData.ts';
export * from './demo.ts';
