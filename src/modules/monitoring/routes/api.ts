/** The JSON API of the monitoring module and the machine-readable open-data catalogue. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { LOCALES, translator, type Locale } from '../../../platform/i18n/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { sdgByGoal, sdgs } from '../../../reference/index.ts';
import { computeIndicators, type ComputedIndicator } from '../indicators.ts';
import { catalogueJson } from '../portal.ts';
import { resultsOf } from '../results.ts';
import { sdgContributions } from '../sdg.ts';
import {
  apiError,
  goalParams,
  idParams,
  indicatorJson,
  indicatorListJson,
  sdgDetailJson,
  sdgListJson,
} from '../schemas.ts';

const api = { policy: PUBLIC, api: true };
const inAll = (key: string) =>
  Object.fromEntries(LOCALES.map((l) => [l, translator(l)(key)])) as Record<Locale, string>;

function present(c: ComputedIndicator): z.infer<typeof indicatorJson> {
  return {
    id: c.spec.id,
    module: c.spec.module,
    unit: c.spec.unit,
    title: inAll(c.spec.titleKey),
    definition: inAll(c.spec.definitionKey),
    expectedResults: resultsOf(c.spec.id),
    available: c.values !== null,
    values: c.values ?? [],
  };
}

export async function monitoringApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/indicators',
    {
      config: api,
      schema: {
        tags: ['monitoring'],
        summary: 'Every indicator of the Concept dashboard with its definition and values by region and year',
        response: { 200: indicatorListJson },
      },
    },
    async () => {
      const items = [...(await computeIndicators(app)).values()].map(present);
      return { items, total: items.length, page: 1, pageSize: items.length };
    },
  );

  app.get(
    '/api/v1/indicators/:id',
    {
      config: api,
      schema: {
        tags: ['monitoring'],
        summary: 'One indicator',
        params: idParams,
        response: { 200: indicatorJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const c = (await computeIndicators(app)).get(req.params.id);
      if (!c) return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      return present(c);
    },
  );

  app.get(
    '/api/v1/sdgs',
    {
      config: api,
      schema: {
        tags: ['monitoring'],
        summary: 'The 17 Sustainable Development Goals and the areas of activity mapped to each',
        response: { 200: sdgListJson },
      },
    },
    async () => {
      const items = sdgs.map((g) => ({ goal: g.goal, name: { ...g.name }, areas: [...g.areas] }));
      return { items, total: items.length, page: 1, pageSize: items.length };
    },
  );

  app.get(
    '/api/v1/sdgs/:goal',
    {
      config: api,
      schema: {
        tags: ['monitoring'],
        summary: 'One goal and what contributes to it on the platform',
        params: goalParams,
        response: { 200: sdgDetailJson },
      },
    },
    async (req) => {
      const goal = sdgByGoal(req.params.goal)!;
      const base = app.config.baseUrl.replace(/\/$/, '');
      const groups = await sdgContributions(app, goal, req.locale, 50);
      return {
        goal: goal.goal,
        name: { ...goal.name },
        areas: [...goal.areas],
        contributions: groups.map((g) => ({
          kind: g.kind,
          title: inAll(g.labelKey),
          items: g.items.map((i) => ({ title: i.title, url: `${base}${i.href}` })),
        })),
      };
    },
  );

  app.get(
    '/open-data/index.json',
    {
      config: api,
      schema: {
        tags: ['open-data'],
        summary: 'The open-data catalogue: every dataset with its formats, licence, size and update time',
      },
    },
    async () => catalogueJson(app),
  );
}
