import { ok } from '../../../platform/kit/index.ts';
import { addresseeRegion, INITIAL } from '../domain.ts';
import { canCreate } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertInitiative, stateBodyId } from '../repository/index.ts';
import type { DraftInput } from '../schemas.ts';

/**
 * A citizen starts an initiative: a draft only they can see, to edit and then submit.
 * @example const r = await createDraft(depsFrom(req), parsed.data) // r.value.id
 */
export const createDraft = command({
  policy: (actor) => canCreate(actor),
  run: async ({ trx, actor, audit }, input: DraftInput) => {
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
      author_id: actor!.id,
      author_name: actor!.name,
      status: INITIAL,
    });
    await audit({
      action: 'petitions.drafted',
      entityType: 'initiative',
      entityId: id,
      data: { addressee: input.addressee },
    });
    return ok({ id });
  },
});
