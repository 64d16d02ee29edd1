import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canPublishReport } from '../policy.ts';
import { findCouncil, memberCouncilIds } from '../repository.ts';
import type { ReportInput } from '../schemas.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * Publishes a public monitoring report on the body of a council: by the council (a member or
 * an official on its behalf) or by an NGO (its representative). The body answers it later.
 * @example await publishReport(deps, councilId, { kind: 'ngo', bin, title, findings })
 */
export async function publishReport(
  deps: CommandDeps,
  councilId: string,
  input: ReportInput & { document?: NewDocument },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const council = await findCouncil(trx, councilId);
    if (!council) return fail('not_found');
    const isMember = !!actor && (await memberCouncilIds(trx, actor.id)).includes(councilId);
    const d = canPublishReport(actor, council, { kind: input.kind, isMember, bin: input.bin });
    if (!d.ok) return fail(d.reason);
    let author = actor!.name;
    if (input.kind === 'ngo') {
      const org = await trx
        .selectFrom('organizations')
        .select(['name_kk', 'name_ru'])
        .where('bin', '=', input.bin)
        .executeTakeFirst();
      if (org) author = org.name_ru;
    }
    const row = await trx
      .insertInto('council_reports')
      .values({
        council_id: councilId,
        author_kind: input.kind,
        organization_bin: input.bin,
        author_id: actor!.id,
        author_name: author,
        title: input.title,
        findings: input.findings,
        published_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachDocument(trx, 'report', row.id, input.document, actor!.id);
    await audit(trx, {
      actor,
      action: 'councils.report.published',
      entityType: 'council_report',
      entityId: row.id,
      data: { council: councilId, kind: input.kind },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
