import { audit } from '../../../platform/audit/index.ts';
import { translator } from '../../../platform/i18n/index.ts';
import type { JobQueue } from '../../../platform/jobs/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { answerDue, LIFECYCLE } from '../domain.ts';
import { markThresholdReached, stateBodyById, type InitiativeRow } from '../repository/index.ts';
import { membersOf, peopleByIds } from '../../accounts/index.ts';
import type { Db } from '../../../platform/db/schema.ts';

/**
 * The threshold is reached: a system transition made inside the signing batch that crossed it.
 * The addressee's answer deadline starts (working days from the calendar), its officials and the
 * author are notified by mail (through the outbox, in the same transaction), and the step is public.
 * No actor: the citizens' signatures did it. Idempotent by state (only from collecting).
 *
 * Not a kit `command()`: it runs inside the signing batch's transaction (signing.ts), which
 * commits many signatures at once and must stay one transaction; a command would open its own.
 * So it writes its public audit entry itself, as a command would.
 */
export async function recordThresholdReached(
  trx: Db,
  jobs: JobQueue,
  row: InitiativeRow,
  at: Date,
  baseUrl: string,
): Promise<boolean> {
  const next = LIFECYCLE.next(row.status, 'reach_threshold');
  if (!next) return false;
  const due = answerDue(at);
  if (!(await markThresholdReached(trx, row.id, { status: next, at, answerDue: due }))) return false;
  await audit(trx, {
    actor: null,
    action: 'petitions.threshold_reached',
    entityType: 'initiative',
    entityId: row.id,
    data: { signatures: row.signature_count, threshold: row.threshold, answerDue: due },
    isPublic: true,
  });
  const body = await stateBodyById(trx, row.addressee_id);
  const recipients = await membersOf(trx, 'state_body', row.addressee_id);
  const author = row.author_id ? (await peopleByIds(trx, [row.author_id])).get(row.author_id)?.email : undefined;
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
      to: author,
      subject: `${kk('petitions.mail.reachedSubject')} / ${ru('petitions.mail.reachedSubject')}`,
      text: text('petitions.mail.reachedAuthor'),
    });
  }
  return true;
}
