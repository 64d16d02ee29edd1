import { ok } from '../../../platform/kit/index.ts';
import { answeredOnTime, LIFECYCLE } from '../domain.ts';
import { canAnswer, canStartReview } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findInitiative, updateInitiative } from '../repository/index.ts';
import { factsOf } from './facts.ts';

/**
 * An official of the addressee takes the initiative into review (public step; the deadline runs on).
 * @example await startReview(depsFrom(req), { id, version })
 */
export const startReview = command({
  load: (trx, input: { id: string; version: number }) => findInitiative(trx, input.id, { forUpdate: true }),
  policy: (actor, row) => canStartReview(actor, factsOf(row)),
  version: { current: (row) => row.version, expected: (input) => input.version },
  run: async ({ trx, loaded: row, at, audit }) => {
    const next = LIFECYCLE.next(row.status, 'start_review');
    if (!next) return fail('not_threshold_reached');
    await updateInitiative(trx, row.id, { status: next, review_started_at: at });
    await audit({ action: 'petitions.review_started', entityType: 'initiative', entityId: row.id, public: true });
    return ok(undefined);
  },
});

/**
 * The addressee's answer and decision, published on the initiative's page; on time or late is recorded.
 * @example await answerInitiative(depsFrom(req), { id, version, decision: 'accepted', answer })
 */
export const answerInitiative = command({
  load: (trx, input: { id: string; version: number; decision: 'accepted' | 'partly' | 'declined'; answer: string }) =>
    findInitiative(trx, input.id, { forUpdate: true }),
  policy: (actor, row) => canAnswer(actor, factsOf(row)),
  version: { current: (row) => row.version, expected: (input) => input.version },
  run: async ({ trx, loaded: row, actor, at, audit }, input) => {
    const next = LIFECYCLE.next(row.status, 'answer');
    if (!next) return fail('not_under_review');
    const onTime = answeredOnTime({ answerDue: row.answer_due, answeredAt: at });
    await updateInitiative(trx, row.id, {
      status: next,
      answered_at: at,
      answer_decision: input.decision,
      answer_text: input.answer,
      answered_by_name: actor!.name,
    });
    await audit({
      action: 'petitions.answered',
      entityType: 'initiative',
      entityId: row.id,
      data: { decision: input.decision, onTime },
      public: true,
    });
    return ok({ onTime });
  },
});
