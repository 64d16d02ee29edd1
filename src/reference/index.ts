// The reference data's public surface: import from 'src/reference/index.ts'.
export * from './localized.ts';
export * from './identity.ts';
export * from './regions.ts';
export * from './areas.ts';
export * from './legalForms.ts';
export * from './calendar.ts';
export * from './parameters.ts';
export * from './stateBodies.ts';
export * from './sdgs.ts';
