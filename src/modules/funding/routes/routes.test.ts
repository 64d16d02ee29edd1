// Pages, forms and API over HTTP (app.inject) on the demo history: every public page in three
// languages, the application form's refusals next to their fields, the expert blocked by a
// conflict, the panel re-run, the survey, the QR code and the JSON API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { generateBin } from '../../../reference/index.ts';
import { assertAccessible } from '../../registry/testing.ts';
import { seedFundingDemo } from '../demo.ts';
import { findPanel } from '../repository/index.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const users: Record<string, string> = {};
const ngoBin = generateBin(8801, '1601');

before(async () => {
  t = await testApp();
  const mip = (await t.db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow())
    .id;
  for (let i = 0; i < 30; i++) {
    const bin = i === 0 ? ngoBin : generateBin(8801 + i, '1601');
    await t.db
      .insertInto('organizations')
      .values({
        bin,
        name_kk: `«Сынақ ${i}» ҚБ`,
        name_ru: `ОО «Сынак ${i}»`,
        legal_form: 'public_association',
        region: 'astana',
        areas: ['youth'],
        founded_on: '2015-03-01',
        verification: 'verified',
      })
      .execute();
    await t.db
      .insertInto('annual_reports')
      .values({
        bin,
        year: new Date().getFullYear() - 1,
        submitted_at: new Date(Date.now() - 200 * 86_400_000),
        data: '{}',
        income_total: 0,
      })
      .execute();
  }
  users.ngo = (
    await makeUser(t.db, { email: 'ngo@demo.qogam.kz', name: 'Ерлан Сәрсенбаев', organizations: [ngoBin] })
  ).id;
  users.official = (
    await makeUser(t.db, { email: 'official@demo.qogam.kz', name: 'Динара Ахметова', stateBodies: [mip] })
  ).id;
  users.operator = (
    await makeUser(t.db, {
      email: 'operator@demo.qogam.kz',
      name: 'Бауыржан Омаров',
      roles: ['citizen', 'grant_operator'],
    })
  ).id;
  users.expert = (
    await makeUser(t.db, { email: 'expert@demo.qogam.kz', name: 'Гүлнар Исаева', roles: ['citizen', 'expert'] })
  ).id;
  await makeUser(t.db, { email: 'citizen@demo.qogam.kz', name: 'Айгерім Нұрланқызы' });
  await seedFundingDemo(t.app, { seed: 2026 });
  const db = t.db;
  const calls = await db.selectFrom('funding_calls').select(['id', 'status', 'number']).execute();
  for (const s of ['decided', 'review', 'closed', 'published', 'draft']) ids[s] = calls.find((c) => c.status === s)!.id;
  ids.open = calls.find((c) => c.number.startsWith('MIP-') && c.status === 'published')!.id;
  ids.openLot = (
    await db
      .selectFrom('funding_lots')
      .select('id')
      .where('call_id', '=', ids.open)
      .orderBy('number')
      .executeTakeFirstOrThrow()
  ).id;
  ids.project = (
    await db.selectFrom('funding_projects').select('id').where('status', '=', 'evaluated').executeTakeFirstOrThrow()
  ).id;
  ids.plan = (
    await db.selectFrom('funding_plans').select('id').where('status', '=', 'discussion').executeTakeFirstOrThrow()
  ).id;
});
after(async () => t?.close());

describe('demo history', () => {
  test('shows every state of calls, applications and projects, and a reproducible panel per drawn call', async () => {
    const db = t.db;
    const states = async (table: 'funding_calls' | 'funding_applications' | 'funding_projects' | 'funding_plans') =>
      new Set((await db.selectFrom(table).select('status').execute()).map((r) => r.status as string));
    assert.deepEqual([...(await states('funding_calls'))].sort(), [
      'cancelled',
      'closed',
      'decided',
      'draft',
      'published',
      'review',
    ]);
    assert.deepEqual([...(await states('funding_plans'))].sort(), ['approved', 'discussion', 'draft']);
    for (const s of ['draft', 'submitted', 'admitted', 'rejected', 'awarded', 'not_awarded', 'withdrawn'])
      assert.ok((await states('funding_applications')).has(s), s);
    assert.deepEqual([...(await states('funding_projects'))].sort(), [
      'completed',
      'delivering',
      'evaluated',
      'final_submitted',
    ]);
    const { drawPanel: redraw, drawSeed } = await import('../domain.ts');
    for (const p of await db.selectFrom('funding_panels').select('call_id').execute()) {
      const panel = (await findPanel(db, p.call_id))!;
      assert.equal(drawSeed(panel.inputs), panel.seed);
      assert.deepEqual(
        redraw(panel.seed, panel.inputs.candidates, panel.inputs.size),
        panel.members.map((m) => m.user_id),
      );
    }
    // The demo expert is on the panel under review, with applications left to declare on.
    const review = (await findPanel(db, ids.review))!;
    assert.ok(review.members.some((m) => m.user_id === users.expert));
  });
});

