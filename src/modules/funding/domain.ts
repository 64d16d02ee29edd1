/**
 * Pure rules of funding: the state machines of plans, calls, applications, projects and reports;
 * money typed in tenge; the application window in Asia/Almaty time; when a plan may be approved.
 * By area in domain/: grant bands, budgets and lots (money.ts); the reproducible panel draw,
 * scoring and the ranking, award splits (review.ts); the evaluation and the rating input
 * (evaluation.ts), all re-exported here. No database, no clock (instants are arguments).
 */
import { lifecycle, type EventOf } from '../../platform/kit/lifecycle.ts';
import { almatyDate, type IsoDate } from '../../reference/index.ts';

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

// ------------------------------------------------------------------- plans

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

export * from './domain/money.ts';
export * from './domain/review.ts';
export * from './domain/evaluation.ts';
