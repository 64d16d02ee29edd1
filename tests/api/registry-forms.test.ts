import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../src/reference/index.ts';
import { assertAccessible, textOf } from '../../src/modules/registry/testing.ts';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let rep: Client;
const BIN = generateBin(55501, '1504');
const form = {
  bin: BIN,
  nameKk: '«Жарқын болашақ» қоғамдық қоры',
  nameRu: 'Общественный фонд «Жаркын болашак»',
  nameEn: '',
  legalForm: 'public-foundation',
  region: 'karaganda',
  settlement: 'Теміртау',
  areas: ['youth', 'education-science-sport'],
  foundedOn: '2015-04-23',
  website: 'zharkyn.kz',
  email: 'info@zharkyn.kz',
  phone: '+7 701 111 22 33',
  address: '',
  description: 'Балаларға арналған үйірмелер',
  leaders: 'Сәуле Қасымова; Төраға',
  founders: 'Сәуле Қасымова\nМарат Омаров',
};

before(async () => {
  t = await testApp();
  rep = new Client(t.app);
  await signInAs(rep, t.db, (await makeUser(t.db, { name: 'Сәуле Қасымова' })).id);
});
after(() => t.close());

describe('registering an organisation', () => {
  test('needs a signed-in person', async () => {
    const r = await new Client(t.app).get('/kk/registry/new');
    assert.equal(r.statusCode, 303);
    assert.match(r.headers.location as string, /^\/kk\/login\?returnTo=/);
  });

  test('the form is accessible in every language', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const r = await rep.get(`/${lang}/registry/new`);
      assert.equal(r.statusCode, 200);
      assertAccessible(r.body, `register ${lang}`);
    }
  });

  test('a malformed BIN: 400, the message next to the field, everything typed kept', async () => {
    const r = await rep.post('/en/registry/new', { ...form, bin: '12345' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /<title>Error: Register an organisation — Qogam<\/title>/);
    assert.equal(textOf(r.body, 'f-bin-error'), 'Error: Enter the BIN as 12 digits');
    assert.match(r.body, /href="#f-bin"/);
    assert.match(r.body, /value="12345"/);
    assert.match(r.body, /value="«Жарқын болашақ» қоғамдық қоры"/);
    assert.match(r.body, /value="education-science-sport" checked/);
    assert.match(r.body, /Сәуле Қасымова; Төраға<\/textarea>/);
    assertAccessible(r.body, 'register with errors');
    const wrong = await rep.post('/en/registry/new', { ...form, bin: BIN.slice(0, 11) + ((Number(BIN[11]) + 1) % 10) });
    assert.equal(wrong.statusCode, 400);
    assert.match(textOf(wrong.body, 'f-bin-error') ?? '', /wrong check digit/);
  });

  test('other fields: required names, an area, a date not in the future', async () => {
    const r = await rep.post('/ru/registry/new', { ...form, nameRu: '', areas: undefined, foundedOn: '2099-01-01' });
    assert.equal(r.statusCode, 400);
    assert.ok(textOf(r.body, 'f-nameRu-error'));
    assert.match(textOf(r.body, 'f-areas-error') ?? '', /хотя бы одну/);
    assert.match(textOf(r.body, 'f-foundedOn-error') ?? '', /в будущем/);
  });

  test('a form without the CSRF token is refused', async () => {
    const r = await rep.post('/en/registry/new', form, { csrf: false });
    assert.equal(r.statusCode, 403);
  });

  test('success: pending profile, the registering person represents it, a message after the redirect', async () => {
    const r = await rep.post('/en/registry/new', form);
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, `/en/registry/${BIN}`);
    const p = await rep.get(r.headers.location as string);
    assert.equal(p.statusCode, 200);
    assert.match(p.body, /The organisation is registered/);
    assert.match(p.body, /Awaiting verification/);
    assert.match(p.body, new RegExp(`href="/en/registry/${BIN}/edit"`));
    assert.match(p.body, /https:\/\/zharkyn.kz\//);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', BIN).execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['registry.organization.registered'],
    );
  });

  test('the same BIN again: the message on the BIN field links to the existing profile', async () => {
    const other = new Client(t.app);
    await signInAs(other, t.db, (await makeUser(t.db)).id);
    await other.get('/kk/registry/new'); // like a browser: the form page gives the CSRF token
    const r = await other.post('/kk/registry/new', form);
    assert.equal(r.statusCode, 400);
    assert.match(textOf(r.body, 'f-bin-error') ?? '', /тізілімде бар/);
    assert.match(r.body, new RegExp(`<a href="/kk/registry/${BIN}">`));
    const edit = await other.get(`/kk/registry/${BIN}/edit`);
    assert.equal(edit.statusCode, 403);
  });
});

