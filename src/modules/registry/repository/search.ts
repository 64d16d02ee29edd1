/**
 * The registry search, designed for tens of thousands of organisations:
 * - names match through the trigram GIN index (word_similarity, `%>`), which finds partial words
 *   and small misspellings, OR the full-text GIN index with prefix queries ('болаш:*');
 *   PostgreSQL combines both with a BitmapOr, so no query reads the whole table for q;
 * - a 12-digit query is a BIN and uses the primary key;
 * - the total is counted only when the page is full (a short page already tells the total).
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { almatyDate } from '../../../reference/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  binQuery, DISCLOSURE_FIELDS, prefixTsQuery, searchWords, RATING_FULL_YEARS, RATING_WEIGHTS, REPORT_SCORE,
  recentReportYears, reportDeadlineEnd, reportDueDate, almatyYear, type DisclosureField,
} from '../domain.ts';
import type { SearchQuery } from '../schemas.ts';
import type { Db, RegistryDb } from '../repository.ts';

/**
 * Threshold for word_similarity. The default 0.6 misses one wrong letter in a seven-letter word
 * (Болошак / Болашак scores 0.45); 0.4 finds it, and ranking puts the close matches first.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

// The disclosure fields come along so a page of results can show each rating (presenters.ratingOf).
export const LIST_COLUMNS = [
  'o.bin', 'o.name_kk', 'o.name_ru', 'o.name_en', 'o.short_name', 'o.legal_form', 'o.region', 'o.settlement', 'o.areas', 'o.founded_on', 'o.status',
  'o.verification', 'o.website', 'o.email', 'o.phone', 'o.address', 'o.description', 'o.leaders', 'o.founders',
] as const;
export interface OrganizationListRow {
  bin: string;
  name_kk: string;
  name_ru: string;
  name_en: string | null;
  short_name: string | null;
  legal_form: string;
  region: string;
  settlement: string;
  areas: string[];
  founded_on: string;
  status: 'active' | 'liquidated';
  verification: 'pending' | 'verified' | 'refused';
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  description: string | null;
  leaders: { name: string; position: string }[];
  founders: { name: string }[];
}

/** The name a reader sorts by is the one they see (pick: their language, else Kazakh); stored, indexed keys. */
const nameSortKey = (locale: Locale) => sql.ref(`o.sort_${locale}`);

/** Is a disclosure field filled, in SQL; mirrors presenters' disclosureFacts (a test compares the two ratings). */
const FILLED_SQL: Record<DisclosureField, ReturnType<typeof sql>> = {
  nameEn: sql`coalesce(o.name_en, '') <> ''`,
  website: sql`coalesce(o.website, '') <> ''`,
  email: sql`coalesce(o.email, '') <> ''`,
  phone: sql`coalesce(o.phone, '') <> ''`,
  address: sql`coalesce(o.address, '') <> ''`,
  description: sql`coalesce(o.description, '') <> ''`,
  leaders: sql`jsonb_array_length(o.leaders) > 0`,
  founders: sql`jsonb_array_length(o.founders) > 0`,
};

/**
 * The registry's rating (domain.registryRatingInputs + ratingTotal) as SQL, for sorting a whole
 * result set by it. Weights and scores come from domain.ts; registry-rating tests check that the
 * SQL and the domain agree organisation by organisation.
 */
