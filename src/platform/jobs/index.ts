import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/schema.ts';

export type JobHandler = (payload: any, ctx: { db: Db; attempt: number }) => Promise<void>;

/**
 * A job queue in the same database: jobs are rows claimed with FOR UPDATE SKIP LOCKED,
 * which works on PGlite (one connection) and on PostgreSQL with many workers.
 * Delivery is at least once, so handlers must be idempotent.
 */
export class JobQueue {
  private handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;

  constructor(
    private db: Db,
    private log?: FastifyBaseLogger,
  ) {}

  register(queue: string, handler: JobHandler) {
    this.handlers.set(queue, handler);
  }

  /** Enqueue within the caller's transaction when given one; dedupeKey makes enqueueing idempotent. */
  async enqueue(
    queue: string,
    payload: Record<string, unknown>,
    opts: { runAt?: Date; dedupeKey?: string; maxAttempts?: number; trx?: Db } = {},
  ) {
    const db = opts.trx ?? this.db;
    await db
      .insertInto('jobs')
      .values({
        queue,
        payload: JSON.stringify(payload),
        run_at: opts.runAt ?? new Date(),
        dedupe_key: opts.dedupeKey ?? null,
        max_attempts: opts.maxAttempts ?? 5,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .execute();
  }

  /** Claims and runs due jobs until none is left; returns how many ran. */
  async drain(limit = 100): Promise<number> {
    let n = 0;
    while (n < limit && !this.stopped) {
      const job = await this.claim();
      if (!job) break;
      n++;
      await this.runOne(job);
    }
    return n;
  }

  private async claim() {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return undefined;
    // Lock for 5 minutes: a worker that dies mid-job releases it when the lock runs out.
    const res = await sql<{ id: number; queue: string; payload: any; attempts: number; max_attempts: number }>`
      update jobs set locked_until = now() + interval '5 minutes', attempts = attempts + 1
      where id = (
        select id from jobs
        where done_at is null and failed_at is null and run_at <= now()
          and (locked_until is null or locked_until < now()) and queue in (${sql.join(queues)})
        order by run_at, id
        for update skip locked
        limit 1
      )
      returning id, queue, payload, attempts, max_attempts`.execute(this.db);
    return res.rows[0];
  }

  private async runOne(job: { id: number; queue: string; payload: any; attempts: number; max_attempts: number }) {
    const handler = this.handlers.get(job.queue)!;
    try {
      await handler(job.payload, { db: this.db, attempt: job.attempts });
      await this.db
        .updateTable('jobs')
        .set({ done_at: new Date(), locked_until: null })
        .where('id', '=', job.id)
        .execute();
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.log?.warn({ job: job.id, queue: job.queue, err: msg }, 'job failed');
      const final = job.attempts >= job.max_attempts;
      // Exponential back-off: 30 s, 1 min, 2 min, …
      const retryAt = new Date(Date.now() + 30_000 * 2 ** (job.attempts - 1));
      await this.db
        .updateTable('jobs')
        .set({
          last_error: msg.slice(0, 2000),
          locked_until: null,
          ...(final ? { failed_at: new Date() } : { run_at: retryAt }),
        })
        .where('id', '=', job.id)
        .execute();
    }
  }

  start(intervalMs = 2000) {
    this.stopped = false;
    const tick = async () => {
      if (this.running || this.stopped) return;
      this.running = true;
      try {
        await this.drain();
      } catch (e) {
        this.log?.error({ err: e }, 'job worker tick failed');
      } finally {
        this.running = false;
      }
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }
}
