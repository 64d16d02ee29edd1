import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { ConflictKind } from '../domain.ts';
import { canDeclare } from '../policy.ts';
import { findApplication, findCall } from '../repository.ts';
import { record, tx } from './shared.ts';

/**
 * A panel expert's declaration for one application: the kinds of conflict (membership, founder,
 * board, payment in the last year, family tie) or none. A conflicted expert cannot score it.
 * Declarations are final and public (the expert's name and the kinds, not the note).
 */
export async function declareConflict(
  deps: CommandDeps,
  input: { applicationId: string; kinds: ConflictKind[]; note: string },
  now = new Date(),
): Promise<Result<{ conflicted: boolean }>> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.applicationId);
    if (!app) return fail('not_found');
    const call = (await findCall(trx, app.call_id))!;
    const actor = deps.actor;
    const onPanel =
      !!actor &&
      !!(await trx
        .selectFrom('funding_panel_members')
        .select('user_id')
        .where('call_id', '=', call.id)
        .where('user_id', '=', actor.id)
        .executeTakeFirst());
    const declared =
      !!actor &&
      !!(await trx
        .selectFrom('funding_conflicts')
        .select('expert_id')
        .where('application_id', '=', app.id)
        .where('expert_id', '=', actor.id)
        .executeTakeFirst());
    const can = canDeclare(actor, { callStatus: call.status, appStatus: app.status, onPanel, declared });
    if (!can.ok) return fail(can.reason);
    const kinds = [...new Set(input.kinds)];
    await trx
      .insertInto('funding_conflicts')
      .values({ application_id: app.id, expert_id: actor!.id, kinds, note: input.note, declared_at: now })
      .execute();
    await record(trx, deps, 'conflict.declared', 'funding_application', app.id, { expert: actor!.name, kinds });
    return ok({ conflicted: kinds.length > 0 });
  });
}
