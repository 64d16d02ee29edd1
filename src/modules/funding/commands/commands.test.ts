// The whole lifecycle through the commands, on PGlite and (with DATABASE_URL) PostgreSQL: plan and
// discussion, call with a grant band check, application with refusals (budget, eligibility,
// deadline in Almaty time, stale version), compliance, reproducible draw, conflict of interest,
// scores, decision and correction, contract, reports and spending, visit, survey, evaluation,
// rating input and indicators.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, makeUser, type TestApp } from '../../../../tests/helpers/app.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { generateBin } from '../../../reference/index.ts';
import { ratingsFor } from '../../registry/index.ts';
import { amountAwarded, beneficiarySatisfaction } from '../catalogue.ts';
import { almatyInstant, drawPanel as redraw, drawSeed, type LotInput } from '../domain.ts';
import { findApplication, findPanel, findProject } from '../repository/index.ts';
import { addTopic } from './addTopic.ts';
import { answerComment } from './answerComment.ts';
import { answerSurvey } from './answerSurvey.ts';
import { approvePlan } from './approvePlan.ts';
import { changeCallStatus } from './changeCallStatus.ts';
import { checkCompliance } from './checkCompliance.ts';
import { commentOnPlan } from './commentOnPlan.ts';
import { correctDecision } from './correctDecision.ts';
import { createCall } from './createCall.ts';
import { createPlan } from './createPlan.ts';
import { decideCall } from './decideCall.ts';
import { declareConflict } from './declareConflict.ts';
import { drawPanel } from './drawPanel.ts';
import { evaluateProject } from './evaluateProject.ts';
import { joinRegister } from './joinRegister.ts';
import { openPlanDiscussion } from './openPlanDiscussion.ts';
import { recordVisit } from './recordVisit.ts';
import { reviewReport } from './reviewReport.ts';
import { saveApplication, type ApplicationContent } from './saveApplication.ts';
import { signContract } from './signContract.ts';
import { startApplication } from './startApplication.ts';
import { submitApplication, submitDetails } from './submitApplication.ts';
import { submitReport } from './submitReport.ts';
import { submitScore } from './submitScore.ts';
import { withdrawApplication } from './withdrawApplication.ts';

/** Compares plain data (a refusal's absent field is left out). */
const deepEq = (a: unknown, b: unknown, msg?: string) => assert.deepEqual(JSON.parse(JSON.stringify(a)), b, msg);
let t: TestApp;
let mipId: string;
const bins = [generateBin(7101, '1503'), generateBin(7102, '1503'), generateBin(7103, '1503')];
const unverifiedBin = generateBin(7104, '1503');
const actors: Record<string, Actor> = {};
const deps = (who: string): CommandDeps => ({
  db: t.db,
  jobs: t.app.jobs,
  actor: actors[who] ?? null,
  requestId: 'test',
});
const opens = almatyInstant('2026-05-01', '09:00');
const closes = almatyInstant('2026-05-20', '18:00');
const during = new Date('2026-05-10T06:00:00Z');
const after_ = new Date('2026-05-21T06:00:00Z');
let callId = '';
let lotId = '';
const appIds: string[] = [];

const actorOf = (u: { id: string; name: string; email: string }, over: Partial<Actor>): Actor => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});

async function addOrg(bin: string, verification: 'verified' | 'pending') {
  await t.db
    .insertInto('organizations')
    .values({
      bin,
      name_kk: `Ұйым ${bin}`,
      name_ru: `Организация ${bin}`,
      legal_form: 'public_association',
      region: 'astana',
      areas: ['youth'],
      founded_on: '2015-03-01',
      verification,
    })
    .execute();
  await t.db
    .insertInto('annual_reports')
    .values({ bin, year: 2025, submitted_at: new Date('2026-02-01T05:00:00Z'), data: '{}', income_total: 0 })
    .execute();
}

