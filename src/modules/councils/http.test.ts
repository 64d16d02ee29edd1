// The councils' pages, forms, API, iCalendar feed and open data over HTTP, on the demo data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { almatyDate } from '../../reference/index.ts';
import { seedCouncilsDemo } from './demo.ts';
import { earliestHearingDate } from './domain.ts';
import { parseIcsEvents } from './ical.ts';

/** The results table only (the filters and notices name councils too). */
const tbody = (html: string) => /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';

let t: TestApp;
let visitor: Client;
let mipId: string;
let openSelectionId: string;

before(async () => {
  t = await testApp();
  await seedCouncilsDemo(t.app, { seed: 2026 });
  visitor = new Client(t.app);
  const mip = await t.db
    .selectFrom('councils as c')
    .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
    .select('c.id')
    .where('b.code', '=', 'mip')
    .executeTakeFirstOrThrow();
  mipId = mip.id;
  openSelectionId = (
    await t.db.selectFrom('council_selections').select('id').where('status', '=', 'open').executeTakeFirstOrThrow()
  ).id;
});
after(async () => t?.close());

test('the demo shows every state of every lifecycle', async () => {
  const db = t.db;
  const states = async (table: 'council_selections' | 'council_meetings' | 'hearings', col: 'status') =>
    new Set((await db.selectFrom(table).select(col).execute()).map((r) => r[col]));
  assert.deepEqual([...(await states('council_selections', 'status'))].sort(), [
    'cancelled',
    'decided',
    'open',
    'review',
  ]);
  assert.deepEqual([...(await states('council_meetings', 'status'))].sort(), ['cancelled', 'held', 'planned']);
  assert.deepEqual([...(await states('hearings', 'status'))].sort(), ['announced', 'answered', 'cancelled', 'held']);
  const responses = new Set(
    (await db.selectFrom('council_decisions').select('response_status').execute()).map((r) => r.response_status),
  );
  assert.deepEqual([...responses].sort(), ['accepted', 'awaiting', 'partly_accepted', 'rejected']);
  const reports = new Set((await db.selectFrom('council_reports').select('status').execute()).map((r) => r.status));
  assert.deepEqual([...reports].sort(), ['answered', 'published']);
  const regions = new Set((await db.selectFrom('councils').select('region').execute()).map((r) => r.region));
  assert.ok(regions.size >= 6, 'spread across regions');
  // Announced hearings respect the notice period.
  for (const h of await db
    .selectFrom('hearings')
    .select(['announced_at', 'starts_at'])
    .where('status', '=', 'announced')
    .execute()) {
    assert.ok(almatyDate(new Date(h.starts_at)) >= earliestHearingDate(almatyDate(new Date(h.announced_at))));
  }
});

test('lists in three languages, with filters and a bad filter reported on the field', async () => {
  const kk = await visitor.get('/kk/councils');
  assert.equal(kk.statusCode, 200);
  assert.match(kk.body, /<h1>Қоғамдық кеңестер<\/h1>/);
  assert.match(kk.body, /Ақпарат және қоғамдық даму министрлігінің қоғамдық кеңесі/);
  const ru = tbody((await visitor.get('/ru/councils?level=national')).body);
  assert.match(ru, /Общественный совет Министерства информации/);
  assert.doesNotMatch(ru, /Общественный совет города Алматы/);
  const en = tbody((await visitor.get('/en/councils?region=almaty-city')).body);
  assert.match(en, /Public Council of Almaty/);
  assert.doesNotMatch(en, /Ministry of Information/);
  const q = tbody((await visitor.get('/ru/councils?q=' + encodeURIComponent('шымкент'))).body);
  assert.match(q, /Общественный совет города Шымкента/);
  assert.doesNotMatch(q, /Алматы/);
  const bad = await visitor.get('/en/councils?region=atlantis&level=national');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /class="error-summary"/);
  assert.match(tbody(bad.body), /Ministry of Information/, 'the valid filter still applies');
  assert.doesNotMatch(tbody(bad.body), /Almaty/);
  const h = await visitor.get('/ru/hearings?status=answered');
  assert.equal(h.statusCode, 200);
  assert.match(tbody(h.body), /набережной реки Есиль/);
  assert.doesNotMatch(tbody(h.body), /микрорайона «Алатау»/);
});

