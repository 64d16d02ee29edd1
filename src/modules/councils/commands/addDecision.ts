import { ok } from '../../../platform/kit/result.ts';
import { canAddDecision } from '../policy.ts';
import { command } from '../reasons.ts';
import { findCouncil, findMeeting, insertDecision, nextDecisionNumber } from '../repository/index.ts';
import type { DecisionInput } from '../schemas.ts';

/**
 * Records a decision (recommendation to the body) of a held meeting with its votes; it is
 * numbered within the meeting and awaits the body's response.
 * @example await addDecision(deps, { meetingId, text: 'Рекомендовать…', votesFor: 9, votesAgainst: 1, votesAbstain: 0 })
 */
export const addDecision = command({
  load: async (trx, input: DecisionInput & { meetingId: string }) => {
    const m = await findMeeting(trx, input.meetingId, { forUpdate: true });
    return m && { m, council: (await findCouncil(trx, m.council_id))! };
  },
  policy: (actor, { m, council }) => canAddDecision(actor, council, m),
  run: async ({ trx, loaded: { m }, at, audit }, input) => {
    const number = await nextDecisionNumber(trx, m.id);
    const row = await insertDecision(trx, {
      meeting_id: m.id,
      number,
      text: input.text,
      votes_for: input.votesFor,
      votes_against: input.votesAgainst,
      votes_abstain: input.votesAbstain,
      created_at: at,
    });
    await audit({
      action: 'councils.decision.recorded',
      entityType: 'council_decision',
      entityId: row.id,
      data: { meeting: m.id, number, for: input.votesFor, against: input.votesAgainst, abstain: input.votesAbstain },
      public: true,
    });
    return ok({ id: row.id, number });
  },
});
