// Open data shared by all modules: the catalogue they publish into and streaming helpers.
export * from './catalogue.ts';
export * from './stream.ts';
export { openDataRoutes } from './routes.ts';
