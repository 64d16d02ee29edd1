import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testLifecycle } from '../../platform/kit/testing.ts';
import {
  advanceBlocker,
  CYCLE,
  IMPLEMENTATION,
  PROPOSAL,
  assessmentPeriod,
  averageScore,
  ballotError,
  canMoveCycle,
  canMoveImplementation,
  computeResults,
  CYCLE_STATUSES,
  nextCycleStatus,
  residenceError,
  type BallotProposal,
} from './domain.ts';

test('the cycle moves forward one stage at a time and never back', () => {
  const order = ['draft', 'proposals', 'review', 'voting', 'results', 'implementation', 'closed'] as const;
  for (let i = 0; i < order.length - 1; i++) assert.equal(nextCycleStatus(order[i]), order[i + 1]);
  assert.equal(nextCycleStatus('closed'), null);
  for (const from of CYCLE_STATUSES) {
    for (const to of CYCLE_STATUSES)
      assert.equal(canMoveCycle(from, to), order.indexOf(to) === order.indexOf(from) + 1, `${from} -> ${to}`);
  }
});

test('a stage cannot be left before its work is done', () => {
  assert.equal(advanceBlocker('draft', { proposals: 0, unreviewed: 0, feasible: 0 }), null);
  assert.equal(advanceBlocker('proposals', { proposals: 0, unreviewed: 0, feasible: 0 }), 'no_proposals');
  assert.equal(advanceBlocker('proposals', { proposals: 2, unreviewed: 2, feasible: 0 }), null);
  assert.equal(advanceBlocker('review', { proposals: 3, unreviewed: 1, feasible: 2 }), 'unreviewed');
  assert.equal(advanceBlocker('review', { proposals: 3, unreviewed: 0, feasible: 0 }), 'no_feasible');
  assert.equal(advanceBlocker('review', { proposals: 3, unreviewed: 0, feasible: 1 }), null);
  assert.equal(advanceBlocker('closed', { proposals: 3, unreviewed: 0, feasible: 1 }), 'closed');
});

test('implementation: not started -> in progress -> completed, cancel any time before the end', () => {
  assert.ok(canMoveImplementation('not_started', 'in_progress'));
  assert.ok(canMoveImplementation('in_progress', 'completed'));
  assert.ok(canMoveImplementation('in_progress', 'in_progress'), 'another update at the same stage');
  assert.ok(canMoveImplementation('not_started', 'cancelled'));
  assert.ok(!canMoveImplementation('not_started', 'completed'), 'not completed without works');
  assert.ok(!canMoveImplementation('completed', 'in_progress'));
  assert.ok(!canMoveImplementation('cancelled', 'in_progress'));
});

const props = new Map<string, BallotProposal>([
  ['a', { id: 'a', cost: 60, status: 'feasible' }],
  ['b', { id: 'b', cost: 30, status: 'feasible' }],
  ['c', { id: 'c', cost: 20, status: 'feasible' }],
  ['x', { id: 'x', cost: 5, status: 'infeasible' }],
]);

test('a ballot: at least one, at most the limit, no repeats, feasible only, within the budget', () => {
  const rules = { budget: 100, maxChoices: 2 };
  assert.equal(ballotError([], props, rules), 'no_choice');
  assert.equal(ballotError(['a', 'a'], props, rules), 'duplicate_choice');
  assert.equal(ballotError(['a', 'b', 'c'], props, { budget: 1000, maxChoices: 2 }), 'too_many_choices');
  assert.equal(ballotError(['x'], props, rules), 'unknown_choice');
  assert.equal(ballotError(['nope'], props, rules), 'unknown_choice');
  assert.equal(ballotError(['a', 'b'], props, { budget: 80, maxChoices: 2 }), 'over_budget');
  assert.equal(ballotError(['a', 'b'], props, rules), null, '90 of 100');
  assert.equal(ballotError(['a', 'b'], props, { budget: 90, maxChoices: 2 }), null, 'exactly the budget fits');
});

