import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canJoinRegister } from '../policy.ts';
import { record, tx } from './shared.ts';

/** An expert opts into (or updates their entry in, or leaves) the public expert register. */
export async function joinRegister(
  deps: CommandDeps,
  input: { displayName: string; areas: string[]; bio: string; public: boolean },
): Promise<Result<void>> {
  const can = canJoinRegister(deps.actor);
  if (!can.ok) return fail(can.reason);
  return tx(deps, async (trx) => {
    const v = { display_name: input.displayName, areas: input.areas, bio: input.bio, public: input.public };
    await trx
      .insertInto('funding_experts')
      .values({ user_id: deps.actor!.id, ...v })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(v))
      .execute();
    await record(trx, deps, input.public ? 'expert.registered' : 'expert.left', 'funding_expert', deps.actor!.id, {
      areas: input.areas,
    });
    return ok(undefined);
  });
}
