import type { JobQueue } from '../../../platform/jobs/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { todayIn } from '../domain.ts';
import { command, fail } from '../reasons.ts';
import { headsOf, officialsOf } from '../people.ts';
import { lockAppeal, markEscalated, overdueNotEscalated } from '../repository/index.ts';
import { appealNote, mailUser } from './shared.ts';

/** Queue name of the daily escalation job. */
export const ESCALATE_QUEUE = 'appeals.escalate';

/**
 * Escalates one overdue appeal to the head of its body: marks it escalated (once), mails the
 * heads — or all officials of the body when it has no head flagged — and records it (no personal
 * data, no actor: the deadline did it).
 * @example await escalateAppeal({ db, jobs, actor: null }, { id })
 */
export const escalateAppeal = command({
  load: (trx, input: { id: string }) => lockAppeal(trx, input.id),
  run: async ({ trx, loaded: a, at, jobs, audit }) => {
    if (!(await markEscalated(trx, a.id, at))) return fail('already_escalated');
    const heads = await headsOf(trx, a.state_body_id);
    const to = heads.length ? heads : await officialsOf(trx, a.state_body_id);
    for (const u of to) await mailUser(trx, jobs, u.id, 'escalated', { number: a.number, due: a.due_on });
    await audit({
      ...appealNote('escalated', a.number, { dueOn: a.due_on, notified: to.length, toHeads: heads.length > 0 }),
      system: true,
    });
    return ok(undefined);
  },
});

/**
 * The daily job: escalates every unanswered appeal past its due date, each in its own
 * transaction (idempotent: an appeal escalated already is skipped). Returns how many it escalated.
 * @example const n = await escalateOverdue(app.db, app.jobs, new Date())
 */
export async function escalateOverdue(db: Db, jobs: JobQueue, now = new Date()): Promise<number> {
  const today = todayIn(now);
  let done = 0;
  for (;;) {
    const batch = await overdueNotEscalated(db, today, 200);
    if (batch.length === 0) return done;
    for (const a of batch) if ((await escalateAppeal({ db, jobs, actor: null }, { id: a.id }, now)).ok) done++;
  }
}
