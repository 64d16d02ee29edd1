import { ok } from '../../../platform/kit/result.ts';
import { REPORT } from '../domain.ts';
import { canAnswerReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCouncil, findReport, saveReportAnswer } from '../repository/index.ts';

/**
 * The body publishes its answer to a monitoring report's findings.
 * @example await answerReport(deps, { id, version: 1, answer: 'Ескертулер ескерілді…' })
 */
export const answerReport = command({
  load: async (trx, input: { id: string; version: number; answer: string }) => {
    const r = await findReport(trx, input.id, { forUpdate: true });
    return r && { r, council: (await findCouncil(trx, r.council_id))! };
  },
  policy: (actor, { r, council }) => canAnswerReport(actor, council, r),
  version: { current: ({ r }) => r.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { r }, actor, at, audit }, input) => {
    const next = REPORT.next(r.status, 'answer');
    if (!next) return fail('already_answered');
    await saveReportAnswer(trx, r.id, { status: next, answer: input.answer, at, by: actor!.id });
    await audit({
      action: 'councils.report.answered',
      entityType: 'council_report',
      entityId: r.id,
      data: {},
      public: true,
    });
    return ok(undefined);
  },
});
