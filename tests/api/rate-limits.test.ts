import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../src/platform/auth/sessions.ts';
import { hashPassword } from '../../src/platform/auth/password.ts';
import { trustedProxies } from '../../src/platform/config/index.ts';
import { RULES } from '../../src/platform/http/rateLimits.ts';
import { buildApp } from '../../src/server.ts';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../helpers/app.ts';

// Production mode, as the finding of issue 16 was made: trustProxy used to be on there.
let t: TestApp;
let proxied: TestApp;
const secret = randomBytes(32).toString('hex');
before(async () => {
  t = await testApp({ production: true, secret });
  proxied = await testApp({ production: true, secret, trustedProxies: ['10.0.0.0/8'] });
});
after(async () => {
  await t.close();
  await proxied.close();
});

const PASSWORD = 'the right password 2026';

async function account(app: FastifyInstance) {
  const u = await makeUser(app.db);
  await app.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD) })
    .where('id', '=', u.id)
    .execute();
  return u;
}

/** A client whose requests arrive from `remoteAddress` (the socket peer), with these headers. */
function from(app: FastifyInstance, remoteAddress: string, headers: Record<string, string> = {}) {
  const c = new Client(app, headers);
  c.remoteAddress = remoteAddress;
  return c;
}

const signIn = (c: Client, email: string, password: string, xff?: string) => {
  if (xff) c.headers['x-forwarded-for'] = xff;
  return c.post('/en/login', { email, password });
};

test('without a trusted proxy, X-Forwarded-For changes nothing: the 11th guess gets 429, then the right password too', async () => {
  const u = await account(t.app);
  const c = from(t.app, '203.0.113.7');
  const codes: number[] = [];
  for (let i = 1; i <= 13; i++) codes.push((await signIn(c, u.email, `guess ${i}`, `198.51.100.${i}`)).statusCode);
  assert.deepEqual(codes.slice(0, 10), Array(10).fill(400));
  assert.deepEqual(codes.slice(10), [429, 429, 429]);
  const right = await signIn(c, u.email, PASSWORD, '198.51.100.200');
  assert.equal(right.statusCode, 429);
  assert.doesNotMatch(String(right.headers['set-cookie'] ?? ''), new RegExp(`${SESSION_COOKIE}=[^;]`));
  assert.equal(c.cookies.has(SESSION_COOKIE), false);
});

test('behind a trusted proxy the client address from X-Forwarded-For is counted, and a client may not claim another', async () => {
  const u = await account(proxied.app);
  // Through the proxy: each client address has its own count.
  const viaProxy = from(proxied.app, '10.1.2.3');
  for (let i = 1; i <= 10; i++)
    assert.equal((await signIn(viaProxy, u.email, `guess ${i}`, '198.51.100.1')).statusCode, 400);
  assert.equal((await signIn(viaProxy, u.email, 'guess 11', '198.51.100.1')).statusCode, 429);
  const other = await signIn(viaProxy, u.email, PASSWORD, '198.51.100.2');
  assert.equal(other.statusCode, 303, 'another client behind the proxy signs in');
  // Straight to the server, not from the proxy: the header is the client's claim and is ignored.
  const direct = from(proxied.app, '203.0.113.9');
  const codes: number[] = [];
  for (let i = 1; i <= 11; i++)
    codes.push((await signIn(direct, u.email, `guess ${i}`, `198.51.100.${50 + i}`)).statusCode);
  assert.equal(codes[10], 429);
});

test('two instances on one database share the count, and the store holds it', async () => {
  const second = await buildApp(t.app.config, t.app.database, { logger: false });
  await second.ready();
  try {
    const u = await account(t.app);
    const a = from(t.app, '203.0.113.20');
    const b = from(second, '203.0.113.20');
    for (let i = 1; i <= 5; i++) {
      assert.equal((await signIn(a, u.email, `guess a${i}`)).statusCode, 400);
      assert.equal((await signIn(b, u.email, `guess b${i}`)).statusCode, 400);
    }
    assert.equal((await signIn(a, u.email, PASSWORD)).statusCode, 429);
    assert.equal((await signIn(b, u.email, PASSWORD)).statusCode, 429);
    const row = await t.db
      .selectFrom('rate_limits')
      .select(['hits', 'window_start', 'expires_at'])
      .where('key', 'like', 'signIn|ip:203.0.113.20%')
      .executeTakeFirstOrThrow();
    assert.equal(row.hits, 12);
    assert.equal(row.expires_at.getTime() - row.window_start.getTime(), 60_000);
  } finally {
    await second.close();
  }
});

