import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { answeredOnTime, transition } from '../domain.ts';
import { canAnswer, canStartReview } from '../policy.ts';
import { findInitiative, updateInitiative } from '../repository.ts';
import { factsOf } from './facts.ts';

/** An official of the addressee takes the initiative into review (public step; the deadline runs on). */
export async function startReview(
  deps: CommandDeps,
  input: { id: string; version: number },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findInitiative(trx, input.id, { forUpdate: true });
    if (!row) return fail('not_found');
    const decision = canStartReview(deps.actor, factsOf(row));
    if (!decision.ok) return fail(decision.reason);
    const next = transition(row.status, 'start_review');
    if (!next) return fail('not_threshold_reached');
    if (!(await updateInitiative(trx, row.id, input.version, { status: next, review_started_at: at })))
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'petitions.review_started',
      entityType: 'initiative',
      entityId: row.id,
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}

/** The addressee's answer and decision, published on the initiative's page; on time or late is recorded. */
export async function answerInitiative(
  deps: CommandDeps,
  input: { id: string; version: number; decision: 'accepted' | 'partly' | 'declined'; answer: string },
  at = new Date(),
): Promise<Result<{ onTime: boolean | null }>> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findInitiative(trx, input.id, { forUpdate: true });
    if (!row) return fail('not_found');
    const decision = canAnswer(deps.actor, factsOf(row));
    if (!decision.ok) return fail(decision.reason);
    const next = transition(row.status, 'answer');
    if (!next) return fail('not_under_review');
    const onTime = answeredOnTime({ answerDue: row.answer_due, answeredAt: at });
    if (
      !(await updateInitiative(trx, row.id, input.version, {
        status: next,
        answered_at: at,
        answer_decision: input.decision,
        answer_text: input.answer,
        answered_by_name: deps.actor!.name,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'petitions.answered',
      entityType: 'initiative',
      entityId: row.id,
      data: { decision: input.decision, onTime },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ onTime });
  });
}
