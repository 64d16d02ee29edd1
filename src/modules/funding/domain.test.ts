import { describe, test } from 'node:test';
import { testLifecycle } from '../../platform/kit/testing.ts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  almatyClock,
  almatyInstant,
  APPLICATION,
  applicationWindow,
  awardShares,
  budgetProblems,
  CALL,
  canonicalJson,
  checkGrantBand,
  checkScores,
  DEFAULT_RUBRIC,
  drawPanel,
  drawSeed,
  evaluationFigures,
  grantBand,
  lotProblems,
  parseTenge,
  PLAN,
  planCanApprove,
  PROJECT,
  rankApplications,
  ratingInputFrom,
  REPORT,
  tiynToInput,
  type LotInput,
} from './domain.ts';

describe('plan lifecycle', () =>
  testLifecycle(PLAN, {
    openDiscussion: { draft: 'discussion', discussion: null, approved: null },
    approve: { draft: null, discussion: 'approved', approved: null },
  }));

describe('call lifecycle', () => {
  const none = { draft: null, published: null, closed: null, review: null, decided: null, cancelled: null };
  testLifecycle(CALL, {
    publish: { ...none, draft: 'published' },
    close: { ...none, published: 'closed' },
    startReview: { ...none, closed: 'review' },
    decide: { ...none, review: 'decided' },
    cancel: { ...none, draft: 'cancelled', published: 'cancelled' },
  });
});

describe('application lifecycle', () => {
  const none = {
    draft: null,
    submitted: null,
    withdrawn: null,
    admitted: null,
    rejected: null,
    awarded: null,
    not_awarded: null,
  };
  testLifecycle(APPLICATION, {
    submit: { ...none, draft: 'submitted' },
    withdraw: { ...none, draft: 'withdrawn', submitted: 'withdrawn' },
    admit: { ...none, submitted: 'admitted' },
    reject: { ...none, submitted: 'rejected' },
    award: { ...none, admitted: 'awarded' },
    notAward: { ...none, admitted: 'not_awarded' },
    correctToAwarded: { ...none, not_awarded: 'awarded' },
    correctToNotAwarded: { ...none, awarded: 'not_awarded' },
  });
});

describe('project lifecycle', () => {
  const none = { delivering: null, final_submitted: null, completed: null, evaluated: null, terminated: null };
  testLifecycle(PROJECT, {
    submitFinal: { ...none, delivering: 'final_submitted' },
    acceptFinal: { ...none, final_submitted: 'completed' },
    returnFinal: { ...none, final_submitted: 'delivering' },
    evaluate: { ...none, completed: 'evaluated' },
    terminate: { ...none, delivering: 'terminated', final_submitted: 'terminated' },
  });
});

describe('report lifecycle', () =>
  testLifecycle(REPORT, {
    accept: { submitted: 'accepted', accepted: null, returned: null },
    return: { submitted: 'returned', accepted: null, returned: null },
  }));

describe('state machines', () => {
  test('calls move only along their transitions', () => {
    assert.equal(CALL.next('draft', 'publish'), 'published');
    assert.equal(CALL.next('published', 'close'), 'closed');
    assert.equal(CALL.next('closed', 'startReview'), 'review');
    assert.equal(CALL.next('review', 'decide'), 'decided');
    assert.equal(CALL.next('draft', 'decide'), null);
    assert.equal(CALL.next('decided', 'cancel'), null, 'a decided call cannot be cancelled');
    assert.equal(CALL.next('review', 'publish'), null);
  });
  test('applications: withdraw before a decision only; awards only from admitted', () => {
    assert.equal(APPLICATION.next('draft', 'submit'), 'submitted');
    assert.equal(APPLICATION.next('submitted', 'withdraw'), 'withdrawn');
    assert.equal(APPLICATION.next('admitted', 'withdraw'), null);
    assert.equal(APPLICATION.next('submitted', 'award'), null);
    assert.equal(APPLICATION.next('admitted', 'award'), 'awarded');
    assert.equal(APPLICATION.next('awarded', 'notAward'), null, 'a published decision changes only by correction');
  });
  test('projects, reports and plans', () => {
    assert.equal(PROJECT.next('delivering', 'submitFinal'), 'final_submitted');
    assert.equal(PROJECT.next('final_submitted', 'returnFinal'), 'delivering');
    assert.equal(PROJECT.next('delivering', 'evaluate'), null);
    assert.equal(PROJECT.next('completed', 'evaluate'), 'evaluated');
    assert.equal(PROJECT.next('evaluated', 'terminate'), null);
    assert.equal(REPORT.next('accepted', 'return'), null);
    assert.equal(PLAN.next('draft', 'approve'), null, 'no approval without public discussion');
  });
  test('a plan is approved only after its discussion ended and every comment is answered', () => {
    const ends = new Date('2026-05-01T18:59:00Z');
    assert.equal(
      planCanApprove({ status: 'discussion', discussionEndsAt: ends }, 0, new Date('2026-05-01T10:00:00Z')),
      'discussionRunning',
    );
    assert.equal(
      planCanApprove({ status: 'discussion', discussionEndsAt: ends }, 2, new Date('2026-05-02T10:00:00Z')),
      'unansweredComments',
    );
    assert.equal(
      planCanApprove({ status: 'discussion', discussionEndsAt: ends }, 0, new Date('2026-05-02T10:00:00Z')),
      'ok',
    );
    assert.equal(planCanApprove({ status: 'draft', discussionEndsAt: null }, 0, new Date()), 'notInDiscussion');
  });
});

