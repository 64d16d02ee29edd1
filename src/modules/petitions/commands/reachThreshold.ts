import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import { translator } from '../../../platform/i18n/index.ts';
import type { JobQueue } from '../../../platform/jobs/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { answerDue, transition } from '../domain.ts';
import { officialsOf, stateBodyById, type InitiativeRow } from '../repository.ts';
import type { Db } from '../../../platform/db/schema.ts';

/**
 * The threshold is reached: a system transition made inside the signing batch that crossed it.
 * The addressee's answer deadline starts (working days from the calendar), its officials and the
 * author are notified by mail (through the outbox, in the same transaction), and the step is public.
 * No actor: the citizens' signatures did it. Idempotent by state (only from collecting).
 */
export async function recordThresholdReached(
  trx: Db,
  jobs: JobQueue,
  row: InitiativeRow,
  at: Date,
  baseUrl: string,
): Promise<boolean> {
  const next = transition(row.status, 'reach_threshold');
  if (!next) return false;
  const due = answerDue(at);
  const db = trx;
  const r = await db
    .updateTable('initiatives')
    .set({ status: next, threshold_reached_at: at, answer_due: due, version: sql`version + 1`, updated_at: at })
    .where('id', '=', row.id)
    .where('status', '=', 'collecting')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await audit(trx, {
    actor: null,
    action: 'petitions.threshold_reached',
    entityType: 'initiative',
    entityId: row.id,
    data: { signatures: row.signature_count, threshold: row.threshold, answerDue: due },
    isPublic: true,
  });
  const body = await stateBodyById(db, row.addressee_id);
  const recipients = await officialsOf(db, row.addressee_id);
  const author = row.author_id
    ? await db.selectFrom('users').select(['email']).where('id', '=', row.author_id).executeTakeFirst()
    : undefined;
  const kk = translator('kk');
  const ru = translator('ru');
  const params = (t: typeof kk, locale: 'kk' | 'ru') => ({
    title: row.title,
    body: body ? (locale === 'kk' ? body.name_kk : body.name_ru) : row.addressee_code,
    count: row.signature_count,
    due,
    url: `${baseUrl}/${locale}/initiatives/${row.id}`,
  });
  const text = (key: string) => `${kk(key, params(kk, 'kk'))}\n\n---\n\n${ru(key, params(ru, 'ru'))}`;
  for (const o of recipients) {
    await queueMail(trx, jobs, {
      to: o.email,
      subject: `${kk('petitions.mail.reachedSubject')} / ${ru('petitions.mail.reachedSubject')}`,
      text: text('petitions.mail.reachedOfficial'),
    });
  }
  if (author) {
    await queueMail(trx, jobs, {
      to: author.email,
      subject: `${kk('petitions.mail.reachedSubject')} / ${ru('petitions.mail.reachedSubject')}`,
      text: text('petitions.mail.reachedAuthor'),
    });
  }
  return true;
}
