/** Public pages: scorecards of all bodies and of one body, published appeals. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { regions } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { fail } from '../reasons.ts';
import { pageField } from '../schemas.ts';
import { todayIn } from '../domain.ts';
import { initiativeRecord, initiativesAvailable } from '../initiatives.ts';
import { bodyName, EMPTY_RECORD, publishedView, regionName } from '../presenters.ts';
import {
  appealYears,
  bodyRecords,
  findBodyByCode,
  findPublished,
  listStateBodies,
  publishedAppeals,
} from '../repository/index.ts';
import { BodiesPage, BodyPage } from '../views/BodiesPage.tsx';
import { PublishedListPage, PublishedPage } from '../views/PublishedPages.tsx';
import { byNumber } from './appeal.tsx';

const PAGE_SIZE = 20;
const { page } = routesFor('appeals');

export async function appealsPublic(app: FastifyInstance) {
  const db = app.db;

  /** Years to offer: those with appeals, and always the current one. */
  async function years(today: string) {
    const current = Number(today.slice(0, 4));
    return [...new Set([current, ...(await appealYears(db))])].sort((a, b) => b - a);
  }

  page(app, {
    path: '/appeals/bodies',
    policy: PUBLIC,
    query: z.object({ year: z.string().optional().catch(undefined), region: z.string().optional().catch(undefined) }),
    render: async (_none, req, q) => {
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
      return (
        <BodiesPage
          year={year}
          years={ys}
          rows={rows}
          initiativesKnown={withInitiatives}
          regionFilter={region}
          regions={regions.map((r) => ({ value: r.code, label: r.name[req.locale] }))}
        />
      );
    },
  });

  page(app, {
    path: '/appeals/bodies/:code',
    policy: PUBLIC,
    params: z.object({ code: z.string().max(100) }),
    load: async (_req, p) => {
      const b = await findBodyByCode(db, p.code);
      return b ? ok(b) : fail('body_not_found');
    },
    back: () => '/appeals/bodies',
    render: async (b, req) => {
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
      return (
        <BodyPage
          code={b.code}
          name={bodyName(b, req.locale)}
          region={regionName(b.region, req.locale)}
          rows={rows}
          initiativesKnown={withInitiatives}
          published={published.total}
        />
      );
    },
  });

  page(app, {
    path: '/appeals/published',
    policy: PUBLIC,
    query: z.object({ body: z.string().max(100).optional().catch(undefined), page: pageField.catch(1) }),
    render: async (_none, req, q) => {
      const body = q.body ? await findBodyByCode(db, q.body) : undefined;
      const r = await publishedAppeals(db, { bodyId: body?.id, page: q.page, pageSize: PAGE_SIZE });
      return (
        <PublishedListPage
          rows={r.rows.map(publishedView)}
          total={r.total}
          page={q.page}
          pageSize={PAGE_SIZE}
          body={body ? { code: body.code, name: bodyName(body, req.locale) } : undefined}
        />
      );
    },
  });

  page(app, {
    path: '/appeals/published/:number',
    policy: PUBLIC,
    params: byNumber,
    load: async (_req, p) => {
      const r = await findPublished(db, p.number);
      return r ? ok(r) : { ...fail('not_found'), params: { number: p.number } };
    },
    back: () => '/appeals/published',
    render: (r) => <PublishedPage r={publishedView(r)} />,
  });
}
