import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Role } from '../../platform/auth/actor.ts';
import {
  canApplySocialEnterprise,
  canChangeStatus,
  canDecideSocialEnterprise,
  canDecideVerification,
  canEditOrganization,
  canFileReport,
  canRegisterOrganization,
  canViewEvidence,
  profileCan,
  type OrgFacts,
} from './policy.ts';

const actor = (roles: Role[] = ['citizen'], organizations: string[] = []): Actor => ({
  id: '00000000-0000-0000-0000-000000000001',
  name: 'Тест',
  email: 't@example.kz',
  roles,
  organizations,
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
});
const org: OrgFacts = { bin: '120640933475', status: 'active', verification: 'verified', founded_on: '2012-06-15' };
const rep = actor(['citizen', 'ngo_representative'], [org.bin]);
const other = actor(['citizen', 'ngo_representative'], ['999999999999']);
const moderator = actor(['citizen', 'moderator']);
const now = new Date('2026-11-22T00:00:00Z');

describe('registry policies', () => {
  test('anyone signed in may register an organisation', () => {
    assert.deepEqual(canRegisterOrganization(actor()), { ok: true });
    assert.deepEqual(canRegisterOrganization(null), { ok: false, reason: 'sign_in' });
  });

  test('only representatives of that organisation, or staff, edit it', () => {
    assert.equal(canEditOrganization(rep, org).ok, true);
    assert.deepEqual(canEditOrganization(other, org), { ok: false, reason: 'not_representative' });
    assert.deepEqual(canEditOrganization(actor(), org), { ok: false, reason: 'not_representative' });
    assert.deepEqual(canEditOrganization(null, org), { ok: false, reason: 'sign_in' });
    assert.equal(canEditOrganization(moderator, org).ok, true);
    assert.deepEqual(canEditOrganization(rep, { ...org, status: 'liquidated' }), { ok: false, reason: 'liquidated' });
    assert.equal(canEditOrganization(actor(['administrator']), { ...org, status: 'liquidated' }).ok, true);
    assert.equal(canChangeStatus(rep), false);
    assert.equal(canChangeStatus(moderator), true);
  });

  test('moderators decide on pending profiles only', () => {
    const pending = { ...org, verification: 'pending' as const };
    assert.equal(canDecideVerification(moderator, pending).ok, true);
    assert.deepEqual(canDecideVerification(moderator, org), { ok: false, reason: 'not_pending' });
    assert.deepEqual(canDecideVerification(rep, pending), { ok: false, reason: 'not_moderator' });
    assert.equal(canViewEvidence(moderator), true);
    assert.equal(canViewEvidence(rep), false);
  });

  test('reports: a representative, a finished year since founding, once', () => {
    assert.equal(canFileReport(rep, org, 2025, { alreadyFiled: false, now }).ok, true);
    assert.deepEqual(canFileReport(rep, org, 2026, { alreadyFiled: false, now }), {
      ok: false,
      reason: 'year_out_of_range',
    });
    assert.deepEqual(canFileReport(rep, org, 2011, { alreadyFiled: false, now }), {
      ok: false,
      reason: 'year_out_of_range',
    });
    assert.deepEqual(canFileReport(rep, org, 2025, { alreadyFiled: true, now }), {
      ok: false,
      reason: 'already_filed',
    });
    assert.deepEqual(canFileReport(moderator, org, 2025, { alreadyFiled: false, now }), {
      ok: false,
      reason: 'not_representative',
    });
    assert.deepEqual(canFileReport(rep, { ...org, status: 'liquidated' }, 2025, { alreadyFiled: false, now }), {
      ok: false,
      reason: 'liquidated',
    });
  });

  test('social enterprise: representatives apply once a year; staff decide open applications', () => {
    assert.equal(canApplySocialEnterprise(rep, org, { hasApplicationForYear: false }).ok, true);
    assert.deepEqual(canApplySocialEnterprise(rep, org, { hasApplicationForYear: true }), {
      ok: false,
      reason: 'already_applied',
    });
    assert.deepEqual(canApplySocialEnterprise(other, org, { hasApplicationForYear: false }), {
      ok: false,
      reason: 'not_representative',
    });
    assert.equal(canDecideSocialEnterprise(moderator, { status: 'applied' }).ok, true);
    assert.deepEqual(canDecideSocialEnterprise(moderator, { status: 'approved' }), {
      ok: false,
      reason: 'already_decided',
    });
    assert.deepEqual(canDecideSocialEnterprise(rep, { status: 'applied' }), { ok: false, reason: 'not_moderator' });
  });

  test('the profile offers what the policies allow', () => {
    assert.deepEqual(profileCan(rep, org, { fileableYear: 2025, hasApplicationForYear: false, now }), {
      edit: true,
      fileReport: true,
      applySocialEnterprise: true,
      review: false,
    });
    assert.deepEqual(profileCan(null, org, { fileableYear: null, hasApplicationForYear: false, now }), {
      edit: false,
      fileReport: false,
      applySocialEnterprise: false,
      review: false,
    });
    assert.deepEqual(profileCan(moderator, org, { fileableYear: null, hasApplicationForYear: false, now }), {
      edit: true,
      fileReport: false,
      applySocialEnterprise: false,
      review: true,
    });
  });
});
