/**
 * Money rules of funding: the legal grant bands in MCI, budgets that must add up, and what a lot
 * of each instrument must say. Pure; dates are arguments.
 */
import { param, type IsoDate } from '../../../reference/index.ts';
import type { Instrument } from '../domain.ts';

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
