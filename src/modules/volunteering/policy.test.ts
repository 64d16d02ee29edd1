import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  canActOnApplication,
  canChangeOpportunity,
  canDonate,
  canDownloadCertificate,
  canPostOpportunity,
  canPublishReport,
  canSignUp,
  canStartCampaign,
} from './policy.ts';

const BIN = '120640000010';
const SB = '0b7e0a52-0000-4000-a000-000000000001';
const actor = (over: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'A',
  email: 'a@x.kz',
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});
const rep = actor({ id: 'rep', organizations: [BIN] });
const official = actor({ id: 'off', stateBodies: [SB] });
const volunteer = actor({ id: 'vol' });
const opp = {
  organizer_type: 'organization' as const,
  organizer_id: BIN,
  status: 'open' as const,
  starts_on: '2026-06-01',
  ends_on: '2026-06-02',
  min_age: 16,
  max_age: null,
};
const facts = { hasProfile: true, birthYear: 2000, alreadyApplied: false, placesLeft: 3, today: '2026-05-01' };

test('posting: representatives for their NGO, officials for their body', () => {
  assert.deepEqual(canPostOpportunity(null, { type: 'organization', id: BIN }, { active: true }), {
    ok: false,
    reason: 'sign_in',
  });
  assert.equal(canPostOpportunity(rep, { type: 'organization', id: BIN }, { active: true }).ok, true);
  assert.deepEqual(canPostOpportunity(rep, { type: 'organization', id: BIN }, { active: false }), {
    ok: false,
    reason: 'organization_inactive',
  });
  assert.deepEqual(canPostOpportunity(volunteer, { type: 'organization', id: BIN }, { active: true }), {
    ok: false,
    reason: 'not_organizer',
  });
  assert.equal(canPostOpportunity(official, { type: 'state_body', id: SB }, { active: true }).ok, true);
  assert.deepEqual(canPostOpportunity(rep, { type: 'state_body', id: SB }, { active: true }), {
    ok: false,
    reason: 'not_organizer',
  });
});

test('signing up: profile, once, places, age, open, not one’s own', () => {
  assert.equal(canSignUp(volunteer, opp, facts).ok, true);
  assert.deepEqual(canSignUp(volunteer, opp, { ...facts, hasProfile: false, birthYear: null }), {
    ok: false,
    reason: 'no_profile',
  });
  assert.deepEqual(canSignUp(volunteer, opp, { ...facts, alreadyApplied: true }), {
    ok: false,
    reason: 'already_applied',
  });
  assert.deepEqual(canSignUp(volunteer, opp, { ...facts, placesLeft: 0 }), { ok: false, reason: 'no_places' });
  assert.deepEqual(canSignUp(volunteer, opp, { ...facts, birthYear: 2012 }), { ok: false, reason: 'age' });
  assert.deepEqual(canSignUp(volunteer, { ...opp, status: 'closed' }, facts), { ok: false, reason: 'not_open' });
  assert.deepEqual(canSignUp(volunteer, opp, { ...facts, today: '2026-06-03' }), { ok: false, reason: 'not_open' });
  assert.deepEqual(canSignUp(rep, opp, facts), { ok: false, reason: 'own_opportunity' });
});

test('sign-ups: the organiser decides and confirms (not before the start), the volunteer withdraws', () => {
  const app = { user_id: 'vol', status: 'applied' as const };
  assert.equal(canActOnApplication(rep, opp, app, 'accept', { today: '2026-05-01' }).ok, true);
  assert.deepEqual(canActOnApplication(volunteer, opp, app, 'accept', { today: '2026-05-01' }), {
    ok: false,
    reason: 'not_organizer',
  });
  assert.equal(canActOnApplication(volunteer, opp, app, 'withdraw', { today: '2026-05-01' }).ok, true);
  assert.deepEqual(canActOnApplication(rep, opp, app, 'withdraw', { today: '2026-05-01' }), {
    ok: false,
    reason: 'not_volunteer',
  });
  const accepted = { user_id: 'vol', status: 'accepted' as const };
  assert.deepEqual(canActOnApplication(rep, opp, accepted, 'confirm', { today: '2026-05-01' }), {
    ok: false,
    reason: 'too_early',
  });
  assert.equal(canActOnApplication(rep, opp, accepted, 'confirm', { today: '2026-06-01' }).ok, true);
  assert.deepEqual(canActOnApplication(rep, opp, app, 'confirm', { today: '2026-06-01' }), {
    ok: false,
    reason: 'wrong_state',
  });
  assert.deepEqual(canChangeOpportunity(rep, { ...opp, status: 'completed' }, 'reopen'), {
    ok: false,
    reason: 'wrong_state',
  });
  assert.equal(canChangeOpportunity(rep, opp, 'close').ok, true);
});

test('certificates: the volunteer or the organiser downloads the PDF', () => {
  const cert = { user_id: 'vol', organizer_type: 'organization' as const, organizer_id: BIN };
  assert.equal(canDownloadCertificate(volunteer, cert).ok, true);
  assert.equal(canDownloadCertificate(rep, cert).ok, true);
  assert.deepEqual(canDownloadCertificate(actor({ id: 'other' }), cert), { ok: false, reason: 'not_volunteer' });
});

test('charity: verified NGOs start campaigns, anyone donates while collecting, the NGO reports after the end', () => {
  assert.equal(canStartCampaign(rep, { bin: BIN, status: 'active', verification: 'verified' }).ok, true);
  assert.deepEqual(canStartCampaign(rep, { bin: BIN, status: 'active', verification: 'pending' }), {
    ok: false,
    reason: 'not_verified',
  });
  assert.deepEqual(canStartCampaign(volunteer, { bin: BIN, status: 'active', verification: 'verified' }), {
    ok: false,
    reason: 'not_representative',
  });
  const c = { bin: BIN, status: 'active' as const, starts_on: '2026-01-01', ends_on: '2026-01-31' };
  assert.equal(canDonate(c, '2026-01-15').ok, true);
  assert.deepEqual(canDonate(c, '2026-02-01'), { ok: false, reason: 'not_collecting' });
  assert.deepEqual(canPublishReport(rep, c, '2026-01-15'), { ok: false, reason: 'not_ended' });
  assert.equal(canPublishReport(rep, c, '2026-02-01').ok, true);
  assert.deepEqual(canPublishReport(rep, { ...c, status: 'reported' }, '2026-02-01'), {
    ok: false,
    reason: 'already_reported',
  });
  assert.deepEqual(canPublishReport(volunteer, c, '2026-02-01'), { ok: false, reason: 'not_representative' });
});
