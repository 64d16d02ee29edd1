/**
 * The module kit on its own: a small app with the platform's request context and one module's
 * declarations (the registry's words), over the real test database. What a user sees for each
 * outcome of a form, the multipart CSRF rule, and the command's transaction and audit guard.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PUBLIC } from '../../src/platform/authz/index.ts';
import { depsFrom } from '../../src/platform/commands.ts';
import { requestContext } from '../../src/platform/http/context.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import { commandsFor, FormPage, MessagePage, ok, routesFor } from '../../src/platform/kit/index.ts';
import { Client, testApp, type TestApp } from '../helpers/app.ts';

const KNOWN = '5b0f2c1e-7a51-4d0e-9a57-1f8f2f3b8a11';
const { command, fail } = commandsFor({
  not_found: 'not_found',
  duplicate_bin: 'conflict',
  not_pending: 'conflict',
  not_moderator: 'forbidden',
});

/** Keeps a draft row: a real write, so the transaction and its audit entry can be checked. */
const keep = command({
  run: async ({ trx, audit }, input: { id: string; name: string; audited: boolean }) => {
    if (input.name === 'taken') return fail('duplicate_bin', 'name');
    if (input.name === 'late') return fail('not_pending');
    if (input.name === 'several') return { ...fail('duplicate_bin'), fields: { name: 'duplicate_bin' } };
    if (input.name === 'secret') return fail('not_moderator');
    await trx
      .insertInto('form_drafts')
      .values({ id: input.id, path: '/kit', payload: JSON.stringify({ name: input.name }), expires_at: new Date() })
      .execute();
    if (input.audited) await audit({ action: 'kit.kept', entityType: 'draft', entityId: input.id });
    return ok({ id: input.id });
  },
});

let t: TestApp;
let app: FastifyInstance;
before(async () => {
  t = await testApp();
  app = Fastify({ logger: false });
  app.decorate('config', t.app.config);
  app.decorate('db', t.db);
  app.decorate('jobs', t.app.jobs);
  await app.register(cookie);
  await app.register(formbody);
  await app.register(multipart);
  await app.register(requestContext);
  const { form } = routesFor('registry');
  const view = (
    _: unknown,
    { values, errors }: { values: Record<string, unknown>; errors: Record<string, string> },
  ) => (
    <FormPage
      title="Thing"
      action="/kit/things"
      fields={[{ kind: 'text', name: 'name', label: 'Name', required: true }]}
      values={values as Record<string, string>}
      errors={errors}
      submit="Save"
    />
  );
  form(app, {
    path: '/kit/things/:id',
    policy: PUBLIC,
    params: z.object({ id: z.uuid() }),
    load: async (_req, { id }) => (id === KNOWN ? ok(id) : fail('not_found')),
    schema: z.object({ name: z.string().trim().min(1, 'errors.required') }),
    view,
    submit: (req, _id, data) =>
      keep(depsFrom(req), { id: crypto.randomUUID(), name: data.name, audited: data.name !== 'unaudited' }),
    done: () => ({ to: '/kit/done', flash: 'registry.flash.saved' }),
  });
  form(app, {
    path: '/kit/upload',
    policy: PUBLIC,
    files: [{ name: 'document', accept: ['application/pdf'] }],
    schema: z.object({ name: z.string().min(1, 'errors.required') }),
    view,
    submit: async (_req, _l, _data, files) => (files.document ? ok(files.document.filename) : fail('not_pending')),
    done: (_r, _l, name) => ({ to: `/kit/done?file=${encodeURIComponent(name)}` }),
  });
  // The additions the accounts port needed: a GET that sends the reader on, a refusal page of
  // the module's own, an address sent as it is, and a form answered with a page.
  const { page: kitPage } = routesFor('registry');
  kitPage(app, {
    path: '/kit/away',
    policy: PUBLIC,
    load: async (req) => ({ to: (req.query as Record<string, string>).to }),
    redirect: (_req, l) => (l.to ? { to: l.to, external: true, flash: 'registry.flash.saved' } : undefined),
    render: () => <MessagePage title="Here" message="Stayed" />,
  });
  kitPage(app, {
    path: '/kit/gone',
    policy: PUBLIC,
    load: async () => fail('not_pending'),
    refusal: (_req, f) => ({ view: <MessagePage title="Gone" message={f.reason} />, status: 410 }),
    render: () => <MessagePage title="Never" message="shown" />,
  });
  form(app, {
    path: '/kit/secret',
    policy: PUBLIC,
    get: false,
    schema: z.object({ name: z.string().min(1, 'errors.required') }),
    view,
    submit: async (_req, _l, data) => ok(data.name),
    done: (_r, _l, name) => <MessagePage title="Once" message={`secret-${name}`} />,
  });
  await app.ready();
});
after(async () => {
  await app.close();
  await t.close();
});

const en = translator('en');
const url = `/en/kit/things/${KNOWN}`;

