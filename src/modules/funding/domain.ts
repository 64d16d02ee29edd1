/**
 * Pure rules of funding: the state machines of plans, calls, applications, projects and reports;
 * grant bands in MCI; budgets that must add up; the application window in Asia/Almaty time; the
 * reproducible panel draw; scoring against a rubric and the ranking; award splits; the evaluation
 * and its social-impact figures; the rating input. No database, no clock (instants are arguments).
 */
import { createHash } from 'node:crypto';
import { lifecycle, type EventOf } from '../../platform/kit/lifecycle.ts';
import { almatyDate, param, type IsoDate } from '../../reference/index.ts';

export const INSTRUMENTS = ['social_order', 'grant', 'award'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

// --------------------------------------------------------------- state machines

export type PlanStatus = 'draft' | 'discussion' | 'approved';
export const PLAN_INITIAL = 'draft' satisfies PlanStatus;
export const PLAN = lifecycle<PlanStatus, 'openDiscussion' | 'approve'>(['draft', 'discussion', 'approved'], {
  openDiscussion: { from: ['draft'], to: 'discussion' },
  approve: { from: ['discussion'], to: 'approved' },
});
export type PlanEvent = EventOf<typeof PLAN>;

export type CallStatus = 'draft' | 'published' | 'closed' | 'review' | 'decided' | 'cancelled';
export const CALL_INITIAL = 'draft' satisfies CallStatus;
export const CALL = lifecycle<CallStatus, 'publish' | 'close' | 'startReview' | 'decide' | 'cancel'>(
  ['draft', 'published', 'closed', 'review', 'decided', 'cancelled'],
  {
    publish: { from: ['draft'], to: 'published' },
    close: { from: ['published'], to: 'closed' },
    startReview: { from: ['closed'], to: 'review' },
    decide: { from: ['review'], to: 'decided' },
    cancel: { from: ['draft', 'published'], to: 'cancelled' },
  },
);
export type CallEvent = EventOf<typeof CALL>;

export type ApplicationStatus =
  'draft' | 'submitted' | 'withdrawn' | 'admitted' | 'rejected' | 'awarded' | 'not_awarded';
export const APPLICATION_INITIAL = 'draft' satisfies ApplicationStatus;
/**
 * A published decision changes only by a recorded correction (correctDecision): one event each
 * way, because an event leads to one state.
 */
export const APPLICATION = lifecycle<
  ApplicationStatus,
  'submit' | 'withdraw' | 'admit' | 'reject' | 'award' | 'notAward' | 'correctToAwarded' | 'correctToNotAwarded'
>(['draft', 'submitted', 'withdrawn', 'admitted', 'rejected', 'awarded', 'not_awarded'], {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn' },
  admit: { from: ['submitted'], to: 'admitted' },
  reject: { from: ['submitted'], to: 'rejected' },
  award: { from: ['admitted'], to: 'awarded' },
  notAward: { from: ['admitted'], to: 'not_awarded' },
  correctToAwarded: { from: ['not_awarded'], to: 'awarded' },
  correctToNotAwarded: { from: ['awarded'], to: 'not_awarded' },
});
export type ApplicationEvent = EventOf<typeof APPLICATION>;

export type ProjectStatus = 'delivering' | 'final_submitted' | 'completed' | 'evaluated' | 'terminated';
export const PROJECT_INITIAL = 'delivering' satisfies ProjectStatus;
export const PROJECT = lifecycle<
  ProjectStatus,
  'submitFinal' | 'acceptFinal' | 'returnFinal' | 'evaluate' | 'terminate'
>(['delivering', 'final_submitted', 'completed', 'evaluated', 'terminated'], {
  submitFinal: { from: ['delivering'], to: 'final_submitted' },
  acceptFinal: { from: ['final_submitted'], to: 'completed' },
  returnFinal: { from: ['final_submitted'], to: 'delivering' },
  evaluate: { from: ['completed'], to: 'evaluated' },
  terminate: { from: ['delivering', 'final_submitted'], to: 'terminated' },
});
export type ProjectEvent = EventOf<typeof PROJECT>;

export type ReportStatus = 'submitted' | 'accepted' | 'returned';
export const REPORT_INITIAL = 'submitted' satisfies ReportStatus;
export const REPORT = lifecycle<ReportStatus, 'accept' | 'return'>(['submitted', 'accepted', 'returned'], {
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
});
export type ReportEvent = EventOf<typeof REPORT>;

export const CALL_STATUSES: readonly CallStatus[] = CALL.states;
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = APPLICATION.states;
export const PROJECT_STATUSES: readonly ProjectStatus[] = PROJECT.states;

// ------------------------------------------------------------------- money

/** Tenge as people type it ("1 250 000,50") to integer tiyn without floating point; null if not a number. */
export function parseTenge(input: string): number | null {
  const s = String(input ?? '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/₸$/, '');
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Integer tiyn back to a form field: 125000050 -> "1250000.50". */
export function tiynToInput(tiyn: number): string {
  const whole = Math.floor(tiyn / 100);
  const frac = tiyn % 100;
  return frac ? `${whole}.${String(frac).padStart(2, '0')}` : String(whole);
}

// ------------------------------------------------------------- grant bands

export const GRANT_TYPES = ['short_term', 'medium_term', 'long_term'] as const;
export type GrantType = (typeof GRANT_TYPES)[number];
const TIER: Record<GrantType, 'grant.shortTerm' | 'grant.mediumTerm' | 'grant.longTerm'> = {
  short_term: 'grant.shortTerm',
  medium_term: 'grant.mediumTerm',
  long_term: 'grant.longTerm',
};

/** The legal band of a grant type on a date: amounts in tiyn (MCI of that date), months. */
export function grantBand(type: GrantType, at: Date | IsoDate) {
  const tier = param(TIER[type], at);
  const mci = param('mci', at);
  return {
    mci,
    minMci: tier.minMci,
    maxMci: tier.maxMci,
    minTiyn: tier.minMci * mci * 100,
    maxTiyn: tier.maxMci === null ? null : tier.maxMci * mci * 100,
    minMonths: tier.minMonths,
    maxMonths: tier.maxMonths,
  };
}

/** Whether an amount and a duration fit the band: null, or the failing field and reason. */
export function checkGrantBand(
  type: GrantType,
  amountTiyn: number,
  months: number,
  at: Date | IsoDate,
): { field: 'amount' | 'duration'; reason: 'belowBand' | 'aboveBand' | 'durationOutOfBand' } | null {
  const b = grantBand(type, at);
  if (amountTiyn < b.minTiyn) return { field: 'amount', reason: 'belowBand' };
  if (b.maxTiyn !== null && amountTiyn > b.maxTiyn) return { field: 'amount', reason: 'aboveBand' };
  if (months < b.minMonths || months > b.maxMonths) return { field: 'duration', reason: 'durationOutOfBand' };
  return null;
}

// ------------------------------------------------------------------ budget

export interface BudgetLine {
  item: string;
  amountTiyn: number;
  ownDevelopment?: boolean;
}

export interface LotTerms {
  instrument: Instrument;
  budgetTiyn: number;
  durationMonths: number;
  grantType: GrantType | null;
}

/**
 * Field-by-field problems of an application's budget (field -> i18n key's last segment):
 * every line named with a positive amount, the lines add up to the requested amount, the amount
 * does not exceed the lot, fits the grant band, and own development stays within its share.
 */
export function budgetProblems(
  lines: BudgetLine[],
  requestedTiyn: number,
  lot: LotTerms,
  at: Date,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (lines.length === 0) out['budget.0.item'] = 'budgetEmpty';
  lines.forEach((l, i) => {
    if (!l.item.trim()) out[`budget.${i}.item`] = 'budgetItemRequired';
    if (!(l.amountTiyn > 0)) out[`budget.${i}.amount`] = 'budgetAmountPositive';
  });
  const sum = lines.reduce((s, l) => s + (l.amountTiyn > 0 ? l.amountTiyn : 0), 0);
  if (!(requestedTiyn > 0)) out.requested = 'requestedRequired';
  else if (sum !== requestedTiyn) out.requested = 'budgetSumMismatch';
  else if (requestedTiyn > lot.budgetTiyn) out.requested = 'overLotBudget';
  else if (lot.instrument === 'grant' && lot.grantType) {
    const band = checkGrantBand(lot.grantType, requestedTiyn, lot.durationMonths, at);
    if (band?.field === 'amount') out.requested = band.reason;
  }
  if (lot.instrument === 'grant') {
    const own = lines.filter((l) => l.ownDevelopment).reduce((s, l) => s + l.amountTiyn, 0);
    const share = param('grant.ownDevelopmentMaxShare', at);
    if (requestedTiyn > 0 && own > requestedTiyn * share) {
      const i = lines.findIndex((l) => l.ownDevelopment);
      out[`budget.${i}.amount`] = 'ownDevelopmentShare';
    }
  }
  return out;
}

// ----------------------------------------------------------------- window

export type Window = 'not_open' | 'open' | 'closed';

/** Where an instant falls in a call's application period (opens inclusive, closes exclusive). */
export function applicationWindow(call: { opensAt: Date; closesAt: Date }, now: Date): Window {
  if (now.getTime() < call.opensAt.getTime()) return 'not_open';
  if (now.getTime() >= call.closesAt.getTime()) return 'closed';
  return 'open';
}

/** A civil date and time in Asia/Almaty as an instant: almatyInstant('2026-03-01', '18:00'). */
export function almatyInstant(date: IsoDate, time = '00:00'): Date {
  // UTC+5 since 1 March 2024, UTC+6 before (reference/calendar.ts).
  const guess = new Date(`${date}T${time}:00+05:00`);
  const offset = guess.getTime() < Date.UTC(2024, 1, 29, 18) ? '+06:00' : '+05:00';
  return new Date(`${date}T${time}:00${offset}`);
}

/** The Almaty wall clock of an instant, 'YYYY-MM-DD HH:MM', as shown on refusals. */
export function almatyClock(instant: Date): string {
  const offset = instant.getTime() < Date.UTC(2024, 1, 29, 18) ? 6 : 5;
  return new Date(instant.getTime() + offset * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export { almatyDate };

// ------------------------------------------------------------- panel draw

export const DRAW_ALGORITHM = 'qogam-sha256-rank-v1';

export interface DrawInputs {
  callId: string;
  /** The call's closing instant, ISO (known before the draw, fixed after). */
  closesAt: string;
  /** Every eligible expert's user id, sorted. */
  candidates: string[];
  size: number;
}

/** JSON with keys sorted, so the same inputs always give the same bytes. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** seed = sha256(canonical JSON of the published inputs), hex. */
export function drawSeed(inputs: DrawInputs): string {
  return sha256(canonicalJson({ ...inputs, candidates: [...inputs.candidates].sort() }));
}

/**
 * The draw: each candidate's key is sha256(seed + ":" + id); candidates sorted by key (ties by id)
 * and the first `size` taken. Anyone can recompute it from the seed and the candidate list:
 *   sorted(candidates, key = sha256(seed + ":" + id)) [:size]
 */
export function drawPanel(seed: string, candidates: readonly string[], size: number): string[] {
  return [...new Set(candidates)]
    .map((id) => ({ id, key: sha256(`${seed}:${id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, Math.max(0, size))
    .map((x) => x.id);
}

// ------------------------------------------------------- conflicts, scores

export const CONFLICT_KINDS = ['membership', 'founder', 'board', 'payment', 'family'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface RubricCriterion {
  key: string;
  max: number;
}

export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { key: 'relevance', max: 25 },
  { key: 'design', max: 25 },
  { key: 'budget', max: 20 },
  { key: 'capacity', max: 15 },
  { key: 'sustainability', max: 15 },
];

/** Each criterion scored as an integer 0..max; returns the problems by criterion, or the total. */
export function checkScores(
  rubric: readonly RubricCriterion[],
  input: Record<string, unknown>,
): { ok: true; criteria: Record<string, number>; total: number } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const criteria: Record<string, number> = {};
  for (const c of rubric) {
    const raw = String(input[c.key] ?? '').trim();
    const n = Number(raw);
    if (raw === '') errors[c.key] = 'scoreRequired';
    else if (!Number.isInteger(n) || n < 0 || n > c.max) errors[c.key] = 'scoreRange';
    else criteria[c.key] = n;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, criteria, total: Object.values(criteria).reduce((s, n) => s + n, 0) };
}

/**
 * Ranking within a lot: mean of the experts' totals (2 decimals), highest first; ties keep the
 * earlier submission first. Applications without scores come last, unranked.
 */
export function rankApplications(
  apps: { id: string; submittedAt: Date; totals: number[] }[],
): { id: string; score: number | null; rank: number | null }[] {
  const scored = apps
    .map((a) => ({
      ...a,
      score: a.totals.length ? Math.round((100 * a.totals.reduce((s, n) => s + n, 0)) / a.totals.length) / 100 : null,
    }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.submittedAt.getTime() - b.submittedAt.getTime());
  return scored.map((a, i) => ({ id: a.id, score: a.score, rank: a.score === null ? null : i + 1 }));
}

/** What each winner of an award nomination receives: the whole prize, or the prize split equally (in tiyn, remainder to the first). */
export function awardShares(prizeTiyn: number, winners: number, rule: 'single' | 'equal_split'): number[] {
  if (winners <= 0) return [];
  if (rule === 'single') return [prizeTiyn];
  const base = Math.floor(prizeTiyn / winners);
  return Array.from({ length: winners }, (_, i) => base + (i === 0 ? prizeTiyn - base * winners : 0));
}

// -------------------------------------------------------------- evaluation

export interface IndicatorResult {
  name: string;
  target: number;
  actual: number;
}

/**
 * The evaluation figures: achievement = mean of min(actual/target, 1) over indicators with a
 * positive target; cost per beneficiary = amount / beneficiaries; SROI = social value / amount
 * when a social value is claimed; score 0..100 = 70 % achievement + 30 % satisfaction (mean of
 * 1..5 mapped to 0..1; without survey answers achievement alone).
 */
export function evaluationFigures(input: {
  indicators: IndicatorResult[];
  amountTiyn: number;
  beneficiaries: number;
  socialValueTiyn: number | null;
  satisfaction: number | null;
}) {
  const judged = input.indicators.filter((i) => i.target > 0);
  const achievement = judged.length
    ? judged.reduce((s, i) => s + Math.min(1, Math.max(0, i.actual) / i.target), 0) / judged.length
    : 0;
  const costPerBeneficiaryTiyn = input.beneficiaries > 0 ? Math.round(input.amountTiyn / input.beneficiaries) : null;
  const sroi =
    input.socialValueTiyn !== null && input.amountTiyn > 0
      ? Math.round((100 * input.socialValueTiyn) / input.amountTiyn) / 100
      : null;
  const sat = input.satisfaction === null ? null : (input.satisfaction - 1) / 4;
  const score = Math.round(100 * (sat === null ? achievement : 0.7 * achievement + 0.3 * sat));
  return { achievement: Math.round(achievement * 10000) / 10000, costPerBeneficiaryTiyn, sroi, score };
}

/** The rating input of an organisation from its evaluated projects (mean score), weighted like a registry input. */
export const RATING_WEIGHT = 30;
export function ratingInputFrom(scores: number[]): { value: number; count: number } | null {
  if (!scores.length) return null;
  return { value: scores.reduce((s, n) => s + n, 0) / scores.length / 100, count: scores.length };
}

/** Plan discussion: comments are accepted while it is open; approval only after it ended and every comment is answered. */
export function planCanApprove(
  plan: { status: PlanStatus; discussionEndsAt: Date | null },
  unanswered: number,
  now: Date,
): 'ok' | 'discussionRunning' | 'unansweredComments' | 'notInDiscussion' {
  if (plan.status !== 'discussion') return 'notInDiscussion';
  if (!plan.discussionEndsAt || now < plan.discussionEndsAt) return 'discussionRunning';
  if (unanswered > 0) return 'unansweredComments';
  return 'ok';
}

// -------------------------------------------------------------------- lots

export interface LotInput {
  topicId: string | null;
  title: string;
  description: string;
  area: string;
  region: string | null;
  budgetTiyn: number;
  durationMonths: number;
  expectedResults: string;
  indicators: { name: string; unit: string; target: number }[];
  grantType: GrantType | null;
  prizeTiyn: number | null;
  splitRule: 'single' | 'equal_split' | null;
}

/**
 * Problems of a lot for its instrument (field -> reason): social order lots last 1–3 years
 * (12–36 months); a grant programme has a type and its amount and duration fit the legal band on
 * the call's opening date; an award nomination has a prize, a split rule, and a fund covering it.
 */
export type LotProblem =
  | 'budgetPositive'
  | 'durationYears'
  | 'grantTypeRequired'
  | 'belowBand'
  | 'aboveBand'
  | 'durationOutOfBand'
  | 'prizeRequired'
  | 'prizeOverFund'
  | 'splitRuleRequired'
  | 'indicatorsRequired';
export function lotProblems(instrument: Instrument, lot: LotInput, at: Date): Record<string, LotProblem> {
  const out: Record<string, LotProblem> = {};
  if (!(lot.budgetTiyn > 0)) out.budget = 'budgetPositive';
  if (instrument === 'social_order' && (lot.durationMonths < 12 || lot.durationMonths > 36))
    out.durationMonths = 'durationYears';
  if (instrument === 'grant') {
    if (!lot.grantType) out.grantType = 'grantTypeRequired';
    else if (lot.budgetTiyn > 0) {
      const p = checkGrantBand(lot.grantType, lot.budgetTiyn, lot.durationMonths, at);
      if (p) out[p.field === 'amount' ? 'budget' : 'durationMonths'] = p.reason;
    }
  }
  if (instrument === 'award') {
    if (!lot.prizeTiyn || lot.prizeTiyn <= 0) out.prize = 'prizeRequired';
    else if (lot.budgetTiyn > 0 && lot.prizeTiyn > lot.budgetTiyn) out.prize = 'prizeOverFund';
    if (!lot.splitRule) out.splitRule = 'splitRuleRequired';
  }
  if (instrument !== 'award' && lot.indicators.length === 0) out.indicators = 'indicatorsRequired';
  return out;
}
