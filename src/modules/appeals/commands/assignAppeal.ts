import { ok } from '../../../platform/kit/index.ts';
import { canAssignAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { officialsOf } from '../people.ts';
import { lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote, mailUser } from './shared.ts';

/**
 * Assigns an open appeal to an official of the same body (null: nobody). The form's version
 * must still be current, so two officials assigning at once do not silently override each other.
 * @example await assignAppeal(deps, { id, assigneeId: colleague.id, version: 3 })
 */
export const assignAppeal = command({
  load: (trx, input: { id: string; assigneeId: string | null; version: number }) => lockAppeal(trx, input.id),
  policy: (actor, a) => canAssignAppeal(actor, a),
  version: { current: (a) => a.version, expected: (input) => input.version },
  run: async ({ trx, loaded: a, actor, jobs, audit }, input) => {
    if (input.assigneeId && !(await officialsOf(trx, a.state_body_id)).some((o) => o.id === input.assigneeId))
      return fail('not_colleague', 'assignee');
    await updateAppeal(trx, a.id, { assigned_to: input.assigneeId });
    await audit(appealNote('assigned', a.number, { to: input.assigneeId }));
    if (input.assigneeId && input.assigneeId !== actor!.id)
      await mailUser(trx, jobs, input.assigneeId, 'assigned', { number: a.number, due: a.due_on });
    return ok(undefined);
  },
});
