import { newToken, sha256 } from '../../../platform/auth/tokens.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { translator, type Locale } from '../../../platform/i18n/index.ts';
import type { JobQueue } from '../../../platform/jobs/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { EMAIL_TOKEN_LIFETIME_MS, type EmailTokenPurpose } from '../domain.ts';
import { insertEmailToken, supersedeEmailTokens } from '../repository.ts';

const PATHS: Record<EmailTokenPurpose, string> = { confirm: '/confirm/', reset: '/password/reset/' };

/**
 * Issues a single-use link (only its sha256 is stored) and queues the mail that carries it,
 * in the caller's transaction: if the action rolls back, no mail leaves. The mail is in the
 * language the person was reading, and the link opens the site in that language. A step of the
 * commands that send links, not a command of its own (it writes no audit entry).
 */
export async function sendEmailLink(
  trx: Db,
  jobs: JobQueue,
  p: { user: { id: string; email: string; name: string }; purpose: EmailTokenPurpose; locale: Locale; baseUrl: string },
): Promise<void> {
  await supersedeEmailTokens(trx, p.user.id, p.purpose);
  const token = newToken();
  await insertEmailToken(trx, {
    hash: sha256(token),
    userId: p.user.id,
    purpose: p.purpose,
    expiresAt: new Date(Date.now() + EMAIL_TOKEN_LIFETIME_MS[p.purpose]),
  });
  const link = `${p.baseUrl.replace(/\/+$/, '')}/${p.locale}${PATHS[p.purpose]}${token}`;
  const t = translator(p.locale);
  await queueMail(trx, jobs, {
    to: p.user.email,
    subject: t(`accounts.mail.${p.purpose}.subject`),
    text: t(`accounts.mail.${p.purpose}.body`, { name: p.user.name, link }),
  });
}
