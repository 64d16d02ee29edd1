import type { Kysely } from 'kysely';
import type { JobQueue } from '../jobs/index.ts';
import type { Db } from '../db/schema.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail goes through the outbox: the row is written in the caller's transaction and a job
 * delivers it, so a rolled-back action sends nothing and a down SMTP server loses nothing.
 */
export async function queueMail(trx: Db, jobs: JobQueue, mail: Mail): Promise<number> {
  const row = await trx
    .insertInto('mail_outbox')
    .values({ to_address: mail.to, subject: mail.subject, text_body: mail.text })
    .returning('id')
    .executeTakeFirstOrThrow();
  await jobs.enqueue('mail.deliver', { id: row.id }, { trx, dedupeKey: `mail:${row.id}` });
  return row.id;
}

/** Job handler: sends one outbox row over SMTP when configured; without SMTP the outbox is the mailbox (dev viewer). */
export function mailDeliverer(smtpUrl: string | undefined, from: string) {
  let transport: any;
  return async (payload: { id: number }, { db }: { db: Db }) => {
    if (!smtpUrl) return;
    const d = db;
    const m = await d.selectFrom('mail_outbox').selectAll().where('id', '=', payload.id).executeTakeFirst();
    if (!m || m.sent_at) return;
    if (!transport) {
      const nodemailer = await import('nodemailer');
      transport = nodemailer.createTransport(smtpUrl);
    }
    await transport.sendMail({ from, to: m.to_address, subject: m.subject, text: m.text_body });
    await d.updateTable('mail_outbox').set({ sent_at: new Date() }).where('id', '=', m.id).execute();
  };
}

export async function latestMailTo(db: Db, to: string) {
  return db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('id', 'desc').executeTakeFirst();
}
