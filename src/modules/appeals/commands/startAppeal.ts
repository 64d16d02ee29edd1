import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { transition } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { lockAppeal, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal } from './shared.ts';

/**
 * An official takes the appeal in work (and, if nobody is assigned, assigns it to themself).
 * @example await startAppeal(deps, { id })
 */
export async function startAppeal(deps: CommandDeps, input: { id: string }): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canWorkAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    const next = transition(a.status, 'start');
    if (!next) return fail('bad_transition');
    await updateAppealIfVersion(trx, a.id, a.version, { status: next, assigned_to: a.assigned_to ?? deps.actor!.id });
    await auditAppeal(trx, deps.actor, 'started', a.number, {}, deps.requestId);
    return ok(undefined);
  });
}
