import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import { canAdopt, canAdvanceForum, canCreateForum, canPlan, canPropose, canReport, canSupport } from './policy.ts';

const person = (o: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'Ерлан',
  email: 'e@example.kz',
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...o,
});
const MIP = 'mip-id';
const forum = (status: 'planned' | 'open' | 'deliberation' | 'concluded') => ({ organiser_body_id: MIP, status });

test('the organiser (officials of the organising body) and moderators run a forum', () => {
  assert.equal(canCreateForum(person({ stateBodies: [MIP] }), MIP).ok, true);
  assert.deepEqual(canCreateForum(person(), MIP), { ok: false, reason: 'not_organiser' });
  assert.equal(canCreateForum(person({ roles: ['citizen', 'moderator'] }), MIP).ok, true);
  assert.equal(canAdvanceForum(person({ stateBodies: [MIP] }), forum('open')).ok, true);
  assert.deepEqual(canAdvanceForum(person({ stateBodies: ['other'] }), forum('open')), {
    ok: false,
    reason: 'not_organiser',
  });
  assert.deepEqual(canAdvanceForum(person({ stateBodies: [MIP] }), forum('concluded')), {
    ok: false,
    reason: 'concluded',
  });
});

test('participants propose and support once, not their own, while the forum is open', () => {
  assert.equal(canPropose(person(), forum('open')).ok, true);
  assert.deepEqual(canPropose(person(), forum('deliberation')), { ok: false, reason: 'not_open' });
  assert.deepEqual(canPropose(null, forum('open')), { ok: false, reason: 'sign_in' });
  assert.equal(canSupport(person(), forum('open'), { author_id: 'u2' }, { supported: false }).ok, true);
  assert.deepEqual(canSupport(person(), forum('open'), { author_id: 'u1' }, { supported: false }), {
    ok: false,
    reason: 'own_proposal',
  });
  assert.deepEqual(canSupport(person(), forum('open'), { author_id: 'u2' }, { supported: true }), {
    ok: false,
    reason: 'already_supported',
  });
});

test('recommendations are adopted in deliberation; the plan is drawn up once concluded', () => {
  const org = person({ stateBodies: [MIP] });
  assert.equal(canAdopt(org, forum('deliberation')).ok, true);
  assert.deepEqual(canAdopt(org, forum('open')), { ok: false, reason: 'not_deliberating' });
  assert.deepEqual(canAdopt(person(), forum('deliberation')), { ok: false, reason: 'not_organiser' });
  assert.equal(canPlan(org, forum('concluded')).ok, true);
  assert.deepEqual(canPlan(org, forum('deliberation')), { ok: false, reason: 'not_concluded' });
});

test('the responsible body (or the organiser) reports on an open item', () => {
  const item = (status: 'planned' | 'in_progress' | 'done' | 'cancelled') => ({
    responsible_body_id: 'akimat',
    status,
  });
  assert.equal(
    canReport(person({ stateBodies: ['akimat'] }), item('in_progress'), { organiser_body_id: MIP }).ok,
    true,
  );
  assert.equal(canReport(person({ stateBodies: [MIP] }), item('planned'), { organiser_body_id: MIP }).ok, true);
  assert.deepEqual(canReport(person(), item('planned'), { organiser_body_id: MIP }), {
    ok: false,
    reason: 'not_responsible',
  });
  assert.deepEqual(canReport(person({ stateBodies: ['akimat'] }), item('done'), { organiser_body_id: MIP }), {
    ok: false,
    reason: 'item_closed',
  });
});
