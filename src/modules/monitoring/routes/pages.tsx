/** Public pages: the Concept dashboard, one indicator, the SDGs, the open-data portal. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isRegionCode, sdgByGoal } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { computeIndicators } from '../indicators.ts';
import { catalogueEntries, feedLinks } from '../portal.ts';
import { EXPECTED_RESULTS } from '../results.ts';
import { sdgContributions } from '../sdg.ts';
import { DashboardPage } from '../views/DashboardPage.tsx';
import { IndicatorPage } from '../views/IndicatorPage.tsx';
import { OpenDataPage } from '../views/OpenDataPage.tsx';
import { SdgListPage, SdgPage } from '../views/SdgPages.tsx';

const LANG = '/:lang(kk|ru|en)';
const page = { config: { policy: PUBLIC }, schema: { hide: true } };
const regionQuery = z.object({ region: z.string().optional() });

export async function monitoringPages(app: FastifyInstance) {
  app.get(`${LANG}/monitoring`, page, async (req, reply) => {
    const { region } = regionQuery.parse(req.query ?? {});
    // An unknown region in a hand-edited link shows the national figures rather than an error.
    const code = region && isRegionCode(region) ? region : null;
    const indicators = await computeIndicators(app);
    return renderPage(req, reply, <DashboardPage results={EXPECTED_RESULTS} indicators={indicators} region={code} />);
  });

  app.get(`${LANG}/monitoring/indicators/:id`, page, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ind = (await computeIndicators(app)).get(id);
    if (!ind) return reply.callNotFound();
    return renderPage(
      req,
      reply,
      <IndicatorPage ind={ind} results={EXPECTED_RESULTS.filter((r) => r.indicators.includes(id))} />,
    );
  });

  app.get(`${LANG}/sdgs`, page, async (req, reply) => renderPage(req, reply, <SdgListPage />));

  app.get(`${LANG}/sdgs/:goal`, page, async (req, reply) => {
    const goal = sdgByGoal(Number((req.params as { goal: string }).goal));
    if (!goal) return reply.callNotFound();
    const groups = await sdgContributions(app, goal, req.locale, 20);
    return renderPage(req, reply, <SdgPage goal={goal} groups={groups} />);
  });

  app.get(`${LANG}/open-data`, page, async (req, reply) =>
    renderPage(req, reply, <OpenDataPage datasets={await catalogueEntries(app)} feeds={feedLinks(app, req.locale)} />),
  );
}