test('residence: the region, and the district for a district akimat', () => {
  assert.equal(residenceError({ region: 'shymkent', district: null }, { region: 'shymkent', district: null }), null);
  assert.equal(
    residenceError({ region: 'shymkent', district: null }, { region: 'astana', district: null }),
    'not_resident_region',
  );
  assert.equal(
    residenceError(
      { region: 'shymkent', district: 'Әл-Фараби ауданы' },
      { region: 'shymkent', district: 'Абай ауданы' },
    ),
    'not_resident_district',
  );
  assert.equal(
    residenceError(
      { region: 'shymkent', district: 'Әл-Фараби ауданы' },
      { region: 'shymkent', district: 'Әл-Фараби ауданы' },
    ),
    null,
  );
});

test('results: greedy by votes within the budget, skipping what does not fit, every step recorded', () => {
  const steps = computeResults(100, [
    { id: 'a', votes: 9, cost: 80, order: 1 },
    { id: 'b', votes: 5, cost: 30, order: 2 },
    { id: 'c', votes: 2, cost: 20, order: 3 },
    { id: 'd', votes: 0, cost: 1, order: 4 },
  ]);
  assert.deepEqual(
    steps.map((s) => [s.proposalId, s.decision, s.remainingBefore, s.remainingAfter]),
    [
      ['a', 'selected', 100, 20],
      ['b', 'skipped', 20, 20],
      ['c', 'selected', 20, 0],
      ['d', 'skipped', 0, 0],
    ],
  );
});

test('results: ties go to the cheaper, then the earlier proposal; no votes, no selection', () => {
  const steps = computeResults(50, [
    { id: 'late', votes: 4, cost: 30, order: 2 },
    { id: 'early', votes: 4, cost: 30, order: 1 },
    { id: 'cheap', votes: 4, cost: 20, order: 3 },
    { id: 'zero', votes: 0, cost: 1, order: 0 },
  ]);
  assert.deepEqual(
    steps.map((s) => s.proposalId),
    ['cheap', 'early', 'late', 'zero'],
  );
  assert.deepEqual(
    steps.filter((s) => s.decision === 'selected').map((s) => s.proposalId),
    ['cheap', 'early'],
  );
});

test('assessment periods are quarters in Almaty time', () => {
  assert.equal(assessmentPeriod(new Date('2026-03-31T18:59:00Z')), '2026-Q1');
  // 19:00 UTC on 31 March is already 1 April in Almaty (UTC+5).
  assert.equal(assessmentPeriod(new Date('2026-03-31T19:00:00Z')), '2026-Q2');
  assert.equal(assessmentPeriod(new Date('2026-12-31T12:00:00Z')), '2026-Q4');
  assert.equal(averageScore(0, 0), null);
  assert.equal(averageScore(11, 3), 3.7);
});

const never = {
  draft: null,
  proposals: null,
  review: null,
  voting: null,
  results: null,
  implementation: null,
  closed: null,
};
describe('the cycle lifecycle', () =>
  testLifecycle(CYCLE, {
    open_proposals: { ...never, draft: 'proposals' },
    start_review: { ...never, proposals: 'review' },
    open_voting: { ...never, review: 'voting' },
    publish_results: { ...never, voting: 'results' },
    start_implementation: { ...never, results: 'implementation' },
    close: { ...never, implementation: 'closed' },
  }));

describe('the proposal lifecycle', () =>
  testLifecycle(PROPOSAL, {
    feasible: {
      submitted: 'feasible',
      feasible: 'feasible',
      infeasible: 'feasible',
      selected: null,
      not_selected: null,
    },
    infeasible: {
      submitted: 'infeasible',
      feasible: 'infeasible',
      infeasible: 'infeasible',
      selected: null,
      not_selected: null,
    },
    select: { submitted: null, feasible: 'selected', infeasible: null, selected: null, not_selected: null },
    leave: { submitted: null, feasible: 'not_selected', infeasible: null, selected: null, not_selected: null },
  }));

describe('the implementation lifecycle', () =>
  testLifecycle(IMPLEMENTATION, {
    not_started: { not_started: 'not_started', in_progress: null, completed: null, cancelled: null },
    in_progress: { not_started: 'in_progress', in_progress: 'in_progress', completed: null, cancelled: null },
    completed: { not_started: null, in_progress: 'completed', completed: null, cancelled: null },
    cancelled: { not_started: 'cancelled', in_progress: 'cancelled', completed: null, cancelled: null },
  }));
