// Pages, forms and the API of the forum through app.inject, on the module's demo data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { seedForumDemo } from './demo.ts';
import { actionPlanDoneIndicator } from './openData.ts';
import { searchForums } from './repository/index.ts';

let t: TestApp;
const forums = new Map<string, string>();
let mip: string;

before(async () => {
  t = await testApp();
  await seedForumDemo(t.app, { seed: 2026 });
  for (const f of (await searchForums(t.db, { page: 1, pageSize: 20 })).rows) forums.set(`${f.year}-${f.status}`, f.id);
  mip = (await t.db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow()).id;
});
after(async () => t?.close());

test('the demo has a forum in every stage and the 2023 plan in every state', async () => {
  assert.deepEqual([...forums.keys()].sort(), [
    '2023-concluded',
    '2024-concluded',
    '2026-deliberation',
    '2026-open',
    '2027-planned',
  ]);
  const c = new Client(t.app);
  const plan = (await c.get(`/api/v1/action-plan?forum=${forums.get('2023-concluded')}&pageSize=100`)).json() as {
    items: { state: string }[];
    total: number;
  };
  assert.equal(plan.total, 40);
  const states = new Set(plan.items.map((i) => i.state));
  for (const s of ['done', 'overdue', 'in_progress', 'planned', 'cancelled']) assert.ok(states.has(s), `an item ${s}`);
  const recs = (await c.get(`/api/v1/forums/${forums.get('2023-concluded')}`)).json() as {
    platforms: { recommendations: unknown[] }[];
  };
  assert.equal(recs.platforms.flatMap((p) => p.recommendations).length, 64);
});

test('pages in three languages: forums, a forum, a platform, the plan by body/topic/region, an item with evidence', async () => {
  const c = new Client(t.app);
  for (const lang of ['kk', 'ru', 'en']) {
    assert.equal((await c.get(`/${lang}/forum`)).statusCode, 200);
    const plan = await c.get(`/${lang}/forum/action-plan`);
    assert.equal(plan.statusCode, 200);
    assert.ok(plan.body.includes('<svg'), 'a progress chart');
  }
  for (const view of ['topic', 'region'])
    assert.equal((await c.get(`/en/forum/action-plan?view=${view}&overdue=true`)).statusCode, 200);
  assert.equal((await c.get('/en/forum/action-plan?status=bogus')).statusCode, 400);
  const forum = await c.get(`/ru/forum/${forums.get('2023-concluded')}`);
  assert.equal(forum.statusCode, 200);
  const platform = /href="\/ru(\/forum\/platforms\/[0-9a-f-]+)"/.exec(forum.body)![1];
  const pp = await c.get(`/ru${platform}`);
  assert.equal(pp.statusCode, 200);
  const rec = /href="\/ru(\/forum\/recommendations\/[0-9a-f-]+)"/.exec(pp.body)![1];
  const rp = await c.get(`/ru${rec}`);
  assert.equal(rp.statusCode, 200);
  const overdue = (await c.get('/api/v1/action-plan?overdue=true&pageSize=1')).json() as {
    items: { id: string; overdue: boolean }[];
  };
  assert.equal(overdue.items[0].overdue, true);
  const page = await c.get(`/en/forum/action-plan/${overdue.items[0].id}`);
  assert.ok(page.body.includes('id="overdue"'), 'overdue is flagged on the item');
  const done = (await c.get('/api/v1/action-plan?status=done&pageSize=50')).json() as { items: { id: string }[] };
  let sawDocument = false;
  for (const i of done.items) {
    const d = (await c.get(`/api/v1/action-plan/${i.id}`)).json() as {
      evidence: { url: string }[];
      recommendations: unknown[];
    };
    assert.ok(d.evidence.length > 0, 'every done item has evidence');
    assert.ok(d.recommendations.length > 0, 'every item comes from a recommendation');
    const doc = d.evidence.find((e) => e.url.startsWith('/forum/evidence/'));
    if (doc && !sawDocument) {
      const f = await c.get(doc.url);
      assert.equal(f.statusCode, 200);
      assert.equal(f.headers['content-type'], 'application/pdf');
      sawDocument = true;
    }
  }
  assert.ok(sawDocument, 'a document is downloadable');
});

