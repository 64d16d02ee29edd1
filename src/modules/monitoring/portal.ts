/**
 * The open-data catalogue as the portal and /open-data/index.json show it: every dataset with its
 * downloads, licence, record count and last change. Counts are kept for a minute per app.
 */
import type { FastifyInstance } from 'fastify';
import { LOCALES, translator, type Locale } from '../../platform/i18n/index.ts';
import type { DatasetSpec } from '../../platform/opendata/index.ts';

export interface CatalogueEntry {
  id: string;
  module: string;
  titleKey: string;
  descriptionKey: string;
  downloads: { format: string; href: string; mediaType: string; labelKey?: string }[];
  licence: string;
  licenceUrl: string;
  records: number | null;
  updatedAt: Date | null;
}

export interface FeedLink {
  id: string;
  titleKey: string;
  href: string;
}

const LICENCES: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

const MEDIA: Record<string, string> = {
  CSV: 'text/csv',
  JSON: 'application/json',
  OCDS: 'application/json',
  '360Giving': 'application/json',
  Atom: 'application/atom+xml',
};

const TTL_MS = 60_000;
const cache = new WeakMap<FastifyInstance, { at: number; entries: Promise<CatalogueEntry[]> }>();

async function entryOf(app: FastifyInstance, d: DatasetSpec): Promise<CatalogueEntry> {
  let stats: { records: number; updatedAt: Date | null } | null = null;
  try {
    stats = await d.stats(app.db);
  } catch (err) {
    app.log.error({ err, dataset: d.id }, 'dataset statistics failed');
  }
  const licence = d.licence ?? 'CC-BY-4.0';
  return {
    id: d.id,
    module: d.module,
    titleKey: d.titleKey,
    descriptionKey: d.descriptionKey,
    downloads: [
      { format: 'CSV', href: `/open-data/${d.id}.csv`, mediaType: 'text/csv' },
      { format: 'JSON', href: `/open-data/${d.id}.json`, mediaType: 'application/json' },
      ...(d.extra ?? []).map((x) => ({
        format: x.format,
        href: x.href,
        mediaType: MEDIA[x.format] ?? 'application/octet-stream',
        labelKey: x.labelKey,
      })),
    ],
    licence,
    licenceUrl: LICENCES[licence] ?? 'https://spdx.org/licenses/',
    records: stats?.records ?? null,
    updatedAt: stats?.updatedAt ?? null,
  };
}

export function catalogueEntries(app: FastifyInstance, opts: { fresh?: boolean } = {}): Promise<CatalogueEntry[]> {
  const hit = cache.get(app);
  if (hit && !opts.fresh && Date.now() - hit.at < TTL_MS) return hit.entries;
  const entries = (async () => {
    const out: CatalogueEntry[] = [];
    for (const d of app.openData.datasets) out.push(await entryOf(app, d));
    return out;
  })();
  cache.set(app, { at: Date.now(), entries });
  entries.catch(() => cache.delete(app));
  return entries;
}

export function feedLinks(app: FastifyInstance, locale: Locale): FeedLink[] {
  return app.openData.feeds.map((f) => ({ id: f.id, titleKey: f.titleKey, href: `/${locale}/feeds/${f.id}.atom` }));
}

const inAll = (key: string) =>
  Object.fromEntries(LOCALES.map((l) => [l, translator(l)(key)])) as Record<Locale, string>;

/** The machine-readable catalogue: titles in three languages, absolute download URLs. */
export async function catalogueJson(app: FastifyInstance) {
  const base = app.config.baseUrl.replace(/\/$/, '');
  const entries = await catalogueEntries(app);
  return {
    title: inAll('monitoring.openData.title'),
    publisher: 'Qogam',
    homepage: `${base}/kk/open-data`,
    api: { openapi: `${base}/api/openapi.json`, docs: `${base}/api/docs` },
    datasets: entries.map((e) => ({
      id: e.id,
      module: e.module,
      title: inAll(e.titleKey),
      description: inAll(e.descriptionKey),
      licence: { id: e.licence, url: e.licenceUrl },
      records: e.records,
      updatedAt: e.updatedAt ? e.updatedAt.toISOString() : null,
      distributions: e.downloads.map((d) => ({ format: d.format, mediaType: d.mediaType, url: `${base}${d.href}` })),
    })),
    feeds: app.openData.feeds.map((f) => ({
      id: f.id,
      title: inAll(f.titleKey),
      urls: Object.fromEntries(LOCALES.map((l) => [l, `${base}/${l}/feeds/${f.id}.atom`])),
    })),
  };
}