describe('public pages', () => {
  test('overview, lists, call, panel, project, plan, experts: 200, accessible, in three languages', async () => {
    const c = new Client(t.app);
    for (const lang of ['kk', 'ru', 'en']) {
      for (const path of [
        '/funding',
        '/funding/calls',
        `/funding/calls/${ids.decided}`,
        `/funding/calls/${ids.review}/panel`,
        `/funding/projects`,
        `/funding/projects/${ids.project}`,
        `/funding/plans/${ids.plan}`,
        '/funding/experts',
        '/funding/bodies/mip',
        `/funding/organizations/${ngoBin}`,
      ]) {
        const r = await c.get(`/${lang}${path}`);
        assert.equal(r.statusCode, 200, `${lang}${path}`);
        assert.ok(r.body.includes(`lang="${lang}"`));
        assertAccessible(r.body, `${lang}${path}`);
      }
    }
    const decided = await c.get(`/en/funding/calls/${ids.decided}`);
    assert.ok(decided.body.includes('Decision of the commission'), 'the decision is published');
    const review = await c.get(`/en/funding/calls/${ids.review}`);
    assert.ok(review.body.includes('Scores and the ranking are published with the decision.'));
    assert.equal((await c.get(`/en/funding/calls/${ids.draft}`)).statusCode, 404, 'drafts are not public');
  });

  test('the panel draw can be re-run from the published seed, and a wrong seed is shown as differing', async () => {
    const c = new Client(t.app);
    const panel = (await findPanel(t.db, ids.review))!;
    const q = (seed: string) =>
      `/en/funding/calls/${ids.review}/panel?seed=${seed}&candidates=${encodeURIComponent(panel.inputs.candidates.join('\n'))}&size=${panel.inputs.size}`;
    const ok = await c.get(q(panel.seed));
    assert.ok(ok.body.includes('The result matches the published panel.'));
    assert.ok(ok.body.includes('The seed follows from the published inputs'));
    const other = await c.get(q('0'.repeat(64)));
    assert.ok(other.body.includes('The seed does not follow'));
    assert.ok(
      (await c.get(`/en/funding/calls/${ids.review}/panel?seed=xyz&candidates=a&size=1`)).body.includes(
        '64 hexadecimal',
      ),
    );
  });

  test('the survey by its public link and QR code', async () => {
    const c = new Client(t.app);
    const p = await t.db
      .selectFrom('funding_projects')
      .select(['id', 'survey_token'])
      .where('id', '=', ids.project)
      .executeTakeFirstOrThrow();
    const svg = await c.get(`/funding/projects/${p.id}/qr.svg`);
    assert.equal(svg.statusCode, 200);
    assert.match(String(svg.headers['content-type']), /image\/svg\+xml/);
    assert.ok(svg.body.startsWith('<svg'));
    await c.get(`/ru/funding/survey/${p.survey_token}`);
    const bad = await c.post(`/ru/funding/survey/${p.survey_token}`, { comment: 'Хорошо' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('Выберите оценку от 1 до 5.'));
    assert.ok(bad.body.includes('Хорошо'), 'what was typed is kept');
    const good = await c.post(`/ru/funding/survey/${p.survey_token}`, { score: '5', comment: '' });
    assert.equal(good.statusCode, 303);
  });
});

describe('forms', () => {
  test('an NGO applies: a wrong amount and a budget that does not add up are shown next to their fields; a stale form is refused', async () => {
    const c = new Client(t.app);
    await signInAs(c, t.db, users.ngo);
    const start = await c.post(`/ru/funding/lots/${ids.openLot}/apply`, { bin: ngoBin, language: 'ru' });
    assert.equal(start.statusCode, 303);
    const edit = String(start.headers.location);
    assert.match(edit, /\/ru\/funding\/applications\/[0-9a-f-]{36}\/edit$/);
    const page = await c.get(edit);
    assert.equal(page.statusCode, 200);
    assertAccessible(page.body, 'application form');
    const fields = {
      version: '1',
      language: 'ru',
      title: 'Ресурсный центр',
      summary: 'Ресурсный центр для молодёжи моногорода.',
      description:
        'Центр работает каждый день: консультации, кружки, проекты молодёжи и публичный отчёт о результатах работы.',
      activities: 'Открытие центра; 1 месяц',
      indicators: 'Вовлечено молодёжи; человек; 1500',
      team: 'А. Сатпаева; руководитель',
      beneficiariesPlanned: '1500',
      'budget.0.item': 'Аренда',
      'budget.0.amount': 'abc',
      'budget.1.item': 'Зарплата',
      'budget.1.amount': '10 000 000',
      requested: '15000000',
      docKind: 'charter',
      action: 'save',
    };
    const bad = await c.postMultipart(edit, fields, []);
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('Введите сумму в тенге'), 'the amount error is shown');
    assert.ok(bad.body.includes('id="f-budget-0-amount-error"'), 'next to its field');
    assert.ok(bad.body.includes('Ресурсный центр'), 'typed values are kept');
    const saved = await c.postMultipart(edit, { ...fields, 'budget.0.amount': '4 000 000' }, [
      { field: 'document', filename: 'charter.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4 test') },
    ]);
    assert.equal(saved.statusCode, 303);
    const mismatch = await c.postMultipart(
      edit,
      { ...fields, version: '2', 'budget.0.amount': '4 000 000', action: 'submit' },
      [],
    );
    assert.equal(mismatch.statusCode, 400);
    assert.ok(mismatch.body.includes('Сумма статей бюджета не равна запрашиваемой сумме.'));
    const stale = await c.postMultipart(edit, { ...fields, version: '1', 'budget.0.amount': '4 000 000' }, []);
    assert.equal(stale.statusCode, 409);
    assert.ok(stale.body.includes('Кто-то другой сохранил заявку'));
    const badFile = await c.postMultipart(edit, { ...fields, version: '3', 'budget.0.amount': '5 000 000' }, [
      { field: 'document', filename: 'x.exe', mime: 'application/x-msdownload', data: Buffer.from('MZ') },
    ]);
    assert.equal(badFile.statusCode, 400);
    assert.ok(badFile.body.includes('id="f-document-error"'));
  });

  test('an expert with a conflict of interest is blocked from scoring that application', async () => {
    const c = new Client(t.app);
    await signInAs(c, t.db, users.expert);
    const app = await t.db
      .selectFrom('funding_applications')
      .select('id')
      .where('call_id', '=', ids.review)
      .where('status', '=', 'admitted')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const page = await c.get(`/en/funding/applications/${app.id}/review`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Declaration of conflicts of interest'));
    const missing = await c.post(`/en/funding/applications/${app.id}/conflict`, { kinds: 'membership' });
    assert.equal(missing.statusCode, 400, 'the declaration must be confirmed');
    const declared = await c.post(`/en/funding/applications/${app.id}/conflict`, {
      kinds: 'membership',
      confirm: 'yes',
      note: '',
    });
    assert.equal(declared.statusCode, 303);
    const blocked = await c.get(`/en/funding/applications/${app.id}/review`);
    assert.ok(blocked.body.includes('You declared a conflict of interest'));
    assert.ok(!blocked.body.includes('name="relevance"'), 'no scoring form');
    const attempt = await c.post(`/en/funding/applications/${app.id}/score`, {
      relevance: '20',
      design: '20',
      budget: '15',
      capacity: '10',
      sustainability: '10',
    });
    assert.equal(attempt.statusCode, 403);
    assert.equal(
      await t.db
        .selectFrom('funding_scores')
        .select('expert_id')
        .where('application_id', '=', app.id)
        .where('expert_id', '=', users.expert)
        .executeTakeFirst(),
      undefined,
    );
  });
});

