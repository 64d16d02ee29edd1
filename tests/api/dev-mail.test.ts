/**
 * The development mailbox (issue 16, finding 3): in a demo reachable from outside, nobody reads
 * another person's mail (reset links). An administrator sees all of it, a signed-in person their
 * own, a developer on loopback outside production all of it, anyone else nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { queueMail } from '../../src/platform/mail/index.ts';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let citizen: { id: string; email: string };
let ids: { own: number; other: number };
const OUTSIDE = { remoteAddress: '203.0.113.7' };

/** A client whose requests come from another machine (not loopback). */
function remote() {
  const c = new Client(t.app);
  c.remoteAddress = OUTSIDE.remoteAddress;
  return c;
}

before(async () => {
  t = await testApp();
  citizen = await makeUser(t.db, { email: 'own@example.kz' });
  await queueMail(t.db, t.app.jobs, {
    to: 'own@example.kz',
    subject: 'Your own reset link',
    text: 'https://x/reset/own',
  });
  await queueMail(t.db, t.app.jobs, {
    to: 'victim@example.kz',
    subject: 'Someone else reset link',
    text: 'https://x/reset/victim',
  });
  const rows = await t.db.selectFrom('mail_outbox').select(['id', 'to_address']).execute();
  ids = {
    own: rows.find((r) => r.to_address === 'own@example.kz')!.id,
    other: rows.find((r) => r.to_address === 'victim@example.kz')!.id,
  };
});
after(() => t.close());

describe('the development mailbox in a demo reachable from outside', () => {
  test('anonymous: the mailbox and a mail are not there (404), no link is shown', async () => {
    const c = remote();
    for (const url of ['/en/dev/mail', `/en/dev/mail/${ids.other}`]) {
      const r = await c.get(url);
      assert.equal(r.statusCode, 404, url);
      assert.doesNotMatch(r.body, /reset\/victim|Someone else/);
    }
    assert.doesNotMatch((await c.get('/en')).body, /Developer mailbox/, 'the footer offers no mailbox');
  });

  test('a proxy in front of a loopback server does not make its visitors local', async () => {
    const c = new Client(t.app, { 'x-forwarded-for': '203.0.113.7' });
    assert.equal((await c.get('/en/dev/mail')).statusCode, 404);
  });

  test('a citizen sees only mail to their own address', async () => {
    const c = remote();
    await signInAs(c, t.db, citizen.id);
    const list = await c.get('/en/dev/mail');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Your own reset link/);
    assert.doesNotMatch(list.body, /Someone else|victim@example\.kz/);
    assert.match(list.body, /Only the mail sent to your own address is shown/);
    assert.match(list.body, /Developer mailbox/, 'the footer links to it');
    const own = await c.get(`/en/dev/mail/${ids.own}`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /reset\/own/);
    const other = await c.get(`/en/dev/mail/${ids.other}`);
    assert.equal(other.statusCode, 404);
    assert.doesNotMatch(other.body, /reset\/victim/);
  });

  test('an administrator sees every mail', async () => {
    const c = remote();
    await signInAs(c, t.db, (await makeUser(t.db, { roles: ['administrator'] })).id);
    const list = await c.get('/en/dev/mail');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Your own reset link/);
    assert.match(list.body, /Someone else reset link/);
    assert.match((await c.get(`/en/dev/mail/${ids.other}`)).body, /reset\/victim/);
  });
});

describe('on a developer machine', () => {
  test('outside production, loopback without a proxy sees every mail, signed in or not', async () => {
    const r = await new Client(t.app).get('/en/dev/mail');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Someone else reset link/);
  });

  test('in production (a public demo) loopback is not trusted', async () => {
    const prod = await testApp({ production: true, secret: 'k3P9vQ2xL7mN4rT8wY1zB6cF0hJ5sD2gA9eU3iO7pXq=' });
    try {
      assert.equal((await new Client(prod.app).get('/en/dev/mail')).statusCode, 404);
    } finally {
      await prod.close();
    }
  });
});
