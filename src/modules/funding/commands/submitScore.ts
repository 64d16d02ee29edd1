import { ok, type Failure } from '../../../platform/kit/index.ts';
import { checkScores } from '../domain.ts';
import { canScore } from '../policy.ts';
import { command, fail, refuse } from '../reasons.ts';
import { conflictDeclaration, hasScored, insertScore, isPanelMember } from '../repository/index.ts';
import { applicationWithCall } from './load.ts';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** A refusal of `invalidScores` carries the problem of each criterion (criterion -> reason). */
export type ScoreProblems = Failure<'invalidScores'> & { errors: Record<string, string> };
export const scoreProblems = (f: { reason: string }): Record<string, string> | null =>
  f.reason === 'invalidScores' ? (f as ScoreProblems).errors : null;

/** A panel expert scores an application against the call's rubric, once; the scores stay hidden until the decision. */
export const submitScore = command({
  load: (trx, input: { applicationId: string; scores: Record<string, unknown>; comment: string }) =>
    applicationWithCall(trx, input.applicationId, { forUpdate: false }),
  run: async ({ trx, loaded: { app, call }, actor, at, audit }, input) => {
    // The policy needs facts about the actor (on the panel, declared, scored): `load` has no actor.
    const uid = actor?.id ?? NOBODY;
    const [onPanel, declaration, scored] = await Promise.all([
      isPanelMember(trx, call.id, uid),
      conflictDeclaration(trx, app.id, uid),
      hasScored(trx, app.id, uid),
    ]);
    const can = canScore(actor, {
      callStatus: call.status,
      appStatus: app.status,
      onPanel,
      declaration: declaration ?? null,
      alreadyScored: scored,
    });
    if (!can.ok) return refuse(can);
    const checked = checkScores(call.rubric, input.scores);
    if (!checked.ok) return Object.assign(fail('invalidScores'), { errors: checked.errors });
    await insertScore(trx, {
      applicationId: app.id,
      expertId: uid,
      criteria: checked.criteria,
      total: checked.total,
      comment: input.comment,
      at,
    });
    // The act is public at once; the numbers only with the decision.
    await audit({
      action: 'funding.score.submitted',
      entityType: 'funding_application',
      entityId: app.id,
      data: { expert: actor!.name },
      public: true,
    });
    return ok({ total: checked.total });
  },
});
