import { ok } from '../../../platform/kit/index.ts';
import { assessmentPeriod } from '../domain.ts';
import { canAssess } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findStateBody, hasAssessed, insertAssessment } from '../repository/index.ts';

/**
 * A resident's assessment of an akimat for the current period (a quarter): a score from 1 to 5
 * and an optional comment. One per person, body and period (a unique key decides).
 * Fails with not_found, sign_in, not_akimat, already_rated or not_resident_region (field region).
 * @example await rateBody(deps, { bodyId, score: 4, comment: 'Жолдар жөнделді', region: 'abai' })
 */
export const rateBody = command({
  load: (trx, input: { bodyId: string; score: number; comment: string | null; region: string }) =>
    findStateBody(trx, input.bodyId),
  // Whether this person rated already is asked in `run` (the load step does not know the actor).
  policy: (actor, body) => canAssess(actor, body, { alreadyRated: false }),
  run: async ({ trx, loaded: body, actor, at, audit }, input) => {
    const period = assessmentPeriod(at);
    if (await hasAssessed(trx, body.id, actor!.id, period)) return fail('already_rated');
    // Residents assess their own akimat: the declared region must be the body's.
    if (body.region && input.region !== body.region) return fail('not_resident_region', 'region');
    const saved = await insertAssessment(trx, {
      bodyId: body.id,
      userId: actor!.id,
      period,
      score: input.score,
      comment: input.comment,
      region: input.region,
      at,
    });
    if (!saved) return fail('already_rated');
    await audit({ action: 'local.assessment.rated', entityType: 'state_body', entityId: body.id, data: { period } });
    return ok({ period });
  },
});
