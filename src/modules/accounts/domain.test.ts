import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROLES } from '../../platform/auth/actor.ts';
import { EMAIL_TOKEN_LIFETIME_MS, emailTokenStatus, GLOBAL_ROLES, withRole } from './domain.ts';
import { describeUserAgent } from './presenters.ts';

const now = new Date('2026-03-01T10:00:00Z');
const inAMinute = new Date(now.getTime() + 60_000);
const aMinuteAgo = new Date(now.getTime() - 60_000);

test('e-mailed links: valid, expired, used, unknown, wrong purpose', () => {
  assert.equal(emailTokenStatus({ purpose: 'reset', expires_at: inAMinute, used_at: null }, 'reset', now), 'valid');
  assert.equal(emailTokenStatus({ purpose: 'reset', expires_at: aMinuteAgo, used_at: null }, 'reset', now), 'expired');
  assert.equal(
    emailTokenStatus({ purpose: 'reset', expires_at: now, used_at: null }, 'reset', now),
    'expired',
    'the expiry instant itself is too late',
  );
  assert.equal(
    emailTokenStatus({ purpose: 'reset', expires_at: inAMinute, used_at: aMinuteAgo }, 'reset', now),
    'invalid',
  );
  assert.equal(emailTokenStatus(undefined, 'confirm', now), 'invalid');
  assert.equal(
    emailTokenStatus({ purpose: 'confirm', expires_at: inAMinute, used_at: null }, 'reset', now),
    'invalid',
    'a confirmation link cannot reset a password',
  );
});

test('link lifetimes: confirmation 48 hours, reset 1 hour', () => {
  assert.equal(EMAIL_TOKEN_LIFETIME_MS.confirm, 48 * 3_600_000);
  assert.equal(EMAIL_TOKEN_LIFETIME_MS.reset, 3_600_000);
});

test('granting and revoking roles keeps one canonical order and no duplicates', () => {
  assert.deepEqual(withRole(['expert', 'citizen'], 'administrator', 'grant'), ['citizen', 'expert', 'administrator']);
  assert.deepEqual(withRole(['citizen', 'expert'], 'expert', 'grant'), ['citizen', 'expert']);
  assert.deepEqual(withRole(['citizen', 'expert'], 'expert', 'revoke'), ['citizen']);
  assert.deepEqual(withRole(['citizen'], 'moderator', 'revoke'), ['citizen']);
});

test('global roles are the platform roles minus those that follow from memberships', () => {
  assert.deepEqual(
    [...GLOBAL_ROLES].sort(),
    ROLES.filter((r) => r !== 'ngo_representative' && r !== 'official').sort(),
  );
});

test('devices are named from the User-Agent', () => {
  assert.equal(
    describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0'),
    'Firefox, Windows',
  );
  assert.equal(
    describeUserAgent(
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
    ),
    'Chrome, Android',
  );
  assert.equal(
    describeUserAgent(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    ),
    'Safari, iOS',
  );
  assert.equal(describeUserAgent(null), null);
  assert.equal(describeUserAgent('lightmyrequest'), 'lightmyrequest');
});

test('every text of the module exists in kk, ru and en, including every role and failure reason', () => {
  const cats = Object.fromEntries(
    ['kk', 'ru', 'en'].map((l) => [
      l,
      JSON.parse(readFileSync(new URL(`./locales/${l}.json`, import.meta.url), 'utf8')),
    ]),
  );
  const keys = new Set(Object.values(cats).flatMap((c) => Object.keys(c)));
  const reasons = [
    'email_taken',
    'invalid_credentials',
    'disabled',
    'own_admin_role',
    'forbidden',
    'already_member',
    'state_body_not_found',
    'not_global_role',
    'user_not_found',
    'bin_invalid',
    'password_too_short',
    'email_invalid',
    'name_required',
  ];
  const needed = [
    ...ROLES.map((r) => `accounts.roles.${r}`),
    ...reasons.map((r) => `accounts.errors.${r}`),
    'accounts.mail.confirm.body',
    'accounts.mail.reset.body',
  ];
  for (const k of needed) keys.add(k);
  for (const [l, cat] of Object.entries(cats)) {
    for (const k of keys) {
      assert.ok(k.startsWith('accounts.'), `${k} is prefixed with the module name`);
      assert.equal(typeof cat[k], 'string', `${l}.json has ${k}`);
      assert.ok(cat[k].trim().length > 0, `${l}.json ${k} is not empty`);
    }
  }
  for (const l of ['kk', 'ru', 'en'])
    assert.ok(cats[l]['accounts.mail.confirm.body'].includes('{link}'), `${l} confirmation mail carries the link`);
});
