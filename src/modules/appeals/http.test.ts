// Pages, forms and the API through app.inject, on a database with the demo appeals.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { issueTokenFor } from '../accounts/index.ts';
import { assertAccessible } from '../registry/testing.ts';
import { seedAppealsDemo } from './demo.ts';
import { findAppealByNumber, type Db } from './repository/index.ts';

let t: TestApp;
let db: Db;
let citizen: { id: string; email: string };
let stranger: { id: string };
let official: { id: string };
let mip = '';
let seedMs = 0;
const pdf = {
  field: 'attachments',
  filename: 'жалоба.pdf',
  mime: 'application/pdf',
  data: Buffer.from('%PDF-1.4\n%test\n'),
};
const form = {
  kind: 'complaint',
  body: 'mip',
  subject: 'Көше жарығы жанбайды',
  text: 'Біздің көшеде үш айдан бері шамдар жанбайды, жөндеуді сұраймын.',
  consent: 'yes',
};

before(async () => {
  t = await testApp();
  db = t.db;
  mip = (await db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow()).id;
  citizen = await makeUser(t.db, { name: 'Айгүл Серікова' });
  stranger = await makeUser(t.db);
  official = await makeUser(t.db, { name: 'Динара Ахметова', stateBodies: [mip] });
  const started = Date.now();
  await seedAppealsDemo(t.app, { seed: 2026 });
  seedMs = Date.now() - started;
});
after(() => t.close());

async function as(userId: string) {
  const c = new Client(t.app);
  await signInAs(c, t.db, userId);
  return c;
}

