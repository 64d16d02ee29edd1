/**
 * Pure rules of volunteering and charity: the lifecycles (opportunity, sign-up, campaign), age
 * limits, hours and money as integers, and when a campaign's report is overdue.
 */
import { lifecycle, type EventOf } from '../../platform/kit/index.ts';
import { addWorkingDays, almatyDate, type IsoDate } from '../../reference/index.ts';

// ------------------------------------------------------------ opportunities

export const OPPORTUNITY_STATUSES = ['open', 'closed', 'completed', 'cancelled'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** open: sign-ups accepted; closed: no new sign-ups; completed: the activity took place; cancelled. */
export const OPPORTUNITY = lifecycle(OPPORTUNITY_STATUSES, {
  close: { from: ['open'], to: 'closed' },
  reopen: { from: ['closed'], to: 'open' },
  complete: { from: ['open', 'closed'], to: 'completed' },
  cancel: { from: ['open', 'closed'], to: 'cancelled' },
});
export type OpportunityAction = EventOf<typeof OPPORTUNITY>;
export const OPPORTUNITY_ACTIONS = Object.keys(OPPORTUNITY.events) as OpportunityAction[];
/** A new opportunity is open for sign-ups (the column's default is the same). */
export const OPPORTUNITY_INITIAL = 'open' satisfies OpportunityStatus;

// ----------------------------------------------------------------- sign-ups

export const APPLICATION_STATUSES = ['applied', 'accepted', 'declined', 'withdrawn', 'completed', 'revoked'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * applied → accepted | declined | withdrawn; accepted → completed (hours confirmed) | declined | withdrawn;
 * completed → revoked (the organiser withdraws the confirmation; the certificate then says so).
 */
export const APPLICATION = lifecycle(APPLICATION_STATUSES, {
  accept: { from: ['applied'], to: 'accepted' },
  decline: { from: ['applied', 'accepted'], to: 'declined' },
  withdraw: { from: ['applied', 'accepted'], to: 'withdrawn' },
  confirm: { from: ['accepted'], to: 'completed' },
  revoke: { from: ['completed'], to: 'revoked' },
});
export type ApplicationAction = EventOf<typeof APPLICATION>;
/** A new sign-up waits for the organiser's decision. */
export const APPLICATION_INITIAL = 'applied' satisfies ApplicationStatus;

/** Sign-ups that hold a place. */
export const HOLDS_PLACE: readonly ApplicationStatus[] = ['applied', 'accepted', 'completed'];

/**
 * Age in the year of the activity (only the birth year is asked, so this is the age reached during that year).
 * @example ageInYear(2008, '2026-05-01') // 18
 */
export function ageInYear(birthYear: number, on: IsoDate): number {
  return Number(on.slice(0, 4)) - birthYear;
}

/** Whether a volunteer born in `birthYear` fits the opportunity's age limits (either may be absent). */
export function fitsAge(
  birthYear: number,
  limits: { minAge: number | null; maxAge: number | null; startsOn: IsoDate },
): boolean {
  const age = ageInYear(birthYear, limits.startsOn);
  if (limits.minAge !== null && age < limits.minAge) return false;
  if (limits.maxAge !== null && age > limits.maxAge) return false;
  return true;
}

/** Most hours one confirmation may carry (a month of full days); more is a typing error. */
export const MAX_HOURS_PER_CONFIRMATION = 744;

/**
 * Hours as typed ("12", "12,5", "12.5") → tenths of an hour; null when not a positive number with at most one decimal.
 * @example parseHours('7,5') // 75
 */
export function parseHours(s: string): number | null {
  const m = /^\s*(\d{1,4})(?:[.,](\d))?\s*$/.exec(s);
  if (!m) return null;
  const tenths = Number(m[1]) * 10 + Number(m[2] ?? 0);
  return tenths > 0 && tenths <= MAX_HOURS_PER_CONFIRMATION * 10 ? tenths : null;
}

export const hoursFromTenths = (tenths: number): number => Math.round(tenths) / 10;

// ------------------------------------------------------------------ charity

export const CAMPAIGN_STATUSES = ['active', 'closed', 'reported'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
/**
 * active: collecting within its period (or not yet started, or past its end: see campaignPhase);
 * closed: stopped early by the NGO; reported: the spending report is published (once).
 */
export const CAMPAIGN = lifecycle(CAMPAIGN_STATUSES, {
  close: { from: ['active'], to: 'closed' },
  report: { from: ['active', 'closed'], to: 'reported' },
});
export const CAMPAIGN_INITIAL = 'active' satisfies CampaignStatus;

export const PAYMENT_STATUSES = ['pending', 'confirmed', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
/**
 * A payment waits for the provider's notice. A confirmation counts even after a failure notice
 * (the money was taken after all); a failure after a confirmation changes nothing.
 */
export const PAYMENT = lifecycle(PAYMENT_STATUSES, {
  confirm: { from: ['pending', 'failed'], to: 'confirmed' },
  fail: { from: ['pending'], to: 'failed' },
});
export const PAYMENT_INITIAL = 'pending' satisfies PaymentStatus;
/** What a reader sees: before the start, collecting, ended (by date or closed early), reported. */
export type CampaignPhase = 'upcoming' | 'active' | 'ended' | 'reported';
export const CAMPAIGN_PHASES: readonly CampaignPhase[] = ['upcoming', 'active', 'ended', 'reported'];

export function campaignPhase(
  c: { status: CampaignStatus; starts_on: IsoDate; ends_on: IsoDate },
  today: IsoDate,
): CampaignPhase {
  if (c.status === 'reported') return 'reported';
  if (c.status === 'closed' || c.ends_on < today) return 'ended';
  if (c.starts_on > today) return 'upcoming';
  return 'active';
}

/**
 * The report of a campaign is due this many WORKING days after its end (the last day of the period,
 * or the day it was closed early). After that, a campaign without a report is flagged on its page and
 * in the organisation's rating.
 */
export const REPORT_DUE_WORKING_DAYS = 20;

/** The day by which the report is due: REPORT_DUE_WORKING_DAYS working days after the end. */
export function reportDueOn(c: { ends_on: IsoDate; closed_at: Date | string | null }): IsoDate {
  const closed = c.closed_at ? almatyDate(new Date(c.closed_at)) : null;
  const end = closed && closed < c.ends_on ? closed : c.ends_on;
  return addWorkingDays(end, REPORT_DUE_WORKING_DAYS);
}

/** Ended, not reported, and the due day has passed (judged on the Almaty date). */
export function reportOverdue(
  c: { status: CampaignStatus; starts_on: IsoDate; ends_on: IsoDate; closed_at: Date | string | null },
  today: IsoDate,
): boolean {
  return campaignPhase(c, today) === 'ended' && reportDueOn(c) < today;
}

/** Smallest and largest single donation, in tiyn (100 ₸ .. 10 000 000 ₸). */
export const MIN_DONATION_TIYN = 100_00;
export const MAX_DONATION_TIYN = 10_000_000_00;

/**
 * Tenge as typed ("1 500 000", "2500,50", "2 500.5 ₸") → tiyn; null when not an amount.
 * @example parseTenge('1 500,50') // 150050
 */
export function parseTenge(s: string): number | null {
  const clean = s.replace(/[\s\u00a0\u202f₸]/g, '').replace(/тг\.?$|kzt$/i, '');
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  const tiyn = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(tiyn) ? tiyn : null;
}

/** Share of the goal collected, 0..100 (may exceed 100 when more came than asked), one decimal. */
export function progressPercent(raisedTiyn: number, goalTiyn: number): number {
  if (goalTiyn <= 0) return 0;
  return Math.floor((1000 * raisedTiyn) / goalTiyn) / 10;
}

/**
 * A Kazakhstan IBAN: KZ, two check digits, 16 characters (ISO 13616 mod 97).
 * @example validIban('KZ86125KZT5004100100') // true
 */
export function validIban(s: string): boolean {
  const v = s.replace(/\s/g, '').toUpperCase();
  if (!/^KZ\d{2}[0-9A-Z]{16}$/.test(v)) return false;
  const moved = v.slice(4) + v.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of code) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

/** Makes a valid IBAN from a 16-character account part (the check digits computed). */
export function makeIban(bban: string): string {
  const moved = `${bban}KZ00`;
  let rem = 0;
  for (const ch of moved) {
    const code = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of code) rem = (rem * 10 + Number(d)) % 97;
  }
  return `KZ${String(98 - rem).padStart(2, '0')}${bban}`;
}

// ------------------------------------------------------------------ rating

/** Confirmed volunteer hours a year at which the rating input is full. */
export const RATING_FULL_HOURS = 1000;
export const RATING_WEIGHT_VOLUNTEERING = 10;
export const RATING_WEIGHT_CHARITY_REPORTS = 10;
