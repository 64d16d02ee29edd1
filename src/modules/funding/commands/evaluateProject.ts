import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { evaluationFigures, next, PROJECT_TRANSITIONS, type IndicatorResult } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findProject, surveyAverage } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/**
 * The evaluation of a completed project against its indicators, with the social impact summary
 * (beneficiaries, cost per beneficiary, SROI-style ratio when a social value is given). Its score
 * feeds the organisation's rating in the registry.
 */
export async function evaluateProject(
  deps: CommandDeps,
  input: {
    projectId: string;
    indicators: IndicatorResult[];
    outcomes: string;
    beneficiaries: number;
    socialValueTiyn: number | null;
  },
  now = new Date(),
): Promise<Result<{ score: number }>> {
  return tx(deps, async (trx) => {
    const project = await findProject(trx, input.projectId, { forUpdate: true });
    if (!project) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, project.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    const to = next(PROJECT_TRANSITIONS, project.status, 'evaluate');
    if (!to) return fail('badTransition');
    const f = evaluationFigures({
      indicators: input.indicators,
      amountTiyn: project.amount_tiyn,
      beneficiaries: input.beneficiaries,
      socialValueTiyn: input.socialValueTiyn,
      satisfaction: await surveyAverage(trx, project.id),
    });
    await trx
      .insertInto('funding_evaluations')
      .values({
        project_id: project.id,
        indicators: JSON.stringify(input.indicators),
        achievement: f.achievement,
        outcomes: input.outcomes,
        beneficiaries: input.beneficiaries,
        cost_per_beneficiary_tiyn: f.costPerBeneficiaryTiyn,
        social_value_tiyn: input.socialValueTiyn,
        sroi: f.sroi,
        score: f.score,
        evaluated_by: deps.actor!.id,
        evaluated_at: now,
      })
      .execute();
    await trx
      .updateTable('funding_projects')
      .set({ status: to, updated_at: now, version: project.version + 1 })
      .where('id', '=', project.id)
      .execute();
    await record(trx, deps, 'project.evaluated', 'funding_project', project.id, {
      score: f.score,
      achievement: f.achievement,
      sroi: f.sroi,
    });
    return ok({ score: f.score });
  });
}
