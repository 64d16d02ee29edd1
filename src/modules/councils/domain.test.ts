import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  almatyInstant,
  almatyTime,
  applicationsOpen,
  councilParam,
  DECISION,
  earliestHearingDate,
  earliestSelectionClose,
  HEARING,
  MEETING,
  noticeRespected,
  questionPhase,
  registrationOpen,
  REPORT,
  responseDueDate,
  selectionResult,
  SELECTION,
  unansweredCount,
  workingDaysStrictlyBetween,
} from './domain.ts';
import { meetingsCalendar, parseIcsEvents } from './ical.ts';
import { testLifecycle } from '../../platform/kit/testing.ts';

describe('selection lifecycle', () =>
  testLifecycle(SELECTION, {
    close: { open: 'review', review: null, decided: null, cancelled: null },
    decide: { open: null, review: 'decided', decided: null, cancelled: null },
    cancel: { open: 'cancelled', review: 'cancelled', decided: null, cancelled: null },
  }));

describe('meeting lifecycle', () =>
  testLifecycle(MEETING, {
    hold: { planned: 'held', held: null, cancelled: null },
    cancel: { planned: 'cancelled', held: null, cancelled: null },
    reschedule: { planned: 'planned', held: null, cancelled: null },
  }));

describe('hearing lifecycle', () =>
  testLifecycle(HEARING, {
    hold: { announced: 'held', held: null, answered: null, cancelled: null },
    publishAnswers: { announced: null, held: 'answered', answered: null, cancelled: null },
    cancel: { announced: 'cancelled', held: null, answered: null, cancelled: null },
  }));

describe('decision lifecycle (the event is the outcome)', () =>
  testLifecycle(DECISION, {
    accepted: { awaiting: 'accepted', accepted: null, partly_accepted: null, rejected: null },
    partly_accepted: { awaiting: 'partly_accepted', accepted: null, partly_accepted: null, rejected: null },
    rejected: { awaiting: 'rejected', accepted: null, partly_accepted: null, rejected: null },
  }));

describe('report lifecycle', () => testLifecycle(REPORT, { answer: { published: 'answered', answered: null } }));

test('selection: open → review → decided; cancel only before the decision', () => {
  assert.equal(SELECTION.next('open', 'close'), 'review');
  assert.equal(SELECTION.next('review', 'decide'), 'decided');
  assert.equal(SELECTION.next('open', 'decide'), null, 'no decision while applications are open');
  assert.equal(SELECTION.next('open', 'cancel'), 'cancelled');
  assert.equal(SELECTION.next('review', 'cancel'), 'cancelled');
  assert.equal(SELECTION.next('decided', 'cancel'), null);
  assert.equal(SELECTION.next('cancelled', 'close'), null);
});

test('meeting: planned → held or cancelled, nothing after', () => {
  assert.equal(MEETING.next('planned', 'hold'), 'held');
  assert.equal(MEETING.next('planned', 'cancel'), 'cancelled');
  assert.equal(MEETING.next('held', 'cancel'), null);
  assert.equal(MEETING.next('cancelled', 'hold'), null);
  assert.equal(MEETING.next('held', 'hold'), null);
});

test('hearing: announced → held → answered; cancel only while announced', () => {
  assert.equal(HEARING.next('announced', 'hold'), 'held');
  assert.equal(HEARING.next('held', 'publishAnswers'), 'answered');
  assert.equal(HEARING.next('announced', 'publishAnswers'), null, 'answers are published after the hearing');
  assert.equal(HEARING.next('announced', 'cancel'), 'cancelled');
  assert.equal(HEARING.next('held', 'cancel'), null);
  assert.equal(HEARING.next('answered', 'hold'), null);
});

test('a decision and a report are answered once', () => {
  assert.equal(DECISION.next('awaiting', 'partly_accepted'), 'partly_accepted');
  assert.equal(DECISION.next('accepted', 'rejected'), null);
  assert.equal(DECISION.next('awaiting', 'maybe' as any), null);
  assert.equal(REPORT.next('published', 'answer'), 'answered');
  assert.equal(REPORT.next('answered', 'answer'), null);
});

test('notice of a hearing: whole working days, Nauryz and its carried days do not count', () => {
  assert.equal(councilParam('hearing.minNoticeWorkingDays', '2026-03-16'), 10);
  // Announced Monday 16 March 2026: 21–23 March are Nauryz, 24–25 March carried days off.
  assert.equal(earliestHearingDate('2026-03-16'), '2026-04-03');
  assert.equal(noticeRespected('2026-03-16', '2026-04-03'), true);
  assert.equal(
    noticeRespected('2026-03-16', '2026-04-02'),
    false,
    'the tenth working day itself is not a whole day before',
  );
  // Without the holidays the same notice would have ended on 30 March: the calendar matters.
  assert.equal(noticeRespected('2026-03-16', '2026-03-31'), false);
  // Independence Day (16 December) falls inside the period.
  assert.equal(earliestHearingDate('2026-12-07'), '2026-12-23');
  assert.equal(workingDaysStrictlyBetween('2026-12-07', '2026-12-23'), 10);
  assert.equal(workingDaysStrictlyBetween('2026-12-07', '2026-12-07'), 0);
});

