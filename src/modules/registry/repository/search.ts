/**
 * The registry search, designed for tens of thousands of organisations:
 * - pg_trgm's "dictionary of words" (text search integration): each query word of 4+ letters is
 *   looked up by trigram similarity in registry_words (the distinct lexemes of all names, kept by
 *   triggers), and the name match is one full-text query on the tsv GIN index, every query word
 *   as a prefix or one of its close words: (болошак:* | болашак) & (кор:*). Misspellings and
 *   partial words are found; a word common in names costs an index lookup, not a score per row;
 * - a 12-digit query is a BIN and uses the primary key;
 * - the total is counted only when the page is full (a short page already tells the total).
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { almatyDate } from '../../../reference/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  binQuery,
  DISCLOSURE_FIELDS,
  searchWords,
  RATING_FULL_YEARS,
  RATING_WEIGHTS,
  REPORT_SCORE,
  recentReportYears,
  reportDeadlineEnd,
  reportDueDate,
  almatyYear,
  type DisclosureField,
} from '../domain.ts';
import type { SearchQuery } from '../schemas.ts';
import type { Db, OrganizationRow } from './organizations.ts';

/**
 * Threshold for similarity() between a query word and a dictionary word. The default 0.3 lets in
 * words sharing a stem with little else; 0.4 still finds one wrong letter in a seven-letter word
 * (Болошак / Болашак scores 0.45).
 */
export const SIMILARITY_THRESHOLD = 0.4;
/** How many close dictionary words a query word brings into the full-text query. */
export const CANDIDATES_PER_WORD = 8;

// The disclosure fields come along so a page of results can show each rating (presenters.ratingOf).
export const LIST_COLUMNS = [
  'o.bin',
  'o.name_kk',
  'o.name_ru',
  'o.name_en',
  'o.short_name',
  'o.legal_form',
  'o.region',
  'o.settlement',
  'o.areas',
  'o.founded_on',
  'o.status',
  'o.verification',
  'o.website',
  'o.email',
  'o.phone',
  'o.address',
  'o.description',
  'o.leaders',
  'o.founders',
] as const;
/** A row of LIST_COLUMNS: the organisation's row without its history and verification details. */
export type OrganizationListRow = Pick<
  OrganizationRow,
  (typeof LIST_COLUMNS)[number] extends `o.${infer C}` ? C & keyof OrganizationRow : never
>;

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
  const judged = sql.join(
    scores.map((s) => sql`(${s} is not null)::int`),
    sql` + `,
  );
  const sum = sql.join(
    scores.map((s) => sql`coalesce(${s}, 0)`),
    sql` + `,
  );
  const reports = sql`coalesce((${sum}) / nullif(${judged}, 0), 0)`;
  const disclosure = sql`(${sql.join(
    DISCLOSURE_FIELDS.map((f) => sql`(${FILLED_SQL[f]})::int`),
    sql` + `,
  )})::numeric / ${DISCLOSURE_FIELDS.length}`;
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
    years.reduce(
      (q: any, y, i) =>
        q.leftJoin(`annual_reports as r${i}`, (j: any) => j.onRef(`r${i}.bin`, '=', 'o.bin').on(`r${i}.year`, '=', y)),
      qb,
    );
  return { rating, joinReports };
}

export interface SearchResult {
  rows: (OrganizationListRow & { score?: number })[];
  total: number;
}

/**
 * Above this many prefix matches a query is a common word ("қоғамдық", "фонд"): the search keeps
 * the exact prefix matches and orders them by name. A query whose close words bring more matches
 * than this is ordered by name too: ranking thousands of rows adds nothing a reader would page to.
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

/** A tsquery from text built here: folded words and dictionary lexemes only (letters, digits), so no parsing is needed. */
const tsquery = (text: string) => sql`${text}::tsquery`;

/** A dictionary word that can go into a tsquery as is (the migration keeps compound tokens out; this is a second guard). */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** The close dictionary words of each query word of 4+ letters, best first (words the prefix already covers left out). */
async function candidates(db: Db, words: string[]): Promise<Map<string, { word: string; sim: number }[]>> {
  const long = [...new Set(words.filter((w) => w.length >= 4))];
  const out = new Map<string, { word: string; sim: number }[]>();
  if (!long.length) return out;
  const rows = await sql<{ w: string; word: string; sim: number }>`
    select q.w, c.word, c.sim from (values ${sql.join(long.map((w) => sql`(${w}::text)`))}) as q(w)
    cross join lateral (
      select d.word, similarity(d.word, q.w) as sim from registry_words d
      where d.word % q.w and left(d.word, length(q.w)) <> q.w
      order by sim desc, d.word limit ${sql.lit(CANDIDATES_PER_WORD)}
    ) c`.execute(db);
  for (const r of rows.rows) {
    if (!PLAIN_WORD.test(r.word)) continue;
    const list = out.get(r.w) ?? [];
    list.push({ word: r.word, sim: Number(r.sim) });
    out.set(r.w, list);
  }
  return out;
}

/**
 * How q matches: a BIN exactly; otherwise a full-text query on organizations_tsv where every query
 * word matches as a prefix or as one of its close dictionary words: (болошак:* | болашак) & ...
 * A query matching more than COMMON_WORD_MATCHES organisations is ordered by name, not ranked.
 */