describe("a representative's work", () => {
  test('editing the profile records the change in the public history', async () => {
    const page = await rep.get(`/en/registry/${BIN}/edit`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="\+7 701 111 22 33"/);
    assertAccessible(page.body, 'edit');
    const { bin: _bin, ...profile } = form;
    const r = await rep.post(`/en/registry/${BIN}/edit`, { ...profile, phone: '+7 702 999 00 11' });
    assert.equal(r.statusCode, 303);
    const p = await rep.get(`/en/registry/${BIN}`);
    assert.match(p.body, /The changes are saved/);
    assert.match(p.body, /<strong>Phone<\/strong>: \+7 701 111 22 33 → \+7 702 999 00 11/);
    const bad = await rep.post(`/en/registry/${BIN}/edit`, { ...profile, email: 'not-an-email' });
    assert.equal(bad.statusCode, 400);
    assert.ok(textOf(bad.body, 'f-email-error'));
  });

  test('the annual report: money checked to the tiyn, filed once, late after 31 March', async () => {
    const page = await rep.get(`/en/registry/${BIN}/reports/new?year=2025`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Due by 31 March 2026/);
    assertAccessible(page.body, 'report form');
    const fields = {
      activities: 'Кружки для детей',
      membersCount: '15',
      foundersCount: '2',
      property: '',
      beneficiaries: '240',
      staff: '3',
      volunteers: '12',
    };
    const bad = await rep.post(`/en/registry/${BIN}/reports/new?year=2025`, {
      ...fields,
      income_grants: '-100',
      income_donations: '12,345',
      spending_salaries: 'много',
      staff: '2.5',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(textOf(bad.body, 'f-income_grants-error') ?? '', /negative/);
    assert.match(textOf(bad.body, 'f-income_donations-error') ?? '', /2 digits/);
    assert.match(textOf(bad.body, 'f-spending_salaries-error') ?? '', /amount in tenge/);
    assert.match(textOf(bad.body, 'f-staff-error') ?? '', /whole number/);
    assert.match(bad.body, /value="много"/);
    const ok = await rep.post(`/en/registry/${BIN}/reports/new?year=2025`, {
      ...fields,
      income_grants: '1 500 000,50',
      spending_programmes: '1200000',
    });
    assert.equal(ok.statusCode, 303);
    const p = await rep.get(`/en/registry/${BIN}`);
    assert.match(p.body, /The annual report is filed \(after the deadline\)/);
    assert.match(p.body, /Filed late/);
    const row = await t.db.selectFrom('annual_reports').selectAll().where('bin', '=', BIN).executeTakeFirstOrThrow();
    assert.equal(row.data.income.grants, 150_000_050);
    assert.equal(row.income_total, 150_000_050);
    const again = await rep.get(`/en/registry/${BIN}/reports/new?year=2025`);
    assert.equal(again.statusCode, 409);
    assert.equal((await rep.get(`/en/registry/${BIN}/reports/new?year=abc`)).statusCode, 400);
    assert.equal((await rep.get(`/en/registry/${BIN}/reports/new?year=2031`)).statusCode, 400);
  });

  test('applying to the register of social entrepreneurs', async () => {
    const page = await rep.get(`/ru/registry/${BIN}/social-enterprise`);
    assert.equal(page.statusCode, 200);
    assertAccessible(page.body, 'social form');
    const bad = await rep.post(`/ru/registry/${BIN}/social-enterprise`, {
      activities: 'Швейный цех',
      employeesTotal: '8',
      employeesVulnerable: '9',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(textOf(bad.body, 'f-category-error'));
    const ok = await rep.post(`/ru/registry/${BIN}/social-enterprise`, {
      category: '1',
      activities: 'Швейный цех',
      employeesTotal: '8',
      employeesVulnerable: '5',
    });
    assert.equal(ok.statusCode, 303);
    const p = await rep.get(`/ru/registry/${BIN}`);
    assert.match(p.body, /Заявка отправлена в комиссию/);
    assert.match(p.body, /На рассмотрении/);
    assert.equal((await rep.get(`/ru/registry/${BIN}/social-enterprise`)).statusCode, 409);
  });
});

describe('a session that expires while the form is being filled in', () => {
  test('sending the form leads to sign-in, and after it the form comes back with what was typed', async () => {
    const c = new Client(t.app, { referer: 'http://localhost:3000/kk/registry/new' });
    const u = await makeUser(t.db, { name: 'Ерлан Әбенов' });
    await signInAs(c, t.db, u.id);
    await c.get('/kk/registry/new');
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', u.id)
      .execute();
    const typed = { ...form, bin: generateBin(55777, '1601'), nameKk: '«Сақталған» қоғамдық бірлестігі' };
    const r = await c.post('/kk/registry/new', typed);
    assert.equal(r.statusCode, 303);
    const login = new URL(r.headers.location as string, 'http://x');
    assert.equal(login.pathname, '/kk/login');
    assert.equal(login.searchParams.get('reason'), 'expired');
    const back = login.searchParams.get('returnTo')!;
    assert.match(back, /^\/kk\/registry\/new\?draft=/);
    const nothing = await t.db.selectFrom('organizations').select('bin').where('bin', '=', typed.bin).execute();
    assert.equal(nothing.length, 0, 'nothing was saved without a session');
    // Signed in again, the form page offers the typed values once.
    await signInAs(c, t.db, u.id);
    const again = await c.get(back);
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /value="«Сақталған» қоғамдық бірлестігі"/);
    assert.match(again.body, new RegExp(`value="${typed.bin}"`));
    const twice = await c.get(back);
    assert.doesNotMatch(twice.body, /«Сақталған»/, 'a draft is used once');
  });
});