describe('money and grant bands', () => {
  test('tenge as typed to tiyn and back', () => {
    assert.equal(parseTenge('1 250 000,50'), 125000050);
    assert.equal(parseTenge('1250000'), 125000000);
    assert.equal(parseTenge('12.345'), null);
    assert.equal(parseTenge('-5'), null);
    assert.equal(parseTenge('abc'), null);
    assert.equal(tiynToInput(125000050), '1250000.50');
  });
  test('the band follows the MCI of the date', () => {
    const b2025 = grantBand('short_term', '2025-06-01');
    assert.equal(b2025.minTiyn, 500 * 3932 * 100);
    assert.equal(b2025.maxTiyn, 3000 * 3932 * 100);
    assert.equal(grantBand('short_term', '2026-06-01').minTiyn, 500 * 4325 * 100);
    assert.equal(grantBand('long_term', '2026-06-01').maxTiyn, null);
  });
  test('amounts and durations outside the band are named', () => {
    assert.deepEqual(checkGrantBand('short_term', 499 * 4325 * 100, 6, '2026-06-01'), {
      field: 'amount',
      reason: 'belowBand',
    });
    assert.deepEqual(checkGrantBand('short_term', 3001 * 4325 * 100, 6, '2026-06-01'), {
      field: 'amount',
      reason: 'aboveBand',
    });
    assert.deepEqual(checkGrantBand('medium_term', 5000 * 4325 * 100, 6, '2026-06-01'), {
      field: 'duration',
      reason: 'durationOutOfBand',
    });
    assert.equal(checkGrantBand('medium_term', 5000 * 4325 * 100, 18, '2026-06-01'), null);
  });
  test('lots: social order lasts 1–3 years; grant programmes fit their band; awards have a prize and a rule', () => {
    const lot: LotInput = {
      topicId: null,
      title: 'Лот',
      description: '',
      area: 'youth',
      region: null,
      budgetTiyn: 10_000_000_00,
      durationMonths: 6,
      expectedResults: '',
      indicators: [{ name: 'x', unit: 'y', target: 1 }],
      grantType: null,
      prizeTiyn: null,
      splitRule: null,
    };
    assert.deepEqual(lotProblems('social_order', lot, new Date('2026-03-01')), { durationMonths: 'durationYears' });
    assert.deepEqual(lotProblems('social_order', { ...lot, durationMonths: 24 }, new Date('2026-03-01')), {});
    assert.deepEqual(lotProblems('grant', lot, new Date('2026-03-01')), { grantType: 'grantTypeRequired' });
    assert.deepEqual(lotProblems('grant', { ...lot, grantType: 'long_term' }, new Date('2026-03-01')), {
      budget: 'belowBand',
    });
    assert.deepEqual(lotProblems('award', { ...lot, indicators: [] }, new Date('2026-03-01')), {
      prize: 'prizeRequired',
      splitRule: 'splitRuleRequired',
    });
  });
});

