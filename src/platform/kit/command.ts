/**
 * Commands as declarations. A command is the only way state changes: the kit owns the
 * transaction, load-or-not-found, the policy step, optimistic locking, the clock and the audit
 * defaults; the module writes what is its own (`run`).
 *
 * Audit default, decided once (ADR 0006): an entry is private unless the command says `public`,
 * because an entry's data may name people; every successful command writes at least one entry
 * (or declares `audit: 'none'` with its reason), so a state change without a record is a bug the
 * tests see at once.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { audit as writeAudit } from '../audit/index.ts';
import type { Actor } from '../auth/actor.ts';
import type { CommandDeps } from '../commands.ts';
import type { JobQueue } from '../jobs/index.ts';
import { reasons, type ReasonOf, type ReasonTable, type Result, type Verdict } from './result.ts';

export type { Verdict } from './result.ts';

/** The transaction a command runs in, typed like the application's database. */
export type Trx = Transaction<DB>;

/** A policy's answer: allowed, or the module's reason it is not. */

export interface AuditNote {
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  /** Public where the law makes the act public (decisions, verification); private by default. */
  public?: boolean;
  /**
   * An act of the rules rather than of the person (a profile sent back to the queue, a deadline
   * passing): recorded without an actor, so a public entry does not name whoever triggered it.
   */
  system?: boolean;
  /**
   * The person the entry names when it is not the caller: someone who registers, or follows a
   * mailed link while signed out, is recorded as themselves. `system` wins over it.
   */
  actor?: Pick<Actor, 'id' | 'name'> | null;
}

export interface CommandContext<L> {
  trx: Trx;
  /** What `load` found (never null: a missing one is `not_found` before `run`). */
  loaded: L;
  actor: Actor | null;
  /** The instant the command judges and stamps: the caller's `at`, else now. */
  at: Date;
  jobs: JobQueue;
  requestId?: string;
  /** Appends an audit entry in this transaction (actor, request id filled in). */
  audit(note: AuditNote): Promise<void>;
  /**
   * Says that this success changed nothing (an edit that changed no field), so no audit entry is
   * owed for it; the guard still holds for the command's other outcomes.
   */
  unchanged(): void;
}

export interface CommandDef<I, L, T, R extends string> {
  /** Finds what the command acts on (lock it with `forUpdate` when it is changed); null → not_found. */
  load?: (trx: Trx, input: I, at: Date, actor: Actor | null) => Promise<L | null | undefined>;
  /** The resource rule (policy.ts); a refusal's reason gets its kind from the module's table. */
  policy?: (actor: Actor | null, loaded: L, input: I, at: Date) => Verdict<R> | Promise<Verdict<R>>;
  /** Optimistic locking, one style everywhere: the version the user saw must still be current. */
  version?: { current: (loaded: L) => number; expected: (input: I) => number | undefined };
  run: (ctx: CommandContext<L>, input: I) => Promise<Result<T, R>>;
  /** 'none' only for commands that change nothing worth a record; say why next to it. */
  audit?: 'required' | 'none';
}

export type Command<I, T, R extends string> = (deps: CommandDeps, input: I, at?: Date) => Promise<Result<T, R>>;

/**
 * The command builder of a module, bound to its reasons.
 * @example
 * const { command, fail } = commandsFor(REGISTRY_REASONS);
 * export const decideVerification = command({
 *   load: (trx, input: { bin: string; decision: 'verify' | 'refuse' }) => findOrganization(trx, input.bin, { forUpdate: true }),
 *   policy: (actor, org) => canDecideVerification(actor, org),
 *   run: async ({ trx, loaded: org, audit }, input) => { …; await audit({ action, entityType, entityId, public: true }); return ok(…) },
 * });
 */
export function commandsFor<const M extends ReasonTable & { not_found: 'not_found' }>(table: M) {
  const kit = reasons(table);
  type R = ReasonOf<M>;
  function command<I, L = undefined, T = void>(def: CommandDef<I, L, T, R>): Command<I, T, R> {
    return async (deps, input, at) => {
      const now = at ?? new Date();
      let audited = 0;
      let unchanged = false;
      return deps.db.transaction().execute(async (trx): Promise<Result<T, R>> => {
        const t = trx as Trx;
        let loaded = undefined as L;
        if (def.load) {
          const found = await def.load(t, input, now, deps.actor);
          if (found === null || found === undefined) return kit.fail('not_found' as R);
          loaded = found;
        }
        if (def.policy) {
          const v = await def.policy(deps.actor, loaded, input, now);
          if (!v.ok) return kit.fail(v.reason, v.field);
        }
        if (def.version) {
          const expected = def.version.expected(input);
          if (expected !== undefined && expected !== def.version.current(loaded)) return kit.fail('stale' as R);
        }
        const ctx: CommandContext<L> = {
          trx: t,
          loaded,
          actor: deps.actor,
          at: now,
          jobs: deps.jobs,
          requestId: deps.requestId,
          unchanged() {
            unchanged = true;
          },
          async audit(note) {
            audited++;
            await writeAudit(t, {
              actor: note.system ? null : note.actor !== undefined ? note.actor : deps.actor,
              action: note.action,
              entityType: note.entityType,
              entityId: note.entityId,
              data: note.data,
              isPublic: note.public ?? false,
              requestId: deps.requestId,
            });
          },
        };
        const result = await def.run(ctx, input);
        // Thrown inside the transaction, so the unrecorded change is rolled back with it.
        if (result.ok && audited === 0 && !unchanged && def.audit !== 'none')
          throw new Error('a command changed state without an audit entry (declare audit: "none" with a reason)');
        return result;
      });
    };
  }
  return { ...kit, command };
}
