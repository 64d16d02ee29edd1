/**
 * The development mail viewer (demo mode only): with no SMTP server the outbox is the mailbox.
 * A demo reachable from outside is a real deployment too, and the mail holds reset links, so the
 * mailbox is not public (ADR 0008): an administrator reads every mail, a signed-in person only the
 * mail sent to their own address, a developer on this machine (loopback, outside production, no
 * proxy in between) every mail; anyone else finds nothing there (404).
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { Layout } from '../views/Layout.tsx';
import { renderPage } from '../views/render.tsx';
import { localHref, useCtx } from '../views/context.ts';
import { Table } from '../views/data.tsx';
import { PUBLIC } from '../authz/index.ts';
import { formatDate } from '../i18n/index.ts';

const LANG = '/:lang(kk|ru|en)';
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

type MailRow = { id: number; to_address: string; subject: string; text_body: string; created_at: Date };

/** Whose mail a request may read: every mail, one address, or none. */
export type MailboxScope = { all: true } | { all: false; address: string } | null;

/**
 * The rule, on the socket's own address (not req.ip, which a trusted proxy may set from a header).
 * @example mailboxScope(req) // { all: false, address: 'citizen@demo.qogam.kz' }
 */
export function mailboxScope(req: FastifyRequest): MailboxScope {
  if (req.actor?.roles.includes('administrator')) return { all: true };
  if (req.actor) return { all: false, address: req.actor.email.toLowerCase() };
  const local =
    !req.server.config.production &&
    LOOPBACK.test(req.socket.remoteAddress ?? '') &&
    !PROXY_HEADERS.some((h) => req.headers[h] !== undefined);
  return local ? { all: true } : null;
}

function MailList({ mails, own }: { mails: MailRow[]; own: boolean }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('devMail.title')}>
      <h1>{t('devMail.title')}</h1>
      <p>{t('devMail.lead')}</p>
      {own ? <p>{t('devMail.ownOnly')}</p> : null}
      <Table
        caption={t('devMail.title')}
        rows={mails}
        rowKey={(m) => String(m.id)}
        columns={[
          { header: t('devMail.to'), cell: (m) => m.to_address },
          {
            header: t('devMail.subject'),
            cell: (m) => <a href={localHref(locale, `/dev/mail/${m.id}`)}>{m.subject}</a>,
          },
          { header: t('devMail.at'), cell: (m) => formatDate(m.created_at, locale, true) },
        ]}
      />
    </Layout>
  );
}

/** Links in a mail's text become clickable, so a developer can follow a confirmation link. */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s]+)/g).map((part, i) => (i % 2 === 1 ? <a href={part}>{part}</a> : part));
}

function MailView({ mail }: { mail: MailRow }) {
  const { t } = useCtx();
  return (
    <Layout title={mail.subject}>
      <h1>{mail.subject}</h1>
      <p>
        {t('devMail.to')}: {mail.to_address}
      </p>
      <pre class="mail-body">{linkify(mail.text_body)}</pre>
    </Layout>
  );
}

/** The mailbox's routes; registered by the platform's pages in demo mode only. */
export function devMailPages(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;
  // Mail of the scope only: a person's own address is a filter of the query, not of the page.
  const outbox = (scope: Exclude<MailboxScope, null>) => {
    const q = db.selectFrom('mail_outbox').selectAll();
    return scope.all ? q : q.where(sql<string>`lower(to_address)`, '=', scope.address);
  };
  // PUBLIC as a route policy: who reads what is mailboxScope's rule (it also looks at the socket).
  app.get(`${LANG}/dev/mail`, { config: { policy: PUBLIC }, schema: { hide: true } }, async (req, reply) => {
    const scope = mailboxScope(req);
    if (!scope) return reply.callNotFound();
    const mails = (await outbox(scope).orderBy('id', 'desc').limit(100).execute()) as MailRow[];
    return renderPage(req, reply, <MailList mails={mails} own={!scope.all} />);
  });
  app.get(
    `${LANG}/dev/mail/:id`,
    {
      config: { policy: PUBLIC },
      schema: { hide: true, params: z.object({ lang: z.string(), id: z.coerce.number().int() }) },
    },
    async (req, reply) => {
      const scope = mailboxScope(req);
      if (!scope) return reply.callNotFound();
      const mail = (await outbox(scope).where('id', '=', req.params.id).executeTakeFirst()) as MailRow | undefined;
      if (!mail) return reply.callNotFound();
      return renderPage(req, reply, <MailView mail={mail} />);
    },
  );
}
