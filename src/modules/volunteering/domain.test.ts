import { describe, test } from 'node:test';
import { testLifecycle } from '../../platform/kit/testing.ts';
import assert from 'node:assert/strict';
import {
  APPLICATION,
  CAMPAIGN,
  campaignPhase,
  fitsAge,
  makeIban,
  OPPORTUNITY,
  parseHours,
  PAYMENT,
  parseTenge,
  progressPercent,
  reportDueOn,
  reportOverdue,
  validIban,
} from './domain.ts';

describe('opportunity lifecycle', () =>
  testLifecycle(OPPORTUNITY, {
    close: { open: 'closed', closed: null, completed: null, cancelled: null },
    reopen: { open: null, closed: 'open', completed: null, cancelled: null },
    complete: { open: 'completed', closed: 'completed', completed: null, cancelled: null },
    cancel: { open: 'cancelled', closed: 'cancelled', completed: null, cancelled: null },
  }));

// Hours only after acceptance, revoke only after confirmation.
describe('sign-up lifecycle', () =>
  testLifecycle(APPLICATION, {
    accept: { applied: 'accepted', accepted: null, declined: null, withdrawn: null, completed: null, revoked: null },
    decline: {
      applied: 'declined',
      accepted: 'declined',
      declined: null,
      withdrawn: null,
      completed: null,
      revoked: null,
    },
    withdraw: {
      applied: 'withdrawn',
      accepted: 'withdrawn',
      declined: null,
      withdrawn: null,
      completed: null,
      revoked: null,
    },
    confirm: { applied: null, accepted: 'completed', declined: null, withdrawn: null, completed: null, revoked: null },
    revoke: { applied: null, accepted: null, declined: null, withdrawn: null, completed: 'revoked', revoked: null },
  }));

describe('campaign lifecycle', () =>
  testLifecycle(CAMPAIGN, {
    close: { active: 'closed', closed: null, reported: null },
    report: { active: 'reported', closed: 'reported', reported: null },
  }));

describe('payment lifecycle', () =>
  testLifecycle(PAYMENT, {
    confirm: { pending: 'confirmed', confirmed: null, failed: 'confirmed' },
    fail: { pending: 'failed', confirmed: null, failed: null },
  }));

test('age limits use the year of the activity', () => {
  assert.equal(fitsAge(2010, { minAge: 16, maxAge: null, startsOn: '2026-06-01' }), true);
  assert.equal(fitsAge(2011, { minAge: 16, maxAge: null, startsOn: '2026-06-01' }), false);
  assert.equal(fitsAge(1990, { minAge: null, maxAge: 35, startsOn: '2026-06-01' }), false);
  assert.equal(fitsAge(1991, { minAge: null, maxAge: 35, startsOn: '2026-06-01' }), true);
  assert.equal(fitsAge(1950, { minAge: null, maxAge: null, startsOn: '2026-06-01' }), true);
});

test('hours are tenths: commas and points, one decimal, positive, at most 744', () => {
  assert.equal(parseHours('6'), 60);
  assert.equal(parseHours('7,5'), 75);
  assert.equal(parseHours(' 7.5 '), 75);
  assert.equal(parseHours('744'), 7440);
  for (const bad of ['0', '0,0', '745', '7,25', '-3', 'abc', '', '1e3']) assert.equal(parseHours(bad), null, bad);
});

test('tenge as typed → tiyn', () => {
  assert.equal(parseTenge('1 500 000'), 150_000_000);
  assert.equal(parseTenge('2500,5'), 250_050);
  assert.equal(parseTenge('2\u00a0500.50 ₸'), 250_050);
  assert.equal(parseTenge('100'), 10_000);
  for (const bad of ['', 'abc', '1,234,5', '-5', '1.234']) assert.equal(parseTenge(bad), null, bad);
});

test('campaign phases and the report deadline in working days', () => {
  const c = { status: 'active' as const, starts_on: '2026-01-10', ends_on: '2026-02-10', closed_at: null };
  assert.equal(campaignPhase(c, '2026-01-09'), 'upcoming');
  assert.equal(campaignPhase(c, '2026-02-10'), 'active');
  assert.equal(campaignPhase(c, '2026-02-11'), 'ended');
  assert.equal(campaignPhase({ ...c, status: 'closed' }, '2026-01-20'), 'ended');
  assert.equal(campaignPhase({ ...c, status: 'reported' }, '2026-03-20'), 'reported');
  // 20 working days after Tuesday 10 February 2026; 8 March falls on a Sunday, so Monday 9 March is off: 11 March.
  assert.equal(reportDueOn(c), '2026-03-11');
  assert.equal(reportOverdue(c, '2026-03-11'), false);
  assert.equal(reportOverdue(c, '2026-03-12'), true);
  assert.equal(reportOverdue({ ...c, status: 'reported' }, '2026-05-01'), false);
  // Closed early: the deadline counts from the closing day (Almaty).
  assert.equal(reportDueOn({ ...c, closed_at: new Date('2026-01-20T10:00:00Z') }), '2026-02-17');
});

test('IBAN check digits', () => {
  assert.equal(validIban('KZ86125KZT5004100100'), true);
  assert.equal(validIban('KZ87125KZT5004100100'), false);
  assert.equal(validIban('KZ86125KZT500410010'), false);
  const made = makeIban('722KZT0000123456');
  assert.equal(validIban(made), true, made);
});

test('progress', () => {
  assert.equal(progressPercent(50_00, 200_00), 25);
  assert.equal(progressPercent(1, 3), 33.3);
  assert.equal(progressPercent(300, 200), 150);
});
