/**
 * What funding publishes through the open-data catalogue (the datasets and OCDS/360Giving exports
 * live in openData/): two indicators, the SDG contributor of projects, and the feed of new calls.
 */
import type { FastifyInstance } from 'fastify';
import type { IndicatorValue } from '../../platform/opendata/catalogue.ts';
import type { RegionCode } from '../../reference/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { awardedAmounts, latestPublishedCalls, num, projectsInAreas, satisfactionAnswers } from './repository/index.ts';
import type { Db } from '../../platform/db/schema.ts';

/** Sums (or means) of values by region and year, plus the national figure (region null). */
export function byRegionYear(
  rows: { region: string | null; at: Date; value: number }[],
  mode: 'sum' | 'mean',
): IndicatorValue[] {
  const acc = new Map<string, { region: string | null; year: number; sum: number; n: number }>();
  const add = (region: string | null, year: number, v: number) => {
    const k = `${region ?? ''}|${year}`;
    const e = acc.get(k) ?? { region, year, sum: 0, n: 0 };
    e.sum += v;
    e.n += 1;
    acc.set(k, e);
  };
  for (const r of rows) {
    const year = Number(almatyDate(new Date(r.at)).slice(0, 4));
    if (r.region) add(r.region, year, r.value);
    add(null, year, r.value);
  }
  return [...acc.values()]
    .map((e) => ({
      region: e.region as RegionCode | null,
      year: e.year,
      value: mode === 'sum' ? Math.round(e.sum * 100) / 100 : Math.round((100 * e.sum) / e.n) / 100,
    }))
    .sort((a, b) => a.year - b.year || (a.region ?? '').localeCompare(b.region ?? ''));
}

/** Average beneficiary satisfaction (1..5) by the project's region and the answer's year. */
export async function beneficiarySatisfaction(db: Db): Promise<IndicatorValue[]> {
  const rows = await satisfactionAnswers(db);
  return byRegionYear(
    rows.map((r) => ({ region: r.region, at: new Date(r.created_at), value: r.score })),
    'mean',
  );
}

/** Tenge awarded (contracts signed, terminated ones included) by the project's region and the signing year. */
export async function amountAwarded(db: Db): Promise<IndicatorValue[]> {
  const rows = await awardedAmounts(db);
  return byRegionYear(
    rows.map((r) => ({ region: r.region, at: new Date(r.signed_at), value: num(r.amount_tiyn) / 100 })),
    'sum',
  );
}

export function registerCatalogue(app: FastifyInstance) {
  app.openData.addIndicator({
    id: 'funding.beneficiarySatisfaction',
    module: 'funding',
    titleKey: 'funding.indicator.satisfaction.title',
    definitionKey: 'funding.indicator.satisfaction.definition',
    unit: 'score',
    compute: beneficiarySatisfaction,
  });
  app.openData.addIndicator({
    id: 'funding.amountAwarded',
    module: 'funding',
    titleKey: 'funding.indicator.amount.title',
    definitionKey: 'funding.indicator.amount.definition',
    unit: 'tenge',
    compute: amountAwarded,
  });
  app.openData.addSdgContributor({
    kind: 'projects',
    module: 'funding',
    labelKey: 'funding.sdg.projects',
    async list(db, q) {
      const rows = await projectsInAreas(db, q.areas, q.limit);
      return rows.map((r) => ({ title: r.title, href: `/${q.locale}/funding/projects/${r.id}` }));
    },
  });
  app.openData.addFeed({
    id: 'calls',
    module: 'funding',
    titleKey: 'funding.feed.calls',
    async entries(db, locale, limit) {
      const rows = await latestPublishedCalls(db, limit);
      return rows.map((r) => ({
        id: `/funding/calls/${r.id}`,
        title: `${r.number} — ${r.title}`,
        summary: r.description.slice(0, 500) || undefined,
        href: `/${locale}/funding/calls/${r.id}`,
        updated: new Date(r.updated_at),
        published: r.announced_at ? new Date(r.announced_at) : undefined,
      }));
    },
  });
}
