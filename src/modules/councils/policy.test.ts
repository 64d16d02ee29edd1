import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  canAnswerQuestion,
  canApply,
  canAskQuestion,
  canManageCouncil,
  canModerateQuestion,
  canMoveSelection,
  canPublishAnswers,
  canPublishReport,
  canRecordHearing,
  canRecordMeeting,
  canRegisterForHearing,
  canRespondToDecision,
  hearingCan,
} from './policy.ts';

const person = (over: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'Айгүл',
  email: 'a@example.kz',
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});
const citizen = person();
const official = person({ id: 'o1', roles: ['citizen', 'official'], stateBodies: ['body-1'] });
const otherBody = person({ id: 'o2', roles: ['citizen', 'official'], stateBodies: ['body-2'] });
const admin = person({ id: 'a1', roles: ['citizen', 'administrator'] });
const moderator = person({ id: 'm1', roles: ['citizen', 'moderator'] });
const council = { state_body_id: 'body-1', status: 'active' as const };
const now = new Date('2026-12-01T06:00:00Z');

test('only officials of the council’s body (or administrators) run it', () => {
  assert.deepEqual(canManageCouncil(null, council), { ok: false, reason: 'sign_in' });
  assert.deepEqual(canManageCouncil(citizen, council), { ok: false, reason: 'not_official' });
  assert.deepEqual(canManageCouncil(otherBody, council), { ok: false, reason: 'not_official' });
  assert.deepEqual(canManageCouncil(official, council), { ok: true });
  assert.deepEqual(canManageCouncil(admin, council), { ok: true });
  assert.deepEqual(canManageCouncil(official, { ...council, status: 'dissolved' }), { ok: false, reason: 'dissolved' });
  assert.deepEqual(canMoveSelection(official, council, { status: 'open' }, 'decide'), {
    ok: false,
    reason: 'wrong_state',
  });
  assert.deepEqual(canRespondToDecision(official, council, { response_status: 'accepted' }), {
    ok: false,
    reason: 'already_answered',
  });
  assert.deepEqual(
    canRecordMeeting(official, council, { status: 'planned', starts_at: new Date('2026-12-01T07:00:00Z') }, now),
    { ok: false, reason: 'not_started' },
  );
});

test('applying: open call, once, not by the body’s own officials, an NGO only through its representative', () => {
  const sel = { status: 'open' as const, applications_close_on: '2026-12-10' };
  assert.deepEqual(canApply(citizen, council, sel, { alreadyApplied: false, now }), { ok: true });
  assert.deepEqual(canApply(citizen, council, sel, { alreadyApplied: true, now }), {
    ok: false,
    reason: 'already_applied',
  });
  assert.deepEqual(canApply(official, council, sel, { alreadyApplied: false, now }), { ok: false, reason: 'own_body' });
  assert.deepEqual(canApply(citizen, council, sel, { alreadyApplied: false, now, bin: '123456789012' }), {
    ok: false,
    reason: 'not_representative',
  });
  assert.deepEqual(
    canApply(person({ organizations: ['123456789012'] }), council, sel, {
      alreadyApplied: false,
      now,
      bin: '123456789012',
    }),
    { ok: true },
  );
  assert.deepEqual(
    canApply(citizen, council, { ...sel, applications_close_on: '2026-11-30' }, { alreadyApplied: false, now }),
    { ok: false, reason: 'applications_closed' },
  );
  assert.deepEqual(canApply(null, council, sel, { alreadyApplied: false, now }), { ok: false, reason: 'sign_in' });
});

test('reports: the council’s members or an NGO’s representative', () => {
  assert.deepEqual(canPublishReport(citizen, council, { kind: 'council', isMember: true }), { ok: true });
  assert.deepEqual(canPublishReport(citizen, council, { kind: 'council', isMember: false }), {
    ok: false,
    reason: 'not_member',
  });
  assert.deepEqual(canPublishReport(citizen, council, { kind: 'ngo', isMember: false, bin: '123456789012' }), {
    ok: false,
    reason: 'not_representative',
  });
});

test('hearings: registration and questions while announced; moderation by the organiser or moderators; answers by the organiser', () => {
  const h = { state_body_id: 'body-1', status: 'announced' as const, starts_at: new Date('2026-12-01T10:00:00Z') };
  assert.deepEqual(canRegisterForHearing(citizen, h, { already: false, now }), { ok: true });
  assert.deepEqual(canRegisterForHearing(citizen, h, { already: false, now: new Date('2026-12-01T10:00:00Z') }), {
    ok: false,
    reason: 'registration_closed',
  });
  assert.deepEqual(canAskQuestion(citizen, h), { ok: true });
  assert.deepEqual(canAskQuestion(citizen, { ...h, status: 'held' }), { ok: false, reason: 'questions_closed' });
  assert.deepEqual(canModerateQuestion(moderator, h, { hidden: false }), { ok: true });
  assert.deepEqual(canModerateQuestion(citizen, h, { hidden: false }), { ok: false, reason: 'not_official' });
  assert.deepEqual(canAnswerQuestion(moderator, h, { hidden: false }), { ok: false, reason: 'not_official' });
  assert.deepEqual(canAnswerQuestion(official, h, { hidden: true }), { ok: false, reason: 'hidden' });
  assert.deepEqual(canRecordHearing(official, h, now), { ok: false, reason: 'not_started' });
  assert.deepEqual(canPublishAnswers(official, { ...h, status: 'held' }, { unanswered: 1 }), {
    ok: false,
    reason: 'unanswered',
  });
  assert.deepEqual(canPublishAnswers(official, { ...h, status: 'held' }, { unanswered: 0 }), { ok: true });
  const can = hearingCan(official, h, { registered: false, unanswered: 0, now });
  assert.equal(can.manage && can.answer && can.cancel && !can.record && !can.publish, true);
  assert.equal(hearingCan(null, h, { registered: false, unanswered: 0, now }).ask, false);
});
