import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { collectionClosesAt, collectionEnds, thresholdFor, transition, type Status } from '../domain.ts';
import { canModerate } from '../policy.ts';
import { findInitiative, updateInitiative } from '../repository.ts';
import type { ModerationInput } from '../schemas.ts';
import { factsOf } from './facts.ts';

/**
 * A moderator's decision. Approve: collection opens now for up to 6 months, with the threshold
 * in force today fixed on the initiative; a job is scheduled to close it when the period ends.
 * Reject: the banned-topic category and the reason are recorded and shown publicly.
 */
export async function moderate(
  deps: CommandDeps,
  input: ModerationInput & { id: string; version: number },
  at = new Date(),
): Promise<Result<{ status: Status }>> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findInitiative(trx, input.id, { forUpdate: true });
    if (!row) return fail('not_found');
    const decision = canModerate(deps.actor, factsOf(row));
    if (!decision.ok) return fail(decision.reason);
    const next = transition(row.status, input.decision === 'approve' ? 'approve' : 'reject');
    if (!next) return fail('not_in_moderation');
    if (next === 'collecting') {
      const ends = collectionEnds(at);
      const threshold = thresholdFor(row.addressee_code, at);
      if (
        !(await updateInitiative(trx, row.id, input.version, {
          status: next,
          moderated_at: at,
          collecting_from: at,
          collection_ends: ends,
          threshold,
        }))
      )
        return fail('stale');
      await deps.jobs.enqueue(
        'petitions.expire',
        { id: row.id },
        { trx, runAt: collectionClosesAt(ends), dedupeKey: `petitions.expire:${row.id}` },
      );
      await audit(trx, {
        actor: deps.actor,
        action: 'petitions.approved',
        entityType: 'initiative',
        entityId: row.id,
        data: { threshold, collectionEnds: ends },
        isPublic: true,
        requestId: deps.requestId,
      });
    } else {
      if (
        !(await updateInitiative(trx, row.id, input.version, {
          status: next,
          moderated_at: at,
          rejection_category: input.category,
          rejection_reason: input.reason,
        }))
      )
        return fail('stale');
      await audit(trx, {
        actor: deps.actor,
        action: 'petitions.rejected',
        entityType: 'initiative',
        entityId: row.id,
        data: { category: input.category, reason: input.reason },
        isPublic: true,
        requestId: deps.requestId,
      });
    }
    return ok({ status: next });
  });
}