test('calls stay open the minimum working days; responses are due in working days', () => {
  assert.equal(earliestSelectionClose('2026-03-16'), '2026-04-02');
  assert.equal(responseDueDate(almatyInstant('2026-12-07', '10:00')!), '2026-12-29');
});

test('applications close at the end of the closing day in Almaty', () => {
  // 23:30 in Astana on the closing day is 18:30 UTC: still open; 00:10 the next day is closed.
  assert.equal(applicationsOpen('open', '2026-12-10', new Date('2026-12-10T18:30:00Z')), true);
  assert.equal(applicationsOpen('open', '2026-12-10', new Date('2026-12-10T19:10:00Z')), false);
  assert.equal(applicationsOpen('review', '2026-12-10', new Date('2026-12-01T00:00:00Z')), false);
});

test('Almaty times: UTC+5 since 1 March 2024, UTC+6 before', () => {
  assert.equal(almatyInstant('2026-12-01', '10:00')!.toISOString(), '2026-12-01T05:00:00.000Z');
  assert.equal(almatyInstant('2024-01-15', '10:00')!.toISOString(), '2024-01-15T04:00:00.000Z');
  assert.equal(almatyInstant('2026-02-30', '10:00'), null);
  assert.equal(almatyInstant('2026-12-01', '24:00'), null);
  assert.equal(almatyTime(new Date('2026-12-01T05:00:00Z')), '10:00');
});

test('questions before and during; registration closes when the hearing starts', () => {
  const start = new Date('2026-12-20T10:00:00Z');
  assert.equal(questionPhase(start, new Date('2026-12-20T09:59:00Z')), 'before');
  assert.equal(questionPhase(start, new Date('2026-12-20T10:30:00Z')), 'during');
  assert.equal(registrationOpen('announced', start, new Date('2026-12-20T09:00:00Z')), true);
  assert.equal(registrationOpen('announced', start, new Date('2026-12-20T10:00:00Z')), false);
  assert.equal(
    unansweredCount([
      { hidden: false, answer: null },
      { hidden: true, answer: null },
      { hidden: false, answer: 'ok' },
    ]),
    1,
  );
});

test('selection result: more than half of the commission, most votes for, ties by fewer against then earlier application', () => {
  const at = (d: number) => new Date(Date.UTC(2026, 10, d));
  const c = (id: string, f: number, a: number, ab: number, d: number) => ({
    id,
    votesFor: f,
    votesAgainst: a,
    votesAbstain: ab,
    appliedAt: at(d),
  });
  assert.deepEqual(selectionResult([c('a', 4, 3, 0, 1), c('b', 6, 1, 0, 2), c('c', 5, 2, 0, 3)], 2, 7), {
    ok: true,
    selected: ['b', 'c'],
  });
  // 4 of 7 is a majority, 3 of 7 is not.
  assert.deepEqual(selectionResult([c('a', 4, 3, 0, 1), c('b', 3, 4, 0, 2)], 2, 7), { ok: true, selected: ['a'] });
  assert.deepEqual(selectionResult([c('a', 5, 2, 0, 2), c('b', 5, 1, 1, 3), c('c', 5, 1, 1, 1)], 2, 7), {
    ok: true,
    selected: ['c', 'b'],
  });
  assert.deepEqual(selectionResult([c('a', 5, 3, 0, 1)], 1, 7), {
    ok: false,
    problem: 'votes_exceed_commission',
    id: 'a',
  });
  assert.deepEqual(selectionResult([], 1, 0), { ok: false, problem: 'commission_size' });
});

test('iCalendar: each meeting an event at its instant in UTC, cancelled ones marked', () => {
  const m = (id: string, date: string, status: 'planned' | 'held' | 'cancelled') => ({
    id,
    title: `Отырыс, ${date}; «күн тәртібі»`,
    starts_at: almatyInstant(date, '10:00')!,
    ends_at: almatyInstant(date, '12:30')!,
    location: 'Астана',
    agenda: ['Бюджет', 'Әртүрлі'],
    status,
    updated_at: new Date('2026-11-01T00:00:00Z'),
  });
  const ics = meetingsCalendar(
    { id: 'c1', name: 'Қоғамдық кеңес' },
    [m('m1', '2026-12-01', 'planned'), m('m2', '2024-02-15', 'held'), m('m3', '2026-12-08', 'cancelled')],
    'https://qogam.kz',
    'kk',
  );
  assert.match(ics, /^BEGIN:VCALENDAR/);
  assert.match(ics, /X-WR-TIMEZONE:Asia\/Almaty/);
  const events = parseIcsEvents(ics);
  assert.equal(events.length, 3);
  const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
  // 10:00 in Astana is 05:00Z since March 2024 and was 04:00Z before (UTC+6).
  assert.equal(byUid['council-meeting-m1@qogam'].start.toISOString(), '2026-12-01T05:00:00.000Z');
  assert.equal(byUid['council-meeting-m1@qogam'].end.toISOString(), '2026-12-01T07:30:00.000Z');
  assert.equal(byUid['council-meeting-m2@qogam'].start.toISOString(), '2024-02-15T04:00:00.000Z');
  assert.equal(byUid['council-meeting-m1@qogam'].summary, 'Отырыс, 2026-12-01; «күн тәртібі»');
  assert.equal(byUid['council-meeting-m3@qogam'].status, 'CANCELLED');
  assert.equal(byUid['council-meeting-m1@qogam'].status, 'CONFIRMED');
});
