import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { decisionTransition, type ResponseOutcome } from '../domain.ts';
import { canRespondToDecision } from '../policy.ts';
import { findCouncil, findDecision, findMeeting } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

/**
 * The state body records its response to a council's decision (accepted, partly accepted or
 * rejected, with its text); the response is public on the meeting's page.
 * @example await respondToDecision(deps, { id, version: 1, outcome: 'accepted', response: 'Ұсыныс қабылданды…' })
 */
export async function respondToDecision(
  deps: CommandDeps,
  input: { id: string; version: number; outcome: ResponseOutcome; response: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const dec = await findDecision(trx, input.id);
    if (!dec) return fail('not_found');
    const m = (await findMeeting(trx, dec.meeting_id))!;
    const council = (await findCouncil(trx, m.council_id))!;
    const d = canRespondToDecision(deps.actor, council, dec);
    if (!d.ok) return fail(d.reason);
    const next = decisionTransition(dec.response_status, input.outcome);
    if (!next) return fail('already_answered');
    if (
      !(await updateIfVersion(trx, 'council_decisions', dec.id, input.version, {
        response_status: next,
        response_text: input.response,
        responded_at: at,
        responded_by: deps.actor!.id,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.decision.responded',
      entityType: 'council_decision',
      entityId: dec.id,
      data: { outcome: next },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
