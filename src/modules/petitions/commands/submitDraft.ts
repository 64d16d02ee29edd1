import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { moderationDue, transition } from '../domain.ts';
import { canSubmit } from '../policy.ts';
import { findInitiative, updateInitiative } from '../repository.ts';
import { factsOf } from './facts.ts';

/**
 * The author sends the draft to moderation; the moderators have 20 working days (parameter).
 * From here title and text are fixed: they are what people will sign.
 */
export async function submitDraft(
  deps: CommandDeps,
  input: { id: string; version: number },
  at = new Date(),
): Promise<Result<{ moderationDue: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findInitiative(trx, input.id, { forUpdate: true });
    if (!row) return fail('not_found');
    const decision = canSubmit(deps.actor, factsOf(row));
    if (!decision.ok) return fail(decision.reason);
    const next = transition(row.status, 'submit');
    if (!next) return fail('not_draft');
    const due = moderationDue(at);
    if (!(await updateInitiative(trx, row.id, input.version, { status: next, submitted_at: at, moderation_due: due })))
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'petitions.submitted',
      entityType: 'initiative',
      entityId: row.id,
      data: { moderationDue: due },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ moderationDue: due });
  });
}
