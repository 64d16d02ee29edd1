import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { assessmentPeriod } from '../domain.ts';
import { canAssess } from '../policy.ts';
import { findStateBody, hasAssessed, insertAssessment } from '../repository.ts';

/**
 * A resident's assessment of an akimat for the current period (a quarter): a score from 1 to 5
 * and an optional comment. One per person, body and period (a unique key decides).
 * Fails with not_found, sign_in, not_akimat, already_rated or not_resident_region (field region).
 * @example await rateBody(deps, { bodyId, score: 4, comment: 'Жолдар жөнделді', region: 'abai' })
 */
export async function rateBody(
  deps: CommandDeps,
  input: { bodyId: string; score: number; comment: string | null; region: string },
  at = new Date(),
): Promise<Result<{ period: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const body = await findStateBody(trx, input.bodyId);
    if (!body) return fail('not_found');
    const period = assessmentPeriod(at);
    const can = canAssess(deps.actor, body, {
      alreadyRated: deps.actor ? await hasAssessed(trx, body.id, deps.actor.id, period) : false,
    });
    if (!can.ok) return fail(can.reason);
    // Residents assess their own akimat: the declared region must be the body's.
    if (body.region && input.region !== body.region) return fail('not_resident_region', 'region');
    if (
      !(await insertAssessment(trx, {
        bodyId: body.id,
        userId: deps.actor!.id,
        period,
        score: input.score,
        comment: input.comment,
        region: input.region,
        at,
      }))
    )
      return fail('already_rated');
    await audit(trx, {
      actor: deps.actor,
      action: 'local.assessment.rated',
      entityType: 'state_body',
      entityId: body.id,
      data: { period },
      requestId: deps.requestId,
    });
    return ok({ period });
  });
}
