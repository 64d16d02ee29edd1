import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../src/reference/index.ts';
import { assertAccessible, textOf } from '../../src/modules/registry/testing.ts';
import { socialListYear } from '../../src/modules/registry/domain.ts';
import { insertMembership } from '../../src/modules/accounts/index.ts';
import { insertOrganization } from '../../src/modules/registry/repository/index.ts';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let moderator: Client;
let rep: Client;
const BIN = generateBin(8080, '1903');
const MAX = 100 * 1024; // the upload limit of this test app: 0.1 MB
const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 0x20)]);

before(async () => {
  t = await testApp({ maxUploadBytes: MAX });
  const db = t.db;
  await insertOrganization(db, {
    bin: BIN,
    name_kk: '«Шұғыла» қоғамдық бірлестігі',
    name_ru: 'Общественное объединение «Шугыла»',
    name_en: null,
    short_name: null,
    legal_form: 'public-association',
    region: 'pavlodar',
    settlement: 'Павлодар',
    areas: ['culture'],
    founded_on: '2019-03-05',
    status: 'active',
    verification: 'pending',
    website: null,
    email: null,
    phone: null,
    address: null,
    description: null,
    leaders: [],
    founders: [{ name: 'Гүлнар Исаева' }],
    registered_by: null,
  });
  const repUser = await makeUser(t.db, { name: 'Гүлнар Исаева' });
  await insertMembership(db, { userId: repUser.id, orgType: 'organization', orgId: BIN });
  rep = new Client(t.app);
  await signInAs(rep, t.db, repUser.id);
  moderator = new Client(t.app);
  await signInAs(
    moderator,
    t.db,
    (await makeUser(t.db, { name: 'Марат Жұмабеков', roles: ['citizen', 'moderator'] })).id,
  );
});
after(() => t.close());

