import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { record, tx } from './shared.ts';

/** An anonymous beneficiary's answer to a project's satisfaction survey (reached by its public link or QR code). */
export async function answerSurvey(
  deps: CommandDeps,
  input: { token: string; score: number; comment: string },
  now = new Date(),
): Promise<Result<{ projectId: string }>> {
  return tx(deps, async (trx) => {
    const project = await trx
      .selectFrom('funding_projects')
      .select(['id', 'status'])
      .where('survey_token', '=', input.token)
      .executeTakeFirst();
    if (!project) return fail('not_found');
    if (project.status === 'terminated') return fail('projectClosed');
    if (!(Number.isInteger(input.score) && input.score >= 1 && input.score <= 5)) return fail('scoreRange', 'score');
    await trx
      .insertInto('funding_survey_responses')
      .values({ project_id: project.id, score: input.score, comment: input.comment, created_at: now })
      .execute();
    await record(trx, deps, 'survey.answered', 'funding_project', project.id, {}, false);
    return ok({ projectId: project.id });
  });
}
