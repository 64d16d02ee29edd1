import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lifecycle } from './lifecycle.ts';
import { testLifecycle } from './testing.ts';

const DOOR = lifecycle(['open', 'closed', 'locked'], {
  close: { from: ['open'], to: 'closed' },
  open: { from: ['closed'], to: 'open' },
  lock: { from: ['closed'], to: 'locked' },
  unlock: { from: ['locked'], to: 'closed' },
});

describe('lifecycle: every event from every state', () => {
  testLifecycle(DOOR, {
    close: { open: 'closed', closed: null, locked: null },
    open: { open: null, closed: 'open', locked: null },
    lock: { open: null, closed: 'locked', locked: null },
    unlock: { open: null, closed: null, locked: 'closed' },
  });
});

test('allowed events follow the table order; a state no event leaves is final', () => {
  assert.deepEqual(DOOR.allowed('closed'), ['open', 'lock']);
  assert.equal(DOOR.isFinal('open'), false);
  const ONE_WAY = lifecycle(['draft', 'sent'], { send: { from: ['draft'], to: 'sent' } });
  assert.equal(ONE_WAY.isFinal('sent'), true);
});
