import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../reference/index.ts';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { addMembership, createUser, grantRole, issueTokenFor } from './index.ts';

// The account page's tokens, GET /api/v1/me, user administration, and the functions the CLI calls.
let t: TestApp;
let bodyId: string;
before(async () => {
  t = await testApp({ rateLimit: false });
  // The reference state bodies are loaded by the migrations.
  const b = await t.db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow();
  bodyId = b.id;
});
after(() => t.close());

const signedIn = async (roles: ('citizen' | 'administrator' | 'moderator')[] = ['citizen'], name?: string) => {
  const u = await makeUser(t.db, { roles, name });
  const c = new Client(t.app);
  await signInAs(c, t.db, u.id);
  return { u, c };
};
const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers });

test('a personal access token: created and shown once, used with Bearer, revoked, then 401', async () => {
  const { u, c } = await signedIn(['citizen'], 'Токен Иесі');
  let r = await c.get('/en/account');
  assert.match(r.body, /You have no tokens/);
  r = await c.post('/en/account/tokens', { name: '' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /<title>Error: Your account — Qogam<\/title>/);
  assert.match(r.body, /href="#f-name"/);

  r = await c.post('/en/account/tokens', { name: 'Reports script' });
  assert.equal(r.statusCode, 200);
  const token = /(qgm_[A-Za-z0-9_-]+)/.exec(r.body)?.[1];
  assert.ok(token, 'the token is shown');
  assert.match(r.body, /it will not be shown again/);

  r = await c.get('/en/account');
  assert.ok(!r.body.includes(token), 'and never again');
  assert.match(r.body, /Reports script/);
  assert.match(r.body, new RegExp(`<code>${token.slice(0, 8)}…</code>`));

  r = await me({ authorization: `Bearer ${token}` });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.id, u.id);
  assert.equal(body.name, 'Токен Иесі');
  assert.equal(body.email, u.email);
  assert.deepEqual(body.roles, ['citizen']);
  assert.deepEqual(body.organizations, []);
  r = await c.get('/en/account');
  assert.doesNotMatch(r.body, /<td>Never<\/td>/, 'last use is recorded');

  const row = await t.db
    .selectFrom('api_tokens')
    .select(['id', 'token_hash'])
    .where('user_id', '=', u.id)
    .executeTakeFirstOrThrow();
  assert.notEqual(row.token_hash, token, 'only the hash is stored');
  // A stranger cannot revoke it.
  const stranger = await signedIn();
  await stranger.c.get('/en/account');
  r = await stranger.c.post('/en/account/tokens/revoke', { id: row.id });
  assert.equal(r.statusCode, 404);
  assert.equal((await me({ authorization: `Bearer ${token}` })).statusCode, 200);

  r = await c.post('/en/account/tokens/revoke', { id: row.id });
  assert.equal(r.statusCode, 303);
  r = await me({ authorization: `Bearer ${token}` });
  assert.equal(r.statusCode, 401);
  assert.equal(r.json().error, 'invalid_token');
  const audit = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', row.id)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['api_token.issued', 'api_token.revoked'],
  );
});

test('GET /api/v1/me: with a session, 401 without; documented in OpenAPI', async () => {
  const { u, c } = await signedIn();
  let r = await me({ cookie: `qsid=${c.cookies.get('qsid')}` });
  assert.equal(r.statusCode, 200);
  assert.equal(r.json().id, u.id);
  r = await me({});
  assert.equal(r.statusCode, 401);
  assert.equal(r.json().error, 'unauthenticated');
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const op = doc.paths['/api/v1/me'].get;
  assert.deepEqual(op.tags, ['accounts']);
  assert.ok(op.responses['200'].content['application/json'].schema.properties.stateBodies);
});

test('an administrator finds a user, grants a role; audit entry by the admin', async () => {
  const { u: admin, c } = await signedIn(['citizen', 'administrator'], 'Әсел Әкімші');
  const target = await makeUser(t.db, { name: 'Гүлнар Сарапшы', email: 'expert-to-be@example.kz' });
  let r = await c.get('/kk/admin/users?q=EXPERT-TO');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Гүлнар Сарапшы/);
  assert.match(r.body, /Табылған пайдаланушылар: 1/);
  r = await c.get('/kk/admin/users?q=%25');
  assert.match(r.body, /Табылған пайдаланушылар: 0/, 'a % is searched for, not a wildcard');

  r = await c.get(`/kk/admin/users/${target.id}`);
  assert.equal(r.statusCode, 200);
  r = await c.post(`/kk/admin/users/${target.id}/roles/grant`, { role: '' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /Рөлді таңдаңыз/);
  r = await c.post(`/kk/admin/users/${target.id}/roles/grant`, { role: 'official' });
  assert.equal(r.statusCode, 400, 'official follows from memberships');
  r = await c.post(`/kk/admin/users/${target.id}/roles/grant`, { role: 'expert' });
  assert.equal(r.statusCode, 303);
  const row = await t.db.selectFrom('users').select('roles').where('id', '=', target.id).executeTakeFirstOrThrow();
  assert.deepEqual(row.roles, ['citizen', 'expert']);
  const audit = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', target.id)
    .where('action', '=', 'user.role_granted')
    .executeTakeFirstOrThrow();
  assert.equal(audit.actor_id, admin.id);
  assert.equal(audit.actor_name, 'Әсел Әкімші');
  assert.deepEqual(audit.data, { role: 'expert' });

  r = await c.get(`/kk/admin/users/${target.id}`);
  assert.match(r.body, /Рөл берілді/);
  r = await c.post(`/kk/admin/users/${target.id}/roles/revoke`, { role: 'expert' });
  assert.equal(r.statusCode, 303);
  assert.equal(
    (
      await t.db
        .selectFrom('audit_log')
        .select('id')
        .where('entity_id', '=', target.id)
        .where('action', '=', 'user.role_revoked')
        .execute()
    ).length,
    1,
  );

  r = await c.post(`/kk/admin/users/${admin.id}/roles/revoke`, { role: 'administrator' });
  assert.equal(r.statusCode, 403, 'no administrator drops their own role');
  assert.equal((await c.get('/kk/admin/users/not-a-uuid')).statusCode, 404);
  assert.equal((await c.get('/kk/admin/users/00000000-0000-4000-8000-000000000000')).statusCode, 404);
});