describe('plans', () => {
  test('an official opens a plan: a missing title is told next to its field, then the plan is made', async () => {
    const c = new Client(t.app);
    assert.equal((await c.get('/en/funding/plans/new')).statusCode, 303, 'anonymous: to sign in');
    await signInAs(c, t.db, users.official);
    const form = await c.get('/en/funding/plans/new');
    assert.equal(form.statusCode, 200);
    assertAccessible(form.body, 'plan form');
    const body = form.body.match(/<option value="([0-9a-f-]{36})"/)![1];
    const bad = await c.post('/en/funding/plans/new', {
      stateBodyId: body,
      instrument: 'grant',
      year: '2027',
      title: '',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.indexOf('class="error-summary"') < bad.body.indexOf('<h1'), 'the summary is above the title');
    assert.ok(bad.body.includes('id="f-title-error"'));
    const good = await c.post('/en/funding/plans/new', {
      stateBodyId: body,
      instrument: 'grant',
      year: '2027',
      title: 'Grants for youth centres',
    });
    assert.equal(good.statusCode, 303);
    assert.match(String(good.headers.location), /^\/en\/funding\/plans\/[0-9a-f-]{36}$/);
    const citizen = new Client(t.app);
    await signInAs(citizen, t.db, users.ngo);
    assert.equal((await citizen.get('/en/funding/plans/new')).statusCode, 403, 'not an official');
    assert.equal((await citizen.get(`${good.headers.location}`)).statusCode, 404, 'a draft is not public');
    assert.equal((await c.get('/en/funding/plans/not-a-plan')).statusCode, 404);
  });

  test('a comment too short is told on the plan page; a good one is published', async () => {
    const c = new Client(t.app);
    await signInAs(c, t.db, users.ngo);
    const bad = await c.post(`/en/funding/plans/${ids.plan}/comments`, { body: 'no', topicId: '' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('id="f-body-error"'), 'next to the comment');
    assert.ok(bad.body.includes('>no</textarea>'), 'what was typed is kept');
    const good = await c.post(`/en/funding/plans/${ids.plan}/comments`, {
      body: 'Please add the rural districts.',
      topicId: '',
    });
    assert.equal(good.statusCode, 303);
    assert.match(String(good.headers.location), /#comments$/);
  });
});

describe('forms on the kit', () => {
  test('a new call left empty: 400 with the summary above the title and each message next to its field', async () => {
    const c = new Client(t.app);
    await signInAs(c, t.db, users.official);
    const form = await c.get('/en/funding/calls/new');
    assert.equal(form.statusCode, 200);
    assertAccessible(form.body, 'call form');
    const bad = await c.post('/en/funding/calls/new', { title: '' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.indexOf('class="error-summary"') < bad.body.indexOf('<h1'));
    for (const f of ['title', 'opensOn', 'lotTitle', 'budget']) assert.ok(bad.body.includes(`id="f-${f}-error"`), f);
  });

  test('an expert joins the register: an area must be chosen; the refusal of a non-expert is a page', async () => {
    const c = new Client(t.app);
    await signInAs(c, t.db, users.expert);
    assert.equal((await c.get('/en/funding/experts/join')).statusCode, 200);
    const bad = await c.post('/en/funding/experts/join', { displayName: 'G. Isayeva', bio: '' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('id="f-areas-error"'));
    const good = await c.post('/en/funding/experts/join', { displayName: 'G. Isayeva', areas: 'youth', public: 'yes' });
    assert.equal(good.statusCode, 303);
    assert.equal(good.headers.location, '/en/funding/experts');
    assert.equal((await c.get('/en/funding/my')).statusCode, 200);
    const ngo = new Client(t.app);
    await signInAs(ngo, t.db, users.ngo);
    const refused = await ngo.get('/en/funding/experts/join');
    assert.equal(refused.statusCode, 403);
    assert.ok(refused.body.includes('Only experts can do this.'));
  });

  test('a document that is not there, and a survey answered, in words', async () => {
    const c = new Client(t.app);
    assert.equal((await c.get('/funding/documents/not-a-document')).statusCode, 404);
    assert.equal((await c.get('/funding/documents/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    assert.equal((await c.get('/en/funding/survey/no-such-token')).statusCode, 404);
    const p = await t.db
      .selectFrom('funding_projects')
      .select('survey_token')
      .where('id', '=', ids.project)
      .executeTakeFirstOrThrow();
    const done = await c.get(`/en/funding/survey/${p.survey_token}?done=1`);
    assert.equal(done.statusCode, 200);
    assert.ok(!done.body.includes('name="score"'), 'no form once answered');
  });
});

describe('API', () => {
  test('calls and projects as { items, total, page, pageSize }; own applications need a token', async () => {
    const c = new Client(t.app);
    const calls = JSON.parse((await c.get('/api/v1/funding/calls?pageSize=5')).body);
    assert.deepEqual(Object.keys(calls).sort(), ['items', 'page', 'pageSize', 'total']);
    assert.equal(calls.pageSize, 5);
    assert.ok(calls.items.every((x: { status: string }) => x.status !== 'draft'));
    const one = await c.get(`/api/v1/funding/calls/${calls.items[0].id}`);
    assert.equal(JSON.parse(one.body).id, calls.items[0].id);
    const projects = JSON.parse((await c.get('/api/v1/funding/projects?status=evaluated')).body);
    assert.ok(projects.total > 0);
    assert.ok(projects.items[0].evaluation.score >= 0);
    const reports = JSON.parse((await c.get(`/api/v1/funding/projects/${ids.project}/reports`)).body);
    assert.ok(reports.total >= 1);
    assert.equal((await c.get('/api/v1/funding/applications')).statusCode, 401);
    const bad = await c.get('/api/v1/funding/projects?region=atlantis');
    assert.equal(bad.statusCode, 400);
    const panel = JSON.parse((await c.get(`/api/v1/funding/calls/${ids.review}/panel`)).body);
    assert.equal(panel.seed.length, 64);
    const spec = JSON.parse((await c.get('/api/openapi.json')).body);
    assert.ok(spec.paths['/api/v1/funding/calls']);
  });
});