describe('budget of an application', () => {
  const at = new Date('2026-03-01T10:00:00Z');
  const lot = { instrument: 'social_order' as const, budgetTiyn: 10_000_000_00, durationMonths: 12, grantType: null };
  test('lines that add up to the requested amount within the lot pass', () => {
    assert.deepEqual(
      budgetProblems(
        [
          { item: 'Зарплата', amountTiyn: 6_000_000_00 },
          { item: 'Аренда', amountTiyn: 3_000_000_00 },
        ],
        9_000_000_00,
        lot,
        at,
      ),
      {},
    );
  });
  test('each problem is reported on its field', () => {
    const p = budgetProblems(
      [
        { item: '', amountTiyn: 6_000_000_00 },
        { item: 'Аренда', amountTiyn: 0 },
      ],
      9_000_000_00,
      lot,
      at,
    );
    assert.equal(p['budget.0.item'], 'budgetItemRequired');
    assert.equal(p['budget.1.amount'], 'budgetAmountPositive');
    assert.equal(p.requested, 'budgetSumMismatch');
    assert.equal(
      budgetProblems([{ item: 'a', amountTiyn: 11_000_000_00 }], 11_000_000_00, lot, at).requested,
      'overLotBudget',
    );
    assert.equal(budgetProblems([], 0, lot, at)['budget.0.item'], 'budgetEmpty');
  });
  test('grants: the amount must fit the band and own development stays within 10%', () => {
    const g = {
      instrument: 'grant' as const,
      budgetTiyn: 100_000_000_00,
      durationMonths: 12,
      grantType: 'short_term' as const,
    };
    assert.equal(budgetProblems([{ item: 'a', amountTiyn: 1_000_000_00 }], 1_000_000_00, g, at).requested, 'belowBand');
    const ok = 5_000_000_00;
    assert.deepEqual(
      budgetProblems(
        [
          { item: 'a', amountTiyn: ok - 400_000_00 },
          { item: 'развитие', amountTiyn: 400_000_00, ownDevelopment: true },
        ],
        ok,
        g,
        at,
      ),
      {},
    );
    assert.equal(
      budgetProblems(
        [
          { item: 'a', amountTiyn: ok - 600_000_00 },
          { item: 'развитие', amountTiyn: 600_000_00, ownDevelopment: true },
        ],
        ok,
        g,
        at,
      )['budget.1.amount'],
      'ownDevelopmentShare',
    );
  });
});

describe('deadlines in Asia/Almaty time', () => {
  test('18:00 in Astana is 13:00 UTC (UTC+5 since March 2024, UTC+6 before)', () => {
    assert.equal(almatyInstant('2026-04-10', '18:00').toISOString(), '2026-04-10T13:00:00.000Z');
    assert.equal(almatyInstant('2023-04-10', '18:00').toISOString(), '2023-04-10T12:00:00.000Z');
    assert.equal(almatyClock(new Date('2026-04-10T13:00:00Z')), '2026-04-10 18:00');
  });
  test('the window opens inclusive and closes exclusive, at the Almaty instant', () => {
    const call = { opensAt: almatyInstant('2026-03-01', '09:00'), closesAt: almatyInstant('2026-04-10', '18:00') };
    assert.equal(applicationWindow(call, new Date('2026-03-01T03:59:59Z')), 'not_open');
    assert.equal(applicationWindow(call, new Date('2026-03-01T04:00:00Z')), 'open');
    assert.equal(applicationWindow(call, new Date('2026-04-10T12:59:59Z')), 'open', '17:59:59 in Astana');
    assert.equal(applicationWindow(call, new Date('2026-04-10T13:00:00Z')), 'closed', '18:00 in Astana, 13:00 UTC');
  });
});

