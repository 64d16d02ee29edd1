import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerDueDate,
  APPEAL_LIFECYCLE,
  canExtendOn,
  canRedirectOn,
  extendedDueDate,
  formatNumber,
  isOverdue,
  maskPersonalData,
  NUMBER_RE,
  onTimePercent,
  redirectDeadline,
  workingDaysLeft,
} from './domain.ts';
import { testLifecycle } from '../../platform/kit/testing.ts';

// The lifecycle, every event from every state.
testLifecycle(APPEAL_LIFECYCLE, {
  redirect: { registered: 'redirected', redirected: null, in_progress: null, answered: null, rated: null },
  start: { registered: 'in_progress', redirected: 'in_progress', in_progress: null, answered: null, rated: null },
  answer: { registered: 'answered', redirected: 'answered', in_progress: 'answered', answered: null, rated: null },
  rate: { registered: null, redirected: null, in_progress: null, answered: 'rated', rated: null },
});

test('answer due in 15 working days, skipping the March Nauryz holidays and their carried days', () => {
  // 21–23 March 2026 are holidays (Sat–Mon) and 24–25 March are carried days off.
  assert.equal(answerDueDate('2026-03-18'), '2026-04-13');
  // The calendar's own example: 14 March 2025 -> 9 April 2025.
  assert.equal(answerDueDate('2025-03-14'), '2025-04-09');
  // Without holidays 15 working days from a Wednesday is three weeks on.
  assert.equal(answerDueDate('2026-02-04'), '2026-02-25');
});

test('answer due around the 1 May, 7 May and 9 May holidays (9 May 2026 is carried to 11 May)', () => {
  assert.equal(answerDueDate('2026-04-28'), '2026-05-22');
});

test('redirect window: 3 working days, across Nauryz', () => {
  assert.equal(redirectDeadline('2026-03-18'), '2026-03-26');
  const a = { status: 'registered' as const, registered_on: '2026-03-18', redirected_at: null };
  assert.deepEqual(canRedirectOn(a, '2026-03-26'), { ok: true });
  assert.deepEqual(canRedirectOn(a, '2026-03-27'), { ok: false, reason: 'redirect_window_passed' });
  assert.deepEqual(canRedirectOn({ ...a, redirected_at: new Date() }, '2026-03-19'), {
    ok: false,
    reason: 'redirect_not_allowed',
  });
  assert.deepEqual(canRedirectOn({ ...a, status: 'answered' }, '2026-03-19'), {
    ok: false,
    reason: 'redirect_not_allowed',
  });
  assert.deepEqual(canRedirectOn({ ...a, status: 'in_progress' }, '2026-03-19'), {
    ok: false,
    reason: 'redirect_not_allowed',
  });
});

test('extension: once, while open, before the deadline, up to the legal maximum', () => {
  const a = { status: 'in_progress' as const, due_on: '2026-04-13', term_start_on: '2026-03-18', extended_at: null };
  assert.deepEqual(canExtendOn(a, 10, '2026-04-01'), { ok: true });
  assert.deepEqual(canExtendOn(a, 30, '2026-04-13'), { ok: true });
  assert.deepEqual(canExtendOn(a, 31, '2026-04-01'), { ok: false, reason: 'extension_too_long' });
  assert.deepEqual(canExtendOn(a, 0, '2026-04-01'), { ok: false, reason: 'extension_too_long' });
  assert.deepEqual(canExtendOn({ ...a, extended_at: new Date() }, 5, '2026-04-01'), {
    ok: false,
    reason: 'already_extended',
  });
  assert.deepEqual(canExtendOn(a, 5, '2026-04-14'), { ok: false, reason: 'deadline_passed' });
  assert.deepEqual(canExtendOn({ ...a, status: 'answered' }, 5, '2026-04-01'), { ok: false, reason: 'not_open' });
  // 13 April 2026 + 10 working days (no holidays in between) = 27 April.
  assert.equal(extendedDueDate('2026-04-13', 10), '2026-04-27');
  // Across 1 May: 28 April + 5 working days = 29, 30 April, 4, 5, 6 May.
  assert.equal(extendedDueDate('2026-04-28', 5), '2026-05-06');
});

test('overdue is derived: unanswered after the due date; days left count working days', () => {
  assert.equal(isOverdue({ due_on: '2026-04-13', answered_on: null }, '2026-04-13'), false);
  assert.equal(isOverdue({ due_on: '2026-04-13', answered_on: null }, '2026-04-14'), true);
  assert.equal(isOverdue({ due_on: '2026-04-13', answered_on: '2026-04-20' }, '2026-04-21'), false);
  assert.equal(workingDaysLeft('2026-04-13', '2026-04-13'), 0);
  assert.equal(workingDaysLeft('2026-03-26', '2026-03-20'), 1);
  assert.equal(workingDaysLeft('2026-04-13', '2026-04-15'), -2);
});

test('registration numbers', () => {
  assert.equal(formatNumber(2026, 123), 'QA-2026-000123');
  assert.ok(NUMBER_RE.test(formatNumber(2025, 999999)));
  assert.ok(!NUMBER_RE.test('QA-2026-123'));
});

test('personal data is masked: names (declined), IIN, phones, e-mail', () => {
  const text =
    'Мен, Айгүл Серікова, ЖСН 880312450123, тел. +7 701 234 56 78 немесе 8(727)2345678, почта aigul.serikova@mail.kz. Серікованың өтініші.';
  const out = maskPersonalData(text, ['Айгүл Серікова']);
  for (const leak of ['Айгүл', 'Серік', '880312450123', '701 234', '2345678', '@mail.kz'])
    assert.ok(!out.includes(leak), `${leak} in ${out}`);
  assert.ok(out.includes('өтініші'), 'the rest of the text stays');
  // Russian declension of the surname.
  assert.equal(maskPersonalData('Прошу Петренко Андрея и Петренко', ['Андрей Петренко']), 'Прошу ••• ••• и •••');
  // Ordinary numbers survive.
  assert.equal(maskPersonalData('Маршрут №12, дом 45, 2026 год'), 'Маршрут №12, дом 45, 2026 год');
});

test('on-time percent', () => {
  assert.equal(onTimePercent({ received: 0, answeredOnTime: 0 }), null);
  assert.equal(onTimePercent({ received: 3, answeredOnTime: 2 }), 66.7);
});
