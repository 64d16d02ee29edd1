import { ok } from '../../../platform/kit/result.ts';
import { organizationNames } from '../../registry/index.ts';
import { canPublishReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCouncil, insertReport, memberCouncilIds } from '../repository/index.ts';
import type { ReportInput } from '../schemas.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * Publishes a public monitoring report on the body of a council: by the council (a member or
 * an official on its behalf) or by an NGO (its representative). The body answers it later.
 * @example await publishReport(deps, { councilId, kind: 'ngo', bin, title, findings })
 */
export const publishReport = command({
  load: (trx, input: ReportInput & { councilId: string; document?: NewDocument }) => findCouncil(trx, input.councilId),
  run: async ({ trx, loaded: council, actor, at, audit }, input) => {
    // Membership is a fact about this actor, read in the transaction: `load` is not given the
    // actor, so the policy step is taken here.
    const isMember = !!actor && (await memberCouncilIds(trx, actor.id)).includes(council.id);
    const d = canPublishReport(actor, council, { kind: input.kind, isMember, bin: input.bin });
    if (!d.ok) return fail(d.reason);
    let author = actor!.name;
    if (input.kind === 'ngo' && input.bin) {
      const org = (await organizationNames(trx, [input.bin])).get(input.bin);
      if (org) author = org.ru;
    }
    const row = await insertReport(trx, {
      council_id: council.id,
      author_kind: input.kind,
      organization_bin: input.bin,
      author_id: actor!.id,
      author_name: author,
      title: input.title,
      findings: input.findings,
      published_at: at,
    });
    await attachDocument(trx, 'report', row.id, input.document, actor!.id);
    await audit({
      action: 'councils.report.published',
      entityType: 'council_report',
      entityId: row.id,
      data: { council: council.id, kind: input.kind },
      public: true,
    });
    return ok({ id: row.id });
  },
});
