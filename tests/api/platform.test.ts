import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => t.close());

describe('languages', () => {
  test('/ redirects by Accept-Language, Kazakh by default', async () => {
    const c = new Client(t.app);
    assert.equal((await c.get('/')).headers.location, '/kk');
    c.headers['accept-language'] = 'ru-RU,ru;q=0.9,en;q=0.8';
    assert.equal((await c.get('/')).headers.location, '/ru');
    c.headers['accept-language'] = 'de-DE, en;q=0.5';
    assert.equal((await c.get('/')).headers.location, '/en');
    c.headers['accept-language'] = 'fr';
    assert.equal((await c.get('/')).headers.location, '/kk');
  });

  test('each language sets <html lang> and its own text, and links to the other two', async () => {
    const c = new Client(t.app);
    const kk = await c.get('/kk');
    assert.match(kk.body, /<html lang="kk">/);
    assert.match(kk.body, /ҮЕҰ тізілімі/);
    assert.match(kk.body, /href="\/ru"/);
    const ru = await c.get('/ru/open-data');
    assert.match(ru.body, /<html lang="ru">/);
    assert.match(ru.body, /Открытые данные/);
    assert.match(ru.body, /href="\/en\/open-data"/);
    const en = await c.get('/en');
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /Skip to main content/);
  });

  test('unknown pages are 404 in the reader language; unknown API paths are JSON', async () => {
    const c = new Client(t.app);
    const r = await c.get('/ru/no-such-page');
    assert.equal(r.statusCode, 404);
    assert.match(r.body, /Страница не найдена/);
    const a = await c.get('/api/v1/no-such-thing?lang=en');
    assert.equal(a.statusCode, 404);
    assert.equal(a.json().error, 'not_found');
    assert.match(a.json().message, /does not exist/);
  });
});

describe('security', () => {
  test('pages carry security headers and a request id', async () => {
    const r = await new Client(t.app).get('/kk');
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.ok(r.headers['x-request-id']);
  });

  test('a form post without a valid CSRF token is refused with a page in the reader language', async () => {
    const c = new Client(t.app);
    const u = await makeUser(t.db);
    await signInAs(c, t.db, u.id);
    const noToken = await c.post('/en/logout', {}, { csrf: false });
    assert.equal(noToken.statusCode, 403);
    assert.match(noToken.body, /This form has expired/);
    const forged = await c.post('/en/logout', { _csrf: 'forged' }, { csrf: false });
    assert.equal(forged.statusCode, 403);
  });

  test('a staff page needs the role: visitor is sent to sign in, citizen is refused', async () => {
    const c = new Client(t.app);
    const r = await c.get('/kk/admin/audit');
    assert.equal(r.statusCode, 303);
    assert.match(String(r.headers.location), /^\/kk\/login\?returnTo=%2Fkk%2Fadmin%2Faudit&reason=required$/);
    const u = await makeUser(t.db, { roles: ['citizen'] });
    await signInAs(c, t.db, u.id);
    assert.equal((await c.get('/kk/admin/audit')).statusCode, 403);
  });

  test('an administrator reads the audit log', async () => {
    const c = new Client(t.app);
    const u = await makeUser(t.db, { roles: ['administrator'], name: 'Админ Тестов' });
    await t.db
      .insertInto('audit_log')
      .values({ action: 'test.thing', entity_type: 'test', entity_id: 'x1', actor_name: 'Админ Тестов' })
      .execute();
    await signInAs(c, t.db, u.id);
    const r = await c.get('/en/admin/audit');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /test\.thing/);
  });

  test('an expired session on a protected page leads to sign-in with the reason', async () => {
    const c = new Client(t.app);
    const u = await makeUser(t.db, { roles: ['administrator'] });
    await signInAs(c, t.db, u.id);
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', u.id)
      .execute();
    const r = await c.get('/ru/admin/audit');
    assert.equal(r.statusCode, 303);
    assert.match(String(r.headers.location), /reason=expired/);
  });

  test('a wrong Bearer token is a 401 JSON error', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { authorization: 'Bearer nope' },
    });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().error, 'invalid_token');
  });
});

describe('operations', () => {
  test('health, readiness and metrics', async () => {
    const c = new Client(t.app);
    assert.deepEqual((await c.get('/healthz')).json(), { status: 'ok' });
    const ready = (await c.get('/readyz')).json();
    assert.equal(ready.status, 'ready');
    const m = await c.get('/metrics');
    assert.match(m.body, /http_request_duration_seconds_bucket/);
    assert.match(m.body, /process_cpu_user_seconds_total/);
  });

  test('OpenAPI 3.1 document is served', async () => {
    const doc = (await new Client(t.app).get('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'Qogam API');
  });

  test('every route declares its policy', () => {
    // Routes of third-party plugins (static files, the Swagger UI) serve no data of ours.
    const exempt = (url: string) => url.startsWith('/static/') || url.startsWith('/api/docs');
    const missing = t.app.routeTable.filter((r) => !exempt(r.url) && !r.policy).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(missing, []);
    assert.ok(t.app.routeTable.length > 10);
  });
});