test('a council, a call, a meeting, a report and hearings render in every language', async () => {
  const api = JSON.parse((await visitor.get(`/api/v1/councils/${mipId}`)).body);
  const held = api.meetings.find((m: any) => m.status === 'held');
  const urls = [
    `/councils/${mipId}`,
    `/councils/selections/${openSelectionId}`,
    `/councils/meetings/${held.id}`,
    `/councils/reports/${api.reports[0].id}`,
  ];
  for (const h of JSON.parse((await visitor.get('/api/v1/hearings')).body).items) urls.push(`/hearings/${h.id}`);
  for (const lang of ['kk', 'ru', 'en']) {
    for (const u of urls) {
      const r = await visitor.get(`/${lang}${u}`);
      assert.equal(r.statusCode, 200, `${lang}${u}`);
      assert.match(r.body, new RegExp(`<html lang="${lang}"`));
      assert.doesNotMatch(r.body, />councils\.[a-z]/, `no untranslated key on ${lang}${u}`);
    }
  }
  const meeting = await visitor.get(`/en/councils/meetings/${held.id}`);
  assert.match(meeting.body, /Decision No\. 1/);
  assert.match(meeting.body, /For: \d+, against: \d+, abstained: \d+/);
  assert.equal((await visitor.get('/kk/councils/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  assert.equal((await visitor.get('/kk/councils/not-a-uuid')).statusCode, 404);
  assert.equal((await visitor.get('/ru/hearings/00000000-0000-4000-8000-000000000000')).statusCode, 404);
});

test('API: lists with paging, items by id, errors as JSON, OpenAPI', async () => {
  const list = JSON.parse((await visitor.get('/api/v1/councils?pageSize=3&page=2')).body);
  assert.deepEqual(Object.keys(list).sort(), ['items', 'page', 'pageSize', 'total']);
  assert.equal(list.items.length, 3);
  assert.equal(list.page, 2);
  assert.ok(list.total >= 8);
  const one = JSON.parse((await visitor.get(`/api/v1/councils/${mipId}`)).body);
  assert.equal(one.stateBody.code, 'mip');
  assert.ok(one.members.some((m: any) => m.role === 'chair'));
  assert.ok(
    one.meetings.some((m: any) => m.decisions.some((d: any) => d.response.status !== 'awaiting' && d.response.text)),
  );
  const hearings = JSON.parse((await visitor.get('/api/v1/hearings?status=answered')).body);
  assert.equal(hearings.items.length, 1);
  const h = JSON.parse((await visitor.get(`/api/v1/hearings/${hearings.items[0].id}`)).body);
  assert.ok(h.questions.length >= 3 && h.questions.every((q: any) => q.answer));
  const bad = await visitor.get('/api/v1/hearings?status=maybe&pageSize=1000');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /status|pageSize/);
  assert.equal((await visitor.get('/api/v1/councils/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  const spec = JSON.parse((await visitor.get('/api/openapi.json')).body);
  for (const p of [
    '/api/v1/councils',
    '/api/v1/councils/{id}',
    '/api/v1/councils/{id}/meetings.ics',
    '/api/v1/hearings',
    '/api/v1/hearings/{id}',
  ])
    assert.ok(spec.paths[p], p);
});

test('iCalendar feed of a council: every meeting at its Almaty time, parseable', async () => {
  const r = await visitor.get(`/api/v1/councils/${mipId}/meetings.ics`);
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /^text\/calendar/);
  const events = parseIcsEvents(r.body);
  const meetings = await t.db
    .selectFrom('council_meetings')
    .select(['id', 'starts_at', 'title', 'status'])
    .where('council_id', '=', mipId)
    .execute();
  assert.equal(events.length, meetings.length);
  for (const m of meetings) {
    const e = events.find((x) => x.uid === `council-meeting-${m.id}@qogam`);
    assert.ok(e, m.title);
    assert.equal(e.start.getTime(), new Date(m.starts_at).getTime());
    assert.equal(e.summary, m.title);
    assert.equal(e.status, m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
  }
  assert.equal(
    (await visitor.get('/api/v1/councils/00000000-0000-4000-8000-000000000000/meetings.ics')).statusCode,
    404,
  );
});

test('open data: datasets as CSV, the hearings feed and the indicators', async () => {
  const csv = await visitor.get('/open-data/councils.csv');
  assert.equal(csv.statusCode, 200);
  assert.match(csv.body, /^\ufeffid,name_kk,name_ru/);
  assert.equal(csv.body.trim().split('\n').length, 1 + 8);
  assert.equal((await visitor.get('/open-data/council-meetings.csv')).statusCode, 200);
  assert.equal(JSON.parse((await visitor.get('/open-data/hearings.json')).body).length, 5);
  const feed = t.app.openData.feeds.find((f) => f.id === 'hearings')!;
  const entries = await feed.entries(t.db, 'ru', 10);
  assert.equal(entries.length, 2, 'announced hearings only');
  assert.ok(entries.every((e) => e.href.startsWith('/ru/hearings/')));
  const held = await t.app.openData.indicators.find((i) => i.id === 'councils.meetingsHeld')!.compute(t.db);
  const heldCount = (await t.db.selectFrom('council_meetings').select('id').where('status', '=', 'held').execute())
    .length;
  assert.equal(
    held.filter((v) => v.region === null).reduce((s, v) => s + v.value, 0),
    heldCount,
    'the national figure counts every held meeting',
  );
  assert.equal(
    held.filter((v) => v.region === 'almaty-city').reduce((s, v) => s + v.value, 0),
    3,
  );
  const hh = await t.app.openData.indicators.find((i) => i.id === 'councils.hearingsHeld')!.compute(t.db);
  assert.equal(
    hh.filter((v) => v.region === null).reduce((s, v) => s + v.value, 0),
    2,
  );
});

test('a citizen applies: errors on the form in their language, then the name on the public list', async () => {
  const user = await makeUser(t.db, { name: 'Тест Азаматы' });
  const c = new Client(t.app);
  await signInAs(c, t.db, user.id);
  const form = await c.get(`/ru/councils/selections/${openSelectionId}/apply`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /enctype="multipart\/form-data"/);
  const bad = await c.postMultipart(
    `/ru/councils/selections/${openSelectionId}/apply`,
    { kind: 'citizen', motivation: 'Хочу', experience: '' },
    [],
  );
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<title>Ошибка:/);
  assert.match(bad.body, /Опишите мотивацию подробнее/);
  assert.match(bad.body, /id="f-experience-error"/);
  assert.match(bad.body, />Хочу<\/textarea>/, 'typed values are kept');
  const wrongType = await c.postMultipart(
    `/ru/councils/selections/${openSelectionId}/apply`,
    { kind: 'citizen', motivation: 'Хочу помогать решать проблемы города вместе с акиматом.', experience: 'Волонтёр' },
    [{ field: 'document', filename: 'x.exe', mime: 'application/x-msdownload', data: Buffer.from('MZ') }],
  );
  assert.equal(wrongType.statusCode, 400);
  assert.match(wrongType.body, /id="f-document-error"/);
  const ok = await c.postMultipart(
    `/ru/councils/selections/${openSelectionId}/apply`,
    {
      kind: 'citizen',
      motivation: 'Хочу помогать решать проблемы города вместе с акиматом.',
      experience: 'Волонтёр пять лет',
    },
    [{ field: 'document', filename: 'cv.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4 test') }],
  );
  assert.equal(ok.statusCode, 303);
  const page = await visitor.get(`/kk/councils/selections/${openSelectionId}`);
  assert.match(page.body, /Тест Азаматы/);
  assert.doesNotMatch(page.body, /\/document"/, 'a visitor does not see the documents');
  const again = await c.postMultipart(
    `/ru/councils/selections/${openSelectionId}/apply`,
    { kind: 'citizen', motivation: 'Хочу помогать решать проблемы города вместе с акиматом.', experience: 'x' },
    [],
  );
  assert.equal(again.statusCode, 409);
  const anon = await new Client(t.app).get(`/kk/councils/selections/${openSelectionId}/apply`);
  assert.equal(anon.statusCode, 303, 'a visitor is sent to sign in');
});

test('officials: forms with errors, the notice period on the hearing form, a refused outsider', async () => {
  const body = await t.db
    .selectFrom('state_bodies')
    .select('id')
    .where('code', '=', 'akimat-shymkent')
    .executeTakeFirstOrThrow();
  const official = await makeUser(t.db, { name: 'Шымкент Қызметкері', stateBodies: [body.id] });
  const c = new Client(t.app);
  await signInAs(c, t.db, official.id);
  const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const r = await c.postMultipart(
    '/en/hearings/new',
    { stateBodyId: body.id, title: 'Bus lanes', description: 'Plan', location: 'Akimat', date: soon, time: '15:00' },
    [],
  );
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /The legal notice period is not met/);
  assert.match(r.body, /value="Bus lanes"/);
  const empty = await c.postMultipart(
    '/kk/hearings/new',
    { stateBodyId: body.id, date: '31.02.2026', time: '25:00' },
    [],
  );
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Күнді ЖЖЖЖ-АА-КК/);
  assert.match(empty.body, /Уақытты СС:ММ/);
  const ok = await c.postMultipart(
    '/en/hearings/new',
    {
      stateBodyId: body.id,
      title: 'Bus lanes',
      description: 'Plan',
      location: 'Akimat',
      date: earliestHearingDate(almatyDate(new Date())),
      time: '15:00',
    },
    [{ field: 'document', filename: 'plan.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4 plan') }],
  );
  assert.equal(ok.statusCode, 303);
  const hearingPage = await c.get(String(ok.headers.location));
  assert.match(hearingPage.body, /plan\.pdf/);
  const doc = /href="(\/councils\/documents\/[0-9a-f-]+)"/.exec(hearingPage.body)![1];
  const file = await visitor.get(doc);
  assert.equal(file.statusCode, 200);
  assert.equal(file.body, '%PDF-1.4 plan');

  const shymkent = await t.db
    .selectFrom('councils')
    .select('id')
    .where('state_body_id', '=', body.id)
    .executeTakeFirstOrThrow();
  const meeting = await c.postMultipart(
    `/ru/councils/${shymkent.id}/meetings/new`,
    { title: 'Заседание', date: '2026-12-20', startTime: '12:00', endTime: '11:00', location: 'Акимат', agenda: '' },
    [],
  );
  assert.equal(meeting.statusCode, 400);
  assert.match(meeting.body, /Окончание должно быть позже начала|Заполните это поле/);
  const outsider = new Client(t.app);
  await signInAs(outsider, t.db, (await makeUser(t.db)).id);
  const denied = await outsider.get(`/ru/councils/${shymkent.id}/meetings/new`);
  assert.equal(denied.statusCode, 403);
  assert.match(denied.body, /Это могут делать только сотрудники/);
  const sel = await c.post(`/kk/councils/${shymkent.id}/selections/new`, {
    title: 'Конкурс',
    seats: '2',
    closesOn: almatyDate(new Date()),
  });
  assert.equal(sel.statusCode, 400);
  assert.match(sel.body, /заңды мерзімнен аз/);
});

test('a hearing: a signed-in person registers and asks; the form reports a missing choice', async () => {
  const announced = await t.db
    .selectFrom('hearings')
    .select('id')
    .where('status', '=', 'announced')
    .executeTakeFirstOrThrow();
  const c = new Client(t.app);
  await signInAs(c, t.db, (await makeUser(t.db, { name: 'Сұрақ Қоюшы' })).id);
  const bad = await c.post(`/en/hearings/${announced.id}/questions`, { kind: '', text: 'short' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Choose question or proposal/);
  assert.match(bad.body, /Enter at least 10 characters/);
  const ok = await c.post(`/en/hearings/${announced.id}/questions`, {
    kind: 'proposal',
    text: 'Add a pedestrian crossing near the school.',
  });
  assert.equal(ok.statusCode, 303);
  const reg = await c.post(`/en/hearings/${announced.id}/register`, { mode: 'online' });
  assert.equal(reg.statusCode, 303);
  const page = await c.get(`/en/hearings/${announced.id}`);
  assert.match(page.body, /Add a pedestrian crossing near the school\./);
  assert.match(page.body, /You are registered\./);
});
