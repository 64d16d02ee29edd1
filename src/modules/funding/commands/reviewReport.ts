import { ok } from '../../../platform/kit/index.ts';
import { PROJECT, REPORT } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { setProjectStatus, setReportReview } from '../repository/index.ts';
import { reportWithProject } from './load.ts';

/** The body accepts a report or returns it with a note; accepting the final report completes the project, returning it reopens delivery. */
export const reviewReport = command({
  load: (trx, input: { reportId: string; decision: 'accept' | 'return'; note: string }) =>
    reportWithProject(trx, input.reportId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { report, project }, at, audit }, input) => {
    const to = REPORT.next(report.status, input.decision);
    if (!to) return fail('badTransition');
    if (input.decision === 'return' && input.note.trim().length < 5) return fail('reasonRequired', 'note');
    await setReportReview(trx, report.id, { status: to, note: input.note || null, at });
    if (report.kind === 'final') {
      const p = PROJECT.next(project.status, input.decision === 'accept' ? 'acceptFinal' : 'returnFinal');
      if (!p) return fail('badTransition');
      await setProjectStatus(trx, project, { status: p, at });
    }
    await audit({
      action: `funding.report.${to}`,
      entityType: 'funding_project',
      entityId: project.id,
      data: { reportId: report.id, note: input.note || null },
      public: true,
    });
    return ok({ projectId: project.id });
  },
});
