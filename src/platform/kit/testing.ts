/**
 * Test helpers of the kit. `testLifecycle` checks a state machine against a table written out in
 * full in the test: every event × every state, so a new state or event without its row fails.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lifecycle } from './lifecycle.ts';

/**
 * One test per event and state. `expected[event][state]` is the state it leads to, or null when
 * impossible; the table must name every event and every state (checked first).
 * @example testLifecycle(VERIFICATION, { verify: { pending: 'verified', verified: null, refused: null }, … })
 */
export function testLifecycle<S extends string, E extends string>(
  machine: Lifecycle<S, E>,
  expected: Record<E, Record<S, S | null>>,
) {
  test('the table names every event and every state', () => {
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(machine.events).sort());
    for (const e of Object.keys(expected) as E[])
      assert.deepEqual(Object.keys(expected[e]).sort(), [...machine.states].sort(), e);
  });
  for (const event of Object.keys(machine.events) as E[]) {
    for (const state of machine.states) {
      const to = expected[event]?.[state] ?? null;
      test(`${event} from ${state} -> ${to ?? 'impossible'}`, () => {
        assert.equal(machine.next(state, event), to);
        assert.equal(machine.can(state, event), to !== null);
        assert.equal(machine.allowed(state).includes(event), to !== null);
      });
    }
  }
}
