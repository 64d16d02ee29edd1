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
import { devMailPages } from './devMail.tsx';

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

  // The development mail viewer (demo mode only): who may read which mail is its own rule (devMail.tsx).
  if (app.config.demo) devMailPages(app);
}