describe('the panel draw is reproducible from the published seed', () => {
  const candidates = ['c3', 'a1', 'b2', 'e5', 'd4', 'f6'];
  const inputs = { callId: 'call-1', closesAt: '2026-04-10T13:00:00.000Z', candidates, size: 3 };
  test('the seed is sha256 of the canonical JSON of the inputs (candidate order does not matter)', () => {
    const expected = createHash('sha256')
      .update(
        '{"callId":"call-1","candidates":["a1","b2","c3","d4","e5","f6"],"closesAt":"2026-04-10T13:00:00.000Z","size":3}',
      )
      .digest('hex');
    assert.equal(drawSeed(inputs), expected);
    assert.equal(drawSeed({ ...inputs, candidates: [...candidates].reverse() }), expected);
    assert.equal(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] }), '{"a":[2,{"c":2,"d":1}],"b":1}');
  });
  test('the same seed and candidates give the same panel; the documented rule recomputes it', () => {
    const seed = drawSeed(inputs);
    const panel = drawPanel(seed, candidates, 3);
    assert.equal(panel.length, 3);
    assert.deepEqual(drawPanel(seed, [...candidates].reverse(), 3), panel);
    const byHand = [...candidates]
      .sort((x, y) =>
        createHash('sha256').update(`${seed}:${x}`).digest('hex') <
        createHash('sha256').update(`${seed}:${y}`).digest('hex')
          ? -1
          : 1,
      )
      .slice(0, 3);
    assert.deepEqual(panel, byHand);
  });
  test('another seed gives (in general) another order', () => {
    const a = drawPanel(drawSeed(inputs), candidates, 6);
    const b = drawPanel(drawSeed({ ...inputs, callId: 'call-2' }), candidates, 6);
    assert.notDeepEqual(a, b);
    assert.deepEqual([...a].sort(), [...b].sort());
  });
});

describe('scores, ranking, awards, evaluation', () => {
  test('scores are integers within each criterion’s maximum', () => {
    const ok = checkScores(DEFAULT_RUBRIC, {
      relevance: '20',
      design: '20',
      budget: '15',
      capacity: '10',
      sustainability: '10',
    });
    assert.deepEqual(ok, {
      ok: true,
      criteria: { relevance: 20, design: 20, budget: 15, capacity: 10, sustainability: 10 },
      total: 75,
    });
    const bad = checkScores(DEFAULT_RUBRIC, {
      relevance: '26',
      design: '',
      budget: '1.5',
      capacity: '-1',
      sustainability: '3',
    });
    assert.deepEqual(bad, {
      ok: false,
      errors: { relevance: 'scoreRange', design: 'scoreRequired', budget: 'scoreRange', capacity: 'scoreRange' },
    });
  });
  test('ranking by mean score, ties to the earlier submission, unscored last', () => {
    const r = rankApplications([
      { id: 'a', submittedAt: new Date(3), totals: [80, 70] },
      { id: 'b', submittedAt: new Date(1), totals: [75] },
      { id: 'c', submittedAt: new Date(2), totals: [] },
      { id: 'd', submittedAt: new Date(0), totals: [60, 90] },
    ]);
    assert.deepEqual(r, [
      { id: 'd', score: 75, rank: 1 },
      { id: 'b', score: 75, rank: 2 },
      { id: 'a', score: 75, rank: 3 },
      { id: 'c', score: null, rank: null },
    ]);
  });
  test('an award is whole or split equally (the remainder to the first)', () => {
    assert.deepEqual(awardShares(1000, 1, 'single'), [1000]);
    assert.deepEqual(awardShares(1000, 3, 'equal_split'), [334, 333, 333]);
    assert.deepEqual(awardShares(1000, 0, 'equal_split'), []);
  });
  test('evaluation: achievement capped per indicator, cost per beneficiary, SROI where data allow', () => {
    const f = evaluationFigures({
      indicators: [
        { name: 'a', target: 100, actual: 150 },
        { name: 'b', target: 10, actual: 5 },
      ],
      amountTiyn: 10_000_000_00,
      beneficiaries: 400,
      socialValueTiyn: 25_000_000_00,
      satisfaction: 5,
    });
    assert.equal(f.achievement, 0.75);
    assert.equal(f.costPerBeneficiaryTiyn, 2_500_000);
    assert.equal(f.sroi, 2.5);
    assert.equal(f.score, Math.round(100 * (0.7 * 0.75 + 0.3)));
    const g = evaluationFigures({
      indicators: [],
      amountTiyn: 100,
      beneficiaries: 0,
      socialValueTiyn: null,
      satisfaction: null,
    });
    assert.deepEqual([g.costPerBeneficiaryTiyn, g.sroi, g.score], [null, null, 0]);
    assert.deepEqual(ratingInputFrom([80, 60]), { value: 0.7, count: 2 });
    assert.equal(ratingInputFrom([]), null);
  });
});
