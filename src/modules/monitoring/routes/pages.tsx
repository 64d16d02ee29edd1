/** Public pages: the Concept dashboard, one indicator, the SDGs, the open-data portal. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isRegionCode, sdgByGoal } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { computeIndicators } from '../indicators.ts';
import { catalogueEntries, feedLinks } from '../portal.ts';
import { fail } from '../reasons.ts';
import { EXPECTED_RESULTS } from '../results.ts';
import { goalParams, idParams } from '../schemas.ts';
import { sdgContributions } from '../sdg.ts';
import { DashboardPage } from '../views/DashboardPage.tsx';
import { IndicatorPage } from '../views/IndicatorPage.tsx';
import { OpenDataPage } from '../views/OpenDataPage.tsx';
import { SdgListPage, SdgPage } from '../views/SdgPages.tsx';

const { page } = routesFor('monitoring');

export async function monitoringPages(app: FastifyInstance) {
  page(app, {
    path: '/monitoring',
    policy: PUBLIC,
    query: z.object({ region: z.string().optional() }),
    render: async (_, _req, { region }) => (
      <DashboardPage
        results={EXPECTED_RESULTS}
        indicators={await computeIndicators(app)}
        // An unknown region in a hand-edited link shows the national figures rather than an error.
        region={region && isRegionCode(region) ? region : null}
      />
    ),
  });

  page(app, {
    path: '/monitoring/indicators/:id',
    policy: PUBLIC,
    params: idParams,
    load: async (_req, { id }) => {
      const ind = (await computeIndicators(app)).get(id);
      return ind ? ok(ind) : fail('not_found');
    },
    render: (ind) => (
      <IndicatorPage ind={ind} results={EXPECTED_RESULTS.filter((r) => r.indicators.includes(ind.spec.id))} />
    ),
  });

  page(app, { path: '/sdgs', policy: PUBLIC, render: () => <SdgListPage /> });

  page(app, {
    path: '/sdgs/:goal',
    policy: PUBLIC,
    params: goalParams,
    load: async (_req, { goal }) => {
      const found = sdgByGoal(goal);
      return found ? ok(found) : fail('not_found');
    },
    render: async (goal, req) => <SdgPage goal={goal} groups={await sdgContributions(app, goal, req.locale, 20)} />,
  });

  page(app, {
    path: '/open-data',
    policy: PUBLIC,
    render: async (_, req) => (
      <OpenDataPage datasets={await catalogueEntries(app)} feeds={feedLinks(app, req.locale)} />
    ),
  });
}
