/**
 * One encoding of a state machine for every module: the states, and for each event the states it
 * may leave from and the state it leads to. A transition not in the table is impossible; a status
 * is written only as the result of `next` (the shape test looks for status literals elsewhere).
 */

export interface Lifecycle<S extends string, E extends string> {
  readonly states: readonly S[];
  readonly events: Readonly<Record<E, { readonly from: readonly S[]; readonly to: S }>>;
  /** The state after `event`, or null when the event is not allowed in `state`. */
  next(state: S, event: E): S | null;
  can(state: S, event: E): boolean;
  /** The events allowed in a state, in the table's order (for the buttons a page offers). */
  allowed(state: S): E[];
  /** States no event leaves. */
  isFinal(state: S): boolean;
}

/**
 * @example
 * export const VERIFICATION = lifecycle(['pending', 'verified', 'refused'], {
 *   verify: { from: ['pending'], to: 'verified' },
 *   refuse: { from: ['pending'], to: 'refused' },
 * });
 * VERIFICATION.next('pending', 'verify') // 'verified'
 */
export function lifecycle<const S extends string, const E extends string>(
  states: readonly S[],
  events: Record<E, { from: readonly S[]; to: S }>,
): Lifecycle<S, E> {
  const names = Object.keys(events) as E[];
  const next = (state: S, event: E): S | null => {
    const t = events[event];
    return t && t.from.includes(state) ? t.to : null;
  };
  return {
    states,
    events,
    next,
    can: (state, event) => next(state, event) !== null,
    allowed: (state) => names.filter((e) => events[e].from.includes(state)),
    isFinal: (state) => names.every((e) => !events[e].from.includes(state)),
  };
}

export type StateOf<L> = L extends Lifecycle<infer S, string> ? S : never;
export type EventOf<L> = L extends Lifecycle<string, infer E> ? E : never;
