import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { CAMPAIGN } from '../domain.ts';
import { canPublishReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCampaign, addReportFile, publishCampaignReport } from '../repository/index.ts';

/**
 * After the campaign the NGO publishes what it spent against the goal, with documents (the
 * uploaded files, stored with the report). Published once; the campaign then reads "reported" and the flag goes.
 * @example await publishReport(deps, { id, text, spentTiyn: 480000000, documents: [file], storage: app.storage })
 */
export const publishReport = command({
  load: (trx, input: { id: string; text: string; spentTiyn: number; documents: UploadedFile[]; storage: Storage }) =>
    findCampaign(trx, input.id, { forUpdate: true }),
  policy: (actor, c, _input, at) => canPublishReport(actor, c, almatyDate(at)),
  run: async ({ trx, loaded: c, actor, at, audit }, input) => {
    const to = CAMPAIGN.next(c.status, 'report');
    if (!to) return fail('already_reported');
    if (!(await publishCampaignReport(trx, { id: c.id, to, text: input.text, spentTiyn: input.spentTiyn, at })))
      return fail('already_reported');
    for (const f of input.documents) {
      const saved = await saveFile(trx, input.storage, f, actor!.id);
      await addReportFile(trx, c.id, saved.id);
    }
    await audit({
      action: 'volunteering.campaign.reported',
      entityType: 'charity_campaign',
      entityId: c.id,
      public: true,
      data: {
        spentTiyn: input.spentTiyn,
        raisedTiyn: c.raised_tiyn,
        goalTiyn: c.goal_tiyn,
        documents: input.documents.length,
      },
    });
    return ok(undefined);
  },
});
