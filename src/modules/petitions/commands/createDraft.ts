import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { addresseeRegion } from '../domain.ts';
import { canCreate } from '../policy.ts';
import { insertInitiative, stateBodyId } from '../repository.ts';
import type { DraftInput } from '../schemas.ts';

/**
 * A citizen starts an initiative: a draft only they can see, to edit and then submit.
 * @example const r = await createDraft(depsFrom(req), parsed.data) // r.value.id
 */
export async function createDraft(deps: CommandDeps, input: DraftInput): Promise<Result<{ id: string }>> {
  const decision = canCreate(deps.actor);
  if (!decision.ok) return fail(decision.reason);
  const actor = deps.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const addresseeId = await stateBodyId(trx, input.addressee);
    if (!addresseeId) return fail('unknown_addressee', 'addressee');
    const id = await insertInitiative(trx, {
      title: input.title,
      body: input.body,
      language: input.language,
      addressee_id: addresseeId,
      addressee_code: input.addressee,
      region: addresseeRegion(input.addressee),
      area: input.area,
      author_id: actor.id,
      author_name: actor.name,
      status: 'draft',
    });
    await audit(trx, {
      actor,
      action: 'petitions.drafted',
      entityType: 'initiative',
      entityId: id,
      data: { addressee: input.addressee },
      requestId: deps.requestId,
    });
    return ok({ id });
  });
}