async function textMatch(db: Db, q: string | undefined): Promise<TextMatch | null> {
  if (!q) return null;
  const bin = binQuery(q);
  if (bin) return { where: sql<SqlBool>`o.bin = ${bin}`, score: null };
  const words = searchWords(q);
  if (!words.length) return null;
  const close = await candidates(db, words);
  const prefixText = words.map((w) => `${w}:*`).join(' & ');
  const fullText = words
    .map((w) => {
      const alt = (close.get(w) ?? []).map((c) => c.word);
      return alt.length ? `(${[`${w}:*`, ...alt].join(' | ')})` : `${w}:*`;
    })
    .join(' & ');
  const prefix = sql<SqlBool>`o.tsv @@ ${tsquery(prefixText)}`;
  const full = sql<SqlBool>`o.tsv @@ ${tsquery(fullText)}`;
  // One pass over the index for both counts: prefix matches (a common word) and all matches.
  const counts = await db
    .selectFrom('organizations as o')
    .select([sql<number>`count(*) filter (where ${prefix})`.as('p'), sql<number>`count(*)`.as('n')])
    .where(full)
    .executeTakeFirstOrThrow();
  const [p, n] = [Number(counts.p), Number(counts.n)];
  // A common word ("қоғамдық", "фонд"): its exact prefix matches, by name, as before.
  if (p > COMMON_WORD_MATCHES) return { where: prefix, score: null, matches: p };
  if (n > COMMON_WORD_MATCHES) return { where: full, score: null, matches: n };
  // Few matches: rank them. Per query word, the best way the name has it: the word itself, a word
  // it begins, then a close dictionary word by its similarity; averaged over the query words.
  const wordScore = (w: string) => {
    const whens = [
      sql`when o.tsv @@ ${tsquery(w)} then 1`,
      sql`when o.tsv @@ ${tsquery(`${w}:*`)} then 0.9`,
      ...(close.get(w) ?? []).map(
        (c) => sql`when o.tsv @@ ${tsquery(c.word)} then ${sql.lit(Math.round(c.sim * 80) / 100)}`,
      ),
    ];
    return sql`case ${sql.join(whens, sql` `)} else 0 end`;
  };
  return {
    where: full,
    score: sql<number>`(${sql.join(words.map(wordScore), sql` + `)})::float8 / ${sql.lit(words.length)}`,
    matches: n,
  };
}

/** One page of organisations matching a query, and the total count. */
export async function searchOrganizations(
  db: Db,
  query: SearchQuery,
  ctx: { locale: Locale; now: Date },
): Promise<SearchResult> {
  const run = async (trx: Db): Promise<SearchResult> => {
    const text = await textMatch(trx, query.q);
    const qb = filtered(trx, query, text, ctx.now);
    const offset = (query.page - 1) * query.pageSize;
    let page = qb.select([...LIST_COLUMNS]);
    const sort = query.sort === 'relevance' && !text?.score ? 'name' : query.sort;
    if (sort === 'relevance' && text?.score)
      page = page
        .select(text.score.as('score'))
        .orderBy(sql`score`, 'desc')
        .orderBy(nameSortKey(ctx.locale));
    else if (sort === 'name') page = page.orderBy(nameSortKey(ctx.locale));
    else if (sort === 'founded') page = page.orderBy('o.founded_on');
    else if (sort === 'rating') {
      const { rating, joinReports } = ratingSql(ctx.now);
      page = joinReports(page).orderBy(rating, 'desc');
    }
    // A name match is a few hundred rows that are all read to rank them anyway, so the window
    // count is free there and spares running the match a second time for the total.
    if (text?.score) page = page.select(sql<number>`count(*) over ()`.as('full_count'));
    let rows: (SearchResult['rows'][number] & { full_count?: number })[];
    if (sort === 'relevance' && text?.score) {
      // Ranked: sort the matches carrying only their key, score and sort key, then read the full
      // rows of the one page (sorting hundreds of wide rows cost 3x as much on PGlite).
      const key = nameSortKey(ctx.locale);
      const ranked = qb
        .select([
          'o.bin',
          text.score.as('score'),
          key.as('sort_key') as any,
          sql<number>`count(*) over ()`.as('full_count'),
        ])
        .orderBy(sql`score`, 'desc')
        .orderBy(key)
        .orderBy('o.bin')
        .limit(query.pageSize)
        .offset(offset);
      rows = (await trx
        .selectFrom(ranked.as('m'))
        .innerJoin('organizations as o', 'o.bin', 'm.bin')
        .select([...LIST_COLUMNS, 'm.score', 'm.full_count'])
        .orderBy('m.score', 'desc')
        .orderBy('m.sort_key')
        .orderBy('m.bin')
        .execute()) as typeof rows;
    } else rows = (await page.orderBy('o.bin').limit(query.pageSize).offset(offset).execute()) as typeof rows;
    if (rows.length && rows[0].full_count !== undefined) {
      const total = Number(rows[0].full_count);
      for (const r of rows) delete r.full_count;
      return { rows, total };
    }
    if (rows.length > 0 && rows.length < query.pageSize) return { rows, total: offset + rows.length };
    const filtersOnlyText =
      !query.region && !query.legalForm && !query.area && query.verified === undefined && !query.reportStatus;
    if (text?.matches !== undefined && filtersOnlyText) return { rows, total: text.matches };
    if (rows.length === 0 && offset === 0) return { rows, total: 0 };
    const c = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows, total: Number(c.n) };
  };
  // The similarity threshold is set for this transaction only; other queries keep the default.
  if (!query.q || binQuery(query.q)) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`.execute(trx);
    return run(trx);
  });
}

/** The SQL rating of given organisations (for the tests that hold SQL and domain together). */
export async function sqlRatings(db: Db, bins: string[], now: Date): Promise<Map<string, number>> {
  const { rating, joinReports } = ratingSql(now);
  const rows = await joinReports(db.selectFrom('organizations as o'))
    .select(['o.bin', rating.as('rating')])
    .where('o.bin', 'in', bins)
    .execute();
  return new Map(rows.map((r: any) => [r.bin as string, Number(r.rating)]));
}
