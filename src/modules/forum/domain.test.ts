import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testLifecycle } from '../../platform/kit/testing.ts';
import {
  canMoveItem,
  FORUM,
  ITEM,
  doneOnTime,
  FORUM_STATUSES,
  isOverdue,
  ITEM_STATUSES,
  itemMoveBlocker,
  itemState,
  nextForumStatus,
  parseNumbers,
  percentDoneOnTime,
  progressOf,
} from './domain.ts';

test('a forum moves planned → open → deliberation → concluded and no further', () => {
  assert.deepEqual(FORUM_STATUSES.map(nextForumStatus), ['open', 'deliberation', 'concluded', null]);
});

test('an action-plan item: the allowed moves, and done and cancelled are final', () => {
  const allowed = ITEM_STATUSES.flatMap((from) =>
    ITEM_STATUSES.filter((to) => canMoveItem(from, to)).map((to) => `${from}->${to}`),
  );
  assert.deepEqual(allowed, [
    'planned->in_progress',
    'planned->done',
    'planned->cancelled',
    'in_progress->done',
    'in_progress->cancelled',
  ]);
});

test('nothing is done without evidence; nothing is cancelled without a reason', () => {
  assert.equal(itemMoveBlocker('in_progress', 'done', { evidence: 0, note: null }), 'no_evidence');
  assert.equal(itemMoveBlocker('in_progress', 'done', { evidence: 1, note: null }), null);
  assert.equal(itemMoveBlocker('planned', 'cancelled', { evidence: 3, note: '  ' }), 'no_reason');
  assert.equal(itemMoveBlocker('planned', 'cancelled', { evidence: 0, note: 'Заң өзгерді' }), null);
  assert.equal(itemMoveBlocker('done', 'in_progress', { evidence: 1, note: 'x' }), 'bad_transition');
});

test('overdue and on time are judged by the Almaty date', () => {
  // 2025-06-30 ends at 19:00 UTC in Almaty (UTC+5).
  const item = { deadline: '2025-06-30', status: 'in_progress' as const };
  assert.equal(isOverdue(item, new Date('2025-06-30T18:59:00Z')), false);
  assert.equal(isOverdue(item, new Date('2025-06-30T19:00:00Z')), true);
  assert.equal(isOverdue({ ...item, status: 'done' }, new Date('2026-01-01T00:00:00Z')), false);
  assert.equal(isOverdue({ ...item, status: 'cancelled' }, new Date('2026-01-01T00:00:00Z')), false);
  assert.equal(doneOnTime({ deadline: '2025-06-30', status: 'done', done_at: '2025-06-30T18:00:00Z' }), true);
  assert.equal(
    doneOnTime({ deadline: '2025-06-30', status: 'done', done_at: '2025-06-30T19:30:00Z' }),
    false,
    'already 1 July in Almaty',
  );
  assert.equal(
    itemState({ deadline: '2025-06-30', status: 'done', done_at: '2025-08-01T10:00:00Z' }, new Date()),
    'done_late',
  );
  assert.equal(itemState({ deadline: '2099-06-30', status: 'planned', done_at: null }, new Date()), 'planned');
});

test('progress counts overdue apart; the indicator is the share of due items done on time, by year', () => {
  const now = new Date('2026-01-15T00:00:00Z');
  const items = [
    { deadline: '2025-03-31', status: 'done' as const, done_at: '2025-03-01T00:00:00Z' },
    { deadline: '2025-06-30', status: 'done' as const, done_at: '2025-09-01T00:00:00Z' },
    { deadline: '2025-09-30', status: 'in_progress' as const, done_at: null },
    { deadline: '2025-12-31', status: 'cancelled' as const, done_at: null },
    { deadline: '2024-12-31', status: 'done' as const, done_at: '2024-12-20T00:00:00Z' },
    { deadline: '2026-06-30', status: 'planned' as const, done_at: null },
  ];
  assert.deepEqual(progressOf(items, now), { total: 6, done: 3, inProgress: 0, planned: 1, overdue: 1, cancelled: 1 });
  assert.deepEqual(percentDoneOnTime(items, now), [
    { year: 2024, due: 1, value: 100 },
    { year: 2025, due: 3, value: 33.3 },
  ]);
});

test('recommendation numbers are read from a list with ranges', () => {
  assert.deepEqual(parseNumbers('3, 7 10-12'), [3, 7, 10, 11, 12]);
  assert.deepEqual(parseNumbers('5;5'), [5]);
  assert.equal(parseNumbers('3, x'), null);
  assert.equal(parseNumbers('12-3'), null);
  assert.deepEqual(parseNumbers(''), []);
});

describe('the forum lifecycle', () =>
  testLifecycle(FORUM, {
    open: { planned: 'open', open: null, deliberation: null, concluded: null },
    deliberate: { planned: null, open: 'deliberation', deliberation: null, concluded: null },
    conclude: { planned: null, open: null, deliberation: 'concluded', concluded: null },
  }));

describe('the action-plan item lifecycle', () =>
  testLifecycle(ITEM, {
    start: { planned: 'in_progress', in_progress: null, done: null, cancelled: null },
    complete: { planned: 'done', in_progress: 'done', done: null, cancelled: null },
    cancel: { planned: 'cancelled', in_progress: 'cancelled', done: null, cancelled: null },
  }));