test('a participant proposes (errors first) and supports once; the organiser adopts a recommendation', async () => {
  const c = new Client(t.app);
  await signInAs(c, t.db, (await makeUser(t.db)).id);
  const open = (await c.get(`/api/v1/forums/${forums.get('2026-open')}`)).json() as { platforms: { id: string }[] };
  const platform = open.platforms[0].id;
  let res = await c.post(`/kk/forum/platforms/${platform}/proposals`, { title: 'Қыс', body: 'қысқа' });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Кемінде 20 таңба жазыңыз'));
  assert.ok(res.body.includes('value="Қыс"'));
  res = await c.post(`/kk/forum/platforms/${platform}/proposals`, {
    title: 'Еріктілерге жеңілдіктер',
    body: 'Белсенді еріктілерге қоғамдық көлікте жеңілдік беру керек.',
  });
  assert.equal(res.statusCode, 303);
  const other = await t.db
    .selectFrom('forum_proposals')
    .select('id')
    .where('platform_id', '=', platform)
    .where('author_id', 'is not', null)
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  assert.equal((await c.post(`/kk/forum/proposals/${other.id}/support`, {})).statusCode, 303);
  assert.equal((await c.post(`/kk/forum/proposals/${other.id}/support`, {})).statusCode, 409);

  const org = new Client(t.app);
  await signInAs(org, t.db, (await makeUser(t.db, { stateBodies: [mip] })).id);
  const delib = (await c.get(`/api/v1/forums/${forums.get('2026-deliberation')}`)).json() as {
    platforms: { id: string }[];
  };
  res = await org.post(`/en/forum/platforms/${delib.platforms[0].id}/recommendations`, {
    textKk: '',
    textRu: 'Коротко',
  });
  assert.equal(res.statusCode, 400);
  res = await org.post(`/en/forum/platforms/${delib.platforms[0].id}/recommendations`, {
    textKk: 'Жастар бастамаларына грант беру.',
    textRu: 'Выделять гранты на молодёжные инициативы.',
  });
  assert.equal(res.statusCode, 303);
  assert.equal(
    (
      await c.post(`/en/forum/platforms/${delib.platforms[0].id}/recommendations`, {
        textKk: 'Жастар бастамаларына грант беру.',
        textRu: 'Выделять гранты на молодёжные инициативы.',
      })
    ).statusCode,
    403,
  );
});

test('the plan: an item cannot be marked done without evidence (400 on the form), then can', async () => {
  const org = new Client(t.app);
  await signInAs(org, t.db, (await makeUser(t.db, { stateBodies: [mip] })).id);
  let res = await org.post('/ru/forum/action-plan/new', {
    forumId: forums.get('2024-concluded'),
    titleKk: 'Экологиялық акция',
    titleRu: 'Экологическая акция',
    topic: 'environment',
    bodyId: mip,
    deadline: '2026-13-01',
    recommendations: '1, x',
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Введите дату в виде год-месяц-день'));
  assert.ok(res.body.includes('Введите номера через запятую'));
  res = await org.post('/ru/forum/action-plan/new', {
    forumId: forums.get('2024-concluded'),
    titleKk: 'Экологиялық акция',
    titleRu: 'Экологическая акция',
    topic: 'environment',
    bodyId: mip,
    deadline: '2026-12-01',
    recommendations: '1, 99',
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Некоторых из этих номеров нет'));
  res = await org.post('/ru/forum/action-plan/new', {
    forumId: forums.get('2024-concluded'),
    titleKk: 'Экологиялық акция',
    titleRu: 'Экологическая акция',
    topic: 'environment',
    bodyId: mip,
    deadline: '2026-12-01',
    recommendations: '1, 2',
  });
  assert.equal(res.statusCode, 303);
  const id = /action-plan\/([0-9a-f-]+)/.exec(res.headers.location as string)![1];
  res = await org.post(`/ru/forum/action-plan/${id}/status`, { version: '1', status: 'done' });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Пункт нельзя отметить исполненным без подтверждения'));
  res = await org.postMultipart(`/ru/forum/action-plan/${id}/evidence`, { description: 'Отчёт', url: '' }, []);
  assert.equal(res.statusCode, 400, 'neither a link nor a document');
  res = await org.postMultipart(`/ru/forum/action-plan/${id}/evidence`, { description: 'Фотоотчёт акции' }, [
    { field: 'document', filename: 'report.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') },
  ]);
  assert.equal(res.statusCode, 303);
  res = await org.post(`/ru/forum/action-plan/${id}/status`, { version: '1', status: 'done' });
  assert.equal(res.statusCode, 303);
  const d = (await org.get(`/api/v1/action-plan/${id}`)).json() as { status: string; evidence: unknown[] };
  assert.deepEqual([d.status, d.evidence.length], ['done', 1]);
});

test('API lists and open data; the indicator', async () => {
  const c = new Client(t.app);
  const list = (await c.get('/api/v1/forums?pageSize=2')).json();
  assert.deepEqual(Object.keys(list).sort(), ['items', 'page', 'pageSize', 'total']);
  assert.equal(list.items.length, 2);
  assert.equal((await c.get('/api/v1/forums/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  assert.equal((await c.get('/api/v1/action-plan?region=mars')).statusCode, 400);
  for (const id of ['forum-recommendations', 'action-plan']) {
    const r = await c.get(`/open-data/${id}.csv`);
    assert.equal(r.statusCode, 200);
    assert.ok(r.body.split('\n').length > 20, id);
  }
  const values = await actionPlanDoneIndicator(t.db);
  const national = values.filter((v) => v.region === null);
  assert.ok(national.length >= 1);
  assert.ok(national.every((v) => v.value >= 0 && v.value <= 100));
  assert.ok(
    national.some((v) => v.value > 0 && v.value < 100),
    'some on time, some not',
  );
});
