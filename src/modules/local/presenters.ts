/** Rows -> view models and API JSON for local participation; whitelisted fields, the reader's language. */
import { regionByCode, type Localized, type Region } from '../../reference/index.ts';
import { pick, type Locale } from '../../platform/i18n/index.ts';
import type { ImplementationStatus, ResultStep } from './domain.ts';
import type { CycleRow, ProposalRow, searchCycles } from './repository/index.ts';

type CycleListRow = Awaited<ReturnType<typeof searchCycles>>['rows'][number];

export const regionByCodeOrNull = (code: string): Region | null => regionByCode(code) ?? null;

/** Districts of a region (for a city, its districts) from the reference data. */
export const districtsOf = (region: string): readonly Localized[] => regionByCode(region)?.settlements ?? [];

export function regionName(code: string | null, locale: Locale): string {
  if (!code) return '';
  return regionByCode(code)?.name[locale] ?? code;
}

/** A district is stored by its Kazakh name; shown in the reader's language. */
export function districtName(region: string, district: string | null, locale: Locale): string {
  if (!district) return '';
  return districtsOf(region).find((d) => d.kk === district)?.[locale] ?? district;
}

export const bodyName = (b: { name_kk: string; name_ru: string; name_en: string | null }, locale: Locale) =>
  pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, locale);

type CycleLike = Pick<
  NonNullable<CycleRow>,
  | 'id'
  | 'title_kk'
  | 'title_ru'
  | 'title_en'
  | 'body_kk'
  | 'body_ru'
  | 'body_en'
  | 'body_code'
  | 'region'
  | 'district'
  | 'year'
  | 'budget'
  | 'max_choices'
  | 'status'
>;

export const cycleTitle = (c: Pick<CycleLike, 'title_kk' | 'title_ru' | 'title_en'>, locale: Locale) =>
  pick({ kk: c.title_kk, ru: c.title_ru, en: c.title_en }, locale);
export const cycleBody = (c: Pick<CycleLike, 'body_kk' | 'body_ru' | 'body_en'>, locale: Locale) =>
  pick({ kk: c.body_kk, ru: c.body_ru, en: c.body_en }, locale);

/** The territory in words: "Бостандық ауданы, Алматы қаласы". */
export function territory(c: { region: string; district: string | null }, locale: Locale): string {
  return [districtName(c.region, c.district, locale), regionName(c.region, locale)].filter(Boolean).join(', ');
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function cycleJson(c: CycleLike & { ballots: number }) {
  return {
    id: c.id,
    title: { kk: c.title_kk, ru: c.title_ru, en: c.title_en },
    stateBody: { code: c.body_code, name: { kk: c.body_kk, ru: c.body_ru, en: c.body_en } },
    region: c.region,
    district: c.district,
    year: c.year,
    budgetTiyn: c.budget,
    maxChoices: c.max_choices,
    status: c.status,
    ballots: c.ballots,
    url: `/kk/local/budgets/${c.id}`,
  };
}

export function proposalJson(p: ProposalRow) {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    location: p.location,
    costTiyn: p.cost,
    status: p.status,
    reviewReason: p.review_reason,
    votes: p.votes,
    implementation: p.implementation,
    submittedAt: iso(p.created_at),
  };
}

export const RESULT_ALGORITHM =
  'greedy-by-votes-within-budget: feasible proposals ordered by votes (desc), then cost (asc), then submission (asc); each is selected if it has votes and its cost fits in the remaining budget, otherwise skipped.';

export function resultsJson(steps: ResultStep[] | null, at: Date | string | null) {
  if (!steps) return null;
  return {
    computedAt: at ? iso(at) : null,
    algorithm: RESULT_ALGORITHM,
    steps: steps.map((s) => ({
      proposalId: s.proposalId,
      votes: s.votes,
      costTiyn: s.cost,
      remainingBeforeTiyn: s.remainingBefore,
      decision: s.decision,
      remainingAfterTiyn: s.remainingAfter,
    })),
  };
}

/** Proposals of a cycle as the public may see them: what is proposed, never who proposed it. */
export const proposalView = (p: ProposalRow) => p;

/** Tenge for a form field, from tiyn ("1 500 000"). */
export const tengeInput = (tiyn: number) => String(Math.round(tiyn / 100));

// ------------------------------------------------------------ view models
// Pages are given these (whitelisted fields), never repository rows.

const only = <T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;

const CYCLE_VIEW = [
  'id',
  'region',
  'district',
  'year',
  'title_kk',
  'title_ru',
  'title_en',
  'description',
  'budget',
  'max_choices',
  'status',
  'result_steps',
  'results_at',
  'version',
  'body_code',
  'body_kk',
  'body_ru',
  'body_en',
] as const;
export type CycleView = Pick<NonNullable<CycleRow>, (typeof CYCLE_VIEW)[number]>;
export const presentCycle = (c: NonNullable<CycleRow>): CycleView => only(c, CYCLE_VIEW);

export type CycleListItem = Omit<CycleView, 'result_steps' | 'results_at' | 'version' | 'description'> & {
  proposals: number;
  ballots: number;
};
export const presentCycleListItem = (c: CycleListRow): CycleListItem => ({
  ...only(c, CYCLE_VIEW),
  proposals: c.proposals,
  ballots: c.ballots,
});

const PROPOSAL_VIEW = [
  'id',
  'title',
  'description',
  'cost',
  'location',
  'status',
  'review_reason',
  'reviewed_at',
  'votes',
  'implementation',
  'created_at',
] as const;
/** What is proposed, never who proposed it. */
export type ProposalView = Pick<ProposalRow, (typeof PROPOSAL_VIEW)[number]>;
export const presentProposal = (p: ProposalRow): ProposalView => only(p, PROPOSAL_VIEW);

export interface ProgressView {
  id: string;
  implementation: ImplementationStatus;
  note: string;
  photo_file_id: string | null;
  created_at: Date;
}
export const presentProgress = (g: ProgressView): ProgressView => ({
  id: g.id,
  implementation: g.implementation,
  note: g.note,
  photo_file_id: g.photo_file_id,
  created_at: g.created_at,
});

export interface AggregateView {
  state_body_id: string;
  code: string;
  name_kk: string;
  name_ru: string;
  name_en: string | null;
  region: string | null;
  period: string;
  count: number;
  sum: number;
  distribution: number[];
}
export const presentAggregate = (a: AggregateView): AggregateView => ({
  state_body_id: a.state_body_id,
  code: a.code,
  name_kk: a.name_kk,
  name_ru: a.name_ru,
  name_en: a.name_en,
  region: a.region,
  period: a.period,
  count: a.count,
  sum: a.sum,
  distribution: a.distribution,
});