describe('a form declared with the kit', () => {
  test('a parameter that does not parse, or nothing by that address, is a 404 page', async () => {
    const c = new Client(app);
    assert.equal((await c.get('/en/kit/things/not-a-uuid')).statusCode, 404);
    const r = await c.get('/en/kit/things/6f0c1e2a-0000-4000-8000-000000000000');
    assert.equal(r.statusCode, 404);
    assert.match(r.body, /<h1>/);
  });

  test('invalid input: 400, the summary above the h1 with a link to the field, the message next to it', async () => {
    const c = new Client(app);
    const r = await c.post(url, { name: '  ' });
    assert.equal(r.statusCode, 400);
    assert.ok(r.body.indexOf('class="error-summary"') < r.body.indexOf('<h1>'), 'summary above the h1');
    assert.match(r.body, /<div role="alert">/);
    assert.match(r.body, /href="#f-name"/);
    assert.match(r.body, /id="f-name-error"/);
    assert.match(r.body, /<title>Error: Thing/);
  });

  test("a command's failure with a field is shown next to that field, the typed value kept", async () => {
    const c = new Client(app);
    const r = await c.post(url, { name: 'taken' });
    assert.equal(r.statusCode, 400);
    assert.ok(r.body.includes(en('registry.errors.duplicate_bin')));
    assert.match(r.body, /id="f-name-error"/);
    assert.match(r.body, /value="taken"/);
  });

  test('a failure naming several fields shows each message next to its field, with the status of its kind', async () => {
    const c = new Client(app);
    const r = await c.post(url, { name: 'several' });
    assert.equal(r.statusCode, 409);
    assert.ok(r.body.includes(en('registry.errors.duplicate_bin')));
    assert.match(r.body, /id="f-name-error"/);
    assert.match(r.body, /value="several"/);
  });

  test('a conflict without a field is told above the form with 409, nothing typed is lost', async () => {
    const c = new Client(app);
    const r = await c.post(url, { name: 'late' });
    assert.equal(r.statusCode, 409);
    assert.ok(r.body.includes(en('registry.deny.not_pending')));
    assert.match(r.body, /value="late"/);
    assert.match(r.body, /<form/);
  });

  test('a refusal is a page of its own with the status of its kind', async () => {
    const r = await new Client(app).post(url, { name: 'secret' });
    assert.equal(r.statusCode, 403);
    assert.ok(r.body.includes(en('registry.deny.not_moderator')));
    assert.doesNotMatch(r.body, /<form method="post"/);
  });

  test('success: flash and 303, the row and a private audit entry committed together', async () => {
    const c = new Client(app);
    const r = await c.post(url, { name: 'Айгерім' });
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/en/kit/done');
    assert.equal(c.cookies.get('qflash'), 'registry.flash.saved');
    const row = await t.db
      .selectFrom('form_drafts')
      .select(['id', 'payload'])
      .where('path', '=', '/kit')
      .executeTakeFirstOrThrow();
    const entry = await t.db
      .selectFrom('audit_log')
      .select(['action', 'is_public'])
      .where('entity_id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(entry, { action: 'kit.kept', is_public: false });
  });

  test('a command that writes without an audit entry fails, and its write is rolled back', async () => {
    const before = await t.db.selectFrom('form_drafts').select('id').where('path', '=', '/kit').execute();
    const r = await new Client(app).post(url, { name: 'unaudited' });
    assert.equal(r.statusCode, 500);
    const now = await t.db.selectFrom('form_drafts').select('id').where('path', '=', '/kit').execute();
    assert.equal(now.length, before.length);
  });
});

describe('multipart bodies and the CSRF token', () => {
  const pdf = { field: 'document', filename: 'устав.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4\n') };

  test('a form that declares files reads them and checks the token', async () => {
    const c = new Client(app);
    const r = await c.postMultipart('/en/kit/upload', { name: 'Устав' }, [pdf]);
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, `/en/kit/done?file=${encodeURIComponent(pdf.filename)}`);
  });

  test('without the token (or with a wrong one) the same upload is refused', async () => {
    const c = new Client(app);
    await c.get('/en/kit/upload');
    c.csrf = 'forged';
    const r = await c.postMultipart('/en/kit/upload', { name: 'Устав' }, [pdf]);
    assert.equal(r.statusCode, 403);
  });

  test('a file of a type not accepted is a message next to its field', async () => {
    const c = new Client(app);
    const r = await c.postMultipart('/en/kit/upload', { name: 'Устав' }, [{ ...pdf, mime: 'text/html' }]);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /href="#f-document"/);
  });

  test('a route that declares no files refuses a multipart body, even one with a valid token', async () => {
    const c = new Client(app);
    const r = await c.postMultipart(url, { name: 'Айгерім' }, []);
    assert.equal(r.statusCode, 403);
    assert.ok(r.body.includes(en('errors.csrfTitle')));
  });
});

describe('what a route may declare beyond a form', () => {
  test('a GET may send the reader on, to an address kept as it is, with a flash', async () => {
    const c = new Client(app);
    const r = await c.get('/en/kit/away?to=%2Fru%2Fregistry%3Fq%3Dx');
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/ru/registry?q=x');
    assert.equal(c.cookies.get('qflash'), 'registry.flash.saved');
    assert.equal((await c.get('/en/kit/away')).statusCode, 200);
  });

  test("a refusal may be a page of the module's own, with its own status", async () => {
    const r = await new Client(app).get('/en/kit/gone');
    assert.equal(r.statusCode, 410);
    assert.match(r.body, /<h1>Gone<\/h1>/);
  });

  test('a form may answer with a page instead of a redirect (a secret shown once)', async () => {
    const r = await new Client(app).post('/en/kit/secret', { name: 'abc' });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /secret-abc/);
  });
});
