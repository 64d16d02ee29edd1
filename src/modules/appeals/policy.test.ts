import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import { canPublishAppeal, canRateAppeal, canSubmitAppeal, canViewAppeal, canWorkAppeal } from './policy.ts';

const person = (id: string, stateBodies: string[] = []): Actor => ({
  id,
  name: id,
  email: `${id}@x.kz`,
  roles: ['citizen'],
  organizations: [],
  stateBodies,
  emailConfirmed: true,
  via: 'session',
});
const author = person('author');
const official = person('official', ['body-1']);
const elsewhere = person('elsewhere', ['body-2']);
const moderator = { ...person('moderator'), roles: ['citizen', 'moderator'] } as Actor;
const appeal = {
  citizen_id: 'author',
  state_body_id: 'body-1',
  status: 'answered' as const,
  publish_consent: true,
  published_at: null,
};

test('submitting needs a signed-in person', () => {
  assert.equal(canSubmitAppeal(null).ok, false);
  assert.equal(canSubmitAppeal(author).ok, true);
});

test('the full appeal is for its author and the officials of the body handling it, nobody else', () => {
  assert.equal(canViewAppeal(author, appeal).ok, true);
  assert.equal(canViewAppeal(official, appeal).ok, true);
  assert.equal(canViewAppeal(elsewhere, appeal).ok, false);
  assert.equal(canViewAppeal(moderator, appeal).ok, false, 'personal data: not even staff');
  assert.equal(canViewAppeal(null, appeal).ok, false);
});

test('work on an appeal: officials of its body only', () => {
  assert.equal(canWorkAppeal(official, appeal).ok, true);
  assert.equal(canWorkAppeal(elsewhere, appeal).ok, false);
  assert.equal(canWorkAppeal(author, appeal).ok, false);
});

test('rating: the author, once the answer is there and not yet rated', () => {
  assert.equal(canRateAppeal(author, appeal).ok, true);
  assert.equal(canRateAppeal(official, appeal).ok, false);
  assert.equal(canRateAppeal(author, { ...appeal, status: 'in_progress' }).ok, false);
  assert.equal(canRateAppeal(author, { ...appeal, status: 'rated' }).ok, false);
});

test('publication: an official, with the author’s consent, after the answer', () => {
  assert.equal(canPublishAppeal(official, appeal).ok, true);
  assert.equal(canPublishAppeal(official, { ...appeal, status: 'rated' }).ok, true);
  assert.deepEqual(canPublishAppeal(official, { ...appeal, publish_consent: false }), {
    ok: false,
    reason: 'no_consent',
  });
  assert.deepEqual(canPublishAppeal(official, { ...appeal, status: 'registered' }), {
    ok: false,
    reason: 'not_answered',
  });
  assert.deepEqual(canPublishAppeal(author, appeal), { ok: false, reason: 'not_official' });
});
