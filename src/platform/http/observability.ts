import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { sql } from 'kysely';
import { PUBLIC } from '../authz/index.ts';
import { pendingMigrations } from '../db/migrate.ts';

/** /healthz (process up), /readyz (database reachable, migrations applied), /metrics (Prometheus). */
export async function observability(app: FastifyInstance) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const jobsDone = new Counter({
    name: 'qogam_jobs_run_total',
    help: 'Jobs run by this process',
    registers: [registry],
  });
  app.decorate('metrics', { registry, jobsDone });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    duration.labels(req.method, route, String(reply.statusCode)).observe(reply.elapsedTime / 1000);
  });

  app.get('/healthz', { config: { policy: PUBLIC, api: true }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  app.get('/readyz', { config: { policy: PUBLIC, api: true }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(app.db);
      const pending = await pendingMigrations(app.database);
      if (pending.length) return reply.code(503).send({ status: 'migrations_pending', pending });
      return { status: 'ready', database: app.database.kind };
    } catch (e) {
      return reply.code(503).send({ status: 'database_unreachable' });
    }
  });
  app.get('/metrics', { config: { policy: PUBLIC, api: true }, schema: { hide: true } }, async (_req, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: { registry: Registry; jobsDone: Counter };
  }
}
