/**
 * Pure rules of the NGO registry: search folding, the verification state machine, annual-report
 * deadlines, eligibility for state funding, money parsing, the rating formula and the social
 * entrepreneurs' list year. No I/O here: every function takes the instant it judges (`now`).
 */
import { lifecycle, type EventOf } from '../../platform/kit/index.ts';
import { almatyDate, almatyDayStart, param, type IsoDate } from '../../reference/index.ts';

// ------------------------------------------------------------------ search

/**
 * The application's half of SQL `registry_fold` (migrations/0002_registry.sql): lower case,
 * Kazakh-specific letters to their nearest Russian ones, quotes dropped, so «Болашақ» and
 * "Болашак" are the same word to the search.
 */
const FOLD_FROM = 'әғқңөұүһіё';
const FOLD_TO = 'агкноуухие';
export function foldForSearch(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    const i = FOLD_FROM.indexOf(ch);
    if (i >= 0) out += FOLD_TO[i];
    else if (!'«»"“”„'.includes(ch)) out += ch;
  }
  return out;
}

/** Words of a query (letters and digits only), folded; at most 8 so a pasted paragraph stays cheap. */
export function searchWords(q: string): string[] {
  return (foldForSearch(q).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** A `to_tsquery('simple', …)` text matching every word as a prefix: 'болаш:* & кор:*'. Safe: words are letters/digits. */
export function prefixTsQuery(q: string): string | null {
  const words = searchWords(q);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** A 12-digit query is a BIN and is matched exactly (spaces people paste are ignored). */
export function binQuery(q: string): string | null {
  const d = q.replace(/\s+/g, '');
  return /^\d{12}$/.test(d) ? d : null;
}

// ------------------------------------------------------------ verification

export const VERIFICATION_STATES = ['pending', 'verified', 'refused'] as const;
export type Verification = (typeof VERIFICATION_STATES)[number];

/**
 * The verification lifecycle. A transition not in this table is impossible.
 * - verify / refuse: a moderator's decision on a pending profile, against documents;
 * - resubmit: the NGO edits a refused profile (fixing what was wrong), which queues it again;
 * - legalChange: a representative changes legal data of a verified profile; the badge vouches
 *   that the legal data match the documents, so new legal data must be checked again.
 */
export const VERIFICATION = lifecycle(VERIFICATION_STATES, {
  verify: { from: ['pending'], to: 'verified' },
  refuse: { from: ['pending'], to: 'refused' },
  resubmit: { from: ['refused'], to: 'pending' },
  legalChange: { from: ['verified'], to: 'pending' },
});
export type VerificationEvent = EventOf<typeof VERIFICATION>;
/** A newly registered organisation waits for a moderator. */
export const INITIAL_VERIFICATION = 'pending' satisfies Verification;
/** The legal status an organisation is registered with (liquidation follows the state register). */
export const INITIAL_STATUS = 'active' satisfies 'active' | 'liquidated';

/**
 * Legal data: what the state registration documents say. Decision on editing them:
 * - the BIN is never editable (another BIN is another legal entity: register it anew);
 * - a representative may change legal data at any time, but on a verified profile that sends it
 *   back to pending (the badge no longer vouches for the new data);
 * - a moderator may correct legal data (typos against the documents) without losing the badge.
 * Other fields (contacts, description, areas, leaders) never affect verification, except that
 * any edit of a refused profile resubmits it.
 */
export const LEGAL_FIELDS = ['nameKk', 'nameRu', 'legalForm', 'foundedOn'] as const;
export type ActorKind = 'representative' | 'moderator';

export function verificationEventForEdit(
  state: Verification,
  changedFields: readonly string[],
  actor: ActorKind,
): VerificationEvent | null {
  if (changedFields.length === 0 || actor === 'moderator') return null;
  if (state === 'refused') return 'resubmit';
  if (state === 'verified' && changedFields.some((f) => (LEGAL_FIELDS as readonly string[]).includes(f)))
    return 'legalChange';
  return null;
}

// ---------------------------------------------------------- annual reports

export type ReportStatus = 'on_time' | 'late' | 'missing' | 'not_due';

/** The civil year in Asia/Almaty at an instant. */
export const almatyYear = (now: Date): number => Number(almatyDate(now).slice(0, 4));

/** The last day (Almaty) to file the report for `year`: annualReport.dueMonthDay of the next year, as in force then. */
export function reportDueDate(year: number): IsoDate {
  const next = year + 1;
  return `${next}-${param('annualReport.dueMonthDay', `${next}-01-01`)}`;
}

/** The first instant after the due day in Almaty: a report submitted before it is on time. */
export function reportDeadlineEnd(year: number): Date {
  const due = reportDueDate(year);
  const next = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return almatyDayStart(next);
}

/**
 * On time when filed on or before the due day (Almaty date), late after it; without a report,
 * missing once the due day has passed and not yet due before.
 */
export function reportStatus(year: number, submittedAt: Date | null, now: Date): ReportStatus {
  const due = reportDueDate(year);
  if (submittedAt) return almatyDate(submittedAt) <= due ? 'on_time' : 'late';
  return almatyDate(now) > due ? 'missing' : 'not_due';
}

/** The three report years shown on a profile and rated: the last three finished years. */
export function recentReportYears(now: Date, n = 3): number[] {
  const y = almatyYear(now);
  return Array.from({ length: n }, (_, i) => y - 1 - i);
}

/** The most recent year whose report deadline has passed at `now`. */
export function latestDueYear(now: Date): number {
  const y = almatyYear(now) - 1;
  return almatyDate(now) > reportDueDate(y) ? y : y - 1;
}

/** Years a report may be filed for: from the founding year (not before 1991) to last year. */
export function fileableReportYears(foundedOn: IsoDate, now: Date): { from: number; to: number } {
  return { from: Math.max(1991, Number(foundedOn.slice(0, 4))), to: almatyYear(now) - 1 };
}

export type IneligibilityReason = 'liquidated' | 'not_verified' | 'report_missing';

/**
 * Eligibility for state social order, grants and awards as far as the registry knows:
 * active, verified, and the most recent report whose deadline has passed is filed (late counts:
 * the law bars an NGO "until filed"). An organisation founded after that year owes no report.
 */
export function fundingEligibility(
  org: { status: string; verification: Verification; foundedOn: IsoDate },
  reportFiledForYear: (year: number) => boolean,
  now: Date,
): { eligible: boolean; reasons: IneligibilityReason[]; reportYear: number } {
  const reasons: IneligibilityReason[] = [];
  if (org.status !== 'active') reasons.push('liquidated');
  if (org.verification !== 'verified') reasons.push('not_verified');
  const reportYear = latestDueYear(now);
  if (Number(org.foundedOn.slice(0, 4)) <= reportYear && !reportFiledForYear(reportYear))
    reasons.push('report_missing');
  return { eligible: reasons.length === 0, reasons, reportYear };
}

// ------------------------------------------------------------------ money

/** Largest amount accepted in a report field: 10 trillion tenge, far above any NGO's budget. */
export const MAX_TIYN = 1_000_000_000_000_000;
export type MoneyParse =
  { ok: true; tiyn: number } | { ok: false; reason: 'invalid' | 'negative' | 'decimals' | 'too_large' };

/**
 * Tenge as people type it ("1 250 000,50", "1250000.5", "" = 0) to integer tiyn, without
 * floating point: the whole and fractional parts are read as integers.
 */
export function parseTenge(input: string): MoneyParse {
  const s = input.replace(/[\s\u00a0\u202f]/g, '').replace(/₸$/, '');
  if (s === '') return { ok: true, tiyn: 0 };
  if (s.startsWith('-')) return /^-\d/.test(s) ? { ok: false, reason: 'negative' } : { ok: false, reason: 'invalid' };
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(s);
  if (!m) return { ok: false, reason: 'invalid' };
  if (m[2] && m[2].length > 2) return { ok: false, reason: 'decimals' };
  if (m[1].length > 16) return { ok: false, reason: 'too_large' };
  const tiyn = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return tiyn > MAX_TIYN ? { ok: false, reason: 'too_large' } : { ok: true, tiyn };
}

/** Integer tiyn back to what a form field shows: 125000050 -> "1250000.50". */
export function tiynToInput(tiyn: number): string {
  const whole = Math.floor(tiyn / 100);
  const frac = tiyn % 100;
  return frac ? `${whole}.${String(frac).padStart(2, '0')}` : String(whole);
}

// ----------------------------------------------------------------- rating

/**
 * One input of the rating. The total is the weighted mean of the values, so another module adds
 * an input (completed projects, evaluations, beneficiary satisfaction) by pushing one to the list.
 * `label` and `source` are i18n keys; `detail` explains the value in words.
 */
export interface RatingInput {
  key: string;
  label: string;
  /** 0..1 */
  value: number;
  weight: number;
  source: string;
  detail?: { key: string; params: Record<string, string | number> };
}

/** Weights of the registry's own inputs (points out of 100 while they are the only inputs). */
export const RATING_WEIGHTS = { reports: 40, verification: 25, disclosure: 20, years: 15 } as const;
/** Years of activity after which that input is full. */
export const RATING_FULL_YEARS = 10;
export const REPORT_SCORE: Record<'on_time' | 'late' | 'missing', number> = { on_time: 1, late: 0.5, missing: 0 };

/** Profile fields that count towards disclosure completeness, with a test for "filled". */
export const DISCLOSURE_FIELDS = [
  'nameEn',
  'website',
  'email',
  'phone',
  'address',
  'description',
  'leaders',
  'founders',
] as const;
export type DisclosureField = (typeof DISCLOSURE_FIELDS)[number];

export interface RatingFacts {
  verification: Verification;
  foundedOn: IsoDate;
  filled: Record<DisclosureField, boolean>;
  /** The recentReportYears with the submission instant (null = none). */
  reports: { year: number; submittedAt: Date | null }[];
}

/** Full years between two civil dates (as PostgreSQL's age() counts them). */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return Math.max(0, to.slice(5) < from.slice(5) ? years - 1 : years);
}

/**
 * The registry's rating inputs from published facts. Reports: each of the last three years
 * scores 1 on time, ½ late, 0 missing; a year before founding or not yet due (and not filed)
 * is left out; no year to judge gives 0.
 */
export function registryRatingInputs(f: RatingFacts, now: Date): RatingInput[] {
  const founded = Number(f.foundedOn.slice(0, 4));
  let score = 0;
  let judged = 0;
  let onTime = 0;
  for (const r of f.reports) {
    if (r.year < founded) continue;
    const s = reportStatus(r.year, r.submittedAt, now);
    if (s === 'not_due') continue;
    judged++;
    score += REPORT_SCORE[s];
    if (s === 'on_time') onTime++;
  }
  const filled = DISCLOSURE_FIELDS.filter((k) => f.filled[k]).length;
  const years = fullYearsBetween(f.foundedOn, almatyDate(now));
  return [
    {
      key: 'reports',
      label: 'registry.rating.input.reports',
      weight: RATING_WEIGHTS.reports,
      source: 'registry.rating.source.reports',
      value: judged ? score / judged : 0,
      detail: { key: 'registry.rating.detail.reports', params: { onTime, judged } },
    },
    {
      key: 'verification',
      label: 'registry.rating.input.verification',
      weight: RATING_WEIGHTS.verification,
      source: 'registry.rating.source.verification',
      value: f.verification === 'verified' ? 1 : 0,
      detail: { key: `registry.verification.${f.verification}`, params: {} },
    },
    {
      key: 'disclosure',
      label: 'registry.rating.input.disclosure',
      weight: RATING_WEIGHTS.disclosure,
      source: 'registry.rating.source.disclosure',
      value: filled / DISCLOSURE_FIELDS.length,
      detail: { key: 'registry.rating.detail.disclosure', params: { filled, total: DISCLOSURE_FIELDS.length } },
    },
    {
      key: 'years',
      label: 'registry.rating.input.years',
      weight: RATING_WEIGHTS.years,
      source: 'registry.rating.source.years',
      value: Math.min(1, years / RATING_FULL_YEARS),
      detail: { key: 'registry.rating.detail.years', params: { years, full: RATING_FULL_YEARS } },
    },
  ];
}

/** 0..100, one decimal: the weighted mean of the inputs' values. */
export function ratingTotal(inputs: readonly RatingInput[]): number {
  const w = inputs.reduce((s, i) => s + i.weight, 0);
  if (w === 0) return 0;
  const v = inputs.reduce((s, i) => s + Math.min(1, Math.max(0, i.value)) * i.weight, 0);
  return Math.round((1000 * v) / w) / 10;
}

// ----------------------------------------------------- social entrepreneurs

export const SOCIAL_CATEGORIES = [1, 2, 3, 4] as const;
export const SOCIAL_STATES = ['applied', 'approved', 'refused'] as const;
export type SocialStatus = (typeof SOCIAL_STATES)[number];
/** The commission decides an application once. */
export const SOCIAL = lifecycle(SOCIAL_STATES, {
  approve: { from: ['applied'], to: 'approved' },
  refuse: { from: ['applied'], to: 'refused' },
});

/** The day (Almaty) by which the list of `year` is approved. */
export const socialListApprovalDate = (year: number): IsoDate =>
  `${year}-${param('socialEntrepreneur.approvalMonthDay', `${year}-01-01`)}`;

/**
 * The list an application made now goes to: this year's while its approval day has not passed,
 * otherwise next year's (the commission screens applications before approving a list).
 */
export function socialListYear(now: Date): number {
  const y = almatyYear(now);
  return almatyDate(now) <= socialListApprovalDate(y) ? y : y + 1;
}
