import { almatyDate, isIsoDate, type IsoDate } from './calendar.ts';

/**
 * Legal parameters (amounts, thresholds, deadlines) as dated data. Laws and
 * budget acts change them, and a case must be judged by the value in force on
 * its own date (a petition filed in 2025 keeps the 2025 threshold), so every
 * value carries the date from which it applies and code asks for
 * `param(name, at)` instead of using a constant.
 *
 * To change a value: append an entry with the new `from` date; never edit or
 * delete an old one.
 */

export interface GrantTier {
  /** Grant amount bounds in MCI; maxMci null = no upper bound. */
  readonly minMci: number;
  readonly maxMci: number | null;
  /** Project duration bounds in months. */
  readonly minMonths: number;
  readonly maxMonths: number;
}

export interface PetitionThresholds {
  /** Signatures for a petition to the Government. */
  readonly government: number;
  /** Share of the region's population for a petition to an oblast akimat / maslikhat. */
  readonly oblastAkimatPopulationShare: number;
  readonly oblastMaslikhatPopulationShare: number;
  /** Signatures for a petition to a city (district) akimat / maslikhat. */
  readonly cityAkimat: number;
  readonly cityMaslikhat: number;
}

/** A rate limit: at most `max` requests per client (an address, or an account when signed in) in a fixed window. */
export interface RateLimitParam {
  readonly max: number;
  readonly windowSeconds: number;
}

/** Every parameter and the type of its value. */
export interface LegalParameters {
  /** Monthly calculation index, tenge; set by each year's republican budget law. */
  mci: number;
  /** NGOs' yearly report to the NGO database is due by this 'MM-DD'. */
  'annualReport.dueMonthDay': string;
  'grant.shortTerm': GrantTier;
  'grant.mediumTerm': GrantTier;
  'grant.longTerm': GrantTier;
  /** Largest share of a grant that may go to the grantee's own institutional development. */
  'grant.ownDevelopmentMaxShare': number;
  'grant.complianceCheckWorkingDays': number;
  'grant.expertReviewWorkingDays': number;
  'petition.threshold': PetitionThresholds;
  'petition.collectionMonths': number;
  /** Signatures needed before a petition is listed publicly. */
  'petition.publicListingMin': number;
  'petition.moderationWorkingDays': number;
  'appeal.answerWorkingDays': number;
  /** Days to forward an appeal sent to the wrong body. */
  'appeal.redirectWorkingDays': number;
  'appeal.maxExtensionWorkingDays': number;
  'legislation.minDiscussionWorkingDays': number;
  /** Yearly date ('MM-DD') by which the register of social entrepreneurs is approved. */
  'socialEntrepreneur.approvalMonthDay': string;
  /*
   * Operational parameters: the rate limits (docs/decisions/0009-rate-limits.md). Counted per
   * address for anonymous requests and per account when signed in; generous enough for a village
   * or an office behind one carrier-grade NAT address, tight enough to stop guessing and floods.
   */
  /** Sign-in attempts (password guessing). */
  'rateLimit.signIn': RateLimitParam;
  /** Registrations (each sends a confirmation mail). */
  'rateLimit.register': RateLimitParam;
  /** Password-reset requests and new passwords set by a reset link (each request sends mail). */
  'rateLimit.passwordReset': RateLimitParam;
  /** Other forms that send mail to the person (a new confirmation link). */
  'rateLimit.mail': RateLimitParam;
  /** Signatures under an initiative, on the page and through the API (CMS verification is costly). */
  'rateLimit.sign': RateLimitParam;
  /** New appeals to a state body. */
  'rateLimit.appeal': RateLimitParam;
  /** Comments on drafts and plans, questions at hearings. */
  'rateLimit.comment': RateLimitParam;
  /** Answers to a beneficiaries' survey (a mailed link, no account). */
  'rateLimit.survey': RateLimitParam;
  /** Payment providers' notifications (signed; the limit only keeps a flood off the CPU). */
  'rateLimit.webhook': RateLimitParam;
  /** Every other write without a signed-in person, all routes together (one bucket per address). */
  'rateLimit.anonymousWrite': RateLimitParam;
}

/** The brief's name for the map; prefer `LegalParameters`, which does not shadow TypeScript's built-in `Parameters<T>`. */
export type Parameters = LegalParameters;
export type ParamName = keyof LegalParameters;

export interface Dated<T> {
  /** First civil date (Asia/Almaty) on which the value applies. */
  readonly from: IsoDate;
  readonly value: T;
  readonly basis?: string;
}

/**
 * Stand-in `from` for values in force since before the platform's data
 * begins, where the exact date of the act is not tracked.
 */
export const BASELINE: IsoDate = '2000-01-01';

const since = <T>(value: T, basis?: string): Dated<T> => ({ from: BASELINE, value, basis });
const grantLaw = 'Law on state social order, grants and awards for NGOs';
const ops = 'Operational: ADR 0009 (rate limits)';

