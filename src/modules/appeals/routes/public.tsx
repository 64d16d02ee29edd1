/** Public pages: scorecards of all bodies and of one body, published appeals. */
import type { FastifyInstance } from 'fastify';
import { regions } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { NUMBER_RE, todayIn } from '../domain.ts';
import { initiativeRecord, initiativesAvailable } from '../initiatives.ts';
import { bodyName, EMPTY_RECORD, regionName } from '../presenters.ts';
import {
  appealYears,
  bodyRecords,
  findBodyByCode,
  findPublished,
  listStateBodies,
  publishedAppeals,
} from '../repository.ts';
import { BodiesPage, BodyPage } from '../views/BodiesPage.tsx';
import { MessagePage } from '../views/components.tsx';
import { PublishedListPage, PublishedPage } from '../views/PublishedPages.tsx';
import { hide, LANG } from './shared.tsx';

const PAGE_SIZE = 20;
const pageOf = (v: unknown) => (typeof v === 'string' && /^\d{1,5}$/.test(v) && Number(v) >= 1 ? Number(v) : 1);

export async function appealsPublic(app: FastifyInstance) {
  const db = app.db;
  const pub = { config: { policy: PUBLIC }, schema: hide };

  /** Years to offer: those with appeals, and always the current one. */
  async function years(today: string) {
    const current = Number(today.slice(0, 4));
    return [...new Set([current, ...(await appealYears(db))])].sort((a, b) => b - a);
  }

  app.get(`${LANG}/appeals/bodies`, pub, async (req, reply) => {
    const q = req.query as { year?: string; region?: string };
    const today = todayIn(new Date());
    const ys = await years(today);
    const year = ys.includes(Number(q.year)) ? Number(q.year) : ys[0];
    const region = regions.some((r) => r.code === q.region) ? q.region : undefined;
    const [bodies, records, withInitiatives] = await Promise.all([
      listStateBodies(db),
      bodyRecords(db, year, today),
      initiativesAvailable(),
    ]);
    const shown = bodies.filter((b) => !region || b.region === region);
    const rows = await Promise.all(
      shown.map(async (b) => ({
        code: b.code,
        name: bodyName(b, req.locale),
        region: regionName(b.region, req.locale),
        record: records.get(b.id) ?? EMPTY_RECORD,
        initiatives: withInitiatives ? await initiativeRecord(app.db, b.id, year) : null,
      })),
    );
    // Bodies with appeals first (most received), then the rest by name.
    rows.sort((a, b) => b.record.received - a.record.received || a.name.localeCompare(b.name, req.locale));
    return renderPage(
      req,
      reply,
      <BodiesPage
        year={year}
        years={ys}
        rows={rows}
        initiativesKnown={withInitiatives}
        regionFilter={region}
        regions={regions.map((r) => ({ value: r.code, label: r.name[req.locale] }))}
      />,
    );
  });

  app.get(`${LANG}/appeals/bodies/:code`, pub, async (req, reply) => {
    const b = await findBodyByCode(db, (req.params as { code: string }).code);
    if (!b)
      return renderPage(
        req,
        reply,
        <MessagePage
          title={req.t('appeals.body.notFoundTitle')}
          message={req.t('appeals.body.notFound')}
          links={[[req.t('appeals.bodies.title'), '/appeals/bodies']]}
        />,
        404,
      );
    const today = todayIn(new Date());
    const withInitiatives = await initiativesAvailable();
    const rows = await Promise.all(
      (await years(today)).map(async (year) => ({
        year,
        record: (await bodyRecords(db, year, today, b.id)).get(b.id) ?? EMPTY_RECORD,
        initiatives: withInitiatives ? await initiativeRecord(app.db, b.id, year) : null,
      })),
    );
    const published = await publishedAppeals(db, { bodyId: b.id, page: 1, pageSize: 1 });
    return renderPage(
      req,
      reply,
      <BodyPage
        code={b.code}
        name={bodyName(b, req.locale)}
        region={regionName(b.region, req.locale)}
        rows={rows}
        initiativesKnown={withInitiatives}
        published={published.total}
      />,
    );
  });

  app.get(`${LANG}/appeals/published`, pub, async (req, reply) => {
    const q = req.query as { body?: string; page?: string };
    const body = typeof q.body === 'string' ? await findBodyByCode(db, q.body) : undefined;
    const page = pageOf(q.page);
    const r = await publishedAppeals(db, { bodyId: body?.id, page, pageSize: PAGE_SIZE });
    return renderPage(
      req,
      reply,
      <PublishedListPage
        rows={r.rows}
        total={r.total}
        page={page}
        pageSize={PAGE_SIZE}
        body={body ? { code: body.code, name: bodyName(body, req.locale) } : undefined}
      />,
    );
  });

  app.get(`${LANG}/appeals/published/:number`, pub, async (req, reply) => {
    const number = (req.params as { number: string }).number;
    const r = NUMBER_RE.test(number) ? await findPublished(db, number) : undefined;
    if (!r)
      return renderPage(
        req,
        reply,
        <MessagePage
          title={req.t('appeals.appeal.notFoundTitle')}
          message={req.t('appeals.appeal.notFound', { number })}
          links={[[req.t('appeals.published.title'), '/appeals/published']]}
        />,
        404,
      );
    return renderPage(req, reply, <PublishedPage r={r} />);
  });
}
