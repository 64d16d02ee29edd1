/**
 * The online reception (appeals to state bodies): the Fastify plugin and what other modules may
 * use. Modules talk to the reception only through this file.
 */
import type { FastifyInstance } from 'fastify';
import { almatyDayStart } from '../../reference/index.ts';
import { escalateOverdue, ESCALATE_QUEUE } from './commands/escalateOverdue.ts';
import { todayIn, type BodyRecord } from './domain.ts';
import { registerOpenData } from './openData.ts';
import { EMPTY_RECORD } from './presenters.ts';
import { bodyRecords } from './repository/index.ts';
import { appealsApi } from './routes/api.ts';
import { appealRoutes } from './routes/appeal.tsx';
import { appealsCitizen } from './routes/citizen.tsx';
import { appealsOfficial } from './routes/official.tsx';
import { appealsPublic } from './routes/public.tsx';
import type { Db } from '../../platform/db/schema.ts';

export { seedAppealsDemo } from './demo.ts';
export { escalateOverdue, ESCALATE_QUEUE } from './commands/escalateOverdue.ts';
export { setBodyHead } from './commands/setBodyHead.ts';
export type { BodyRecord } from './domain.ts';

/** The next run of the daily escalation sweep: 00:05 in Almaty on the next calendar day. */
function nextSweep(now: Date): { runAt: Date; key: string } {
  const tomorrow = nextDay(todayIn(now));
  return { runAt: new Date(almatyDayStart(tomorrow).getTime() + 5 * 60_000), key: `${ESCALATE_QUEUE}:${tomorrow}` };
}
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function appealsModule(app: FastifyInstance) {
  await app.register(appealsCitizen);
  await app.register(appealsOfficial);
  await app.register(appealRoutes);
  await app.register(appealsPublic);
  await app.register(appealsApi);
  registerOpenData(app);

  // Escalation of overdue appeals: a sweep that runs now and then every night, re-enqueueing
  // itself (the dedupe key makes a second enqueue of the same night a no-op).
  app.jobs.register(ESCALATE_QUEUE, async (_payload, { db }) => {
    const now = new Date();
    await escalateOverdue(db, app.jobs, now);
    const next = nextSweep(now);
    await app.jobs.enqueue(ESCALATE_QUEUE, {}, { runAt: next.runAt, dedupeKey: next.key });
  });
  if (app.config.worker) {
    app.addHook('onReady', async () => {
      await app.jobs.enqueue(ESCALATE_QUEUE, {}, { dedupeKey: `${ESCALATE_QUEUE}:start:${todayIn(new Date())}` });
    });
  }
}

/**
 * A state body's record on appeals registered in a year: received, answered, answered by the
 * due date, overdue (answered late or unanswered past the due date, as of now), mean rating.
 * @example const r = await bodyAppealRecord(db, body.id, 2025) // { received: 40, answered: 38, answeredOnTime: 35, overdue: 5, averageRating: 4.1 }
 */
export async function bodyAppealRecord(db: Db, stateBodyId: string, year: number): Promise<BodyRecord> {
  const records = await bodyRecords(db, year, todayIn(new Date()), stateBodyId);
  return records.get(stateBodyId) ?? { ...EMPTY_RECORD };
}
