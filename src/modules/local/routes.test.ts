// Pages, forms and the API of local participation through app.inject, on the module's demo data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { seedLocalDemo } from './demo.ts';
import { ballotsIndicator, scoreIndicator } from './openData.ts';
import { listProposals, searchCycles } from './repository/index.ts';

let t: TestApp;
const cycles = new Map<string, { id: string; budget: number }>();

before(async () => {
  t = await testApp();
  await seedLocalDemo(t.app, { seed: 2026 });
  const r = await searchCycles(t.db, { page: 1, pageSize: 50 });
  for (const c of r.rows) cycles.set(c.status, { id: c.id, budget: c.budget });
});
after(async () => t?.close());

test('the demo has a participatory budget in every stage', () => {
  assert.deepEqual([...cycles.keys()].sort(), [
    'closed',
    'draft',
    'implementation',
    'proposals',
    'results',
    'review',
    'voting',
  ]);
});

test('the list, a cycle with its computed result, a proposal and the assessments render in three languages', async () => {
  const c = new Client(t.app);
  for (const lang of ['kk', 'ru', 'en']) {
    const list = await c.get(`/${lang}/local`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`<html lang="${lang}"`));
    const res = await c.get(`/${lang}/local/budgets/${cycles.get('results')!.id}`);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('id="results-h"'), 'the result section');
  }
  const en = await c.get(`/en/local/budgets/${cycles.get('implementation')!.id}`);
  assert.ok(en.body.includes('Each step of the computation'));
  const selected = (await listProposals(t.db, cycles.get('implementation')!.id)).filter((p) => p.status === 'selected');
  const page = await c.get(`/ru/local/proposals/${selected[0].id}`);
  assert.equal(page.statusCode, 200);
  const photo = /src="(\/local\/photos\/[0-9a-f-]+)"/.exec(page.body)?.[1];
  assert.ok(photo, 'a photo of the works');
  const img = await c.get(photo);
  assert.equal(img.statusCode, 200);
  assert.equal(img.headers['content-type'], 'image/png');
  assert.equal((await c.get('/local/photos/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  const filtered = await c.get(`/kk/local?status=voting&region=almaty-city`);
  assert.equal(filtered.statusCode, 200);
  assert.ok(filtered.body.includes(cycles.get('voting')!.id));
  assert.ok(!filtered.body.includes(cycles.get('closed')!.id));
  assert.equal((await c.get('/kk/local?status=nope')).statusCode, 400);
  const assess = await c.get('/en/local/assessments');
  assert.equal(assess.statusCode, 200);
  assert.ok(assess.body.includes('<svg'), 'a chart');
  const body = await c.get('/ru/local/assessments/akimat-almaty-city');
  assert.equal(body.statusCode, 200);
  assert.equal((await c.get('/ru/local/assessments/mip')).statusCode, 404);
  assert.equal((await c.get('/kk/local/budgets/not-a-uuid')).statusCode, 404);
});

test('a resident votes: over budget first (400, choices kept), then a valid ballot, then no second one', async () => {
  const voting = cycles.get('voting')!;
  const feasible = (await listProposals(t.db, voting.id, { status: 'feasible' })).sort((a, b) => b.cost - a.cost);
  const c = new Client(t.app);
  const me = await makeUser(t.db);
  assert.equal((await c.get(`/kk/local/budgets/${voting.id}/vote`)).statusCode, 303, 'sign in first');
  await signInAs(c, t.db, me.id);
  const form = await c.get(`/en/local/budgets/${voting.id}/vote`);
  assert.equal(form.statusCode, 200);
  const dear = feasible.slice(0, 3).map((p) => p.id);
  assert.ok(
    feasible.slice(0, 3).reduce((s, p) => s + p.cost, 0) > voting.budget,
    'the demo has three that do not fit together',
  );
  let res = await c.post(`/en/local/budgets/${voting.id}/vote`, { region: 'almaty-city', choices: dear });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Your choices cost more than the budget'));
  assert.ok(res.body.includes('href="#f-choices"'));
  for (const id of dear) assert.match(res.body, new RegExp(`value="${id}" checked`), 'choices kept');
  res = await c.post(`/en/local/budgets/${voting.id}/vote`, { region: 'astana', choices: [feasible[2].id] });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Only residents of this territory'));
  res = await c.post(`/en/local/budgets/${voting.id}/vote`, {
    region: 'almaty-city',
    choices: [feasible[0].id, feasible[3].id],
  });
  assert.equal(res.statusCode, 303);
  const page = await c.get(res.headers.location as string);
  assert.ok(page.body.includes('Your ballot is counted'));
  assert.ok(page.body.includes('id="my-ballot"'));
  res = await c.post(`/en/local/budgets/${voting.id}/vote`, { region: 'almaty-city', choices: [feasible[4].id] });
  assert.equal(res.statusCode, 409);
});

test('forms: a proposal with errors is shown again with the messages; an official reviews with a reason', async () => {
  const open = cycles.get('proposals')!;
  const c = new Client(t.app);
  await signInAs(c, t.db, (await makeUser(t.db)).id);
  let res = await c.post(`/ru/local/budgets/${open.id}/propose`, {
    title: 'Сквер',
    description: 'коротко',
    cost: 'много',
    location: '',
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Опишите проект не короче 20 символов'));
  assert.ok(res.body.includes('Введите сумму в тенге больше нуля'));
  assert.ok(res.body.includes('value="Сквер"'), 'typed values kept');
  res = await c.post(`/ru/local/budgets/${open.id}/propose`, {
    title: 'Сквер у школы',
    description: 'Скамейки, деревья и освещение в сквере у школы № 5.',
    cost: '12 500 000',
    location: 'ул. Тимирязева, 40',
  });
  assert.equal(res.statusCode, 303);
  const id = /proposals\/([0-9a-f-]+)/.exec(res.headers.location as string)![1];
  const p = await t.db
    .selectFrom('budget_proposals')
    .select(['cost', 'status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.deepEqual([Number(p.cost), p.status], [12_500_000_00, 'submitted']);

  // The Shymkent akimat's official reviews in its review stage.
  const review = cycles.get('review')!;
  const pending = (await listProposals(t.db, review.id, { status: 'submitted' }))[0];
  const body = await t.db
    .selectFrom('budget_cycles')
    .select('state_body_id')
    .where('id', '=', review.id)
    .executeTakeFirstOrThrow();
  const off = new Client(t.app);
  await signInAs(off, t.db, (await makeUser(t.db, { stateBodies: [body.state_body_id] })).id);
  res = await off.post(`/kk/local/proposals/${pending.id}/review`, { decision: 'infeasible', reason: '' });
  assert.equal(res.statusCode, 400);
  res = await off.post(`/kk/local/proposals/${pending.id}/review`, {
    decision: 'infeasible',
    reason: 'Учаске қорғау аймағында орналасқан.',
  });
  assert.equal(res.statusCode, 303);
  res = await c.post(`/kk/local/proposals/${pending.id}/review`, {
    decision: 'feasible',
    reason: 'Мен тұрғынмын, бірақ шешкім келеді.',
  });
  assert.equal(res.statusCode, 403, 'a resident cannot review');
});

test('an assessment: errors on the form, then once per period', async () => {
  const c = new Client(t.app);
  await signInAs(c, t.db, (await makeUser(t.db)).id);
  let res = await c.post('/en/local/assessments/akimat-abai', { score: '9', region: '' });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Choose a score from 1 to 5'));
  res = await c.post('/en/local/assessments/akimat-abai', {
    score: '4',
    region: 'abai',
    comment: 'Roads were repaired.',
  });
  assert.equal(res.statusCode, 303);
  res = await c.post('/en/local/assessments/akimat-abai', { score: '1', region: 'abai' });
  assert.equal(res.statusCode, 409);
});

test('API: list and detail with proposals and the result steps; CSV and open data', async () => {
  const c = new Client(t.app);
  const list = await c.get('/api/v1/budget-cycles?pageSize=3');
  assert.equal(list.statusCode, 200);
  const j = list.json();
  assert.deepEqual(Object.keys(j).sort(), ['items', 'page', 'pageSize', 'total']);
  assert.equal(j.items.length, 3);
  assert.ok(j.total >= 7);
  const detail = (await c.get(`/api/v1/budget-cycles/${cycles.get('results')!.id}`)).json();
  assert.ok(detail.proposals.length > 0);
  assert.ok(detail.results.steps.some((s: { decision: string }) => s.decision === 'selected'));
  assert.equal((await c.get('/api/v1/budget-cycles/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  assert.equal((await c.get('/api/v1/budget-cycles?status=nope')).statusCode, 400);
  const csv = await c.get(`/api/v1/budget-cycles/${cycles.get('results')!.id}/proposals.csv`);
  assert.equal(csv.statusCode, 200);
  assert.match(csv.body, /^\ufeffid,title,location,costTenge/);
  for (const id of ['budget-cycles', 'budget-proposals', 'local-assessments']) {
    const r = await c.get(`/open-data/${id}.csv`);
    assert.equal(r.statusCode, 200, id);
    assert.ok(r.body.split('\n').length > 3, id);
  }
  const drafts = (await c.get('/open-data/budget-cycles.json')).json() as { status: string }[];
  assert.ok(!drafts.some((d) => d.status === 'draft'), 'drafts are not published');
  const ballots = await ballotsIndicator(t.db);
  assert.ok(ballots.some((v) => v.region === 'almaty-city' && v.value > 0));
  assert.ok(ballots.some((v) => v.region === null));
  const scores = await scoreIndicator(t.db);
  assert.ok(scores.every((v) => v.value >= 1 && v.value <= 5));
});
