import { ok } from '../../../platform/kit/index.ts';
import { command, fail } from '../reasons.ts';
import { insertSurveyResponse, projectBySurveyToken } from '../repository/index.ts';

/** An anonymous beneficiary's answer to a project's satisfaction survey (reached by its public link or QR code). */
export const answerSurvey = command({
  load: (trx, input: { token: string; score: number; comment: string }) => projectBySurveyToken(trx, input.token),
  run: async ({ trx, loaded: project, at, audit }, input) => {
    if (project.status === 'terminated') return fail('projectClosed');
    if (!(Number.isInteger(input.score) && input.score >= 1 && input.score <= 5)) return fail('scoreRange', 'score');
    await insertSurveyResponse(trx, { projectId: project.id, score: input.score, comment: input.comment, at });
    // Private: an answer is anonymous, and its count is shown on the project page anyway.
    await audit({ action: 'funding.survey.answered', entityType: 'funding_project', entityId: project.id, data: {} });
    return ok({ projectId: project.id });
  },
});