function ratingSql(now: Date) {
  const years = recentReportYears(now);
  const today = almatyDate(now);
  const yearScore = (y: number, i: number) => {
    const col = sql.ref(`r${i}.submitted_at`);
    const passed = today > reportDueDate(y);
    return sql`case when extract(year from o.founded_on) > ${y} then null
      when ${col} is not null then case when ${col} < ${reportDeadlineEnd(y).toISOString()}::timestamptz then ${REPORT_SCORE.on_time}::numeric else ${REPORT_SCORE.late}::numeric end
      when ${sql.lit(passed)} then ${REPORT_SCORE.missing}::numeric else null end`;
  };
  const scores = years.map(yearScore);
  const judged = sql.join(scores.map((s) => sql`(${s} is not null)::int`), sql` + `);
  const sum = sql.join(scores.map((s) => sql`coalesce(${s}, 0)`), sql` + `);
  const reports = sql`coalesce((${sum}) / nullif(${judged}, 0), 0)`;
  const disclosure = sql`(${sql.join(DISCLOSURE_FIELDS.map((f) => sql`(${FILLED_SQL[f]})::int`), sql` + `)})::numeric / ${DISCLOSURE_FIELDS.length}`;
  const yearsActive = sql`least(1, extract(year from age(${today}::date, o.founded_on))::numeric / ${RATING_FULL_YEARS})`;
  const w = RATING_WEIGHTS;
  const total = w.reports + w.verification + w.disclosure + w.years;
  const rating = sql<number>`round(100 * (${w.reports} * ${reports} + ${w.verification} * (o.verification = 'verified')::int + ${w.disclosure} * ${disclosure} + ${w.years} * ${yearsActive}) / ${total}, 1)`;
  /**
   * One plain LEFT JOIN per rated year on the (bin, year) key, rather than an aggregate: the
   * planner then hash-joins when the whole registry is sorted (one pass over the reports) and
   * probes the key when a filter leaves a few organisations. A per-row LATERAL aggregate cost
   * 25,000 probes (0.6 s on PostgreSQL) for the first case.
   */
  const joinReports = <QB extends { leftJoin: (...a: any[]) => any }>(qb: QB): QB =>
    years.reduce((q: any, y, i) => q.leftJoin(`annual_reports as r${i}`, (j: any) => j.onRef(`r${i}.bin`, '=', 'o.bin').on(`r${i}.year`, '=', y)), qb);
  return { rating, joinReports };
}

export interface SearchResult {
  rows: (OrganizationListRow & { score?: number })[];
  total: number;
}

/**
 * Above this many prefix matches a query is a common word ("қоғамдық", "фонд"): fuzzy matching
 * and similarity ranking would cost a word_similarity() per matching row and add nothing, so the
 * search keeps the exact prefix matches and orders them by name.
 */
export const COMMON_WORD_MATCHES = 2000;

/** `matches`: how many organisations the text alone matches, when already counted. */
type TextMatch = { where: Expression<SqlBool>; score: ReturnType<typeof sql<number>> | null; matches?: number };

/** Applies q and the filters; returns the builder so the page and the count share the same WHERE. */
function filtered(db: Db, query: SearchQuery, text: TextMatch | null, now: Date) {
  let qb = db.selectFrom('organizations as o');
  if (query.region) qb = qb.where('o.region', '=', query.region);
  if (query.legalForm) qb = qb.where('o.legal_form', '=', query.legalForm);
  if (query.area) qb = qb.where(sql<SqlBool>`o.areas @> array[${query.area}]::text[]`);
  if (query.verified !== undefined) qb = qb.where('o.verification', query.verified ? '=' : '<>', 'verified');
  if (query.reportStatus) {
    const year = almatyYear(now) - 1;
    const end = reportDeadlineEnd(year).toISOString();
    const cond =
      query.reportStatus === 'missing'
        ? sql<SqlBool>`not exists (select 1 from annual_reports r where r.bin = o.bin and r.year = ${year})`
        : sql<SqlBool>`exists (select 1 from annual_reports r where r.bin = o.bin and r.year = ${year} and r.submitted_at ${sql.raw(query.reportStatus === 'on_time' ? '<' : '>=')} ${end}::timestamptz)`;
    qb = qb.where(cond);
  }
  if (text) qb = qb.where(text.where);
  return qb;
}

