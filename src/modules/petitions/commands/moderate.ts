import { ok } from '../../../platform/kit/index.ts';
import { collectionClosesAt, collectionEnds, LIFECYCLE, thresholdFor } from '../domain.ts';
import { canModerate } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findInitiative, updateInitiative } from '../repository/index.ts';
import type { ModerationInput } from '../schemas.ts';
import { factsOf } from './facts.ts';

/**
 * A moderator's decision. Approve: collection opens now for up to 6 months, with the threshold
 * in force today fixed on the initiative; a job is scheduled to close it when the period ends.
 * Reject: the banned-topic category and the reason are recorded and shown publicly.
 * @example await moderate(depsFrom(req), { decision: 'approve', category: '', reason: '', id, version })
 */
export const moderate = command({
  load: (trx, input: ModerationInput & { id: string; version: number }) =>
    findInitiative(trx, input.id, { forUpdate: true }),
  policy: (actor, row) => canModerate(actor, factsOf(row)),
  version: { current: (row) => row.version, expected: (input) => input.version },
  run: async ({ trx, loaded: row, at, jobs, audit }, input) => {
    const next = LIFECYCLE.next(row.status, input.decision === 'approve' ? 'approve' : 'reject');
    if (!next) return fail('not_in_moderation');
    if (next === 'collecting') {
      const ends = collectionEnds(at);
      const threshold = thresholdFor(row.addressee_code, at);
      await updateInitiative(trx, row.id, {
        status: next,
        moderated_at: at,
        collecting_from: at,
        collection_ends: ends,
        threshold,
      });
      await jobs.enqueue(
        'petitions.expire',
        { id: row.id },
        { trx, runAt: collectionClosesAt(ends), dedupeKey: `petitions.expire:${row.id}` },
      );
      await audit({
        action: 'petitions.approved',
        entityType: 'initiative',
        entityId: row.id,
        data: { threshold, collectionEnds: ends },
        public: true,
      });
    } else {
      await updateInitiative(trx, row.id, {
        status: next,
        moderated_at: at,
        rejection_category: input.category,
        rejection_reason: input.reason,
      });
      await audit({
        action: 'petitions.rejected',
        entityType: 'initiative',
        entityId: row.id,
        data: { category: input.category, reason: input.reason },
        public: true,
      });
    }
    return ok({ status: next });
  },
});
