import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './platform/config/index.ts';
import type { Database } from './platform/db/index.ts';
import { JobQueue } from './platform/jobs/index.ts';
import { mailDeliverer } from './platform/mail/index.ts';
import { localDiskStorage, type Storage } from './platform/files/index.ts';
import { requestContext } from './platform/http/context.ts';
import { installErrorHandlers } from './platform/http/errors.tsx';
import { observability } from './platform/http/observability.ts';
import { rateLimits } from './platform/http/rateLimits.ts';
import { negotiateLocale } from './platform/i18n/index.ts';
import { PUBLIC } from './platform/authz/index.ts';
import './platform/http/types.ts';
import { platformPages } from './platform/http/pages.tsx';
import { accountsModule } from './modules/accounts/index.ts';
import { registryModule } from './modules/registry/index.ts';
import { fundingModule } from './modules/funding/index.ts';
import { petitionsModule } from './modules/petitions/index.ts';
import { appealsModule } from './modules/appeals/index.ts';
import { legislationModule } from './modules/legislation/index.ts';
import { councilsModule } from './modules/councils/index.ts';
import { localModule } from './modules/local/index.ts';
import { forumModule } from './modules/forum/index.ts';
import { volunteeringModule } from './modules/volunteering/index.ts';
import { monitoringModule } from './modules/monitoring/index.ts';
import { OpenDataCatalogue, openDataRoutes } from './platform/opendata/index.ts';
import { pkiPlugin } from './platform/pki/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
    openData: OpenDataCatalogue;
    routeTable: { method: string | string[]; url: string; policy: unknown }[];
  }
}

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));

/** Builds the application on an open, migrated database: platform plugins first, then modules. */
export async function buildApp(
  config: Config,
  database: Database,
  opts: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    genReqId: (req) =>
      typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length < 100
        ? req.headers['x-request-id']
        : randomUUID(),
    // X-Forwarded-For is believed only from the proxies configured (QOGAM_TRUSTED_PROXIES): from
    // anyone else it is a client's claim, and the address the rate limits count would be its choice.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  // Every route, with its options, for the test that each one declares a policy.
  const routeTable: { method: string | string[]; url: string; policy: unknown }[] = [];
  app.addHook('onRoute', (r) => {
    routeTable.push({ method: r.method, url: r.url, policy: (r.config as { policy?: unknown } | undefined)?.policy });
  });
  app.decorate('routeTable', routeTable);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('storage', localDiskStorage(config.uploadsDir));
  // Modules publish their datasets, indicators, feeds and SDG contributions here.
  app.decorate('openData', new OpenDataCatalogue());
  const jobs = new JobQueue(database.db, app.log);
  app.decorate('jobs', jobs);
  jobs.register('mail.deliver', mailDeliverer(config.smtpUrl, config.mailFrom));

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(cookie);
  await app.register(formbody);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts' server-rendered SVG carries inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // NCALayer (the state signing app) listens on a local WebSocket.
        connectSrc: ["'self'", 'wss://127.0.0.1:13579'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.production ? [] : null,
      },
    },
    hsts: config.production,
  });
  await rateLimits(app);
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/static/', maxAge: config.production ? '1d' : 0 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Qogam API',
        version: '1',
        description:
          'Open data and actions of the Qogam civil-society platform. Public endpoints need no key; actions need a personal access token (Bearer).',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { policy: PUBLIC, api: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(requestContext);
  await app.register(observability);
  installErrorHandlers(app);

  app.get('/', { config: { policy: PUBLIC }, schema: { hide: true } }, async (req, reply) => {
    return reply.redirect(`/${negotiateLocale(req.headers['accept-language'])}`, 302);
  });

  await app.register(platformPages);
  await app.register(pkiPlugin, { workers: app.config.pkiWorkers });
  await app.register(accountsModule);
  await app.register(registryModule);
  await app.register(fundingModule);
  await app.register(petitionsModule);
  await app.register(appealsModule);
  await app.register(legislationModule);
  await app.register(councilsModule);
  await app.register(localModule);
  await app.register(forumModule);
  await app.register(volunteeringModule);
  await app.register(monitoringModule);
  await app.register(openDataRoutes);
  return app;
}
