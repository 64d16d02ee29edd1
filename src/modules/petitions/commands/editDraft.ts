import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { addresseeRegion } from '../domain.ts';
import { canEditDraft } from '../policy.ts';
import { findInitiative, stateBodyId, updateInitiative } from '../repository.ts';
import type { DraftInput } from '../schemas.ts';
import { factsOf } from './facts.ts';

/**
 * The author changes their draft. Optimistic locking: `version` is the one the form was made
 * from; if the draft changed since (another tab), 'stale' and nothing is overwritten.
 */
export async function editDraft(
  deps: CommandDeps,
  input: DraftInput & { id: string; version: number },
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findInitiative(trx, input.id, { forUpdate: true });
    if (!row) return fail('not_found');
    const decision = canEditDraft(deps.actor, factsOf(row));
    if (!decision.ok) return fail(decision.reason);
    const addresseeId = await stateBodyId(trx, input.addressee);
    if (!addresseeId) return fail('unknown_addressee', 'addressee');
    const changed = await updateInitiative(trx, row.id, input.version, {
      title: input.title,
      body: input.body,
      language: input.language,
      addressee_id: addresseeId,
      addressee_code: input.addressee,
      region: addresseeRegion(input.addressee),
      area: input.area,
    });
    if (!changed) return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'petitions.draft_edited',
      entityType: 'initiative',
      entityId: row.id,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
