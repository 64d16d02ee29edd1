// The module over HTTP (app.inject): pages in three languages, forms with errors, the whole
// volunteer story to a verifiable PDF certificate, donations through the development provider,
// the API and the open-data files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { almatyDate } from '../../../reference/index.ts';
import { Client, signInAs, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { assertAccessible, textOf } from '../../registry/testing.ts';
import { devSignature } from '../payments.ts';
import { type Db } from '../repository/index.ts';
import { actorOf, insertOrg } from '../testing.ts';

let t: TestApp;
let db: Db;
let bin: string;
let organiser: Client;
let volunteer: Client;
let volunteerId: string;
let oppId = '';
let appId = '';
let code = '';
let campaignId = '';
const today = almatyDate(new Date());
const loc = (res: { headers: Record<string, unknown> }) => String(res.headers.location ?? '');

before(async () => {
  t = await testApp();
  db = t.db;
  bin = await insertOrg(t.db, { region: 'karaganda' });
  const rep = await actorOf(t.db, { organizations: [bin], name: 'Ұйымдастырушы Әсел' });
  const vol = await actorOf(t.db, { name: 'Ерікті Әйгерім Қасымқызы' });
  volunteerId = vol.id;
  organiser = new Client(t.app);
  volunteer = new Client(t.app);
  await signInAs(organiser, t.db, rep.id);
  await signInAs(volunteer, t.db, vol.id);
});
after(() => t.close());

describe('volunteering pages', () => {
  test('the list in three languages; a bad filter is a 400 with the message', async () => {
    for (const l of ['kk', 'ru', 'en']) {
      const res = await new Client(t.app).get(`/${l}/volunteering`);
      assert.equal(res.statusCode, 200, l);
      assertAccessible(res.body, `${l} list`);
    }
    const bad = await new Client(t.app).get('/ru/volunteering?region=mars&q=сад');
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('error-summary'));
    assert.ok(bad.body.includes('value="сад"'), 'the typed words are kept');
  });

  test('posting: a form with errors first (400, messages next to the fields, values kept), then published', async () => {
    assert.equal((await volunteer.get('/kk/volunteering/new')).statusCode, 403, 'a citizen is not an organiser');
    const form = await organiser.get('/kk/volunteering/new');
    assert.equal(form.statusCode, 200);
    assertAccessible(form.body, 'new form');
    let res = await organiser.post('/kk/volunteering/new', {
      organizer: `organization:${bin}`,
      title: 'Саябақты тазалау',
      startsOn: '31.02.2026',
      endsOn: '',
      places: 'көп',
      minAge: '30',
      maxAge: '20',
    });
    assert.equal(res.statusCode, 400);
    assertAccessible(res.body, 'new form with errors');
    assert.ok(res.body.includes('<title>Қате:'), 'the title says Error in Kazakh');
    assert.ok(textOf(res.body, 'f-description-error'), 'a required field left empty');
    assert.ok(textOf(res.body, 'f-startsOn-error')?.includes('КК.АА.ЖЖЖЖ'));
    assert.ok(textOf(res.body, 'f-places-error')?.includes('10 000'));
    assert.ok(textOf(res.body, 'f-region-error')?.includes('Онлайн'));
    assert.ok(textOf(res.body, 'f-maxAge-error'));
    assert.ok(res.body.includes('value="Саябақты тазалау"'), 'typed values kept');
    res = await organiser.post('/kk/volunteering/new', {
      organizer: `organization:${bin}`,
      title: 'Саябақты тазалау',
      description: 'Қоқыс жинау және көшет отырғызу',
      area: 'environment',
      region: 'karaganda',
      settlement: 'Қарағанды',
      startsOn: today,
      endsOn: today,
      places: '10',
      skills: 'күрек',
      minAge: '14',
    });
    assert.equal(res.statusCode, 303);
    oppId = loc(res).split('/').pop()!;
    const page = await organiser.get(loc(res));
    assert.equal(page.statusCode, 200);
    assertAccessible(page.body, 'opportunity as organiser');
    assert.ok(page.body.includes('Саябақты тазалау'));
  });

  test('editing with optimistic locking: a stale form is refused, nothing overwritten', async () => {
    const form = await organiser.get(`/kk/volunteering/${oppId}/edit`);
    assert.equal(form.statusCode, 200);
    assertAccessible(form.body, 'edit form');
    const version = /name="version" value="(\d+)"/.exec(form.body)?.[1];
    assert.equal(version, '1');
    assert.equal((await volunteer.get(`/kk/volunteering/${oppId}/edit`)).statusCode, 403);
    const fields = {
      title: 'Саябақты тазалау',
      description: 'Қоқыс жинау және көшет отырғызу',
      area: 'environment',
      region: 'karaganda',
      settlement: 'Қарағанды',
      startsOn: today,
      endsOn: today,
      places: '12',
      skills: 'күрек',
      minAge: '14',
    };
    let res = await organiser.post(`/kk/volunteering/${oppId}/edit`, { ...fields, version: '1' });
    assert.equal(res.statusCode, 303);
    // Someone still holding version 1 saves: refused with the message, their typing kept.
    res = await organiser.post(`/kk/volunteering/${oppId}/edit`, { ...fields, places: '3', version: '1' });
    assert.equal(res.statusCode, 409);
    assertAccessible(res.body, 'stale edit');
    assert.ok(textOf(res.body, 'f-version')?.includes('жаңа ғана'));
    assert.ok(res.body.includes('value="3"'));
    const row = await db
      .selectFrom('volunteer_opportunities')
      .select(['places', 'version'])
      .where('id', '=', oppId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.places, row.version], [12, 2]);
  });

  test('a volunteer fills the profile (errors first), signs up; the organiser accepts and confirms hours', async () => {
    let page = await volunteer.get(`/kk/volunteering/${oppId}`);
    assert.ok(page.body.includes('/volunteering/profile?returnTo='), 'a link to create the profile');
    let res = await volunteer.post(
      `/kk/volunteering/profile?returnTo=${encodeURIComponent(`/volunteering/${oppId}`)}`,
      { region: '', birthYear: '20', skills: 'сурет' },
    );
    assert.equal(res.statusCode, 400);
    assertAccessible(res.body, 'profile with errors');
    assert.ok(textOf(res.body, 'f-birthYear-error'));
    assert.ok(textOf(res.body, 'f-languages-error'));
    assert.ok(res.body.includes('value="сурет"'));
    res = await volunteer.post(`/kk/volunteering/profile?returnTo=${encodeURIComponent(`/volunteering/${oppId}`)}`, {
      region: 'karaganda',
      birthYear: '2001',
      languages: ['kk', 'ru'],
      skills: 'сурет',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(loc(res), `/kk/volunteering/${oppId}`);
    res = await volunteer.post(`/kk/volunteering/${oppId}/apply`, { motivation: 'Табиғатты сүйемін' });
    assert.equal(res.statusCode, 303);
    page = await volunteer.get(loc(res));
    assert.ok(page.body.includes('Өтінім жіберілді'), 'flash');
    const row = await db
      .selectFrom('volunteer_applications')
      .select(['id', 'status'])
      .where('opportunity_id', '=', oppId)
      .where('user_id', '=', volunteerId)
      .executeTakeFirstOrThrow();
    appId = row.id;
    assert.equal(row.status, 'applied');
    // The volunteer may not manage sign-ups.
    assert.equal((await volunteer.get(`/kk/volunteering/${oppId}/applications/${appId}`)).statusCode, 403);
    const manage = await organiser.get(`/kk/volunteering/${oppId}/applications/${appId}`);
    assert.equal(manage.statusCode, 200);
    assertAccessible(manage.body, 'application page');
    assert.ok(manage.body.includes('Табиғатты сүйемін'));
    res = await organiser.post(`/kk/volunteering/${oppId}/applications/${appId}/decide`, {});
    assert.equal(res.statusCode, 400);
    res = await organiser.post(`/kk/volunteering/${oppId}/applications/${appId}/decide`, { decision: 'accept' });
    assert.equal(res.statusCode, 303);
    res = await organiser.post(`/kk/volunteering/${oppId}/applications/${appId}/hours`, { hours: 'бес' });
    assert.equal(res.statusCode, 400);
    assertAccessible(res.body, 'hours with errors');
    assert.ok(textOf(res.body, 'f-hours-error')?.includes('744'));
    assert.ok(res.body.includes('value="бес"'));
    res = await organiser.post(`/kk/volunteering/${oppId}/applications/${appId}/hours`, { hours: '6,5' });
    assert.equal(res.statusCode, 303);
    const cert = await db
      .selectFrom('volunteer_certificates')
      .select('code')
      .where('application_id', '=', appId)
      .executeTakeFirstOrThrow();
    code = cert.code;
    const mine = await volunteer.get('/kk/volunteering/me');
    assert.equal(mine.statusCode, 200);
    assertAccessible(mine.body, 'my volunteering');
    assert.ok(mine.body.includes(`/kk/volunteering/certificates/${code}/pdf`));
    assert.ok(mine.body.includes(`/en/volunteering/certificates/${code}/pdf`));
    const organiserPage = await organiser.get('/ru/volunteering/organiser');
    assert.equal(organiserPage.statusCode, 200);
    assertAccessible(organiserPage.body, 'organiser');
    assert.ok(organiserPage.body.includes('Ерікті Әйгерім Қасымқызы'));
  });

  test('the certificate PDF: generated with the fonts and the verify URL, which works', async () => {
    for (const l of ['kk', 'ru', 'en']) {
      const res = await volunteer.get(`/${l}/volunteering/certificates/${code}/pdf`);
      assert.equal(res.statusCode, 200, l);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const pdf = res.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const text = pdf.toString('latin1');
      const url = `${t.app.config.baseUrl}/${l}/volunteering/certificates/${code}`;
      assert.ok(text.includes(url), `${l}: the verify URL is in the PDF`);
      assert.ok(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/.test(text), `${l}: DejaVu Sans embedded`);
      assert.ok(text.includes('/FontFile2'), `${l}: the font program is embedded`);
      assert.ok(text.includes('/Subtype /Image'), `${l}: the QR code image`);
    }
    // Others may not download it; the public check needs no account.
    const stranger = new Client(t.app);
    await signInAs(stranger, t.db, (await actorOf(t.db)).id);
    assert.equal((await stranger.get(`/kk/volunteering/certificates/${code}/pdf`)).statusCode, 403);
    const verify = await new Client(t.app).get(`/en/volunteering/certificates/${code}`);
    assert.equal(verify.statusCode, 200);
    assertAccessible(verify.body, 'verify');
    assert.ok(
      verify.body.includes('Ерікті Әйгерім Қасымқызы') &&
        verify.body.includes('Саябақты тазалау') &&
        verify.body.includes('6.5'),
    );
    assert.ok(verify.body.includes('Valid'));
    const none = await new Client(t.app).get('/ru/volunteering/certificates/0000000000000000');
    assert.equal(none.statusCode, 404);
    assert.ok(none.body.includes('не существует'));
  });

  test('revoking the confirmation: the public check says so', async () => {
    let res = await organiser.post(`/kk/volunteering/${oppId}/applications/${appId}/revoke`, { reason: '' });
    assert.equal(res.statusCode, 400);
    res = await organiser.post(`/kk/volunteering/${oppId}/applications/${appId}/revoke`, { reason: 'Қате енгізілді' });
    assert.equal(res.statusCode, 303);
    const verify = await new Client(t.app).get(`/kk/volunteering/certificates/${code}`);
    assert.ok(verify.body.includes('Жойылған') && verify.body.includes('Қате енгізілді'));
  });

  test('API: lists and items', async () => {
    const c = new Client(t.app);
    const list = JSON.parse((await c.get('/api/v1/opportunities?region=karaganda')).body);
    assert.deepEqual(Object.keys(list).sort(), ['items', 'page', 'pageSize', 'total']);
    assert.equal(list.total, 1);
    assert.equal(list.items[0].id, oppId);
    assert.equal(list.items[0].placesTaken, 0, 'a revoked sign-up holds no place');
    const one = await c.get(`/api/v1/opportunities/${oppId}`);
    assert.equal(JSON.parse(one.body).title, 'Саябақты тазалау');
    assert.equal((await c.get('/api/v1/opportunities/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    assert.equal((await c.get('/api/v1/opportunities/nope')).statusCode, 400);
    assert.equal((await c.get('/api/v1/opportunities?region=mars')).statusCode, 400);
    const doc = JSON.parse((await c.get('/api/openapi.json')).body);
    for (const path of [
      '/api/v1/opportunities',
      '/api/v1/opportunities/{id}',
      '/api/v1/campaigns',
      '/api/v1/campaigns/{id}',
      '/api/v1/payments/{provider}/notify',
    ]) {
      assert.ok(doc.paths[path], `OpenAPI documents ${path}`);
    }
    assert.ok(doc.paths['/api/v1/opportunities'].get.responses['200'], 'with its response schema');
    const csv = await c.get('/open-data/opportunities.csv');
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.includes(oppId));
  });
});

describe('charity pages', () => {
  test('starting a campaign: errors first, then published', async () => {
    let res = await organiser.post('/ru/charity/new', {
      bin,
      title: 'Компьютеры для школы',
      goal: 'много',
      startsOn: today,
      endsOn: '2020-01-01',
      iban: 'KZ00',
    });
    assert.equal(res.statusCode, 400);
    assertAccessible(res.body, 'campaign form errors');
    assert.ok(textOf(res.body, 'f-goal-error')?.includes('тенге'));
    assert.ok(textOf(res.body, 'f-iban-error')?.includes('IBAN'));
    assert.ok(textOf(res.body, 'f-endsOn-error'));
    assert.ok(textOf(res.body, 'f-purpose-error'));
    res = await organiser.post('/ru/charity/new', {
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
    assert.equal(res.statusCode, 303);
    campaignId = loc(res).split('/').pop()!;
    const page = await new Client(t.app).get(`/kk/charity/${campaignId}`);
    assert.equal(page.statusCode, 200);
    assertAccessible(page.body, 'campaign');
    assert.ok(page.body.includes('KZ86125KZT5004100100'));
  });

  test('donating: errors, then the provider page; "pay" records the donation once, "fail" nothing', async () => {
    const donor = new Client(t.app);
    let res = await donor.post(`/kk/charity/${campaignId}/donate`, { amount: '50', name: '' });
    assert.equal(res.statusCode, 400);
    assertAccessible(res.body, 'donate errors');
    assert.ok(textOf(res.body, 'f-amount-error'));
    assert.ok(textOf(res.body, 'f-name-error'));
    res = await donor.post(`/kk/charity/${campaignId}/donate`, { amount: '5 000', name: '', anonymous: 'on' });
    assert.equal(res.statusCode, 303);
    const payPage = loc(res);
    assert.match(payPage, /^\/kk\/charity\/dev-pay\/dev_[0-9a-f]+$/);
    assert.equal(
      (await db.selectFrom('charity_donations').selectAll().execute()).length,
      0,
      'nothing before the provider confirms',
    );
    const pay = await donor.get(payPage);
    assert.equal(pay.statusCode, 200);
    assertAccessible(pay.body, 'dev pay');
    res = await donor.post(payPage, { outcome: 'confirmed' });
    assert.equal(res.statusCode, 303);
    assert.equal(loc(res), `/kk/charity/${campaignId}`);
    const after = await donor.get(loc(res));
    assert.ok(after.body.includes('Рақмет'));
    assert.ok(after.body.includes('Аты көрсетілмеген'), 'the anonymous donor is not named');
    // The provider's server retries the confirmation through the webhook: still one donation.
    const pid = payPage.split('/').pop()!;
    const notice = { providerPaymentId: pid, status: 'confirmed' as const, idempotencyKey: 'retry-1' };
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/dev/notify',
      payload: {
        paymentId: pid,
        status: 'confirmed',
        idempotencyKey: 'retry-1',
        signature: devSignature(t.app.config.secret, notice),
      },
    });
    assert.equal(hook.statusCode, 200);
    assert.deepEqual(JSON.parse(hook.body), { outcome: 'duplicate' });
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/dev/notify',
      payload: { paymentId: pid, status: 'confirmed', idempotencyKey: 'x', signature: 'forged' },
    });
    assert.equal(forged.statusCode, 400);
    assert.equal((await db.selectFrom('charity_donations').selectAll().execute()).length, 1);
    // A second donor's payment fails: nothing is recorded.
    res = await donor.post(`/ru/charity/${campaignId}/donate`, { amount: '1000', name: 'Иван' });
    res = await donor.post(loc(res), { outcome: 'failed' });
    assert.equal(loc(res), `/ru/charity/${campaignId}`);
    assert.ok((await donor.get(loc(res))).body.includes('Оплата не прошла'));
    assert.equal((await db.selectFrom('charity_donations').selectAll().execute()).length, 1);
    const api = JSON.parse((await donor.get(`/api/v1/campaigns/${campaignId}`)).body);
    assert.deepEqual([api.raisedTiyn, api.donors, api.phase, api.report], [5_000_00, 1, 'active', null]);
    const list = JSON.parse((await donor.get('/api/v1/campaigns?phase=active')).body);
    assert.ok(list.items.some((c: { id: string }) => c.id === campaignId));
    const csv = await donor.get('/open-data/donations.csv');
    assert.ok(csv.body.includes(campaignId) && !csv.body.includes('Иван'));
  });

  test('the report after closing, with a document', async () => {
    const page = await organiser.get(`/kk/charity/${campaignId}`);
    const version = /name="version" value="(\d+)"/.exec(page.body)?.[1];
    assert.ok(version);
    let res = await organiser.post(`/kk/charity/${campaignId}/close`, { version });
    assert.equal(res.statusCode, 303);
    res = await organiser.postMultipart(`/kk/charity/${campaignId}/report`, { spent: '', text: '' }, []);
    assert.equal(res.statusCode, 400);
    assertAccessible(res.body, 'report errors');
    res = await organiser.postMultipart(
      `/kk/charity/${campaignId}/report`,
      { spent: '4 900', text: 'Екі компьютер сатып алынды.' },
      [{ field: 'documents', filename: 'чек.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4\n%test') }],
    );
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const after = await new Client(t.app).get(`/kk/charity/${campaignId}`);
    assert.ok(after.body.includes('Екі компьютер сатып алынды.'));
    const doc = /href="(\/kk\/charity\/[^"]+\/documents\/[^"]+)"/.exec(after.body)?.[1];
    assert.ok(doc);
    const file = await new Client(t.app).get(doc);
    assert.equal(file.statusCode, 200);
    assert.ok(file.body.startsWith('%PDF'));
  });

  test('the charity list in three languages', async () => {
    for (const l of ['kk', 'ru', 'en']) {
      const res = await new Client(t.app).get(`/${l}/charity`);
      assert.equal(res.statusCode, 200);
      assertAccessible(res.body, `${l} charity`);
    }
  });
});
