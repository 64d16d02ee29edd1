import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { almatyDate, generateBin } from '../../../reference/index.ts';
import { createUser, addMembership } from '../../accounts/index.ts';
import { Client, signInAs, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { seedLegislationDemo } from '../demo.ts';
import { addDays, minimumLastDay } from '../domain.ts';
import { type Db } from '../repository/index.ts';

let t: TestApp;
let db: Db;
let drafts: { id: string; status: string; version: number; comments: number; stateBody: { code: string } }[];
const BIN = generateBin(9317, '1103');
const ids: Record<string, string> = {};
const userId = async (email: string) =>
  (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

async function client(email?: string) {
  const c = new Client(t.app);
  if (email) await signInAs(c, t.db, await userId(email));
  return c;
}

before(async () => {
  t = await testApp();
  db = t.db;
  // The demo accounts the module's demo builds on (src/demo.ts makes them in a full demo).
  for (const [email, name] of [
    ['citizen@demo.qogam.kz', 'Айгерім Нұрланқызы'],
    ['ngo@demo.qogam.kz', 'Ерлан Сәрсенбаев'],
    ['official@demo.qogam.kz', 'Динара Ахметова'],
  ]) {
    await createUser(t.db, { email, name, password: 'qogam-demo-2026', roles: ['citizen'], confirmed: true });
  }
  await sql`insert into organizations (bin, name_kk, name_ru, legal_form, region, areas, founded_on) values (${BIN}, '«Болашақ» қоғамдық бірлестігі', 'Общественное объединение «Болашак»', 'public-association', 'astana', '{youth}', '2012-01-01')`.execute(
    t.db,
  );
  await addMembership(t.db, 'ngo@demo.qogam.kz', 'organization', BIN);
  const mip = (await db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow()).id;
  await addMembership(t.db, 'official@demo.qogam.kz', 'state_body', mip);
  await seedLegislationDemo(t.app, { seed: 2026 });
  const res = await t.app.inject({ url: '/api/v1/drafts?pageSize=100' });
  drafts = res.json().items;
  ids.open = drafts.find((d) => d.status === 'open' && d.version === 1)!.id;
  ids.v2 = drafts.find((d) => d.version === 2)!.id;
  ids.closed = drafts.find((d) => d.status === 'closed')!.id;
  ids.summary = drafts.find((d) => d.status === 'summary_published')!.id;
});
after(() => t.close());

describe('legislation demo and public pages', () => {
  test('the demo shows every state: open with comments, closed awaiting answers, summary published, a second version; one in preparation hidden', async () => {
    assert.deepEqual(drafts.map((d) => d.status).sort(), ['closed', 'open', 'open', 'summary_published']);
    assert.ok(drafts.every((d) => d.comments > 0));
    const preparation = await db
      .selectFrom('legislation_drafts')
      .select('id')
      .where('status', '=', 'draft')
      .executeTakeFirstOrThrow();
    assert.equal(
      (await t.app.inject({ url: `/kk/legislation/${preparation.id}` })).statusCode,
      404,
      'a draft in preparation is not public',
    );
    const official = await client('official@demo.qogam.kz');
    const own = await official.get(`/kk/legislation/${preparation.id}`);
    assert.equal(own.statusCode, 200, 'its developer sees it');
    assert.match(own.body, /\/open"/, 'with the link to open the discussion');
    const closed = (await t.app.inject({ url: `/api/v1/drafts/${ids.closed}` })).json();
    assert.ok(closed.commentCounts.total > closed.commentCounts.answered, 'the closed draft awaits answers');
    // The public history of the draft: the body's acts and the automatic close.
    const page = (await t.app.inject({ url: `/kk/legislation/${ids.summary}` })).body;
    assert.match(page, /1-редакцияның жиынтық кестесі жарияланды/);
    assert.match(page, /1-редакцияны талқылау аяқталды/);
    assert.match(page, /мерзім өткенде автоматты түрде/);
  });

  test('list: filters, a bad filter reported next to its field, three languages', async () => {
    const open = await t.app.inject({ url: '/kk/legislation?open=1' });
    assert.equal(open.statusCode, 200);
    assert.equal((open.body.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr/g) ?? []).length, 2);
    const body = await t.app.inject({ url: '/ru/legislation?body=maslikhat-karaganda' });
    assert.match(body.body, /Проект Правил благоустройства/);
    assert.doesNotMatch(body.body, /Проект приказа о внесении изменений в Правила предоставления грантов/);
    const bad = await t.app.inject({ url: '/en/legislation?status=nonsense&q=гранттар' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="f-status-error"/);
    assert.match(bad.body, /<title>Error: /);
    for (const l of ['kk', 'ru', 'en']) {
      for (const path of [
        '',
        `/${ids.v2}`,
        `/${ids.summary}/summary`,
        `/${ids.summary}/summary/print`,
        `/${ids.v2}/versions/2/changes`,
      ]) {
        const r = await t.app.inject({ url: `/${l}/legislation${path}` });
        assert.equal(r.statusCode, 200, `${l} ${path}`);
        assert.doesNotMatch(r.body, />[^<]*legislation\.[a-z]+\.[a-zA-Z]/, `no raw keys on ${l} ${path}`);
      }
    }
  });

  test('changes between versions are marked in words, not colour alone', async () => {
    const r = await t.app.inject({ url: `/kk/legislation/${ids.v2}/versions/2/changes` });
    assert.match(r.body, /<ins class="leg-ins"><span class="visually-hidden">\[қосылды\] <\/span>/);
    assert.match(r.body, /<strong class="tag tag-green">Қосылды<\/strong>/);
    assert.match(r.body, /<strong class="tag tag-yellow">Өзгертілді<\/strong>/);
  });

  test("summary as CSV (BOM, headers in the reader's language) and the API with structure, versions and answers", async () => {
    const csv = await t.app.inject({ url: `/ru/legislation/${ids.summary}/summary.csv` });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.ok(csv.body.startsWith('\ufeff№,Структурный элемент'));
    assert.match(csv.body, /Принято частично/);
    const api = (await t.app.inject({ url: `/api/v1/drafts/${ids.v2}` })).json();
    assert.equal(api.versions.length, 2);
    assert.ok(api.structure.some((u: { key: string }) => u.key === 'p5'));
    assert.ok(api.comments.some((c: { version: number; answer: unknown }) => c.version === 1 && c.answer));
    assert.equal((await t.app.inject({ url: '/api/v1/drafts/00000000-0000-0000-0000-000000000000' })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/api/v1/drafts?status=nonsense' })).statusCode, 400);
    const list = (await t.app.inject({ url: '/api/v1/drafts?openNow=true&stateBody=mip&page=1&pageSize=1' })).json();
    assert.deepEqual([list.total, list.page, list.pageSize, list.items.length], [2, 1, 1, 1]);
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    assert.ok(spec.paths['/api/v1/drafts'] && spec.paths['/api/v1/drafts/{id}']);
  });

  test('open data: datasets without personal data, the feed of opened discussions, comments per year', async () => {
    const csv = await t.app.inject({ url: '/open-data/draft-comments.csv' });
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.body.split('\n').filter(Boolean).length, 21, 'a header and 20 demo comments');
    assert.doesNotMatch(csv.body, /@/, 'no e-mail addresses');
    const draftsCsv = await t.app.inject({ url: '/open-data/drafts.json' });
    assert.equal(draftsCsv.json().length, 4, 'drafts in preparation are not published');
    const feed = await t.app.openData.feeds.find((f) => f.id === 'drafts')!.entries(t.db, 'ru', 10);
    assert.equal(feed.length, 4);
    assert.ok(feed[0].updated >= feed[1].updated, 'newest first');
    const values = await t.app.openData.indicators.find((i) => i.id === 'legislation.comments')!.compute(t.db);
    assert.ok(values.every((v) => v.region === null));
    assert.equal(
      values.reduce((s, v) => s + v.value, 0),
      20,
    );
  });
});

describe('legislation forms', () => {
  test('an official creates a draft: mismatched texts and a short period are refused next to the field, then it opens', async () => {
    assert.equal((await (await client('citizen@demo.qogam.kz')).get('/kk/legislation/new')).statusCode, 403);
    const c = await client('official@demo.qogam.kz');
    const form = {
      stateBody: (await db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow())
        .id,
      kind: 'order',
      titleKk: 'Сынақ бұйрығы',
      titleRu: 'Тестовый приказ',
      textKk: '1. Бірінші тармақ.\n2. Екінші тармақ.',
      textRu: '1. Первый пункт.',
      noteKk: 'Түсіндірме',
      noteRu: 'Пояснение',
    };
    let r = await c.post('/ru/legislation/new', form);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-textRu-error"[\s\S]*?пункт 2/);
    assert.match(r.body, /Тестовый приказ/, 'what was typed is kept');
    r = await c.post('/kk/legislation/new', { ...form, kind: '', textRu: '1. Первый пункт.\n2. Второй пункт.' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-kind-error"/);
    r = await c.post('/kk/legislation/new', { ...form, textRu: '1. Первый пункт.\n2. Второй пункт.' });
    assert.equal(r.statusCode, 303);
    const id = /\/legislation\/([0-9a-f-]{36})$/.exec(r.headers.location as string)![1];
    // The texts imported from .txt files instead of typed: a wrong type is refused on the text field.
    const txt = (field: string, text: string, mime = 'text/plain') => ({
      field,
      filename: `${field}.txt`,
      mime,
      data: Buffer.from(`\ufeff${text}`),
    });
    const { textKk: _k, textRu: _r, ...rest } = form;
    r = await c.postMultipart('/kk/legislation/new', rest, [
      txt('fileKk', '1-бап. Мақсаты\n1. Бірінші.'),
      txt('fileRu', 'x', 'application/pdf'),
    ]);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-textRu-error"/);
    r = await c.postMultipart('/kk/legislation/new', rest, [
      txt('fileKk', '1-бап. Мақсаты\n1. Бірінші.\n2) тармақша.'),
      txt('fileRu', 'Статья 1. Цель\n1. Первый.\n2) подпункт.'),
    ]);
    assert.equal(r.statusCode, 303);
    const imported = /\/legislation\/([0-9a-f-]{36})$/.exec(r.headers.location as string)![1];
    const units = (await t.app.inject({ url: `/api/v1/drafts/${imported}` })).statusCode;
    assert.equal(units, 404, 'not public before it opens');
    const own = await c.get(`/ru/legislation/${imported}`);
    assert.match(own.body, /подпункт\./);
    const tooSoon = addDays(minimumLastDay(almatyDate(new Date())), -1);
    r = await c.post(`/en/legislation/${id}/open`, { lastDay: tooSoon, lockVersion: '0' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-lastDay-error"[\s\S]*?legal minimum/);
    r = await c.post(`/en/legislation/${id}/open`, { lastDay: '31.02.2027', lockVersion: '0' });
    assert.match(r.body, /Enter a date such as/);
    r = await c.post(`/en/legislation/${id}/open`, {
      lastDay: minimumLastDay(almatyDate(new Date())),
      lockVersion: '0',
    });
    assert.equal(r.statusCode, 303);
    assert.equal(
      (await db.selectFrom('legislation_drafts').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status,
      'open',
    );
    // A second official with the page open from before: the stale lock is reported on the form.
    r = await c.post(`/en/legislation/${id}/open`, {
      lastDay: minimumLastDay(almatyDate(new Date())),
      lockVersion: '0',
    });
    assert.equal(r.statusCode, 409);
  });

  test('a citizen comments, supports once; the developer must give reasons; the summary waits for every answer', async () => {
    const citizen = await client('citizen@demo.qogam.kz');
    let r = await citizen.post(`/kk/legislation/${ids.open}/comment`, { unit: 'a2.p1', body: '' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-body-error"/);
    r = await citizen.post(`/kk/legislation/${ids.open}/comment`, { unit: 'a9.p9', body: 'Мәтін' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-unit-error"/);
    r = await citizen.post(`/kk/legislation/${ids.open}/comment`, { unit: 'a2.p1', body: 'Мерзімді ұзарту керек.' });
    assert.equal(r.statusCode, 303);
    const cid = /#c-([0-9a-f-]{36})$/.exec(r.headers.location as string)![1];
    const other = await client('ngo@demo.qogam.kz');
    assert.equal((await other.post(`/kk/legislation/${ids.open}/comments/${cid}/support`, {})).statusCode, 303);
    assert.equal((await other.post(`/kk/legislation/${ids.open}/comments/${cid}/support`, {})).statusCode, 409);
    assert.equal(
      (await citizen.post(`/kk/legislation/${ids.open}/comments/${cid}/support`, {})).statusCode,
      403,
      "not one's own",
    );

    const official = await client('official@demo.qogam.kz');
    assert.equal((await citizen.get(`/kk/legislation/${ids.open}/comments/${cid}/answer`)).statusCode, 403);
    r = await official.post(`/ru/legislation/${ids.open}/comments/${cid}/answer`, {
      status: 'partly_accepted',
      reason: '',
      answerVersion: '0',
    });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-reason-error"/);
    r = await official.post(`/ru/legislation/${ids.open}/comments/${cid}/answer`, {
      status: 'partly_accepted',
      reason: 'Срок продлён до 25 дней.',
      answerVersion: '0',
    });
    assert.equal(r.statusCode, 303);
    r = await official.post(`/ru/legislation/${ids.open}/comments/${cid}/answer`, {
      status: 'accepted',
      reason: '',
      answerVersion: '0',
    });
    assert.equal(r.statusCode, 409, 'an answer from an old page is refused');
    assert.match(r.body, /кто-то другой/);
    // The closed draft of another body: this official cannot publish it; its own official is refused while comments wait.
    assert.equal((await official.post(`/kk/legislation/${ids.closed}/summary`, {})).statusCode, 403);
    const akimat = await client('legislation-7@demo.qogam.kz');
    r = await akimat.post(`/kk/legislation/${ids.closed}/summary`, {});
    assert.equal(r.statusCode, 409);
    assert.match(r.body, /Жиынтық кестені жарияламас бұрын әр ескертуге жауап беріңіз/);
  });

  test('an NGO attaches a conclusion: missing or wrong files are refused on the form', async () => {
    const ngo = await client('ngo@demo.qogam.kz');
    const fields = { kind: 'expert', organization: BIN, summary: 'Қорытынды' };
    let r = await ngo.postMultipart(`/kk/legislation/${ids.open}/conclusions/new`, fields, []);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-document-error"/);
    r = await ngo.postMultipart(`/kk/legislation/${ids.open}/conclusions/new`, fields, [
      { field: 'document', filename: 'x.exe', mime: 'application/x-msdownload', data: Buffer.from('MZ') },
    ]);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-document-error"/);
    r = await ngo.postMultipart(`/kk/legislation/${ids.open}/conclusions/new`, { ...fields, kind: '' }, [
      { field: 'document', filename: 'q.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4') },
    ]);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="f-kind-error"/);
    assert.match(r.body, />Қорытынды</, 'the summary typed is kept');
    r = await ngo.postMultipart(`/kk/legislation/${ids.open}/conclusions/new`, fields, [
      { field: 'document', filename: 'q.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4') },
    ]);
    assert.equal(r.statusCode, 303);
    const citizen = await client('citizen@demo.qogam.kz');
    assert.equal((await citizen.get(`/kk/legislation/${ids.open}/conclusions/new`)).statusCode, 403);
    const page = await t.app.inject({ url: `/kk/legislation/${ids.open}` });
    const file = /href="(\/kk\/legislation\/[^"]+\/file)"/.exec(page.body)![1];
    assert.equal((await t.app.inject({ url: file })).statusCode, 200);
  });
});
