/**
 * The monitoring module: the dashboard of the Concept's expected results computed from every
 * module's indicators, the SDG pages, the open-data portal, its machine-readable catalogue and
 * the Atom feeds. It owns no tables: modules publish into app.openData and this module reads.
 */
import type { FastifyInstance } from 'fastify';
import { computeIndicators, volunteersPer10k } from './indicators.ts';
import { monitoringApi } from './routes/api.ts';
import { monitoringFeeds } from './routes/feeds.ts';
import { monitoringPages } from './routes/pages.tsx';

export { EXPECTED_RESULTS } from './results.ts';
export { computeIndicators } from './indicators.ts';

export async function monitoringModule(app: FastifyInstance) {
  app.openData.addIndicator(volunteersPer10k(app));
  app.openData.addDataset({
    id: 'indicators',
    module: 'monitoring',
    titleKey: 'monitoring.dataset.indicators.title',
    descriptionKey: 'monitoring.dataset.indicators.description',
    columns: ['indicator', 'unit', 'region', 'year', 'value'],
    batches: () =>
      (async function* () {
        for (const c of (await computeIndicators(app)).values()) {
          if (c.values?.length)
            yield c.values.map((v) => ({
              indicator: c.spec.id,
              unit: c.spec.unit,
              region: v.region,
              year: v.year,
              value: v.value,
            }));
        }
      })(),
    async stats() {
      const all = [...(await computeIndicators(app)).values()];
      return { records: all.reduce((n, c) => n + (c.values?.length ?? 0), 0), updatedAt: null };
    },
  });
  await app.register(monitoringPages);
  await app.register(monitoringApi);
  await app.register(monitoringFeeds);
}
