import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, testApp, type TestApp } from '../helpers/app.ts';

// Rate limits are on by default (testApp keeps the configuration's rateLimit: true).
let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test("the 11th sign-in attempt within a minute gets 429, on a page in the reader's language", async () => {
  const c = new Client(t.app);
  await c.get('/kk/login');
  for (let i = 1; i <= 10; i++) {
    const r = await c.post('/kk/login', { email: 'guess@example.kz', password: `guess number ${i}` });
    assert.equal(r.statusCode, 400, `attempt ${i}`);
  }
  let r = await c.post('/kk/login', { email: 'guess@example.kz', password: 'guess number 11' });
  assert.equal(r.statusCode, 429);
  assert.match(r.headers['content-type'] as string, /text\/html/);
  assert.match(r.body, /Әрекет тым жиі қайталанды/);
  r = await c.post('/ru/login', { email: 'guess@example.kz', password: 'guess number 12' });
  assert.equal(r.statusCode, 429);
  assert.match(r.body, /<html lang="ru"/);
});

test('registration is limited too', async () => {
  const c = new Client(t.app);
  await c.get('/en/register');
  let last = 0;
  for (let i = 1; i <= 11; i++)
    last = (await c.post('/en/register', { name: '', email: '', password: '', passwordConfirm: '' })).statusCode;
  assert.equal(last, 429);
});
