import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { reportStatus, type ReportStatus } from '../domain.ts';
import { canFileReport } from '../policy.ts';
import { findOrganization, findReport, insertReport } from '../repository.ts';
import type { ReportData } from '../schemas.ts';

/**
 * Files the annual report of an organisation for a year (once per year). Whether it is on time
 * follows from the submission instant and the deadline in Asia/Almaty.
 * @example await fileAnnualReport(deps, { bin, year: 2025, data }) // ok({ status: 'on_time' })
 */
export async function fileAnnualReport(
  deps: CommandDeps,
  input: { bin: string; year: number; data: ReportData },
  at = new Date(),
): Promise<Result<{ status: ReportStatus }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const org = await findOrganization(trx, input.bin);
    if (!org) return fail('not_found');
    const alreadyFiled = !!(await findReport(trx, input.bin, input.year));
    const decision = canFileReport(actor, org, input.year, { alreadyFiled, now: at });
    if (!decision.ok) return fail(decision.reason);
    // A concurrent filing loses on the primary key, not on the read above.
    if (!(await insertReport(trx, { bin: input.bin, year: input.year, at, by: actor!.id, data: input.data })))
      return fail('already_filed');
    const status = reportStatus(input.year, at, at);
    await audit(trx, {
      actor,
      action: 'registry.report.filed',
      entityType: 'organization',
      entityId: input.bin,
      data: { year: input.year, status },
      requestId: deps.requestId,
    });
    return ok({ status });
  });
}