/** How q matches: a BIN exactly, common words by prefix only, anything else by prefix or trigram similarity. */
async function textMatch(db: Db, q: string | undefined): Promise<TextMatch | null> {
  if (!q) return null;
  const bin = binQuery(q);
  if (bin) return { where: sql<SqlBool>`o.bin = ${bin}`, score: null };
  const tsq = prefixTsQuery(q);
  if (!tsq) return null;
  const prefix = sql<SqlBool>`o.tsv @@ to_tsquery('simple', ${tsq})`;
  const common = await db
    .selectFrom('organizations as o')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(prefix)
    .executeTakeFirstOrThrow();
  if (Number(common.n) > COMMON_WORD_MATCHES) return { where: prefix, score: null, matches: Number(common.n) };
  const words = searchWords(q);
  const folded = words.join(' ');
  // Trigrams of words under four letters match almost everything; the prefix query covers them.
  const fuzzy = words.some((w) => w.length >= 4);
  // The matching BINs are an InitPlan (array(...)) so each branch is planned on its own index,
  // whatever filters surround it; an OR in the outer WHERE made the planner scan the table and
  // evaluate word_similarity on every row (1.6 s at 25,000 on PGlite, against ~30 ms this way).
  const matches = fuzzy
    ? sql`select bin from organizations where search %> ${folded} union select bin from organizations where tsv @@ to_tsquery('simple', ${tsq})`
    : sql`select bin from organizations where tsv @@ to_tsquery('simple', ${tsq})`;
  return {
    where: sql<SqlBool>`o.bin = any(array(${matches}))`,
    // Close trigram matches first; a prefix hit on every word is worth a near-perfect match.
    score: sql<number>`word_similarity(${folded}, o.search) + case when ${prefix} then 0.5 else 0 end`,
  };
}

/** One page of organisations matching a query, and the total count. */
export async function searchOrganizations(db: RegistryDb, query: SearchQuery, ctx: { locale: Locale; now: Date }): Promise<SearchResult> {
  const run = async (trx: Db): Promise<SearchResult> => {
    const text = await textMatch(trx, query.q);
    const qb = filtered(trx, query, text, ctx.now);
    const offset = (query.page - 1) * query.pageSize;
    let page = qb.select([...LIST_COLUMNS]);
    const sort = query.sort === 'relevance' && !text?.score ? 'name' : query.sort;
    if (sort === 'relevance' && text?.score) page = page.select(text.score.as('score')).orderBy(sql`score`, 'desc');
    else if (sort === 'name') page = page.orderBy(nameSortKey(ctx.locale));
    else if (sort === 'founded') page = page.orderBy('o.founded_on');
    else if (sort === 'rating') {
      const { rating, joinReports } = ratingSql(ctx.now);
      page = joinReports(page).orderBy(rating, 'desc');
    }
    // A name match is a few hundred rows that are all read to rank them anyway, so the window
    // count is free there and spares running the match a second time for the total.
    if (text?.score) page = page.select(sql<number>`count(*) over ()`.as('full_count'));
    const rows = (await page.orderBy('o.bin').limit(query.pageSize).offset(offset).execute()) as (SearchResult['rows'][number] & { full_count?: number })[];
    if (rows.length && rows[0].full_count !== undefined) {
      const total = Number(rows[0].full_count);
      for (const r of rows) delete r.full_count;
      return { rows, total };
    }
    if (rows.length > 0 && rows.length < query.pageSize) return { rows, total: offset + rows.length };
    const filtersOnlyText = !query.region && !query.legalForm && !query.area && query.verified === undefined && !query.reportStatus;
    if (text?.matches !== undefined && filtersOnlyText) return { rows, total: text.matches };
    if (rows.length === 0 && offset === 0) return { rows, total: 0 };
    const c = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows, total: Number(c.n) };
  };
  // The similarity threshold is set for this transaction only; other queries keep the default.
  if (!query.q || binQuery(query.q)) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`.execute(trx);
    return run(trx);
  });
}

/** The SQL rating of given organisations (for the tests that hold SQL and domain together). */
export async function sqlRatings(db: RegistryDb, bins: string[], now: Date): Promise<Map<string, number>> {
  const { rating, joinReports } = ratingSql(now);
  const rows = await joinReports(db.selectFrom('organizations as o'))
    .select(['o.bin', rating.as('rating')])
    .where('o.bin', 'in', bins)
    .execute();
  return new Map(rows.map((r: any) => [r.bin as string, Number(r.rating)]));
}
