import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';
export const isLocale = (s: unknown): s is Locale =>
  typeof s === 'string' && (LOCALES as readonly string[]).includes(s);

/** A catalogue value: a string with {parameters}, or plural forms chosen by Intl.PluralRules. */
type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Catalogue = Record<string, Entry>;
export type Params = Record<string, string | number>;
export type T = (key: string, params?: Params) => string;

const SRC = fileURLToPath(new URL('../../', import.meta.url));

/** Every folder named locales/ under src/ (platform and modules) holds kk.json, ru.json, en.json. */
export function catalogueDirs(root = SRC): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (!statSync(p).isDirectory()) continue;
      if (name === 'locales') found.push(p);
      else walk(p);
    }
  };
  walk(root);
  return found.sort();
}

export function loadCatalogues(dirs = catalogueDirs()): Record<Locale, Catalogue> {
  const out = { kk: {}, ru: {}, en: {} } as Record<Locale, Catalogue>;
  for (const dir of dirs) {
    for (const l of LOCALES) {
      const f = join(dir, `${l}.json`);
      if (!existsSync(f)) continue;
      Object.assign(out[l], JSON.parse(readFileSync(f, 'utf8')));
    }
  }
  return out;
}

let catalogues: Record<Locale, Catalogue> | undefined;
const plurals = new Map<Locale, Intl.PluralRules>();

function interpolate(s: string, params?: Params): string {
  if (!params) return s;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

/** Translator for one locale; a missing key shows the key itself (a test keeps catalogues complete). */
export function translator(locale: Locale): T {
  catalogues ??= loadCatalogues();
  const cat = catalogues[locale];
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return (key, params) => {
    const e = cat[key];
    if (e === undefined) return key;
    if (typeof e === 'string') return interpolate(e, params);
    const n = Number(params?.count ?? 0);
    const form = e[rules!.select(n)] ?? e.other ?? '';
    return interpolate(form, { ...params, count: formatNumber(n, locale) });
  };
}

export function hasKey(locale: Locale, key: string): boolean {
  catalogues ??= loadCatalogues();
  return key in catalogues[locale];
}

/** Picks kk, ru or en from an Accept-Language header, by quality; Kazakh when nothing matches. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...ps] = part.trim().split(';');
      const q = ps.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked.find((x) => isLocale(x.tag))?.tag as Locale) ?? DEFAULT_LOCALE;
}

const TZ = 'Asia/Almaty';
const intlLocale = (l: Locale) => (l === 'kk' ? 'kk-KZ' : l === 'ru' ? 'ru-RU' : 'en-GB');

/** An instant shown as a date (and time) in Asia/Almaty. */
export function formatDate(d: Date | string | null | undefined, locale: Locale, withTime = false): string {
  if (!d) return '';
  // A civil date 'YYYY-MM-DD' is shown as that day, whatever the server's time zone.
  const date = typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00+05:00`) : new Date(d);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

/** Money is kept in integer tiyn (1 ₸ = 100 tiyn) and shown in tenge with the ₸ sign. */
export function formatMoney(tiyn: number | bigint | string, locale: Locale): string {
  const t = typeof tiyn === 'bigint' ? Number(tiyn) : Number(tiyn);
  const tenge = t / 100;
  const s = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: Number.isInteger(tenge) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(tenge);
  return `${s} ₸`;
}

/** Picks the reader's language from a {kk, ru, en} value, falling back through kk and ru. */
export function pick(
  v: { kk?: string | null; ru?: string | null; en?: string | null } | null | undefined,
  locale: Locale,
): string {
  if (!v) return '';
  return v[locale] || v.kk || v.ru || v.en || '';
}
