import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { next, PROJECT_TRANSITIONS, REPORT_TRANSITIONS } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findProject, findReport } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** The body accepts a report or returns it with a note; accepting the final report completes the project, returning it reopens delivery. */
export async function reviewReport(
  deps: CommandDeps,
  input: { reportId: string; decision: 'accept' | 'return'; note: string },
  now = new Date(),
): Promise<Result<{ projectId: string }>> {
  return tx(deps, async (trx) => {
    const report = await findReport(trx, input.reportId);
    if (!report) return fail('not_found');
    const project = (await findProject(trx, report.project_id, { forUpdate: true }))!;
    const can = canManage(deps.actor, (await loadBody(trx, project.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    const to = next(REPORT_TRANSITIONS, report.status, input.decision);
    if (!to) return fail('badTransition');
    if (input.decision === 'return' && input.note.trim().length < 5) return fail('reasonRequired', 'note');
    await trx
      .updateTable('funding_reports')
      .set({ status: to, review_note: input.note || null, reviewed_at: now })
      .where('id', '=', report.id)
      .execute();
    if (report.kind === 'final') {
      const p = next(PROJECT_TRANSITIONS, project.status, input.decision === 'accept' ? 'acceptFinal' : 'returnFinal');
      if (!p) return fail('badTransition');
      await trx
        .updateTable('funding_projects')
        .set({ status: p, updated_at: now, version: project.version + 1 })
        .where('id', '=', project.id)
        .execute();
    }
    await record(trx, deps, `report.${to}`, 'funding_project', project.id, {
      reportId: report.id,
      note: input.note || null,
    });
    return ok({ projectId: project.id });
  });
}
