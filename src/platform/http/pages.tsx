import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Layout } from '../views/Layout.tsx';
import { renderPage } from '../views/render.tsx';
import { localHref, useCtx } from '../views/context.ts';
import { Pagination, Table } from '../views/data.tsx';
import { PUBLIC, anyRole } from '../authz/index.ts';
import { listAudit } from '../audit/index.ts';
import { formatDate } from '../i18n/index.ts';
import type { Kysely } from 'kysely';
import type { Db } from '../db/schema.ts';

const LANG = '/:lang(kk|ru|en)';

/** Every section of the platform on the home page ([layout.nav.<key> / home.<key>, path]). */
const HOME_SECTIONS = [
  ['registry', '/registry'],
  ['funding', '/funding'],
  ['initiatives', '/initiatives'],
  ['appeals', '/appeals'],
  ['legislation', '/legislation'],
  ['councils', '/councils'],
  ['hearings', '/hearings'],
  ['local', '/local'],
  ['forum', '/forum'],
  ['volunteering', '/volunteering'],
  ['charity', '/charity'],
  ['monitoring', '/monitoring'],
  ['sdgs', '/sdgs'],
  ['statistics', '/registry/statistics'],
  ['openData', '/open-data'],
] as const;

function Home() {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('home.title')} description={t('home.lead')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <ul class="cards">
        {HOME_SECTIONS.map(([key, p]) => (
          <li class="card" key={p}>
            <h2>
              <a href={localHref(locale, p)}>{t(`layout.nav.${key}`)}</a>
            </h2>
            <p>{t(`home.${key}`)}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

type MailRow = { id: number; to_address: string; subject: string; text_body: string; created_at: Date };

function MailList({ mails }: { mails: MailRow[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('devMail.title')}>
      <h1>{t('devMail.title')}</h1>
      <p>{t('devMail.lead')}</p>
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

function AuditPage({ items, total, page }: { items: any[]; total: number; page: number }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('audit.title')}>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.lead', { count: total })}</p>
      <Table
        caption={t('audit.title')}
        rows={items}
        rowKey={(r) => String(r.id)}
        columns={[
          { header: t('audit.at'), cell: (r) => formatDate(r.at, locale, true) },
          { header: t('audit.actor'), cell: (r) => r.actor_name ?? '—' },
          { header: t('audit.action'), cell: (r) => <code>{r.action}</code> },
          { header: t('audit.entity'), cell: (r) => `${r.entity_type} ${r.entity_id}` },
          { header: t('audit.public'), cell: (r) => (r.is_public ? t('common.yes') : t('common.no')) },
        ]}
      />
      <Pagination page={page} pageSize={50} total={total} basePath="/admin/audit" query={{}} />
    </Layout>
  );
}

function AdminIndex() {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('admin.title')}>
      <h1>{t('admin.title')}</h1>
      <ul>
        <li>
          <a href={localHref(locale, '/admin/registry')}>{t('admin.verificationQueue')}</a>
        </li>
        <li>
          <a href={localHref(locale, '/admin/users')}>{t('admin.users')}</a>
        </li>
        <li>
          <a href={localHref(locale, '/admin/audit')}>{t('audit.title')}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** Pages of the platform itself: home, administration, development mail viewer. */
export async function platformPages(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = anyRole('moderator', 'administrator');
  app.get(`${LANG}`, { config: { policy: PUBLIC }, schema: { hide: true } }, (req, reply) =>
    renderPage(req, reply, <Home />),
  );
  app.get(`${LANG}/admin`, { config: { policy: staff }, schema: { hide: true } }, (req, reply) =>
    renderPage(req, reply, <AdminIndex />),
  );
  app.get(
    `${LANG}/admin/audit`,
    {
      config: { policy: anyRole('administrator') },
      schema: {
        hide: true,
        querystring: z.object({ page: z.coerce.number().int().min(1).max(100000).catch(1).default(1) }),
      },
    },
    async (req, reply) => {
      const { page } = req.query;
      const { items, total } = await listAudit(app.db, { page, pageSize: 50 });
      return renderPage(req, reply, <AuditPage items={items} total={total} page={page} />);
    },
  );

  // The development mail viewer: the outbox is the mailbox when no SMTP server is configured.
  if (app.config.demo) {
    const db = app.db;
    app.get(`${LANG}/dev/mail`, { config: { policy: PUBLIC }, schema: { hide: true } }, async (req, reply) => {
      const mails = (await db
        .selectFrom('mail_outbox')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(100)
        .execute()) as MailRow[];
      return renderPage(req, reply, <MailList mails={mails} />);
    });
    app.get(
      `${LANG}/dev/mail/:id`,
      {
        config: { policy: PUBLIC },
        schema: { hide: true, params: z.object({ lang: z.string(), id: z.coerce.number().int() }) },
      },
      async (req, reply) => {
        const mail = (await db
          .selectFrom('mail_outbox')
          .selectAll()
          .where('id', '=', req.params.id)
          .executeTakeFirst()) as MailRow | undefined;
        if (!mail) return reply.callNotFound();
        return renderPage(req, reply, <MailView mail={mail} />);
      },
    );
  }
}
