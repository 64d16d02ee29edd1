/**
 * Pure rules of public councils and public hearings: the state machines, the legal periods
 * (dated parameters), the notice rule of hearings in working days, the result of a selection.
 * No database, no HTTP: everything here is unit-tested in domain.test.ts.
 */
import {
  addWorkingDays,
  almatyDate,
  almatyDayStart,
  almatyOffsetHours,
  isIsoDate,
  isWorkingDay,
  workingDaysBetween,
  type IsoDate,
} from '../../reference/index.ts';
import { lifecycle, type EventOf } from '../../platform/kit/lifecycle.ts';

// ------------------------------------------------------------------ types

export const COUNCIL_ROLES = ['chair', 'deputy', 'secretary', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_LEVELS = ['national', 'local'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

export const SELECTION_STATUSES = ['open', 'review', 'decided', 'cancelled'] as const;
export type SelectionStatus = (typeof SELECTION_STATUSES)[number];
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const HEARING_STATUSES = ['announced', 'held', 'answered', 'cancelled'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];
export const RESPONSES = ['accepted', 'partly_accepted', 'rejected'] as const;
export type ResponseOutcome = (typeof RESPONSES)[number];
export const DECISION_STATUSES = ['awaiting', ...RESPONSES] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const REPORT_STATUSES = ['published', 'answered'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type QuestionKind = 'question' | 'proposal';

// ---------------------------------------------------------- state machines

/**
 * A call for members: open (applications accepted) → review (closed; the candidate list stands)
 * → decided (votes recorded, result published). Open or review may be cancelled.
 */
export const SELECTION = lifecycle(SELECTION_STATUSES, {
  close: { from: ['open'], to: 'review' },
  decide: { from: ['review'], to: 'decided' },
  cancel: { from: ['open', 'review'], to: 'cancelled' },
});
export type SelectionEvent = EventOf<typeof SELECTION>;

/** A meeting: planned → held (minutes and attendance recorded) or cancelled. Decisions belong to held meetings. */
export const MEETING = lifecycle(MEETING_STATUSES, {
  hold: { from: ['planned'], to: 'held' },
  cancel: { from: ['planned'], to: 'cancelled' },
  reschedule: { from: ['planned'], to: 'planned' },
});
export type MeetingEvent = EventOf<typeof MEETING>;

/**
 * A hearing: announced (registration and questions open, before and during) → held (minutes
 * recorded) → answered (the organiser has answered every proposal and question and published
 * the response). An announced hearing may be cancelled.
 */
export const HEARING = lifecycle(HEARING_STATUSES, {
  hold: { from: ['announced'], to: 'held' },
  publishAnswers: { from: ['held'], to: 'answered' },
  cancel: { from: ['announced'], to: 'cancelled' },
});
export type HearingEvent = EventOf<typeof HEARING>;

/** A council's decision addressed to its state body: awaiting → the body's response (once); the event is the outcome. */
export const DECISION = lifecycle(DECISION_STATUSES, {
  accepted: { from: ['awaiting'], to: 'accepted' },
  partly_accepted: { from: ['awaiting'], to: 'partly_accepted' },
  rejected: { from: ['awaiting'], to: 'rejected' },
});

/** A monitoring report: published → answered by the body (once). */
export const REPORT = lifecycle(REPORT_STATUSES, {
  answer: { from: ['published'], to: 'answered' },
});

// ------------------------------------------------------ dated parameters

/** A value of a legal period and the date from which it applies (the same shape as reference/parameters.ts). */
interface Dated<T> {
  readonly from: IsoDate;
  readonly value: T;
  readonly basis: string;
}

/**
 * Periods of this module, as dated data: a case is judged by the value in force on its own
 * date. reference/parameters.ts holds none of them yet; to change one, append a new entry.
 */
export const COUNCIL_PARAMETERS = {
  /**
   * Working days between the announcement of a public hearing and its day (neither counted).
   * No national act fixes it yet: the Concept of 2020 (task 3.1, item 2) introduces a regulation
   * of public hearings on international standards (the Aarhus Convention, art. 6(2)-(3), asks for
   * "reasonable time-frames" and early notice). Until that regulation is adopted the platform
   * applies the minimum of the public discussion of draft acts (legislation.minDiscussionWorkingDays).
   */
  'hearing.minNoticeWorkingDays': [
    {
      from: '2000-01-01',
      value: 10,
      basis:
        'Concept of civil society development (Decree No. 390 of 27.08.2020), task 3.1 item 2; Aarhus Convention art. 6',
    },
  ],
  /**
   * Working days a call for members stays open at least (Law of 2 November 2015 "On public
   * councils", art. 10: members are chosen by a competition announced in the media; the model
   * regulation gives candidates time to apply).
   */
  'council.selectionMinWorkingDays': [
    {
      from: '2000-01-01',
      value: 10,
      basis: 'Law "On public councils" (2015), art. 10; model regulation of public councils',
    },
  ],
  /**
   * Working days for the state body to respond to a council's recommendation (Law "On public
   * councils", art. 8: recommendations are considered by the body and the answer is published);
   * the general answer term of the Administrative Procedural Code applies.
   */
  'council.responseWorkingDays': [
    {
      from: '2000-01-01',
      value: 15,
      basis: 'Law "On public councils" (2015), art. 8; Administrative Procedural Code, art. 76',
    },
  ],
} as const satisfies Record<string, readonly Dated<number>[]>;
export type CouncilParam = keyof typeof COUNCIL_PARAMETERS;

/** The value of a period in force on a date (an instant is read in Asia/Almaty). */
export function councilParam(name: CouncilParam, at: Date | IsoDate): number {
  const date = at instanceof Date ? almatyDate(at) : at;
  let found: Dated<number> | undefined;
  for (const e of COUNCIL_PARAMETERS[name]) if (e.from <= date) found = e;
  if (!found) throw new RangeError(`no value of ${name} on ${date}`);
  return found.value;
}

// --------------------------------------------------------- hearings' notice

/** Whole working days strictly between two civil dates (neither end counted). */
export function workingDaysStrictlyBetween(a: IsoDate, b: IsoDate): number {
  if (b <= a) return 0;
  return workingDaysBetween(a, b) - (isWorkingDay(b) ? 1 : 0);
}

/**
 * The first day a hearing announced on `announcedOn` may take place: the notice period of
 * working days must pass whole between the two days.
 * @example earliestHearingDate('2026-03-16') // '2026-04-01' (Nauryz 21–23 March and the weekend do not count)
 */
export function earliestHearingDate(announcedOn: IsoDate): IsoDate {
  const n = councilParam('hearing.minNoticeWorkingDays', announcedOn);
  const last = addWorkingDays(announcedOn, n);
  return nextDay(last);
}

/** Whether a hearing on `hearingDate` respects the notice period counted from `announcedOn`. */
export function noticeRespected(announcedOn: IsoDate, hearingDate: IsoDate): boolean {
  return (
    workingDaysStrictlyBetween(announcedOn, hearingDate) >= councilParam('hearing.minNoticeWorkingDays', announcedOn)
  );
}

/** The last day a call may close when opened on `openedOn`, at the earliest. */
export function earliestSelectionClose(openedOn: IsoDate): IsoDate {
  return addWorkingDays(openedOn, councilParam('council.selectionMinWorkingDays', openedOn));
}

/** When the body's response to a decision taken at a meeting is due. */
export function responseDueDate(meetingAt: Date): IsoDate {
  return addWorkingDays(meetingAt, councilParam('council.responseWorkingDays', meetingAt));
}

export function nextDay(d: IsoDate): IsoDate {
  const t = Date.parse(`${d}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * A civil date and a "HH:MM" time in Asia/Almaty as an instant; null when either is malformed.
 * @example almatyInstant('2026-12-01', '10:00') // 2026-12-01T05:00:00.000Z
 */
export function almatyInstant(date: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return new Date(almatyDayStart(date).getTime() + (Number(m[1]) * 60 + Number(m[2])) * 60_000);
}

/** "HH:MM" of an instant in Asia/Almaty. */
export function almatyTime(d: Date): string {
  return new Date(d.getTime() + almatyOffsetHours(d) * 3_600_000).toISOString().slice(11, 16);
}

// --------------------------------------------------------------- hearings

/** A question sent before the hearing starts is "before", afterwards "during". */
export const questionPhase = (startsAt: Date, now: Date): 'before' | 'during' => (now < startsAt ? 'before' : 'during');

/** Questions are taken while the hearing is announced (before and during it), until the minutes are recorded. */
export const questionsOpen = (status: HearingStatus) => status === 'announced';

/** Registration closes when the hearing starts. */
export const registrationOpen = (status: HearingStatus, startsAt: Date, now: Date) =>
  status === 'announced' && now < startsAt;

/** The minutes are recorded once the hearing has started. */
export const canRecordHearingAt = (startsAt: Date, now: Date) => now >= startsAt;

/** The response is published when every visible question and proposal has its answer. */
export const unansweredCount = (qs: { hidden: boolean; answer: string | null }[]) =>
  qs.filter((q) => !q.hidden && !q.answer).length;

// --------------------------------------------------------------- selection

export interface CandidateVotes {
  id: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  /** When the application came in: the earlier one wins a tie. */
  appliedAt: Date;
}

export type VoteProblem = 'votes_exceed_commission' | 'commission_size';

/**
 * The commission's votes are recorded as totals per candidate (for, against, abstained), with the
 * number of commission members who voted. A candidate is selected when more than half of the
 * commission voted for them and they are among the `seats` candidates with the most votes for
 * (ties: fewer votes against, then the earlier application).
 * @example selectionResult([{ id: 'a', votesFor: 5, votesAgainst: 1, votesAbstain: 1, appliedAt }], 1, 7) // { ok: true, selected: ['a'] }
 */
export function selectionResult(
  cands: CandidateVotes[],
  seats: number,
  commissionSize: number,
): { ok: true; selected: string[] } | { ok: false; problem: VoteProblem; id?: string } {
  if (!Number.isInteger(commissionSize) || commissionSize < 1) return { ok: false, problem: 'commission_size' };
  for (const c of cands) {
    if (c.votesFor + c.votesAgainst + c.votesAbstain > commissionSize)
      return { ok: false, problem: 'votes_exceed_commission', id: c.id };
  }
  const eligible = cands.filter((c) => c.votesFor * 2 > commissionSize);
  eligible.sort(
    (a, b) =>
      b.votesFor - a.votesFor || a.votesAgainst - b.votesAgainst || a.appliedAt.getTime() - b.appliedAt.getTime(),
  );
  return { ok: true, selected: eligible.slice(0, seats).map((c) => c.id) };
}

/** Applications are taken while the call is open and its closing day (Almaty) has not passed. */
export const applicationsOpen = (status: SelectionStatus, closesOn: IsoDate, now: Date) =>
  status === 'open' && almatyDate(now) <= closesOn;

/** A member's term is current on a day. */
export const memberCurrent = (m: { term_start: string; term_end: string | null }, today: IsoDate) =>
  m.term_start <= today && (m.term_end === null || m.term_end >= today);
