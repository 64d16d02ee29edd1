/**
 * Computing the catalogue's indicators for the dashboard and the API. Every module's numbers come
 * from its own `compute`; one that fails is reported as unavailable instead of failing the page.
 * Results are kept for a minute per app: the dashboard is read far more often than data changes.
 */
import type { FastifyInstance } from 'fastify';
import { populationOf, regions, type RegionCode } from '../../reference/index.ts';
import type { IndicatorSpec, IndicatorValue } from '../../platform/opendata/index.ts';

export interface ComputedIndicator {
  spec: IndicatorSpec;
  /** null when the computation failed (logged); the page says the figure is unavailable. */
  values: IndicatorValue[] | null;
}

const TTL_MS = 60_000;
const cache = new WeakMap<FastifyInstance, { at: number; result: Promise<Map<string, ComputedIndicator>> }>();

export function computeIndicators(
  app: FastifyInstance,
  opts: { fresh?: boolean } = {},
): Promise<Map<string, ComputedIndicator>> {
  const hit = cache.get(app);
  if (hit && !opts.fresh && Date.now() - hit.at < TTL_MS) return hit.result;
  const result = (async () => {
    const out = new Map<string, ComputedIndicator>();
    // One after another: PGlite has a single connection, and the queries are aggregates.
    for (const spec of app.openData.indicators) {
      try {
        out.set(spec.id, { spec, values: await spec.compute(app.db) });
      } catch (err) {
        app.log.error({ err, indicator: spec.id }, 'indicator computation failed');
        out.set(spec.id, { spec, values: null });
      }
    }
    return out;
  })();
  cache.set(app, { at: Date.now(), result });
  result.catch(() => cache.delete(app));
  return result;
}

/** Years present in the values, ascending. */
export function yearsOf(values: readonly IndicatorValue[]): number[] {
  return [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
}

/** The value for a region (null = national) and year, or null when there is none. */
export function valueAt(values: readonly IndicatorValue[], region: RegionCode | null, year: number): number | null {
  return values.find((v) => v.region === region && v.year === year)?.value ?? null;
}

/**
 * Volunteers per 10,000 residents: the Concept speaks of the *share* of citizens who volunteer, so
 * the count of volunteers with confirmed hours is divided by the dated population of the region.
 */
export function volunteersPer10k(app: FastifyInstance): IndicatorSpec {
  return {
    id: 'monitoring.volunteersPer10k',
    module: 'monitoring',
    unit: 'count',
    titleKey: 'monitoring.indicator.volunteersPer10k.title',
    definitionKey: 'monitoring.indicator.volunteersPer10k.definition',
    async compute(db) {
      const source = app.openData.indicators.find((i) => i.id === 'volunteering.volunteers');
      if (!source) return [];
      return per10k(await source.compute(db));
    },
  };
}

export function per10k(values: readonly IndicatorValue[]): IndicatorValue[] {
  return values.map((v) => {
    const population = v.region
      ? populationOf(v.region, v.year)
      : regions.reduce((s, r) => s + populationOf(r.code, v.year), 0);
    return { region: v.region, year: v.year, value: Math.round((v.value / population) * 10_000 * 100) / 100 };
  });
}