describe('moderation of the registry', () => {
  test('the queue is for staff only; pending profiles come first', async () => {
    const citizen = new Client(t.app);
    await signInAs(citizen, t.db, (await makeUser(t.db)).id);
    assert.equal((await citizen.get('/kk/admin/registry')).statusCode, 403);
    assert.equal((await citizen.get(`/kk/admin/registry/${BIN}/evidence`)).statusCode, 403);
    const r = await moderator.get('/en/admin/registry');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, new RegExp(`<a href="/en/admin/registry/${BIN}">Шугыла|«Шұғыла»`));
    assert.match(r.body, /Awaiting verification/);
    assertAccessible(r.body, 'queue');
    assert.equal((await moderator.get('/en/admin/registry?state=bogus&page=x')).statusCode, 200);
  });

  test('the review page shows the data to check and the decision form', async () => {
    const r = await moderator.get(`/ru/admin/registry/${BIN}`);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /enctype="multipart\/form-data"/);
    assert.match(r.body, /Гүлнар Исаева/);
    assertAccessible(r.body, 'review');
  });

  test('an oversized document is a message on the file field, not an error page; nothing is decided', async () => {
    await moderator.get(`/en/admin/registry/${BIN}`);
    const r = await moderator.postMultipart(`/en/admin/registry/${BIN}/decision`, { decision: 'verify', reason: '' }, [
      { field: 'document', filename: 'устав.pdf', mime: 'application/pdf', data: pdf(MAX + 10_000) },
    ]);
    assert.equal(r.statusCode, 400);
    assert.equal(textOf(r.body, 'f-document-error'), 'Error: The file is too large: at most 0.1 MB.');
    assert.match(r.body, /value="verify" checked/, 'the chosen decision is kept');
    const org = await t.db
      .selectFrom('organizations')
      .select('verification')
      .where('bin', '=', BIN)
      .executeTakeFirstOrThrow();
    assert.equal(org.verification, 'pending');
  });

  test('a wrong file type, a refusal without reason, a bad token: each refused', async () => {
    const wrongType = await moderator.postMultipart(`/en/admin/registry/${BIN}/decision`, { decision: 'verify' }, [
      { field: 'document', filename: 'notes.txt', mime: 'text/plain', data: Buffer.from('hello') },
    ]);
    assert.equal(wrongType.statusCode, 400);
    assert.match(textOf(wrongType.body, 'f-document-error') ?? '', /file type is not accepted/);
    const noReason = await moderator.postMultipart(
      `/en/admin/registry/${BIN}/decision`,
      { decision: 'refuse', reason: ' ' },
      [],
    );
    assert.equal(noReason.statusCode, 400);
    assert.match(textOf(noReason.body, 'f-reason-error') ?? '', /reason/);
    const saved = moderator.csrf;
    moderator.csrf = 'forged';
    const forged = await moderator.postMultipart(`/en/admin/registry/${BIN}/decision`, { decision: 'verify' }, []);
    moderator.csrf = saved;
    assert.equal(forged.statusCode, 403);
  });

  test('verifying: a public audit entry, shown on the profile; the evidence stays with staff', async () => {
    const doc = pdf(2000);
    const r = await moderator.postMultipart(`/en/admin/registry/${BIN}/decision`, { decision: 'verify', reason: '' }, [
      { field: 'document', filename: 'certificate.pdf', mime: 'application/pdf', data: doc },
    ]);
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/en/admin/registry');
    assert.match((await moderator.get('/en/admin/registry')).body, /The organisation is verified/);

    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', BIN)
      .where('action', '=', 'registry.verification.verified')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0].is_public, true);
    assert.equal(audit[0].actor_name, 'Марат Жұмабеков');

    const profile = await new Client(t.app).get(`/en/registry/${BIN}`);
    assert.match(profile.body, /class="tag tag-green">Verified</);
    assert.match(
      profile.body,
      /<caption>Public decisions on this organisation<\/caption>[\s\S]*<td>Verified<\/td>[\s\S]*Марат Жұмабеков/,
    );
    assert.doesNotMatch(profile.body, /certificate\.pdf/);

    const evidence = await moderator.get(`/en/admin/registry/${BIN}/evidence`);
    assert.equal(evidence.statusCode, 200);
    assert.equal(evidence.headers['content-type'], 'application/pdf');
    assert.deepEqual(evidence.rawPayload, doc);

    const again = await moderator.postMultipart(
      `/en/admin/registry/${BIN}/decision`,
      { decision: 'refuse', reason: 'x' },
      [],
    );
    assert.equal(again.statusCode, 409);
  });

  test('the commission decides on a social enterprise; the yearly register lists it', async () => {
    await rep.get(`/en/registry/${BIN}/social-enterprise`);
    assert.equal(
      (
        await rep.post(`/en/registry/${BIN}/social-enterprise`, {
          category: '4',
          activities: 'Мәдени орталық',
          employeesTotal: '6',
          employeesVulnerable: '',
        })
      ).statusCode,
      303,
    );
    const page = await moderator.get(`/en/admin/registry/${BIN}`);
    assert.match(page.body, /Commission’s decision|Commission's decision/);
    const action = /action="(\/en\/admin\/registry\/\d+\/social-enterprise\/\d+)"/.exec(page.body)?.[1];
    assert.ok(action);
    const noReason = await moderator.post(action!, { seDecision: 'refuse', seReason: '' });
    assert.equal(noReason.statusCode, 400);
    assert.ok(textOf(noReason.body, 'f-seReason-error'));
    const other = await moderator.post(action!.replace(BIN, generateBin(1)), { seDecision: 'approve' });
    assert.equal(other.statusCode, 404);
    const ok = await moderator.post(action!, { seDecision: 'approve', seReason: '' });
    assert.equal(ok.statusCode, 303);
    const year = socialListYear(new Date());
    const list = await new Client(t.app).get(`/en/registry/social-entrepreneurs?year=${year}`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`href="/en/registry/${BIN}"`));
    const profile = await new Client(t.app).get(`/en/registry/${BIN}`);
    assert.match(profile.body, /Social entrepreneur/);
    assert.match(profile.body, /Included in the register of social entrepreneurs/);
  });
});
