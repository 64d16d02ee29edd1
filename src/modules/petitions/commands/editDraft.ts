import { ok } from '../../../platform/kit/index.ts';
import { addresseeRegion } from '../domain.ts';
import { canEditDraft } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findInitiative, stateBodyId, updateInitiative } from '../repository/index.ts';
import type { DraftInput } from '../schemas.ts';
import { factsOf } from './facts.ts';

/**
 * The author changes their draft. Optimistic locking: `version` is the one the form was made
 * from; if the draft changed since (another tab), 'stale' and nothing is overwritten.
 * @example await editDraft(depsFrom(req), { ...parsed.data, id, version })
 */
export const editDraft = command({
  load: (trx, input: DraftInput & { id: string; version: number }) =>
    findInitiative(trx, input.id, { forUpdate: true }),
  policy: (actor, row) => canEditDraft(actor, factsOf(row)),
  version: { current: (row) => row.version, expected: (input) => input.version },
  run: async ({ trx, loaded: row, audit }, input) => {
    const addresseeId = await stateBodyId(trx, input.addressee);
    if (!addresseeId) return fail('unknown_addressee', 'addressee');
    await updateInitiative(trx, row.id, {
      title: input.title,
      body: input.body,
      language: input.language,
      addressee_id: addresseeId,
      addressee_code: input.addressee,
      region: addresseeRegion(input.addressee),
      area: input.area,
    });
    await audit({ action: 'petitions.draft_edited', entityType: 'initiative', entityId: row.id });
    return ok({ id: row.id });
  },
});
