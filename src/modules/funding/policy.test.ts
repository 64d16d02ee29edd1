import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import { canActForOrg, canDeclare, canScore, canSeeApplication, managesBody } from './policy.ts';

const actor = (over: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'Тест',
  email: 't@x.kz',
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});
const mip = { id: 'b-mip', code: 'mip' };
const cscs = { id: 'b-cscs', code: 'cscs' };

test('officials manage their own body; the grant operator manages cscs', () => {
  assert.equal(managesBody(actor({ stateBodies: ['b-mip'] }), mip), true);
  assert.equal(managesBody(actor({ stateBodies: ['b-mip'] }), cscs), false);
  assert.equal(managesBody(actor({ roles: ['grant_operator'] }), cscs), true);
  assert.equal(managesBody(actor({ roles: ['grant_operator'] }), mip), false);
  assert.equal(managesBody(null, mip), false);
});

test('an NGO representative acts only for their organisation', () => {
  assert.equal(canActForOrg(actor({ organizations: ['120640933475'] }), '120640933475').ok, true);
  assert.deepEqual(canActForOrg(actor(), '120640933475'), { ok: false, reason: 'notYourOrganization' });
});

test('a conflicted expert cannot score; nor one who has not declared, nor one off the panel', () => {
  const expert = actor({ roles: ['citizen', 'expert'] });
  const base = {
    callStatus: 'review',
    appStatus: 'admitted',
    onPanel: true,
    declaration: { kinds: [] as string[] },
    alreadyScored: false,
  };
  assert.equal(canScore(expert, base).ok, true);
  assert.deepEqual(canScore(expert, { ...base, declaration: { kinds: ['family'] } }), {
    ok: false,
    reason: 'conflicted',
  });
  assert.deepEqual(canScore(expert, { ...base, declaration: null }), { ok: false, reason: 'declareFirst' });
  assert.deepEqual(canScore(expert, { ...base, onPanel: false }), { ok: false, reason: 'notOnPanel' });
  assert.deepEqual(canScore(expert, { ...base, alreadyScored: true }), { ok: false, reason: 'alreadyScored' });
  assert.deepEqual(canScore(expert, { ...base, callStatus: 'decided' }), { ok: false, reason: 'notUnderReview' });
  assert.deepEqual(canScore(actor(), base), { ok: false, reason: 'notExpert' });
  assert.deepEqual(canDeclare(expert, { callStatus: 'review', appStatus: 'admitted', onPanel: true, declared: true }), {
    ok: false,
    reason: 'alreadyDeclared',
  });
});

test('applications are public after the decision; before it, to the applicant, the body and the panel', () => {
  const app = { bin: '120640933475', status: 'submitted' };
  assert.equal(canSeeApplication(null, app, { status: 'review' }, false, false), false);
  assert.equal(canSeeApplication(null, app, { status: 'decided' }, false, false), true);
  assert.equal(
    canSeeApplication(actor({ organizations: ['120640933475'] }), app, { status: 'review' }, false, false),
    true,
  );
  assert.equal(canSeeApplication(actor(), app, { status: 'review' }, false, true), true);
  assert.equal(
    canSeeApplication(null, { ...app, status: 'draft' }, { status: 'decided' }, false, false),
    false,
    'drafts stay private',
  );
});