test('an administrator makes someone an official of a state body; the account page names it', async () => {
  const { c } = await signedIn(['administrator']);
  const target = await makeUser(t.db, { name: 'Динара Ахметова' });
  await c.get(`/ru/admin/users/${target.id}`);
  let r = await c.post(`/ru/admin/users/${target.id}/memberships`, { stateBodyId: bodyId });
  assert.equal(r.statusCode, 303);
  r = await c.post(`/ru/admin/users/${target.id}/memberships`, { stateBodyId: bodyId });
  assert.equal(r.statusCode, 400, 'the form no longer offers it; a replay is refused');
  const m = await t.db.selectFrom('memberships').selectAll().where('user_id', '=', target.id).execute();
  assert.deepEqual(
    m.map((x) => [x.org_type, x.org_id]),
    [['state_body', bodyId]],
  );
  assert.ok(
    await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', target.id)
      .where('action', '=', 'user.membership_added')
      .executeTakeFirst(),
  );

  const official = new Client(t.app);
  await signInAs(official, t.db, target.id);
  r = await official.get('/ru/account');
  assert.match(r.body, /Министерство информации и общественного развития/);
  assert.match(r.body, /Сотрудник государственного органа/);
});

test('the account page names all the roles a person has', async () => {
  const { c } = await signedIn(['citizen', 'moderator', 'administrator']);
  const r = await c.get('/en/account');
  assert.match(r.body, /Citizen, Moderator, Administrator/);
});

test('a non-administrator gets 403 on the administration of users', async () => {
  const { c } = await signedIn(['citizen', 'moderator']);
  assert.equal((await c.get('/kk/admin/users')).statusCode, 403);
  const anonymous = await new Client(t.app).get('/kk/admin/users');
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /reason=required/);
});

test('the CLI functions: create, grant, member, token; audited with no actor', async () => {
  const created = await createUser(t.db, {
    email: 'CLI@Example.kz',
    name: 'Оператор',
    password: 'a long password',
    roles: ['citizen', 'grant_operator'],
    confirmed: true,
  });
  assert.ok(created.ok);
  assert.equal(created.value.email, 'cli@example.kz');
  const audit = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', created.value.id)
    .where('action', '=', 'user.created')
    .executeTakeFirstOrThrow();
  assert.equal(audit.actor_id, null);

  assert.deepEqual(await createUser(t.db, { email: 'cli@example.kz', name: 'Again', password: 'a long password' }), {
    ok: false,
    reason: 'email_taken',
    field: 'email',
  });
  assert.equal(
    ((await createUser(t.db, { email: 'short@example.kz', name: 'Short', password: 'short' })) as { reason?: string })
      .reason,
    'password_too_short',
  );
  assert.equal(
    (
      (await createUser(t.db, {
        email: 'x@example.kz',
        name: 'X',
        password: 'a long password',
        roles: ['official'],
      })) as { reason?: string }
    ).reason,
    'not_global_role',
  );

  assert.deepEqual(await grantRole(t.db, 'cli@example.kz', 'expert'), { ok: true, value: undefined });
  assert.deepEqual(await grantRole(t.db, 'cli@example.kz', 'expert'), { ok: true, value: undefined }, 'twice is fine');
  assert.equal(
    ((await grantRole(t.db, 'nobody@example.kz', 'expert')) as { reason?: string }).reason,
    'user_not_found',
  );

  const bin = generateBin(7);
  assert.deepEqual(await addMembership(t.db, 'cli@example.kz', 'organization', bin), { ok: true, value: undefined });
  assert.deepEqual(
    await addMembership(t.db, 'cli@example.kz', 'state_body', 'mip'),
    { ok: true, value: undefined },
    'a state body by its code',
  );
  assert.equal(
    ((await addMembership(t.db, 'cli@example.kz', 'organization', '123')) as { reason?: string }).reason,
    'bin_invalid',
  );
  assert.equal(
    ((await addMembership(t.db, 'cli@example.kz', 'state_body', 'nowhere')) as { reason?: string }).reason,
    'state_body_not_found',
  );

  const token = await issueTokenFor(t.db, 'cli@example.kz', 'CI');
  assert.ok(token.ok);
  const r = await me({ authorization: `Bearer ${token.value}`, 'accept-language': 'en' });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.deepEqual(body.roles.sort(), ['citizen', 'expert', 'grant_operator', 'ngo_representative', 'official']);
  assert.deepEqual(body.organizations, [{ bin }]);
  assert.deepEqual(body.stateBodies, [
    { id: bodyId, code: 'mip', name: 'Ministry of Information and Social Development of the Republic of Kazakhstan' },
  ]);

  const page = new Client(t.app);
  await signInAs(page, t.db, created.value.id);
  const html = (await page.get('/kk/account')).body;
  assert.match(html, new RegExp(`href="/kk/registry/${bin}"`));
  assert.match(html, /Ақпарат және қоғамдық даму министрлігі/);
});
