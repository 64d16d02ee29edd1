import { ok } from '../../../platform/kit/index.ts';
import { evaluationFigures, PROJECT, type IndicatorResult } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertEvaluation, setProjectStatus, surveyAverage } from '../repository/index.ts';
import { projectWithBody } from './load.ts';

export interface EvaluationInput {
  projectId: string;
  indicators: IndicatorResult[];
  outcomes: string;
  beneficiaries: number;
  socialValueTiyn: number | null;
}

/**
 * The evaluation of a completed project against its indicators, with the social impact summary
 * (beneficiaries, cost per beneficiary, SROI-style ratio when a social value is given). Its score
 * feeds the organisation's rating in the registry.
 */
export const evaluateProject = command({
  load: (trx, input: EvaluationInput) => projectWithBody(trx, input.projectId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { project }, actor, at, audit }, input) => {
    const to = PROJECT.next(project.status, 'evaluate');
    if (!to) return fail('badTransition');
    const f = evaluationFigures({
      indicators: input.indicators,
      amountTiyn: project.amount_tiyn,
      beneficiaries: input.beneficiaries,
      socialValueTiyn: input.socialValueTiyn,
      satisfaction: await surveyAverage(trx, project.id),
    });
    await insertEvaluation(trx, {
      project_id: project.id,
      indicators: JSON.stringify(input.indicators),
      achievement: f.achievement,
      outcomes: input.outcomes,
      beneficiaries: input.beneficiaries,
      cost_per_beneficiary_tiyn: f.costPerBeneficiaryTiyn,
      social_value_tiyn: input.socialValueTiyn,
      sroi: f.sroi,
      score: f.score,
      evaluated_by: actor!.id,
      evaluated_at: at,
    });
    await setProjectStatus(trx, project, { status: to, at });
    await audit({
      action: 'funding.project.evaluated',
      entityType: 'funding_project',
      entityId: project.id,
      data: { score: f.score, achievement: f.achievement, sroi: f.sroi },
      public: true,
    });
    return ok({ score: f.score });
  },
});
