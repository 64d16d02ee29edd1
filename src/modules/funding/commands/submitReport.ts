import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { next, PROJECT_TRANSITIONS } from '../domain.ts';
import { canReport } from '../policy.ts';
import { findProject, num } from '../repository.ts';
import { record, tx } from './shared.ts';

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
export async function submitReport(
  deps: CommandDeps,
  input: ReportInput,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  return tx(deps, async (trx) => {
    const project = await findProject(trx, input.projectId, { forUpdate: true });
    if (!project) return fail('not_found');
    const can = canReport(deps.actor, project);
    if (!can.ok) return fail(can.reason);
    const pendingFinal = await trx
      .selectFrom('funding_reports')
      .select('id')
      .where('project_id', '=', project.id)
      .where('status', '=', 'submitted')
      .where('kind', '=', 'final')
      .executeTakeFirst();
    if (pendingFinal) return fail('finalPending');
    const lines = await trx
      .selectFrom('funding_budget_lines')
      .selectAll()
      .where('project_id', '=', project.id)
      .execute();
    const spent = await trx
      .selectFrom('funding_spending as s')
      .innerJoin('funding_reports as r', 'r.id', 's.report_id')
      .select(['s.budget_line_id', (eb) => eb.fn.sum<number>('s.amount_tiyn').as('total')])
      .where('r.project_id', '=', project.id)
      .where('r.status', '<>', 'returned')
      .groupBy('s.budget_line_id')
      .execute();
    for (const [lineId, amount] of Object.entries(input.spending)) {
      const line = lines.find((l) => l.id === lineId);
      if (!line) return fail('not_found', `spend.${lineId}`);
      const before = num(spent.find((s) => s.budget_line_id === lineId)?.total);
      if (before + amount > num(line.planned_tiyn)) return fail('overLine', `spend.${lineId}`);
    }
    const row = await trx
      .insertInto('funding_reports')
      .values({
        project_id: project.id,
        kind: input.kind,
        period: input.period,
        narrative: input.narrative,
        beneficiaries_reached: input.beneficiariesReached,
        indicator_values: JSON.stringify(input.indicatorValues),
        submitted_by: deps.actor!.id,
        submitted_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const spendRows = Object.entries(input.spending)
      .filter(([, a]) => a > 0)
      .map(([budget_line_id, amount_tiyn]) => ({ report_id: row.id, budget_line_id, amount_tiyn }));
    if (spendRows.length) await trx.insertInto('funding_spending').values(spendRows).execute();
    for (const d of input.documents) {
      const f = await saveFile(trx, input.storage, d, deps.actor!.id);
      await trx
        .insertInto('funding_documents')
        .values({ entity_type: 'report', entity_id: row.id, file_id: f.id, kind: 'report', is_public: true })
        .execute();
    }
    if (input.kind === 'final') {
      const to = next(PROJECT_TRANSITIONS, project.status, 'submitFinal')!;
      await trx
        .updateTable('funding_projects')
        .set({ status: to, updated_at: now, version: project.version + 1 })
        .where('id', '=', project.id)
        .execute();
    }
    await record(trx, deps, `report.${input.kind}Submitted`, 'funding_project', project.id, { reportId: row.id });
    return ok({ id: row.id });
  });
}
