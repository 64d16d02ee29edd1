import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { PROJECT, REPORT_INITIAL } from '../domain.ts';
import { canReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  budgetLinesOf,
  findProject,
  insertDocument,
  insertReport,
  pendingFinalReport,
  setProjectStatus,
  spentByLine,
} from '../repository/index.ts';

export interface ReportInput {
  projectId: string;
  kind: 'interim' | 'final';
  period: string;
  narrative: string;
  beneficiariesReached: number;
  indicatorValues: Record<string, number>;
  /** budget line id -> tiyn spent in this period */
  spending: Record<string, number>;
  documents: UploadedFile[];
  storage: Storage;
}

/**
 * An interim or final report with spending against the budget lines and documents. Spending may
 * not take a line over its planned amount (counting earlier reports not returned); the field of the
 * line that would overflow is given back. A final report moves the project to 'final_submitted'.
 */
export const submitReport = command({
  load: (trx, input: ReportInput) => findProject(trx, input.projectId, { forUpdate: true }),
  policy: (actor, project) => canReport(actor, project),
  run: async ({ trx, loaded: project, actor, at, audit }, input) => {
    if (await pendingFinalReport(trx, project.id)) return fail('finalPending');
    const [lines, spent] = await Promise.all([budgetLinesOf(trx, project.id), spentByLine(trx, project.id)]);
    for (const [lineId, amount] of Object.entries(input.spending)) {
      const line = lines.find((l) => l.id === lineId);
      if (!line) return fail('not_found', `spend.${lineId}`);
      if ((spent.get(lineId) ?? 0) + amount > line.planned_tiyn) return fail('overLine', `spend.${lineId}`);
    }
    const to = input.kind === 'final' ? PROJECT.next(project.status, 'submitFinal') : project.status;
    if (!to) return fail('badTransition');
    const row = await insertReport(
      trx,
      {
        project_id: project.id,
        kind: input.kind,
        period: input.period,
        narrative: input.narrative,
        beneficiaries_reached: input.beneficiariesReached,
        indicator_values: JSON.stringify(input.indicatorValues),
        status: REPORT_INITIAL,
        submitted_by: actor!.id,
        submitted_at: at,
      },
      input.spending,
    );
    for (const d of input.documents) {
      const f = await saveFile(trx, input.storage, d, actor!.id);
      await insertDocument(trx, {
        entityType: 'report',
        entityId: row.id,
        fileId: f.id,
        kind: 'report',
        isPublic: true,
      });
    }
    if (to !== project.status) await setProjectStatus(trx, project, { status: to, at });
    await audit({
      action: `funding.report.${input.kind}Submitted`,
      entityType: 'funding_project',
      entityId: project.id,
      data: { reportId: row.id },
      public: true,
    });
    return ok({ id: row.id });
  },
});