const content = (over: Partial<ApplicationContent> = {}): ApplicationContent => ({
  language: 'ru',
  title: 'Школа волонтёров',
  summary: 'Обучение молодёжи волонтёрству в пяти районах города.',
  description:
    'Проект обучает молодёжь волонтёрству: тренинги, наставничество, практика в НПО города и публичный отчёт о результатах.',
  activities: [{ title: 'Тренинги', period: 'май–июнь' }],
  budgetLines: [
    { item: 'Тренеры', amountTiyn: 6_000_000_00 },
    { item: 'Аренда', amountTiyn: 2_000_000_00 },
  ],
  requestedTiyn: 8_000_000_00,
  indicators: [{ name: 'Обучено волонтёров', unit: 'человек', target: 200 }],
  team: [{ name: 'А. Иванова', role: 'руководитель' }],
  beneficiariesPlanned: 200,
  ...over,
});

before(async () => {
  t = await testApp();
  mipId = (await t.db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow()).id;
  for (const b of bins) await addOrg(b, 'verified');
  await addOrg(unverifiedBin, 'pending');
  const official = await makeUser(t.db, { name: 'Динара Ахметова', stateBodies: [mipId] });
  actors.official = actorOf(official, { stateBodies: [mipId] });
  actors.other = actorOf(await makeUser(t.db), {});
  bins.forEach((b, i) => (actors[`ngo${i}`] = { ...actorOf({ id: '', name: '', email: '' }, {}), organizations: [b] }));
  for (let i = 0; i < 3; i++) {
    const u = await makeUser(t.db, { roles: ['citizen'], organizations: [bins[i]] });
    actors[`ngo${i}`] = actorOf(u, { organizations: [bins[i]] });
  }
  actors.ngoX = actorOf(await makeUser(t.db, { organizations: [unverifiedBin] }), { organizations: [unverifiedBin] });
  for (let i = 0; i < 4; i++) {
    const u = await makeUser(t.db, { roles: ['citizen', 'expert'], name: `Эксперт ${i}` });
    actors[`e${i}`] = actorOf(u, { roles: ['citizen', 'expert'] });
    assert.equal(
      (await joinRegister(deps(`e${i}`), { displayName: `Эксперт ${i}`, areas: ['youth'], bio: '', public: true })).ok,
      true,
    );
  }
});
after(async () => t?.close());

