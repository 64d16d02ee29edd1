import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { isOpen } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { lockAppeal, officialsOf, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal, mailUser } from './shared.ts';

/**
 * Assigns an open appeal to an official of the same body (null: nobody). The form's version
 * must still be current, so two officials assigning at once do not silently override each other.
 * @example await assignAppeal(deps, { id, assigneeId: colleague.id, version: 3 })
 */
export async function assignAppeal(
  deps: CommandDeps,
  input: { id: string; assigneeId: string | null; version: number },
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canWorkAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    if (!isOpen(a.status)) return fail('not_open');
    if (input.assigneeId && !(await officialsOf(trx, a.state_body_id)).some((o) => o.id === input.assigneeId))
      return fail('not_colleague', 'assignee');
    if (!(await updateAppealIfVersion(trx, a.id, input.version, { assigned_to: input.assigneeId })))
      return fail('stale');
    await auditAppeal(trx, deps.actor, 'assigned', a.number, { to: input.assigneeId }, deps.requestId);
    if (input.assigneeId && input.assigneeId !== deps.actor!.id)
      await mailUser(trx, deps.jobs, input.assigneeId, 'assigned', { number: a.number, due: a.due_on });
    return ok(undefined);
  });
}