describe('appeals over HTTP', () => {
  test('demo: every state, overdue and published appeals, numbers unique and in order', async () => {
    const rows = await db
      .selectFrom('appeals')
      .select([
        'status',
        'number',
        'registered_at',
        'escalated_at',
        'published_at',
        'extended_at',
        'rating',
        'answered_on',
        'due_on',
      ])
      .execute();
    assert.ok(rows.length >= 500);
    console.log(`demo seeded in ${seedMs} ms`);
    for (const s of ['registered', 'redirected', 'in_progress', 'answered', 'rated'])
      assert.ok(
        rows.some((r) => r.status === s),
        s,
      );
    assert.ok(rows.some((r) => r.escalated_at) && rows.some((r) => r.published_at) && rows.some((r) => r.extended_at));
    assert.ok(
      rows.some((r) => r.answered_on && r.answered_on > r.due_on),
      'some answered late',
    );
    const published = await db
      .selectFrom('appeals')
      .innerJoin('users', 'users.id', 'appeals.citizen_id')
      .select(['users.name', 'public_body'])
      .where('published_at', 'is not', null)
      .execute();
    for (const p of published)
      for (const w of p.name.split(' ')) assert.ok(!p.public_body!.includes(w), `${w} in a published text`);
    const sorted = [...rows].sort((a, b) => a.number.localeCompare(b.number));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].number.slice(3, 7) === sorted[i - 1].number.slice(3, 7))
        assert.ok(sorted[i].registered_at >= sorted[i - 1].registered_at, 'numbers follow time');
    }
  });

  test('public pages in three languages, accessible', async () => {
    const c = new Client(t.app);
    for (const [url, lang] of [
      ['/kk/appeals', 'kk'],
      ['/ru/appeals/bodies', 'ru'],
      ['/en/appeals/bodies/mip', 'en'],
      ['/ru/appeals/published', 'ru'],
    ] as const) {
      const res = await c.get(url);
      assert.equal(res.statusCode, 200, url);
      assert.ok(res.body.includes(`<html lang="${lang}"`), url);
      assertAccessible(res.body, url);
    }
    const list = await c.get('/en/appeals/published');
    const number = /\/appeals\/published\/(QA-\d{4}-\d{6})/.exec(list.body)?.[1];
    assert.ok(number, 'a published appeal is listed');
    const one = await c.get(`/en/appeals/published/${number}`);
    assert.equal(one.statusCode, 200);
    assertAccessible(one.body, 'published');
    assert.equal((await c.get('/en/appeals/published/QA-1999-000001')).statusCode, 404);
    // Signed out, the full appeal asks to sign in.
    const gate = await c.get(`/en/appeals/${number}`);
    assert.equal(gate.statusCode, 303);
    assert.match(String(gate.headers.location), /login/);
  });

  test('a citizen sends an appeal: errors first (kept values, messages by the fields), then success with a number', async () => {
    const c = await as(citizen.id);
    const page = await c.get('/ru/appeals/new');
    assert.equal(page.statusCode, 200);
    assertAccessible(page.body, 'new appeal');
    let res = await c.postMultipart('/ru/appeals/new', { ...form, kind: '', text: 'коротко' }, []);
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('class="error-summary"'));
    assert.ok(
      res.body.includes('Выберите вид обращения.') && res.body.includes('Опишите вопрос не менее чем в 20 символах.'),
    );
    assert.ok(res.body.includes('value="Көше жарығы жанбайды"'), 'subject kept');
    assertAccessible(res.body, 'errors');
    res = await c.postMultipart('/ru/appeals/new', form, [
      { ...pdf, filename: 'virus.exe', mime: 'application/x-msdownload' },
    ]);
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('id="f-attachments-error"'));
    res = await c.postMultipart('/ru/appeals/new', form, [pdf]);
    assert.equal(res.statusCode, 303);
    const number = /\/ru\/appeals\/(QA-\d{4}-\d{6})$/.exec(res.headers.location as string)?.[1];
    assert.ok(number, String(res.headers.location));
    const detail = await c.get(`/ru/appeals/${number}`);
    assert.equal(detail.statusCode, 200);
    assert.ok(detail.body.includes('Обращение зарегистрировано') || detail.body.includes('зарегистрировано'));
    assert.ok(detail.body.includes('жалоба.pdf'));
    assertAccessible(detail.body, 'detail');
    const fileHref = /href="(\/ru\/appeals\/QA-[^"]+\/files\/[^"]+)"/.exec(detail.body)![1];
    assert.equal((await c.get(fileHref)).body, pdf.data.toString());
    // Nobody else sees it (404, not 403: its existence is private).
    assert.equal((await (await as(stranger.id)).get(`/ru/appeals/${number}`)).statusCode, 404);
    assert.equal((await (await as(stranger.id)).get(fileHref)).statusCode, 404);
    // Without multipart (a client that cannot send files) the form still works.
    const plain = await c.post('/kk/appeals/new', { ...form, kind: 'question' });
    assert.equal(plain.statusCode, 303);
  });

  test('an official answers from the queue; a stale form is refused and keeps the text; the citizen rates', async () => {
    const c = await as(citizen.id);
    const sent = await c.postMultipart('/en/appeals/new', { ...form, subject: 'Queue test appeal' }, []);
    const number = /(QA-\d{4}-\d{6})$/.exec(sent.headers.location as string)![1];
    const o = await as(official.id);
    const queue = await o.get('/en/appeals/queue?status=open&sort=registered');
    assert.equal(queue.statusCode, 200);
    assertAccessible(queue.body, 'queue');
    assert.ok(queue.body.includes(number));
    const filtered = await o.get('/en/appeals/queue?overdue=yes&page=1');
    assert.ok(!filtered.body.includes(number), 'a new appeal is not overdue');
    assert.ok((await o.get('/en/appeals/queue?overdue=yes')).body.includes('tag-red'), 'overdue highlighted');
    const paged = await o.get('/en/appeals/queue?page=2');
    assert.equal(paged.statusCode, 200);
    assert.equal((await (await as(stranger.id)).get('/en/appeals/queue')).statusCode, 403);

    const a = (await findAppealByNumber(db, number))!;
    let res = await o.post(`/en/appeals/${number}/answer`, { answer: 'short', version: String(a.version) });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('Write an answer of at least 10 characters.'));
    assert.ok((await o.post(`/en/appeals/${number}/start`, {})).statusCode === 303);
    // The form was read at the old version; the appeal changed since.
    res = await o.post(`/en/appeals/${number}/answer`, {
      answer: 'The lights will be repaired this month.',
      version: String(a.version),
    });
    assert.equal(res.statusCode, 409);
    assert.ok(res.body.includes('A colleague changed this appeal'));
    assert.ok(res.body.includes('The lights will be repaired this month.'), 'the typed answer is kept');
    const fresh = /name="version" value="(\d+)"/.exec(res.body)![1];
    res = await o.post(`/en/appeals/${number}/answer`, {
      answer: 'The lights will be repaired this month.',
      version: fresh,
    });
    assert.equal(res.statusCode, 303);

    let page = await c.get(`/en/appeals/${number}`);
    assert.ok(page.body.includes('The lights will be repaired this month.'));
    res = await c.post(`/en/appeals/${number}/rate`, { rating: '9' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('Choose a rating from 1 to 5.'));
    res = await c.post(`/en/appeals/${number}/rate`, { rating: '5', comment: 'Thank you' });
    assert.equal(res.statusCode, 303);
    page = await c.get(`/en/appeals/${number}`);
    assert.ok(page.body.includes('5 out of 5'));

    // Publication, with the official's edit.
    res = await o.post(`/en/appeals/${number}/publish`, {
      publicSubject: 'Street lights',
      publicBody: 'The lights on our street are off.',
      publicAnswer: 'Repaired this month.',
    });
    assert.equal(res.statusCode, 303);
    const api = await t.app.inject({ url: `/api/v1/appeals/published/${number}` });
    assert.equal(api.statusCode, 200);
    assert.equal(api.json().subject, 'Street lights');
  });

  test('extension and redirect forms: errors next to the fields, then success', async () => {
    const c = await as(citizen.id);
    const sent = await c.post('/kk/appeals/new', form);
    const number = /(QA-\d{4}-\d{6})$/.exec(sent.headers.location as string)![1];
    const o = await as(official.id);
    let res = await o.post(`/kk/appeals/${number}/extend`, { days: '45', extendReason: 'Тексеру қажет' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('id="f-days-error"'));
    res = await o.post(`/kk/appeals/${number}/extend`, { days: '5', extendReason: 'Тексеру қажет' });
    assert.equal(res.statusCode, 303);
    res = await o.post(`/kk/appeals/${number}/redirect`, { toBody: 'nowhere', redirectReason: 'Құзыретке жатпайды' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('id="f-toBody-error"'));
    res = await o.post(`/kk/appeals/${number}/redirect`, {
      toBody: 'akimat-astana',
      redirectReason: 'Құзыретке жатпайды',
    });
    assert.equal(res.statusCode, 303);
    assert.equal((await findAppealByNumber(db, number))!.body_code, 'akimat-astana');
    const mine = await c.get(`/kk/appeals/${number}`);
    assert.ok(mine.body.includes('Құзыретке жатпайды'), 'the citizen sees why');
  });

  test('API: statistics, published list, my appeals with a token', async () => {
    const year = new Date().getUTCFullYear();
    const stats = await t.app.inject({ url: `/api/v1/appeals/statistics?year=${year}&body=mip` });
    assert.equal(stats.statusCode, 200);
    const s = stats.json();
    assert.equal(s.total, 1);
    assert.equal(s.items[0].body.code, 'mip');
    assert.ok(s.items[0].received > 0);
    assert.equal((await t.app.inject({ url: '/api/v1/appeals/statistics?year=abc' })).statusCode, 400);
    const all = (await t.app.inject({ url: `/api/v1/appeals/statistics?year=${year}&pageSize=10&page=2` })).json();
    assert.equal(all.items.length, 10);
    assert.equal(all.page, 2);
    const pub = (await t.app.inject({ url: '/api/v1/appeals/published?pageSize=5' })).json();
    assert.ok(pub.total > 5 && pub.items.length === 5);
    assert.ok(!('citizen' in pub.items[0]));
    assert.equal((await t.app.inject({ url: '/api/v1/appeals/mine' })).statusCode, 401);
    const token = await issueTokenFor(t.db, citizen.email, 'test');
    assert.ok(token.ok);
    const mine = await t.app.inject({
      url: '/api/v1/appeals/mine?pageSize=2',
      headers: { authorization: `Bearer ${token.value}` },
    });
    assert.equal(mine.statusCode, 200);
    assert.ok(mine.json().total >= 3 && mine.json().items.length === 2);
    const csv = await t.app.inject({ url: '/open-data/appeals-statistics.csv' });
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.includes('body_code') && csv.body.includes('mip'));
  });
});