describe('funding lifecycle through commands', () => {
  test('plan: topics, public discussion, comments answered, then approval', async () => {
    const now = new Date('2026-03-01T06:00:00Z');
    deepEq(
      await createPlan(deps('other'), {
        stateBodyId: mipId,
        instrument: 'social_order',
        year: 2026,
        title: 'План 2026',
      }),
      { ok: false, kind: 'forbidden', reason: 'notYourBody' },
    );
    const plan = await createPlan(deps('official'), {
      stateBodyId: mipId,
      instrument: 'social_order',
      year: 2026,
      title: 'План тем 2026',
    });
    assert.ok(plan.ok);
    const planId = plan.value.id;
    deepEq(await openPlanDiscussion(deps('official'), { planId, endsAt: new Date('2026-03-20T18:59:00Z') }, now), {
      ok: false,
      kind: 'conflict',
      reason: 'noTopics',
    });
    const topic = await addTopic(deps('official'), {
      planId,
      title: 'Волонтёрство молодёжи',
      description: '',
      area: 'youth',
      region: null,
      evidence: '14 обращений граждан',
      evidenceLinks: ['https://example.kz/a'],
    });
    assert.ok(topic.ok);
    assert.equal(
      (await openPlanDiscussion(deps('official'), { planId, endsAt: new Date('2026-03-20T18:59:00Z') }, now)).ok,
      true,
    );
    const c = await commentOnPlan(
      deps('ngo0'),
      { planId, topicId: topic.value.id, body: 'Добавьте сельские районы.' },
      new Date('2026-03-05T06:00:00Z'),
    );
    assert.ok(c.ok);
    deepEq(await approvePlan(deps('official'), { planId }, new Date('2026-03-10T06:00:00Z')), {
      ok: false,
      kind: 'conflict',
      reason: 'discussionRunning',
    });
    deepEq(await approvePlan(deps('official'), { planId }, new Date('2026-03-25T06:00:00Z')), {
      ok: false,
      kind: 'conflict',
      reason: 'unansweredComments',
    });
    deepEq(
      await commentOnPlan(deps('ngo0'), { planId, topicId: null, body: 'Поздно' }, new Date('2026-03-25T06:00:00Z')),
      { ok: false, kind: 'conflict', reason: 'discussionClosed' },
    );
    assert.equal(
      (await answerComment(deps('official'), { commentId: c.value.id, answer: 'Учтено: лот в Акмолинской области.' }))
        .ok,
      true,
    );
    assert.equal((await approvePlan(deps('official'), { planId }, new Date('2026-03-25T06:00:00Z'))).ok, true);
    const log = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', planId).execute();
    assert.ok(log.some((l) => l.action === 'funding.plan.approved'));
  });

  test('call: a grant programme outside the MCI band is refused on its field; a social order call is published', async () => {
    const lot: LotInput = {
      topicId: null,
      title: 'Школы волонтёров',
      description: '',
      area: 'youth',
      region: 'astana',
      budgetTiyn: 10_000_000_00,
      durationMonths: 12,
      expectedResults: 'Обученные волонтёры',
      indicators: [{ name: 'Обучено', unit: 'человек', target: 200 }],
      grantType: 'long_term',
      prizeTiyn: null,
      splitRule: null,
    };
    const base = {
      stateBodyId: mipId,
      planId: null,
      title: 'Конкурс 2026',
      description: '',
      opensAt: opens,
      closesAt: closes,
      requiredDocuments: [],
      panelSize: 3,
    };
    deepEq(await createCall(deps('official'), { ...base, instrument: 'grant', lot }), {
      ok: false,
      kind: 'invalid',
      reason: 'belowBand',
      field: 'budget',
    });
    const created = await createCall(deps('official'), {
      ...base,
      instrument: 'social_order',
      lot: { ...lot, grantType: null },
    });
    assert.ok(created.ok);
    assert.equal(created.value.number, 'MIP-2026-01');
    callId = created.value.id;
    lotId = (await t.db.selectFrom('funding_lots').select('id').where('call_id', '=', callId).executeTakeFirstOrThrow())
      .id;
    deepEq(await changeCallStatus(deps('official'), { callId, event: 'close' }, during), {
      ok: false,
      kind: 'conflict',
      reason: 'badTransition',
    });
    deepEq(await changeCallStatus(deps('official'), { callId, event: 'publish' }, new Date('2026-04-25T06:00:00Z')), {
      ok: true,
      value: { status: 'published' },
    });
  });

  test('application: saved drafts with optimistic locking; refusals by field, by eligibility and by deadline', async () => {
    const s = await startApplication(deps('ngo0'), { lotId, bin: bins[0], language: 'ru' }, during);
    assert.ok(s.ok);
    const id = s.value.id;
    appIds.push(id);
    deepEq(await startApplication(deps('ngo0'), { lotId, bin: bins[1], language: 'ru' }, during), {
      ok: false,
      kind: 'forbidden',
      reason: 'notYourOrganization',
    });
    // A budget that does not add up is refused field by field.
    const v1 = await saveApplication(
      deps('ngo0'),
      {
        id,
        version: 1,
        content: content({ requestedTiyn: 9_000_000_00, budgetLines: [{ item: '', amountTiyn: 8_000_000_00 }] }),
        documents: [],
        storage: t.app.storage,
      },
      during,
    );
    deepEq(v1, { ok: true, value: { version: 2 } });
    const refused = await submitApplication(deps('ngo0'), { id, version: 2 }, during);
    assert.equal(refused.ok, false);
    deepEq(!refused.ok && submitDetails(refused).problems, {
      'budget.0.item': 'budgetItemRequired',
      requested: 'budgetSumMismatch',
    });
    // Someone else's save in between: the stale form is refused, nothing overwritten.
    deepEq(
      await saveApplication(
        deps('ngo0'),
        { id, version: 1, content: content(), documents: [], storage: t.app.storage },
        during,
      ),
      { ok: false, kind: 'conflict', reason: 'staleVersion' },
    );
    assert.equal((await findApplication(t.db, id))!.requested_tiyn, 9_000_000_00);
    const v3 = await saveApplication(
      deps('ngo0'),
      { id, version: 2, content: content(), documents: [], storage: t.app.storage },
      during,
    );
    assert.ok(v3.ok);
    // After the deadline (18:00 in Astana = 13:00 UTC) the submission is refused with both times.
    const late = await submitApplication(deps('ngo0'), { id, version: 3 }, new Date('2026-05-20T13:00:00Z'));
    deepEq(late, {
      ok: false,
      kind: 'conflict',
      reason: 'deadlinePassed',
      at: '2026-05-20 18:00',
      closesAt: '2026-05-20 18:00',
    });
    const inTime = await submitApplication(deps('ngo0'), { id, version: 3 }, new Date('2026-05-20T12:59:00Z'));
    deepEq(inTime, { ok: true, value: { id } });
    // An organisation the registry does not allow is refused with the registry's reasons.
    const x = await startApplication(deps('ngoX'), { lotId, bin: unverifiedBin, language: 'kk' }, during);
    assert.ok(x.ok);
    await saveApplication(
      deps('ngoX'),
      { id: x.value.id, version: 1, content: content(), documents: [], storage: t.app.storage },
      during,
    );
    const inel = await submitApplication(deps('ngoX'), { id: x.value.id, version: 2 }, during);
    deepEq(inel, { ok: false, kind: 'forbidden', reason: 'ineligible', ineligible: ['not_verified'] });
    // Two more applicants; one withdraws before the deadline; withdrawal after it is refused.
    for (const i of [1, 2]) {
      const a = await startApplication(deps(`ngo${i}`), { lotId, bin: bins[i], language: 'kk' }, during);
      assert.ok(a.ok);
      await saveApplication(
        deps(`ngo${i}`),
        {
          id: a.value.id,
          version: 1,
          content: content({ title: `Проект ${i}` }),
          documents: [],
          storage: t.app.storage,
        },
        during,
      );
      assert.equal((await submitApplication(deps(`ngo${i}`), { id: a.value.id, version: 2 }, during)).ok, true);
      appIds.push(a.value.id);
    }
    deepEq(await withdrawApplication(deps('ngo2'), { id: appIds[2] }, after_), {
      ok: false,
      kind: 'conflict',
      reason: 'deadlinePassed',
    });
    assert.equal((await withdrawApplication(deps('ngoX'), { id: x.value.id }, during)).ok, true);
  });

  test('review: compliance after closing, a reproducible draw, conflicts block scoring, scores hidden until the decision', async () => {
    deepEq(await changeCallStatus(deps('official'), { callId, event: 'close' }, during), {
      ok: false,
      kind: 'conflict',
      reason: 'periodNotOver',
    });
    assert.equal((await changeCallStatus(deps('official'), { callId, event: 'close' }, after_)).ok, true);
    deepEq(await changeCallStatus(deps('official'), { callId, event: 'startReview' }, after_), {
      ok: false,
      kind: 'conflict',
      reason: 'panelNotDrawn',
    });
    const drawn = await drawPanel(deps('official'), { callId }, after_);
    assert.ok(drawn.ok);
    deepEq(await drawPanel(deps('official'), { callId }, after_), {
      ok: false,
      kind: 'conflict',
      reason: 'alreadyDrawn',
    });
    const panel = (await findPanel(t.db, callId))!;
    // Anyone can re-run it from what is published.
    assert.equal(drawSeed(panel.inputs), panel.seed);
    deepEq(
      redraw(panel.seed, panel.inputs.candidates, panel.inputs.size),
      panel.members.map((m) => m.user_id),
    );
    deepEq(await changeCallStatus(deps('official'), { callId, event: 'startReview' }, after_), {
      ok: false,
      kind: 'conflict',
      reason: 'compliancePending',
    });
    deepEq(
      await checkCompliance(deps('official'), { applicationId: appIds[2], decision: 'reject', note: '' }, after_),
      { ok: false, kind: 'invalid', reason: 'reasonRequired', field: 'note' },
    );
    assert.equal(
      (
        await checkCompliance(
          deps('official'),
          { applicationId: appIds[2], decision: 'reject', note: 'Нет сметы расходов.' },
          after_,
        )
      ).ok,
      true,
    );
    for (const id of appIds.slice(0, 2))
      assert.equal(
        (await checkCompliance(deps('official'), { applicationId: id, decision: 'admit', note: '' }, after_)).ok,
        true,
      );
    assert.equal((await changeCallStatus(deps('official'), { callId, event: 'startReview' }, after_)).ok, true);

    const members = panel.members.map((m) => m.user_id);
    const who = (uid: string) => Object.keys(actors).find((k) => actors[k].id === uid)!;
    const [first, second, third] = members.map(who);
    // Scoring before declaring is refused; a conflicted expert cannot score.
    deepEq(await submitScore(deps(first), { applicationId: appIds[0], scores: {}, comment: '' }), {
      ok: false,
      kind: 'forbidden',
      reason: 'declareFirst',
    });
    assert.equal(
      (await declareConflict(deps(first), { applicationId: appIds[0], kinds: ['founder'], note: 'учредитель' })).ok,
      true,
    );
    deepEq(
      await submitScore(deps(first), {
        applicationId: appIds[0],
        scores: { relevance: 20, design: 20, budget: 15, capacity: 10, sustainability: 10 },
        comment: '',
      }),
      { ok: false, kind: 'forbidden', reason: 'conflicted' },
    );
    const outsider = Object.keys(actors).find((k) => k.startsWith('e') && !members.includes(actors[k].id))!;
    deepEq(await declareConflict(deps(outsider), { applicationId: appIds[0], kinds: [], note: '' }), {
      ok: false,
      kind: 'forbidden',
      reason: 'notOnPanel',
    });
    const full = { relevance: '20', design: '20', budget: '15', capacity: '10', sustainability: '10' };
    for (const e of [second, third]) {
      for (const [i, id] of appIds.slice(0, 2).entries()) {
        assert.equal((await declareConflict(deps(e), { applicationId: id, kinds: [], note: '' })).ok, true);
        const bad = await submitScore(deps(e), {
          applicationId: id,
          scores: { ...full, relevance: '30' },
          comment: '',
        });
        deepEq(bad, { ok: false, kind: 'invalid', reason: 'invalidScores', errors: { relevance: 'scoreRange' } });
        assert.equal(
          (
            await submitScore(deps(e), {
              applicationId: id,
              scores: { ...full, design: String(20 - i * 5) },
              comment: 'ok',
            })
          ).ok,
          true,
        );
      }
    }
    await declareConflict(deps(first), { applicationId: appIds[1], kinds: [], note: '' });
    assert.equal((await submitScore(deps(first), { applicationId: appIds[1], scores: full, comment: '' })).ok, true);
    // Until the decision the applications carry no score.
    assert.equal((await findApplication(t.db, appIds[0]))!.score, null);
  });

  test('decision: published with scores and ranks; changed only by a recorded correction', async () => {
    deepEq(
      await decideCall(deps('official'), {
        callId,
        winners: [appIds[0], appIds[1]],
        reasons: 'Лучшие баллы по лоту.',
        commission: '',
      }),
      { ok: false, kind: 'invalid', reason: 'oneWinnerPerLot', field: 'winners' },
    );
    deepEq(
      await decideCall(deps('official'), {
        callId,
        winners: [appIds[2]],
        reasons: 'Лучшие баллы по лоту.',
        commission: '',
      }),
      { ok: false, kind: 'invalid', reason: 'winnerNotAdmitted', field: 'winners' },
    );
    const d = await decideCall(
      deps('official'),
      { callId, winners: [appIds[0]], reasons: 'Наибольший средний балл по лоту.', commission: '7 членов' },
      after_,
    );
    deepEq(d, { ok: true, value: { awarded: 1 } });
    const a0 = (await findApplication(t.db, appIds[0]))!;
    const a1 = (await findApplication(t.db, appIds[1]))!;
    deepEq([a0.status, a0.score, a0.rank], ['awarded', 75, 1]);
    deepEq([a1.status, a1.rank], ['not_awarded', 2]);
    deepEq(
      await decideCall(deps('official'), {
        callId,
        winners: [appIds[1]],
        reasons: 'Передумали совсем.',
        commission: '',
      }),
      { ok: false, kind: 'conflict', reason: 'badTransition' },
    );
    deepEq(await correctDecision(deps('official'), { applicationId: appIds[1], to: 'awarded', reason: 'коротко' }), {
      ok: false,
      kind: 'invalid',
      reason: 'reasonRequired',
      field: 'reason',
    });
    assert.equal(
      (
        await correctDecision(deps('official'), {
          applicationId: appIds[1],
          to: 'awarded',
          reason: 'Арифметическая ошибка в оценочном листе.',
        })
      ).ok,
      true,
    );
    assert.equal(
      (
        await correctDecision(deps('official'), {
          applicationId: appIds[1],
          to: 'not_awarded',
          reason: 'Повторная проверка листа подтвердила исходный результат.',
        })
      ).ok,
      true,
    );
    const corrections = await t.db
      .selectFrom('funding_decision_corrections')
      .select(['from_status', 'to_status'])
      .where('call_id', '=', callId)
      .orderBy('corrected_at')
      .execute();
    deepEq(
      corrections.map((c) => `${c.from_status}>${c.to_status}`),
      ['not_awarded>awarded', 'awarded>not_awarded'],
    );
  });

  test('contract, reports with spending against lines, visit, survey, evaluation and the rating input', async () => {
    const c = await signContract(deps('official'), { applicationId: appIds[0], startsOn: '2026-06-01' });
    assert.ok(c.ok);
    const pid = c.value.id;
    const p = (await findProject(t.db, pid))!;
    deepEq([p.amount_tiyn, String(p.ends_on).slice(0, 10), p.status], [8_000_000_00, '2027-06-01', 'delivering']);
    deepEq(
      await correctDecision(deps('official'), {
        applicationId: appIds[0],
        to: 'not_awarded',
        reason: 'Попытка после подписания договора.',
      }),
      { ok: false, kind: 'conflict', reason: 'contractSigned' },
    );
    const lines = await t.db
      .selectFrom('funding_budget_lines')
      .select(['id', 'planned_tiyn'])
      .where('project_id', '=', pid)
      .orderBy('position')
      .execute();
    const base = {
      projectId: pid,
      period: 'I полугодие',
      narrative: 'Проведены тренинги для 120 человек.',
      beneficiariesReached: 120,
      indicatorValues: { 'Обучено волонтёров': 120 },
      documents: [],
      storage: t.app.storage,
    };
    deepEq(await submitReport(deps('ngo0'), { ...base, kind: 'interim', spending: { [lines[0].id]: 7_000_000_00 } }), {
      ok: false,
      kind: 'invalid',
      reason: 'overLine',
      field: `spend.${lines[0].id}`,
    });
    deepEq(await submitReport(deps('ngo1'), { ...base, kind: 'interim', spending: {} }), {
      ok: false,
      kind: 'forbidden',
      reason: 'notYourOrganization',
    });
    const interim = await submitReport(deps('ngo0'), {
      ...base,
      kind: 'interim',
      spending: { [lines[0].id]: 3_000_000_00 },
    });
    assert.ok(interim.ok);
    assert.equal(
      (await reviewReport(deps('official'), { reportId: interim.value.id, decision: 'accept', note: '' })).ok,
      true,
    );
    assert.equal(
      (
        await recordVisit(deps('official'), {
          projectId: pid,
          visitedOn: '2026-09-10',
          findings: 'Тренинги проводятся по плану.',
          outcome: 'ok',
        })
      ).ok,
      true,
    );
    const fin = await submitReport(deps('ngo0'), {
      ...base,
      kind: 'final',
      beneficiariesReached: 210,
      indicatorValues: { 'Обучено волонтёров': 210 },
      spending: { [lines[0].id]: 3_000_000_00, [lines[1].id]: 2_000_000_00 },
    });
    assert.ok(fin.ok);
    assert.equal((await findProject(t.db, pid))!.status, 'final_submitted');
    deepEq(
      await evaluateProject(deps('official'), {
        projectId: pid,
        indicators: [],
        outcomes: 'x',
        beneficiaries: 1,
        socialValueTiyn: null,
      }),
      { ok: false, kind: 'conflict', reason: 'badTransition' },
    );
    assert.equal(
      (await reviewReport(deps('official'), { reportId: fin.value.id, decision: 'accept', note: '' })).ok,
      true,
    );
    for (const score of [5, 4, 5, 3])
      assert.equal(
        (
          await answerSurvey(
            deps('nobody'),
            { token: p.survey_token, score, comment: '' },
            new Date('2027-05-01T06:00:00Z'),
          )
        ).ok,
        true,
      );
    deepEq(await answerSurvey(deps('nobody'), { token: p.survey_token, score: 7, comment: '' }), {
      ok: false,
      kind: 'invalid',
      reason: 'scoreRange',
      field: 'score',
    });
    const ev = await evaluateProject(
      deps('official'),
      {
        projectId: pid,
        indicators: [{ name: 'Обучено волонтёров', target: 200, actual: 210 }],
        outcomes: 'Цели достигнуты.',
        beneficiaries: 210,
        socialValueTiyn: 20_000_000_00,
      },
      new Date('2027-07-01T06:00:00Z'),
    );
    // achievement 1, satisfaction (4.25 - 1) / 4 = 0.8125 -> 70 + 24.375 = 94
    deepEq(ev, { ok: true, value: { score: 94 } });
    const e = await t.db
      .selectFrom('funding_evaluations')
      .selectAll()
      .where('project_id', '=', pid)
      .executeTakeFirstOrThrow();
    deepEq([Number(e.sroi), Number(e.cost_per_beneficiary_tiyn)], [2.5, Math.round(8_000_000_00 / 210)]);

    // The evaluation feeds the registry rating through the provider registered by the module.
    const org = await t.db.selectFrom('organizations').selectAll().where('bin', '=', bins[0]).executeTakeFirstOrThrow();
    const rating = (await ratingsFor(t.db, [org as any], new Date('2027-08-01T00:00:00Z'))).get(bins[0])!;
    const input = rating.inputs.find((i) => i.key === 'projects');
    assert.equal(input?.value, 0.94);

    // Open-data indicators.
    const amount = await amountAwarded(t.db);
    deepEq(
      amount.filter((v) => v.year === 2026),
      [
        { region: null, year: 2026, value: 8_000_000 },
        { region: 'astana', year: 2026, value: 8_000_000 },
      ],
    );
    const sat = await beneficiarySatisfaction(t.db);
    deepEq(
      sat.find((v) => v.region === 'astana' && v.year === 2027),
      { region: 'astana', year: 2027, value: 4.25 },
    );
    assert.ok(t.app.openData.feeds.some((f) => f.id === 'calls'));
    assert.ok(t.app.openData.sdgContributors.some((c) => c.kind === 'projects'));
    const sdg = await t.app.openData.sdgContributors
      .find((c) => c.kind === 'projects')!
      .list(t.db, { areas: ['youth'], locale: 'ru', limit: 5 });
    assert.equal(sdg[0].href, `/ru/funding/projects/${pid}`);
  });
});
