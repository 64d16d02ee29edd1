import { ok } from '../../../platform/kit/index.ts';
import { reportStatus } from '../domain.ts';
import { canFileReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findOrganization, findReport, insertReport } from '../repository/index.ts';
import type { ReportData } from '../schemas.ts';

/**
 * Files the annual report of an organisation for a year (once per year). Whether it is on time
 * follows from the submission instant and the deadline in Asia/Almaty.
 * @example await fileAnnualReport(deps, { bin, year: 2025, data }) // ok with the report's status, on time or late
 */
export const fileAnnualReport = command({
  load: async (trx, input: { bin: string; year: number; data: ReportData }) => {
    const org = await findOrganization(trx, input.bin);
    return org && { org, alreadyFiled: !!(await findReport(trx, input.bin, input.year)) };
  },
  policy: (actor, { org, alreadyFiled }, input, now) => canFileReport(actor, org, input.year, { alreadyFiled, now }),
  run: async ({ trx, actor, at, audit }, input) => {
    // A concurrent filing loses on the primary key, not on the read above.
    if (!(await insertReport(trx, { bin: input.bin, year: input.year, at, by: actor!.id, data: input.data })))
      return fail('already_filed');
    const status = reportStatus(input.year, at, at);
    await audit({
      action: 'registry.report.filed',
      entityType: 'organization',
      entityId: input.bin,
      data: { year: input.year, status },
    });
    return ok({ status });
  },
});