test("429 carries Retry-After and a page in the reader's language", async () => {
  const c = from(t.app, '203.0.113.30');
  for (let i = 1; i <= 10; i++) await c.post('/ru/login', { email: 'x@example.kz', password: `guess ${i}` });
  const ru = await c.post('/ru/login', { email: 'x@example.kz', password: 'guess 11' });
  assert.equal(ru.statusCode, 429);
  const wait = Number(ru.headers['retry-after']);
  assert.ok(wait >= 1 && wait <= 60, `Retry-After ${ru.headers['retry-after']}`);
  assert.match(ru.headers['content-type'] as string, /text\/html/);
  assert.match(ru.body, /<html lang="ru"/);
  assert.match(ru.body, /<h1>Слишком много попыток<\/h1>/);
  assert.match(ru.body, /Повторите через 1 минуту\./);
  const kk = await c.post('/kk/login', { email: 'x@example.kz', password: 'guess 12' });
  assert.match(kk.body, /Тым көп әрекет/);
  assert.match(kk.body, /1 минуттан кейін қайталаңыз/);
});

test('on /api a 429 is problem JSON with Retry-After; signing is limited per address', async () => {
  const c = from(t.app, '203.0.113.40');
  const post = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/initiatives/00000000-0000-4000-8000-000000000000/signatures',
      remoteAddress: '203.0.113.40',
      headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
      payload: '{}',
    });
  let r = await post();
  for (let i = 2; i <= 60; i++) r = await post();
  assert.notEqual(r.statusCode, 429);
  r = await post();
  assert.equal(r.statusCode, 429);
  assert.ok(Number(r.headers['retry-after']) > 0);
  assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
  const body = r.json();
  assert.equal(body.status, 429);
  assert.equal(body.error, 'rate_limited');
  assert.equal(body.title, 'Слишком много попыток');
  assert.equal(body.retryAfter, Number(r.headers['retry-after']));
  // The page and the API share the signer's bucket.
  const page = await c.post('/ru/initiatives/00000000-0000-4000-8000-000000000000/sign', {});
  assert.equal(page.statusCode, 429);
});

test('every anonymous write has a limit; a signed-in person is not held to the anonymous one', async () => {
  const anon = from(t.app, '203.0.113.50');
  let last = 0;
  for (let i = 1; i <= 61; i++) last = (await anon.post('/en/logout', {})).statusCode;
  assert.equal(last, 429);
  // Another anonymous write from the same address shares the bucket.
  assert.equal((await anon.post('/en/registry/new', { name: 'x' })).statusCode, 429);
  const person = from(t.app, '203.0.113.50');
  const u = await makeUser(t.db);
  await signInAs(person, t.db, u.id);
  assert.notEqual((await person.post('/en/registry/new', { name: 'x' })).statusCode, 429);
});

test('every rule of the limits table names a route of the app', async () => {
  const table = t.app.routeTable.filter((r) => [r.method].flat().some((m) => m !== 'GET' && m !== 'HEAD'));
  for (const rule of RULES)
    assert.ok(
      table.some((r) => r.url === rule.url && [r.method].flat().includes(rule.method)),
      `${rule.method} ${rule.url} is not a route`,
    );
  assert.ok(table.length > 50);
});

test('QOGAM_TRUSTED_PROXIES: addresses, ranges and names; anything else stops the start', () => {
  assert.deepEqual(trustedProxies(undefined), []);
  assert.deepEqual(trustedProxies(' 10.0.0.1, 192.168.0.0/16,::1,fd00::/8 ,loopback'), [
    '10.0.0.1',
    '192.168.0.0/16',
    '::1',
    'fd00::/8',
    'loopback',
  ]);
  for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.kz', '10.0.0.1/8/2'])
    assert.throws(() => trustedProxies(bad), /QOGAM_TRUSTED_PROXIES/);
});
