import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { Instrument } from '../domain.ts';
import { canManage } from '../policy.ts';
import { loadBody, record, tx } from './shared.ts';

/** A state body (or the operator) starts a draft plan of topics for a year. */
export async function createPlan(
  deps: CommandDeps,
  input: { stateBodyId: string; instrument: Instrument; year: number; title: string },
): Promise<Result<{ id: string }>> {
  return tx(deps, async (trx) => {
    const body = await loadBody(trx, input.stateBodyId);
    if (!body) return fail('not_found');
    const can = canManage(deps.actor, body);
    if (!can.ok) return fail(can.reason);
    const row = await trx
      .insertInto('funding_plans')
      .values({
        state_body_id: body.id,
        instrument: input.instrument,
        year: input.year,
        title: input.title,
        created_by: deps.actor!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(trx, deps, 'plan.created', 'funding_plan', row.id, { year: input.year, instrument: input.instrument });
    return ok({ id: row.id });
  });
}
