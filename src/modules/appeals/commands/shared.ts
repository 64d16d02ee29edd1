/** What the appeal commands share: loading an appeal under lock, telling the citizen by mail. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit/index.ts';
import { isLocale, translator, type Locale } from '../../../platform/i18n/index.ts';
import type { JobQueue } from '../../../platform/jobs/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { type Db } from '../repository.ts';

/** A mail in the recipient's language; `key` names appeals.mail.<key>.subject / .text. */
export async function mailUser(
  trx: Db,
  jobs: JobQueue,
  userId: string,
  key: string,
  params: Record<string, string | number>,
) {
  const user = await trx.selectFrom('users').select(['email', 'locale']).where('id', '=', userId).executeTakeFirst();
  if (!user) return;
  const locale: Locale = isLocale(user.locale) ? user.locale : 'kk';
  const t = translator(locale);
  await queueMail(trx, jobs, {
    to: user.email,
    subject: t(`appeals.mail.${key}.subject`, params),
    text: t(`appeals.mail.${key}.text`, params),
  });
}

export function bodyName(b: { name_kk: string; name_ru: string; name_en: string }, locale: Locale = 'kk') {
  return locale === 'ru' ? b.name_ru : locale === 'en' ? b.name_en : b.name_kk;
}

export async function bodyNameFor(trx: Db, bodyId: string): Promise<string> {
  const b = await trx
    .selectFrom('state_bodies')
    .select(['name_kk', 'name_ru', 'name_en'])
    .where('id', '=', bodyId)
    .executeTakeFirst();
  return b ? `${b.name_kk} / ${b.name_ru}` : '';
}

export const auditAppeal = (
  trx: Db,
  actor: Actor | null,
  action: string,
  number: string,
  data: Record<string, unknown>,
  requestId?: string,
) => audit(trx, { actor, action: `appeals.${action}`, entityType: 'appeal', entityId: number, data, requestId });
