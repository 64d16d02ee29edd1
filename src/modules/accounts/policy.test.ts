import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Role } from '../../platform/auth/actor.ts';
import {
  canAddMembership,
  canGrantRole,
  canIssueApiToken,
  canManageUsers,
  canResendConfirmation,
  canRevokeApiToken,
  canRevokeRole,
  canRevokeSession,
  canSignIn,
} from './policy.ts';

const actor = (roles: Role[], over: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'Айгүл',
  email: 'a@example.kz',
  roles,
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});
const admin = actor(['citizen', 'administrator']);
const citizen = actor(['citizen']);

test('only administrators manage users', () => {
  assert.equal(canManageUsers(admin), true);
  assert.equal(canManageUsers(citizen), false);
  assert.equal(canManageUsers(actor(['moderator'])), false);
  assert.equal(canManageUsers(null), false);
});

test('a session or a token is revoked only by its owner', () => {
  assert.equal(canRevokeSession(citizen, { userId: 'u1' }), true);
  assert.equal(canRevokeSession(citizen, { userId: 'u2' }), false);
  assert.equal(canRevokeSession(admin, { userId: 'u2' }), false, 'not even an administrator');
  assert.equal(canRevokeSession(null, { userId: 'u1' }), false);
  assert.equal(canRevokeApiToken(citizen, { userId: 'u1' }), true);
  assert.equal(canRevokeApiToken(citizen, { userId: 'u2' }), false);
  assert.equal(canRevokeApiToken(null, { userId: 'u1' }), false);
});

test('tokens are issued from a browser session, not by another token', () => {
  assert.equal(canIssueApiToken(citizen), true);
  assert.equal(canIssueApiToken(actor(['citizen'], { via: 'token' })), false);
  assert.equal(canIssueApiToken(null), false);
});

test('a new confirmation link only for an unconfirmed address', () => {
  assert.equal(canResendConfirmation(actor(['citizen'], { emailConfirmed: false })), true);
  assert.equal(canResendConfirmation(citizen), false);
  assert.equal(canResendConfirmation(null), false);
});

test('disabled accounts cannot sign in', () => {
  assert.deepEqual(canSignIn({ disabledAt: null }), { ok: true });
  assert.deepEqual(canSignIn({ disabledAt: new Date() }), { ok: false, reason: 'disabled' });
});

test('administrators grant global roles only', () => {
  assert.deepEqual(canGrantRole(admin, 'expert'), { ok: true });
  assert.deepEqual(canGrantRole(admin, 'administrator'), { ok: true });
  assert.deepEqual(canGrantRole(admin, 'official'), { ok: false, reason: 'not_global_role' });
  assert.deepEqual(canGrantRole(admin, 'ngo_representative'), { ok: false, reason: 'not_global_role' });
  assert.deepEqual(canGrantRole(admin, 'superuser'), { ok: false, reason: 'not_global_role' });
  assert.deepEqual(canGrantRole(citizen, 'expert'), { ok: false, reason: 'forbidden' });
  assert.deepEqual(canGrantRole(actor(['moderator']), 'expert'), { ok: false, reason: 'forbidden' });
  assert.deepEqual(canGrantRole(null, 'expert'), { ok: false, reason: 'forbidden' });
});

test('an administrator cannot drop their own administrator role', () => {
  assert.deepEqual(canRevokeRole(admin, { id: 'u1' }, 'administrator'), { ok: false, reason: 'own_admin_role' });
  assert.deepEqual(canRevokeRole(admin, { id: 'u1' }, 'citizen'), { ok: true });
  assert.deepEqual(canRevokeRole(admin, { id: 'u2' }, 'administrator'), { ok: true });
  assert.deepEqual(canRevokeRole(citizen, { id: 'u2' }, 'expert'), { ok: false, reason: 'forbidden' });
});

test('memberships are added by administrators', () => {
  assert.deepEqual(canAddMembership(admin), { ok: true });
  assert.deepEqual(canAddMembership(citizen), { ok: false, reason: 'forbidden' });
  assert.deepEqual(canAddMembership(null), { ok: false, reason: 'forbidden' });
});
