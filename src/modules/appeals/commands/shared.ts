/** What the appeal commands share: telling people by mail, body names, the audit note of an appeal. */
import { isLocale, translator, type Locale } from '../../../platform/i18n/index.ts';
import type { JobQueue } from '../../../platform/jobs/index.ts';
import type { AuditNote } from '../../../platform/kit/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { contactOf } from '../people.ts';
import { bodyNames, type Db } from '../repository/index.ts';

/** A mail in the recipient's language; `key` names appeals.mail.<key>.subject / .text. */
export async function mailUser(
  trx: Db,
  jobs: JobQueue,
  userId: string,
  key: string,
  params: Record<string, string | number>,
) {
  const user = await contactOf(trx, userId);
  if (!user) return;
  const locale: Locale = isLocale(user.locale) ? user.locale : 'kk';
  const t = translator(locale);
  await queueMail(trx, jobs, {
    to: user.email,
    subject: t(`appeals.mail.${key}.subject`, params),
    text: t(`appeals.mail.${key}.text`, params),
  });
}

export async function bodyNameFor(trx: Db, bodyId: string): Promise<string> {
  const b = await bodyNames(trx, bodyId);
  return b ? `${b.name_kk} / ${b.name_ru}` : '';
}

/** An appeal's audit entry, by its registration number; private (the kit's default), as it always was. */
export const appealNote = (action: string, number: string, data: Record<string, unknown> = {}): AuditNote => ({
  action: `appeals.${action}`,
  entityType: 'appeal',
  entityId: number,
  data,
});
