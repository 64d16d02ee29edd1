import { ok } from '../../../platform/kit/result.ts';
import { DECISION, type ResponseOutcome } from '../domain.ts';
import { canRespondToDecision } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCouncil, findDecision, findMeeting, saveDecisionResponse } from '../repository/index.ts';

/**
 * The state body records its response to a council's decision (accepted, partly accepted or
 * rejected, with its text); the response is public on the meeting's page.
 * @example await respondToDecision(deps, { id, version: 1, outcome: 'accepted', response: 'Ұсыныс қабылданды…' })
 */
export const respondToDecision = command({
  load: async (trx, input: { id: string; version: number; outcome: ResponseOutcome; response: string }) => {
    const dec = await findDecision(trx, input.id, { forUpdate: true });
    if (!dec) return null;
    const m = (await findMeeting(trx, dec.meeting_id))!;
    return { dec, council: (await findCouncil(trx, m.council_id))! };
  },
  policy: (actor, { dec, council }) => canRespondToDecision(actor, council, dec),
  version: { current: ({ dec }) => dec.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { dec }, actor, at, audit }, input) => {
    const next = DECISION.next(dec.response_status, input.outcome);
    if (!next) return fail('already_answered');
    await saveDecisionResponse(trx, dec.id, { status: next, text: input.response, at, by: actor!.id });
    await audit({
      action: 'councils.decision.responded',
      entityType: 'council_decision',
      entityId: dec.id,
      data: { outcome: next },
      public: true,
    });
    return ok(undefined);
  },
});
