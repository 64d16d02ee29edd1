import type { Kysely } from 'kysely';
import type { Actor } from './auth/actor.ts';
import type { JobQueue } from './jobs/index.ts';
import type { Db } from './db/schema.ts';

/** What every command receives: the database, the job queue, who acts, and the request id for the audit log. */
export interface CommandDeps {
  db: Db;
  jobs: JobQueue;
  actor: Actor | null;
  requestId?: string;
}

/** Expected failures are values, not exceptions. */
export type Result<T = void> = { ok: true; value: T } | { ok: false; reason: string; field?: string };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (reason: string, field?: string): Result<never> => ({ ok: false, reason, field });

export function depsFrom(req: { server: { db: Db; jobs: JobQueue }; actor: Actor | null; id: string }): CommandDeps {
  return { db: req.server.db, jobs: req.server.jobs, actor: req.actor, requestId: req.id };
}