const history: { readonly [K in ParamName]: readonly Dated<LegalParameters[K]>[] } = {
  mci: [
    { from: '2021-01-01', value: 2917, basis: 'Republican budget law for 2021–2023' },
    { from: '2022-01-01', value: 3063, basis: 'Republican budget law for 2022–2024' },
    { from: '2022-04-01', value: 3180, basis: 'Amendment to the 2022–2024 budget law' },
    { from: '2023-01-01', value: 3450, basis: 'Republican budget law for 2023–2025' },
    { from: '2024-01-01', value: 3692, basis: 'Republican budget law for 2024–2026' },
    { from: '2025-01-01', value: 3932, basis: 'Republican budget law for 2025–2027' },
    { from: '2026-01-01', value: 4325, basis: 'Republican budget law for 2026–2028' },
  ],
  'annualReport.dueMonthDay': [since('03-31')],
  'grant.shortTerm': [since({ minMci: 500, maxMci: 3000, minMonths: 3, maxMonths: 12 }, grantLaw)],
  'grant.mediumTerm': [since({ minMci: 3000, maxMci: 10000, minMonths: 12, maxMonths: 24 }, grantLaw)],
  'grant.longTerm': [since({ minMci: 10000, maxMci: null, minMonths: 24, maxMonths: 36 }, grantLaw)],
  'grant.ownDevelopmentMaxShare': [since(0.1, grantLaw)],
  'grant.complianceCheckWorkingDays': [since(10)],
  'grant.expertReviewWorkingDays': [since(15)],
  'petition.threshold': [
    since({
      government: 50000,
      oblastAkimatPopulationShare: 0.01,
      oblastMaslikhatPopulationShare: 0.02,
      cityAkimat: 2500,
      cityMaslikhat: 5000,
    }),
  ],
  'petition.collectionMonths': [since(6)],
  'petition.publicListingMin': [since(50)],
  'petition.moderationWorkingDays': [since(20)],
  'appeal.answerWorkingDays': [since(15, 'Administrative Procedural Code')],
  'appeal.redirectWorkingDays': [since(3, 'Administrative Procedural Code')],
  'appeal.maxExtensionWorkingDays': [since(30)],
  'legislation.minDiscussionWorkingDays': [since(10)],
  'socialEntrepreneur.approvalMonthDay': [since('03-01')],
  'rateLimit.signIn': [since({ max: 10, windowSeconds: 60 }, ops)],
  'rateLimit.register': [since({ max: 10, windowSeconds: 600 }, ops)],
  'rateLimit.passwordReset': [since({ max: 10, windowSeconds: 600 }, ops)],
  'rateLimit.mail': [since({ max: 10, windowSeconds: 600 }, ops)],
  'rateLimit.sign': [since({ max: 60, windowSeconds: 600 }, ops)],
  'rateLimit.appeal': [since({ max: 10, windowSeconds: 3600 }, ops)],
  'rateLimit.comment': [since({ max: 30, windowSeconds: 600 }, ops)],
  'rateLimit.survey': [since({ max: 20, windowSeconds: 600 }, ops)],
  'rateLimit.webhook': [since({ max: 600, windowSeconds: 60 }, ops)],
  'rateLimit.anonymousWrite': [since({ max: 60, windowSeconds: 600 }, ops)],
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
deepFreeze(history);

export const paramNames = Object.freeze(Object.keys(history) as ParamName[]);

function civil(at: Date | IsoDate): IsoDate {
  if (at instanceof Date) return almatyDate(at);
  if (!isIsoDate(at)) throw new RangeError(`expected a date 'YYYY-MM-DD', got "${at}"`);
  return at;
}

/**
 * The value of a parameter in force on a date (an instant is read as its
 * civil date in Asia/Almaty). Typed by name:
 * `param('mci', '2025-05-01')` is `number` (3932),
 * `param('grant.shortTerm', now).maxMci` is `number | null`.
 * Throws RangeError for an unknown name or a date before the first value.
 */
export function param<K extends ParamName>(name: K, at: Date | IsoDate): LegalParameters[K] {
  const entries = history[name] as readonly Dated<LegalParameters[K]>[] | undefined;
  if (!entries) throw new RangeError(`unknown parameter "${String(name)}"`);
  const date = civil(at);
  let found: Dated<LegalParameters[K]> | undefined;
  for (const e of entries) if (e.from <= date) found = e;
  if (!found) throw new RangeError(`no value of "${name}" in force on ${date} (data starts ${entries[0].from})`);
  return found.value;
}

/** Every dated value of a parameter, oldest first (for admin pages and audit). */
export function paramHistory<K extends ParamName>(name: K): readonly Dated<LegalParameters[K]>[] {
  const entries = history[name] as readonly Dated<LegalParameters[K]>[] | undefined;
  if (!entries) throw new RangeError(`unknown parameter "${String(name)}"`);
  return entries;
}

/** The MCI in force on 1 January of a year (the budget law's figure; mid-year amendments apply from their own dates via `param`). */
export function mciFor(year: number): number {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid year ${year}`);
  return param('mci', `${year}-01-01`);
}
