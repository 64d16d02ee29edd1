/**
 * What each module publishes as open data, so that the open-data portal, the monitoring dashboard,
 * the Atom feeds and the SDG pages can list it without knowing the modules' tables. A module adds
 * its entries when its plugin is registered: `app.openData.addDataset({...})`. The catalogue lives
 * on the app instance (not in a module-level array) so that every test app has its own.
 */
import type { Kysely } from 'kysely';
import type { Locale } from '../i18n/index.ts';
import type { RegionCode } from '../../reference/index.ts';
import type { Db } from '../db/schema.ts';

export type { Db };
export type OpenRow = Record<string, string | number | boolean | null | string[] | number[]>;

export interface DatasetSpec {
  /** URL-safe and unique; served as /open-data/{id}.csv and /open-data/{id}.json. */
  id: string;
  module: string;
  /** i18n keys in the module's catalogue. */
  titleKey: string;
  descriptionKey: string;
  /** CSV header order; JSON objects carry the same keys. */
  columns: readonly string[];
  /** Every row, in batches (keyset pagination, so memory stays flat whatever the size). */
  batches(db: Db): AsyncIterable<OpenRow[]>;
  /** For the portal: how many records and when the newest of them changed. */
  stats(db: Db): Promise<{ records: number; updatedAt: Date | null }>;
  /** Other downloads of the same data (OCDS, 360Giving, aggregated CSV…), listed beside CSV and JSON. */
  extra?: readonly { format: string; href: string; labelKey: string }[];
  /** SPDX id; CC-BY-4.0 unless a dataset says otherwise. */
  licence?: string;
}

export interface IndicatorValue {
  /** null is the national figure (not necessarily the sum of regions, e.g. for a share). */
  region: RegionCode | null;
  year: number;
  value: number;
}

export interface IndicatorSpec {
  /** Stable id, e.g. 'volunteering.confirmedHours'; the monitoring module maps it to an expected result of the Concept. */
  id: string;
  module: string;
  titleKey: string;
  /** How the number is computed from the platform's data, in words a journalist can check. */
  definitionKey: string;
  unit: 'count' | 'percent' | 'tenge' | 'hours' | 'score';
  compute(db: Db): Promise<IndicatorValue[]>;
}

export interface FeedEntry {
  /** Stable id of the thing (its public path is fine). */
  id: string;
  title: string;
  summary?: string;
  /** Site-relative public link in the feed's language, e.g. /kk/initiatives/123. */
  href: string;
  updated: Date;
  published?: Date;
}

export interface FeedSpec {
  /** Served as /{lang}/feeds/{id}.atom */
  id: string;
  module: string;
  titleKey: string;
  /** Newest first, at most `limit`. */
  entries(db: Db, locale: Locale, limit: number): Promise<FeedEntry[]>;
}

/** Items that contribute to an SDG, found through their areas of activity (reference/areas). */
export interface SdgContributor {
  kind: string;
  module: string;
  /** i18n key of the heading on the goal's page, e.g. 'funding.sdg.projects'. */
  labelKey: string;
  list(
    db: Db,
    q: { areas: readonly string[]; locale: Locale; limit: number },
  ): Promise<{ title: string; href: string }[]>;
}

export class OpenDataCatalogue {
  readonly datasets: DatasetSpec[] = [];
  readonly indicators: IndicatorSpec[] = [];
  readonly feeds: FeedSpec[] = [];
  readonly sdgContributors: SdgContributor[] = [];

  addDataset(d: DatasetSpec): void {
    this.unique(this.datasets, d.id, 'dataset');
    this.datasets.push(d);
  }
  addIndicator(i: IndicatorSpec): void {
    this.unique(this.indicators, i.id, 'indicator');
    this.indicators.push(i);
  }
  addFeed(f: FeedSpec): void {
    this.unique(this.feeds, f.id, 'feed');
    this.feeds.push(f);
  }
  addSdgContributor(c: SdgContributor): void {
    this.unique(this.sdgContributors, c.kind, 'SDG contributor');
    this.sdgContributors.push(c);
  }

  dataset(id: string): DatasetSpec | undefined {
    return this.datasets.find((d) => d.id === id);
  }

  private unique(list: { id?: string; kind?: string }[], id: string, what: string): void {
    if (list.some((x) => (x.id ?? x.kind) === id)) throw new Error(`open data: ${what} "${id}" registered twice`);
  }
}

/**
 * Adds the national figure (region null) of a count or sum indicator as the sum of its regions, per
 * year. Not for shares or averages, whose national figure must be computed from the raw data.
 */
export function withNationalSums(values: IndicatorValue[]): IndicatorValue[] {
  const byYear = new Map<number, number>();
  for (const v of values) if (v.region !== null) byYear.set(v.year, (byYear.get(v.year) ?? 0) + v.value);
  const national = [...byYear].map(([year, value]) => ({ region: null, year, value }));
  return [...values.filter((v) => v.region !== null), ...national].sort(
    (a, b) => a.year - b.year || (a.region ?? '').localeCompare(b.region ?? ''),
  );
}
