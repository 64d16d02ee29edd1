/**
 * Expected failures are values with a kind. The kind decides the HTTP status in one place
 * (`STATUS_OF`); the reason is the module's own word for it, the last segment of the i18n keys
 * `<module>.deny.<reason>` (page) and `<module>.errors.<reason>` (next to a field).
 */

/** What went wrong, as far as the caller (and HTTP) needs to know. */
export type FailureKind = 'not_found' | 'forbidden' | 'conflict' | 'invalid';

/** The HTTP status each kind of failure is answered with, pages and API alike. */
export const STATUS_OF: Readonly<Record<FailureKind, number>> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
};

export interface Failure<R extends string = string> {
  ok: false;
  kind: FailureKind;
  reason: R;
  /** The form field the message belongs next to (shown on the form, never on a separate page). */
  field?: string;
  /**
   * Several fields at once, each with its reason (a budget whose lines do not add up, a score
   * per criterion): each message `<module>.errors.<reason>` is shown next to its field.
   */
  fields?: Record<string, string>;
  /** Values the message needs: `legislation.errors.tooShort` says the earliest allowed {date}. */
  params?: Record<string, string | number>;
}
export type Result<T = void, R extends string = string> = { ok: true; value: T } | Failure<R>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** A policy's answer: allowed, or the module's reason it is not (optionally next to a form field). */
export type Verdict<R extends string = string> = { ok: true } | { ok: false; reason: R; field?: string };

/** A module's reasons and their kinds, written once: `tsc` then checks every reason a command gives. */
export type ReasonTable = Readonly<Record<string, FailureKind>>;
export type ReasonOf<M extends ReasonTable> = keyof M & string;

/**
 * The module's typed `fail`: `fail('stale')` gets its kind from the table, so a new reason is one
 * line in the table, and a typo is a type error.
 * @example const { fail } = reasons({ not_found: 'not_found', stale: 'conflict', not_member: 'forbidden' })
 * fail('not_found', undefined, { bin }) // the message's {bin}
 */
export function reasons<const M extends ReasonTable>(table: M) {
  const fail = <R extends ReasonOf<M>>(
    reason: R,
    field?: string,
    params?: Record<string, string | number>,
  ): Failure<R> => ({
    ok: false,
    kind: table[reason],
    reason,
    ...(field === undefined ? {} : { field }),
    ...(params === undefined ? {} : { params }),
  });
  /** A policy's refusal as a failure of this module (its reason must be in the table). */
  const refuse = <R extends ReasonOf<M>>(decision: { ok: false; reason: R; field?: string }): Failure<R> =>
    fail(decision.reason, decision.field);
  /** The policy side: `allow`, and `deny(reason)` typed by the same table. */
  const allow: Verdict<never> = { ok: true };
  const deny = (reason: ReasonOf<M>, field?: string): Verdict<ReasonOf<M>> =>
    field === undefined ? { ok: false, reason } : { ok: false, reason, field };
  return { table, fail, refuse, allow, deny, kindOf: (reason: ReasonOf<M>): FailureKind => table[reason] };
}
