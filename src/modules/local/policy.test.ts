import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  canAdvanceCycle,
  canAssess,
  canCreateCycle,
  canPropose,
  canRecordProgress,
  canReview,
  canVote,
  cycleCan,
} from './policy.ts';

const person = (stateBodies: string[] = []): Actor => ({
  id: 'u1',
  name: 'Айгерім',
  email: 'a@example.kz',
  roles: ['citizen'],
  organizations: [],
  stateBodies,
  emailConfirmed: true,
  via: 'session',
});
const AKIMAT = 'b-akimat';
const cycle = (status: Parameters<typeof canAdvanceCycle>[1]['status']) => ({ state_body_id: AKIMAT, status });

test('only officials of an akimat open and advance its budgets', () => {
  assert.deepEqual(canCreateCycle(null, { id: AKIMAT, kind: 'akimat' }), { ok: false, reason: 'sign_in' });
  assert.deepEqual(canCreateCycle(person(), { id: AKIMAT, kind: 'akimat' }), { ok: false, reason: 'not_official' });
  assert.deepEqual(canCreateCycle(person(['mip']), { id: 'mip', kind: 'ministry' }), {
    ok: false,
    reason: 'not_akimat',
  });
  assert.equal(canCreateCycle(person([AKIMAT]), { id: AKIMAT, kind: 'akimat' }).ok, true);
  assert.equal(canAdvanceCycle(person([AKIMAT]), cycle('voting')).ok, true);
  assert.deepEqual(canAdvanceCycle(person(['other']), cycle('voting')), { ok: false, reason: 'not_official' });
  assert.deepEqual(canAdvanceCycle(person([AKIMAT]), cycle('closed')), { ok: false, reason: 'closed' });
});

test('residents propose while proposals are collected and vote once while voting', () => {
  assert.equal(canPropose(person(), cycle('proposals')).ok, true);
  assert.deepEqual(canPropose(person(), cycle('review')), { ok: false, reason: 'not_collecting' });
  assert.deepEqual(canPropose(null, cycle('proposals')), { ok: false, reason: 'sign_in' });
  assert.equal(canVote(person(), cycle('voting'), { hasVoted: false }).ok, true);
  assert.deepEqual(canVote(person(), cycle('voting'), { hasVoted: true }), { ok: false, reason: 'already_voted' });
  assert.deepEqual(canVote(person(), cycle('results'), { hasVoted: false }), { ok: false, reason: 'not_voting' });
});

test('the akimat reviews during review and reports on selected projects after the results', () => {
  assert.equal(canReview(person([AKIMAT]), cycle('review'), { status: 'submitted' }).ok, true);
  assert.equal(
    canReview(person([AKIMAT]), cycle('review'), { status: 'infeasible' }).ok,
    true,
    'a review can be corrected',
  );
  assert.deepEqual(canReview(person([AKIMAT]), cycle('voting'), { status: 'feasible' }), {
    ok: false,
    reason: 'not_reviewing',
  });
  assert.deepEqual(canReview(person(), cycle('review'), { status: 'submitted' }), {
    ok: false,
    reason: 'not_official',
  });
  assert.equal(canRecordProgress(person([AKIMAT]), cycle('implementation'), { status: 'selected' }).ok, true);
  assert.deepEqual(canRecordProgress(person([AKIMAT]), cycle('implementation'), { status: 'not_selected' }), {
    ok: false,
    reason: 'not_selected',
  });
  assert.deepEqual(canRecordProgress(person([AKIMAT]), cycle('voting'), { status: 'selected' }), {
    ok: false,
    reason: 'not_implementing',
  });
});

test('one assessment per person and period, of akimats only', () => {
  assert.equal(canAssess(person(), { kind: 'akimat' }, { alreadyRated: false }).ok, true);
  assert.deepEqual(canAssess(person(), { kind: 'akimat' }, { alreadyRated: true }), {
    ok: false,
    reason: 'already_rated',
  });
  assert.deepEqual(canAssess(person(), { kind: 'ministry' }, { alreadyRated: false }), {
    ok: false,
    reason: 'not_akimat',
  });
  assert.deepEqual(canAssess(null, { kind: 'akimat' }, { alreadyRated: false }), { ok: false, reason: 'sign_in' });
});

test('the page offers what the server allows (a visitor is invited to sign in to vote)', () => {
  assert.deepEqual(cycleCan(person([AKIMAT]), cycle('review'), { hasVoted: false }), {
    advance: true,
    propose: false,
    vote: false,
    review: true,
    progress: false,
  });
  assert.deepEqual(cycleCan(person(), cycle('voting'), { hasVoted: true }), {
    advance: false,
    propose: false,
    vote: false,
    review: false,
    progress: false,
  });
  assert.equal(cycleCan(null, cycle('voting'), { hasVoted: false }).vote, true);
});
