/**
 * One key per purpose (issue 16, finding 1): the CSRF machinery is not a signing oracle for the
 * payment webhook, each purpose has its own key derived from QOGAM_SECRET with HKDF, a CSRF token is
 * bound to a cookie the server issued (and to the session), and production refuses a weak secret.
 */
import assert from 'node:assert/strict';
import { createHmac, hkdfSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { almatyDate } from '../../src/reference/index.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { iinHash } from '../../src/modules/petitions/commands/sign.ts';
import { insertOrg, actorOf } from '../../src/modules/volunteering/testing.ts';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let pid = '';
const today = almatyDate(new Date());
const loc = (res: { headers: Record<string, unknown> }) => String(res.headers.location ?? '');
const tokenOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
const donations = async () => (await t.db.selectFrom('charity_donations').selectAll().execute()).length;
const notify = (payload: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/payments/dev/notify', payload });

before(async () => {
  t = await testApp();
  const bin = await insertOrg(t.db);
  const rep = await actorOf(t.db, { organizations: [bin] });
  const organiser = new Client(t.app);
  await signInAs(organiser, t.db, rep.id);
  const created = await organiser.post('/ru/charity/new', {
    bin,
    title: 'Компьютеры для школы',
    purpose: 'Сельская школа',
    area: 'education-science-sport',
    goal: '2 000 000',
    startsOn: today,
    endsOn: today,
    iban: 'KZ86 125K ZT50 0410 0100',
    bank: 'Halyk Bank',
  });
  assert.equal(created.statusCode, 303);
  const campaignId = loc(created).split('/').pop()!;
  // A donor starts a payment and never pays: a pending payment with the provider.
  const started = await new Client(t.app).post(`/kk/charity/${campaignId}/donate`, {
    amount: '5 000',
    name: '',
    anonymous: 'on',
  });
  pid = loc(started).split('/').pop()!;
  assert.match(pid, /^dev_[0-9a-f]+$/);
});
after(() => t.close());

describe('the CSRF cookie is not a signing oracle', () => {
  test('a cookie set to a payment notice yields no webhook signature, and no donation is recorded', async () => {
    const attacker = new Client(t.app);
    attacker.cookies.set('qcsrf', `${pid}:confirmed:k1`);
    const page = await attacker.get('/kk/login');
    const token = tokenOf(page.body);
    assert.ok(token, 'the sign-in form carries a token');
    const r = await notify({ paymentId: pid, status: 'confirmed', idempotencyKey: 'k1', signature: token });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error, 'bad_signature');
    assert.equal(await donations(), 0, 'nobody paid, nothing is recorded');
    assert.notEqual(
      attacker.cookies.get('qcsrf'),
      `${pid}:confirmed:k1`,
      'a cookie the server did not issue is replaced',
    );
  });

  test('the configured secret itself no longer signs a webhook', async () => {
    const raw = createHmac('sha256', t.app.config.secret).update(`${pid}:confirmed:k2`).digest('base64url');
    const r = await notify({ paymentId: pid, status: 'confirmed', idempotencyKey: 'k2', signature: raw });
    assert.equal(r.statusCode, 400);
    assert.equal(await donations(), 0);
  });

  test("a notice signed with the development provider's own key (HKDF, purpose webhook.dev) is accepted", async () => {
    const key = Buffer.from(hkdfSync('sha256', t.app.config.secret, 'qogam.keys', 'qogam/v1/webhook.dev', 32));
    const signature = createHmac('sha256', key).update(`${pid}:confirmed:k3`).digest('base64url');
    const r = await notify({ paymentId: pid, status: 'confirmed', idempotencyKey: 'k3', signature });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { outcome: 'donated' });
    assert.equal(await donations(), 1);
  });
});

describe('CSRF tokens', () => {
  test('an anonymous form works with the token of its page (no JavaScript involved)', async () => {
    const c = new Client(t.app);
    const page = await c.get('/en/login');
    const r = await c.post(
      '/en/login',
      { _csrf: tokenOf(page.body), email: 'nobody@example.kz', password: 'x' },
      {
        csrf: false,
      },
    );
    assert.equal(r.statusCode, 400, 'past the CSRF check, to the form answer');
  });

  test("a token is bound to its session: another person's token is refused", async () => {
    const a = new Client(t.app);
    const b = new Client(t.app);
    await signInAs(a, t.db, (await makeUser(t.db)).id);
    await signInAs(b, t.db, (await makeUser(t.db)).id);
    const aToken = tokenOf((await a.get('/en')).body);
    // b's browser is given a's CSRF cookie too (a cookie planted from a sibling domain), still refused.
    b.cookies.set('qcsrf', a.cookies.get('qcsrf')!);
    const r = await b.post('/en/logout', { _csrf: aToken }, { csrf: false });
    assert.equal(r.statusCode, 403);
    assert.match(r.body, /This form has expired/);
    const own = await a.post('/en/logout', { _csrf: aToken }, { csrf: false });
    assert.equal(own.statusCode, 303);
  });

  test('a form of the old scheme (a cookie the server did not sign) gets the CSRF page, and the next one works', async () => {
    const c = new Client(t.app);
    await signInAs(c, t.db, (await makeUser(t.db)).id);
    c.cookies.set('qcsrf', 'AAAAAAAAAAAAAAAAAAAAAAAA');
    const old = createHmac('sha256', t.app.config.secret).update('AAAAAAAAAAAAAAAAAAAAAAAA').digest('base64url');
    const r = await c.post('/en/logout', { _csrf: old }, { csrf: false });
    assert.equal(r.statusCode, 403);
    assert.match(r.body, /This form has expired/);
    const again = tokenOf((await c.get('/en')).body);
    assert.equal((await c.post('/en/logout', { _csrf: again }, { csrf: false })).statusCode, 303);
  });
});

describe('the secret in production', () => {
  const prod = (secret?: string) => () =>
    loadConfig({
      NODE_ENV: 'production',
      BASE_URL: 'https://qogam.example',
      ...(secret ? { QOGAM_SECRET: secret } : {}),
    });

  test('no QOGAM_SECRET: the start is refused with a message naming it', () => {
    assert.throws(prod(), /QOGAM_SECRET/);
  });

  test('a short or low-entropy secret is refused; 32 random bytes are accepted', () => {
    assert.throws(prod('secret'), /QOGAM_SECRET.*32/);
    assert.throws(prod('a'.repeat(64)), /QOGAM_SECRET/);
    assert.throws(prod('abababababababababababababababababababab'), /QOGAM_SECRET/);
    assert.throws(prod('qogam-development-secret-not-for-production'), /QOGAM_SECRET/);
    assert.equal(prod('k3P9vQ2xL7mN4rT8wY1zB6cF0hJ5sD2gA9eU3iO7pXq=')().production, true);
  });
});

describe('the IIN hash keeps its key ("v1")', () => {
  test('one IIN gives the same hash as before the keys were separated, so stored signatures match', () => {
    const before = createHmac('sha256', 'a secret of an existing deployment')
      .update('petitions.iin:880101300123')
      .digest('hex');
    assert.equal(iinHash('a secret of an existing deployment', '880101300123'), before);
  });
});
