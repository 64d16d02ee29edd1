import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canAddDecision } from '../policy.ts';
import { findCouncil, findMeeting } from '../repository.ts';
import type { DecisionInput } from '../schemas.ts';

/**
 * Records a decision (recommendation to the body) of a held meeting with its votes; it is
 * numbered within the meeting and awaits the body's response.
 * @example await addDecision(deps, meetingId, { text: 'Рекомендовать…', votesFor: 9, votesAgainst: 1, votesAbstain: 0 })
 */
export async function addDecision(
  deps: CommandDeps,
  meetingId: string,
  input: DecisionInput,
  at = new Date(),
): Promise<Result<{ id: string; number: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const m = await findMeeting(trx, meetingId, { forUpdate: true });
    if (!m) return fail('not_found');
    const council = (await findCouncil(trx, m.council_id))!;
    const d = canAddDecision(deps.actor, council, m);
    if (!d.ok) return fail(d.reason);
    const last = await trx
      .selectFrom('council_decisions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('meeting_id', '=', m.id)
      .executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    const row = await trx
      .insertInto('council_decisions')
      .values({
        meeting_id: m.id,
        number,
        text: input.text,
        votes_for: input.votesFor,
        votes_against: input.votesAgainst,
        votes_abstain: input.votesAbstain,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.decision.recorded',
      entityType: 'council_decision',
      entityId: row.id,
      data: { meeting: m.id, number, for: input.votesFor, against: input.votesAgainst, abstain: input.votesAbstain },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id, number });
  });
}
