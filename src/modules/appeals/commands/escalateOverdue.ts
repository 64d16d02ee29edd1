import type { Kysely } from 'kysely';
import type { JobQueue } from '../../../platform/jobs/index.ts';
import { todayIn } from '../domain.ts';
import { headsOf, markEscalated, officialsOf, overdueNotEscalated } from '../repository.ts';
import { auditAppeal, mailUser } from './shared.ts';
import type { Db } from '../../../platform/db/schema.ts';

/** Queue name of the daily escalation job. */
export const ESCALATE_QUEUE = 'appeals.escalate';

/**
 * Escalates every unanswered appeal past its due date to the head of its body: marks it
 * escalated (once: the job is idempotent), mails the heads — or all officials of the body when
 * it has no head flagged — and writes a public audit entry (no personal data).
 * @example const n = await escalateOverdue(app.db, app.jobs, new Date())
 */
export async function escalateOverdue(db: Db, jobs: JobQueue, now = new Date()): Promise<number> {
  const today = todayIn(now);
  let done = 0;
  for (;;) {
    const batch = await overdueNotEscalated(db, today, 200);
    if (batch.length === 0) return done;
    for (const a of batch) {
      await db.transaction().execute(async (trx) => {
        if (!(await markEscalated(trx, a.id, now))) return;
        const heads = await headsOf(trx, a.state_body_id);
        const to = heads.length ? heads : await officialsOf(trx, a.state_body_id);
        for (const u of to) await mailUser(trx, jobs, u.id, 'escalated', { number: a.number, due: a.due_on });
        await auditAppeal(trx, null, 'escalated', a.number, {
          dueOn: a.due_on,
          notified: to.length,
          toHeads: heads.length > 0,
        });
        done++;
      });
    }
  }
}
