/**
 * Pure rules of the online reception: the lifecycle of an appeal, its deadlines in working days
 * (judged by the legal parameters in force on the day the term starts), registration numbers
 * and the removal of personal data before publication.
 */
import { addWorkingDays, almatyDate, param, workingDaysBetween, type IsoDate } from '../../reference/index.ts';
import { lifecycle, type EventOf } from '../../platform/kit/lifecycle.ts';

export const APPEAL_KINDS = ['question', 'proposal', 'request', 'complaint'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

export const APPEAL_STATUSES = ['registered', 'redirected', 'in_progress', 'answered', 'rated'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/**
 * The lifecycle. `registered` (or `redirected`, at the competent body after a redirect) →
 * `in_progress` → `answered` → `rated`. A body may answer without first marking the appeal as
 * taken in work. Extension, escalation and publication are facts beside the status, and
 * "overdue" is derived from the due date.
 */
export const APPEAL_LIFECYCLE = lifecycle(APPEAL_STATUSES, {
  redirect: { from: ['registered'], to: 'redirected' },
  start: { from: ['registered', 'redirected'], to: 'in_progress' },
  answer: { from: ['registered', 'redirected', 'in_progress'], to: 'answered' },
  rate: { from: ['answered'], to: 'rated' },
});
export type AppealEvent = EventOf<typeof APPEAL_LIFECYCLE>;

/** A new appeal is registered at the body it was written to. */
export const INITIAL = 'registered' as const satisfies AppealStatus;

export const isOpen = (s: AppealStatus) => s === 'registered' || s === 'redirected' || s === 'in_progress';

/** The due date of an answer for a term starting on `start`: 15 working days (the parameter in force on `start`). */
export function answerDueDate(start: IsoDate): IsoDate {
  return addWorkingDays(start, param('appeal.answerWorkingDays', start));
}

/** Last day on which a body may forward an appeal received on `registeredOn` to the competent body. */
export function redirectDeadline(registeredOn: IsoDate): IsoDate {
  return addWorkingDays(registeredOn, param('appeal.redirectWorkingDays', registeredOn));
}

/** The reasons these rules give (each in the module's reason table, reasons.ts). */
export type RuleReason =
  | 'redirect_not_allowed'
  | 'redirect_window_passed'
  | 'not_open'
  | 'already_extended'
  | 'deadline_passed'
  | 'extension_too_long';
export type Refusal = { ok: false; reason: RuleReason };
export type Check = { ok: true } | Refusal;
const no = (reason: RuleReason): Refusal => ({ ok: false, reason });
const yes: Check = { ok: true };

/** Whether the appeal may be redirected on `today`: once, before it is answered, within the window. */
export function canRedirectOn(
  a: { status: AppealStatus; registered_on: IsoDate; redirected_at: unknown },
  today: IsoDate,
): Check {
  if (a.redirected_at || !APPEAL_LIFECYCLE.can(a.status, 'redirect')) return no('redirect_not_allowed');
  if (today > redirectDeadline(a.registered_on)) return no('redirect_window_passed');
  return yes;
}

/** The longest extension in working days for a term starting on `start`. */
export const maxExtensionDays = (start: IsoDate) => param('appeal.maxExtensionWorkingDays', start);

/**
 * Whether the term may be extended by `days` working days on `today`: once, while open,
 * before the deadline has passed, and by no more than the legal maximum.
 */
export function canExtendOn(
  a: { status: AppealStatus; due_on: IsoDate; term_start_on: IsoDate; extended_at: unknown },
  days: number,
  today: IsoDate,
): Check {
  if (!isOpen(a.status)) return no('not_open');
  if (a.extended_at) return no('already_extended');
  if (today > a.due_on) return no('deadline_passed');
  if (!Number.isInteger(days) || days < 1 || days > maxExtensionDays(a.term_start_on)) return no('extension_too_long');
  return yes;
}

export const extendedDueDate = (dueOn: IsoDate, days: number): IsoDate => addWorkingDays(dueOn, days);

/** Overdue: still unanswered after the due date (Almaty civil dates). */
export function isOverdue(a: { due_on: IsoDate; answered_on: IsoDate | null }, today: IsoDate): boolean {
  return a.answered_on === null && today > a.due_on;
}

/** Answered by the due date (inclusive). */
export const answeredOnTime = (a: { due_on: IsoDate; answered_on: IsoDate | null }) =>
  a.answered_on !== null && a.answered_on <= a.due_on;

/**
 * Working days left until the due date: positive while there is time, 0 on the due date itself,
 * negative when overdue (minus the working days since).
 */
export function workingDaysLeft(dueOn: IsoDate, today: IsoDate): number {
  return workingDaysBetween(today, dueOn);
}

export const todayIn = (now: Date): IsoDate => almatyDate(now);

/** QA-2026-000123 */
export function formatNumber(year: number, seq: number): string {
  return `QA-${year}-${String(seq).padStart(6, '0')}`;
}
export const NUMBER_RE = /^QA-\d{4}-\d{6}$/;

// -------------------------------------------------------------- personal data

const MASK = '•••';
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// A run of 12 digits (IIN/BIN), possibly spaced.
const IIN = /(?<!\d)\d{6}\s?\d{6}(?!\d)/g;
// Kazakh phone numbers: +7 / 8 then 10 digits with optional spaces, dashes, brackets.
const PHONE = /(?<![\p{L}\p{N}])(?:\+7|8)[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/gu;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text fit for publication: e-mail addresses, IINs/BINs and phone numbers are masked, and so is
 * every word of the names given (the citizen's own name, in any case ending Kazakh and Russian add).
 * @example maskPersonalData('Мен Айгүл Серікова, тел. +7 701 234 56 78', ['Айгүл Серікова']) // 'Мен ••• •••, тел. •••'
 */
export function maskPersonalData(text: string, names: readonly string[] = []): string {
  let out = text.replace(EMAIL, MASK).replace(PHONE, MASK).replace(IIN, MASK);
  const words = new Set(
    names
      .flatMap((n) => n.split(/\s+/))
      .map((w) => w.trim())
      .filter((w) => w.length >= 3),
  );
  for (const w of words) {
    // The stem without the last letter catches declined forms (Серікова → Серіковой, Серікованың).
    const stem = w.length > 4 ? w.slice(0, -1) : w;
    out = out.replace(new RegExp(`(?<![\\p{L}])${escapeRe(stem)}[\\p{L}]*`, 'giu'), MASK);
  }
  return out;
}

// ------------------------------------------------------------------ scorecards

export interface BodyRecord {
  received: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
  averageRating: number | null;
}

/** Share of received appeals answered by the due date, in percent (one decimal), or null with none received. */
export function onTimePercent(r: { received: number; answeredOnTime: number }): number | null {
  return r.received === 0 ? null : Math.round((1000 * r.answeredOnTime) / r.received) / 10;
}
