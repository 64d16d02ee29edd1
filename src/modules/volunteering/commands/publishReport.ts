import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canPublishReport } from '../policy.ts';
import { findCampaign } from '../repository.ts';

/**
 * After the campaign the NGO publishes what it spent against the goal, with documents (the
 * uploaded files, stored with the report). Published once; the campaign then reads "reported" and the flag goes.
 * @example await publishReport(deps, { id, text, spentTiyn: 480000000, documents: [file], storage: app.storage }, today)
 */
export async function publishReport(
  deps: CommandDeps,
  input: { id: string; text: string; spentTiyn: number; documents: UploadedFile[]; storage: Storage },
  today: string,
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const c = await findCampaign(trx, input.id, { forUpdate: true });
    if (!c) return fail('not_found');
    const can = canPublishReport(deps.actor, c, today);
    if (!can.ok) return fail(can.reason);
    const r = await trx
      .updateTable('charity_campaigns')
      .set((eb) => ({
        status: 'reported',
        report_text: input.text,
        report_spent_tiyn: input.spentTiyn,
        report_published_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', c.id)
      .where('status', '!=', 'reported')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return fail('already_reported');
    for (const f of input.documents) {
      const saved = await saveFile(trx, input.storage, f, deps.actor!.id);
      await trx.insertInto('charity_report_files').values({ campaign_id: c.id, file_id: saved.id }).execute();
    }
    await audit(trx, {
      actor: deps.actor,
      action: 'volunteering.campaign.reported',
      entityType: 'charity_campaign',
      entityId: c.id,
      isPublic: true,
      data: {
        spentTiyn: input.spentTiyn,
        raisedTiyn: c.raised_tiyn,
        goalTiyn: c.goal_tiyn,
        documents: input.documents.length,
      },
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
