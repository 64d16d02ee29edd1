/**
 * Rate limits (ADR 0009), counted in PostgreSQL so that every instance of the server shares them.
 *
 * A limit is a dated operational parameter (`rateLimit.<name>` in src/reference/parameters.ts),
 * counted per client: the account when someone is signed in, otherwise the address the request
 * came from (the proxy's client address only when the proxy is trusted, QOGAM_TRUSTED_PROXIES).
 * A route gets its limit from the kit's `rateLimit` option (accounts' forms), from RULES below
 * (the writes of other modules, kept here so that one table shows them all), and every other
 * write sent without a session falls under `anonymousWrite`, one bucket per address for all of
 * them. Each hit is one upsert of a fixed window; a request over the limit is refused before
 * anything else runs, with `Retry-After` (errors.tsx renders the page or the problem JSON).
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import rateLimitPlugin, { normalizeIP, type RateLimitOptions } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { param, type ParamName } from '../../reference/parameters.ts';

type LimitParam = Extract<ParamName, `rateLimit.${string}`>;
export type LimitName = LimitParam extends `rateLimit.${infer N}` ? N : never;

/** Writes of the modules and the limit each falls under (a route's own `rateLimit` option wins). */
export const RULES: readonly { name: LimitName; method: string; url: string }[] = [
  { name: 'sign', method: 'POST', url: '/:lang(kk|ru|en)/initiatives/:id/sign' },
  { name: 'sign', method: 'POST', url: '/api/v1/initiatives/:id/signatures' },
  { name: 'appeal', method: 'POST', url: '/:lang(kk|ru|en)/appeals/new' },
  { name: 'comment', method: 'POST', url: '/:lang(kk|ru|en)/legislation/:id/comment' },
  { name: 'comment', method: 'POST', url: '/:lang(kk|ru|en)/funding/plans/:id/comments' },
  { name: 'comment', method: 'POST', url: '/:lang(kk|ru|en)/hearings/:id/questions' },
  { name: 'survey', method: 'POST', url: '/:lang(kk|ru|en)/funding/survey/:token' },
  { name: 'webhook', method: 'POST', url: '/api/v1/payments/:provider/notify' },
];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const current = (name: LimitName) => param(`rateLimit.${name}` as LimitParam, new Date());

/**
 * The route option for a named limit: its numbers read at each request (a new dated value applies
 * from its day without a restart), one bucket per name across the routes that share it.
 */
export function limit(name: LimitName): RateLimitOptions {
  return {
    groupId: name,
    max: () => current(name).max,
    timeWindow: () => current(name).windowSeconds * 1000,
  };
}

/** Who is counted: the account when signed in, else the address (an IPv6 /64 is one address). */
export function clientKey(req: FastifyRequest): string {
  return req.actor ? `user:${req.actor.id}` : `ip:${normalizeIP(req.ip)}`;
}

/**
 * The store @fastify/rate-limit counts in: the rate_limits table. A route (or a group of routes)
 * is a namespace of keys; a hit inserts the key's window or adds one to it, and a window that has
 * run out starts again at 1 — one statement, atomic on PostgreSQL and PGlite alike. Rows whose
 * window is over are deleted at most once a minute by each process.
 */
export function postgresStore(db: Db, onError: (err: unknown) => void) {
  let sweptAt = 0;
  const sweep = () => {
    if (Date.now() - sweptAt < 60_000) return;
    sweptAt = Date.now();
    db.deleteFrom('rate_limits')
      .where('expires_at', '<', sql<Date>`now()`)
      .execute()
      .catch(onError);
  };
  type Result = { current: number; ttl: number };
  type Callback = (err: Error | null, res?: Result) => void;
  const answer = (p: Promise<Result>, cb: Callback) =>
    p.then(
      (r) => cb(null, r),
      (e: Error) => cb(e),
    );

  return class PostgresRateLimitStore {
    constructor(
      _options?: unknown,
      readonly namespace = 'global',
    ) {}

    incr(key: string, cb: Callback, timeWindow: number) {
      sweep();
      const k = `${this.namespace}|${key}`;
      const q = sql<{ hits: number; ttl: number }>`
        insert into rate_limits as r (key, window_start, hits, expires_at)
        values (${k}, now(), 1, now() + make_interval(secs => ${timeWindow / 1000}))
        on conflict (key) do update set
          window_start = case when r.expires_at <= now() then now() else r.window_start end,
          hits = case when r.expires_at <= now() then 1 else r.hits + 1 end,
          expires_at = case when r.expires_at <= now() then excluded.expires_at else r.expires_at end
        returning r.hits, (extract(epoch from r.expires_at - now()) * 1000)::float8 as ttl`;
      answer(
        q.execute(db).then(({ rows: [row] }) => ({ current: row.hits, ttl: Math.max(0, Math.ceil(row.ttl)) })),
        cb,
      );
    }

    /** The state without a hit (the plugin's `{ increment: false }`). */
    read(key: string, cb: Callback) {
      const k = `${this.namespace}|${key}`;
      const q = sql<{ hits: number; ttl: number }>`
        select hits, (extract(epoch from expires_at - now()) * 1000)::float8 as ttl
        from rate_limits where key = ${k} and expires_at > now()`;
      answer(
        q
          .execute(db)
          .then(({ rows: [row] }) => (row ? { current: row.hits, ttl: Math.ceil(row.ttl) } : { current: 0, ttl: 0 })),
        cb,
      );
    }

    /**
     * A route's store: its group's namespace, or its own (method and URL). The plugin passes the
     * route's merged limit options with the route as `routeInfo` (its types say the route).
     */
    child(options: object) {
      const { groupId, routeInfo: r } = options as { groupId?: string; routeInfo?: Partial<RouteOptions> };
      const ns = groupId ?? (r?.url ? `${[r.method].flat().join(',')} ${r.url}` : 'custom');
      return new PostgresRateLimitStore(undefined, ns);
    }
  };
}

/**
 * Registers the limits on the app; call before any route is declared. With the configuration's
 * `rateLimit` off (benchmarks, some tests) routes keep their options but nothing is counted.
 */
export async function rateLimits(app: FastifyInstance) {
  const enabled = app.config.rateLimit;
  // Runs before the plugin's own onRoute hook (added below), so the limit it sets is the one used.
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as NonNullable<typeof route.config> & { policy?: unknown };
    if (!enabled) {
      if (config.rateLimit) route.config = { ...config, rateLimit: false };
      return;
    }
    if (config.rateLimit !== undefined || !config.policy) return;
    const methods = [route.method].flat();
    if (!methods.some((m) => UNSAFE.has(m))) return;
    const rule = RULES.find((r) => methods.includes(r.method) && r.url === route.url);
    route.config = {
      ...config,
      rateLimit: rule
        ? limit(rule.name)
        : // Writes of signed-in people are theirs to make; without a session, every write counts.
          { ...limit('anonymousWrite'), allowList: (req: FastifyRequest) => req.actor !== null },
    };
  });
  await app.register(rateLimitPlugin, {
    global: false,
    store: postgresStore(app.db, (err) => app.log.warn({ err }, 'rate limit sweep failed')),
    keyGenerator: clientKey,
    errorResponseBuilder: (_req, ctx) =>
      Object.assign(new Error('rate limited'), {
        statusCode: ctx.statusCode,
        retryAfterSeconds: Math.ceil(ctx.ttl / 1000),
      }),
  });
}
