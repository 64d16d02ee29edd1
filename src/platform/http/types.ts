import type { Kysely } from 'kysely';
import type { Config } from '../config/index.ts';
import type { Database } from '../db/index.ts';
import type { Locale, T } from '../i18n/index.ts';
import type { Actor } from '../auth/actor.ts';
import type { JobQueue } from '../jobs/index.ts';
import type { Db } from '../db/schema.ts';

/**
 * A route's gate, checked before the handler: 'public', or a predicate on the actor
 * (signed in, has a role). Resource-level rules live in each module's policy.ts and
 * are called by the handler once the resource is loaded.
 */
export type RoutePolicy = 'public' | { name: string; allow: (actor: Actor | null) => boolean };

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
    jobs: JobQueue;
  }
  interface FastifyRequest {
    locale: Locale;
    t: T;
    actor: Actor | null;
    sessionId: string | null;
    /** True when the request carried a session cookie that is no longer valid. */
    sessionExpired: boolean;
    csrfToken: () => string;
    flash?: string;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** HTML routes answer errors as pages, API routes as JSON. */
    api?: boolean;
    /** The route reads multipart bodies itself and checks their CSRF token (the kit's forms with files). */
    multipart?: boolean;
  }
}
