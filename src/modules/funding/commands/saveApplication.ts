import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import type { BudgetLine } from '../domain.ts';
import { canEditApplication } from '../policy.ts';
import { findApplication, type Activity, type Indicator, type TeamMember } from '../repository.ts';
import { record, tx } from './shared.ts';

export interface ApplicationContent {
  language: 'kk' | 'ru';
  title: string;
  summary: string;
  description: string;
  activities: Activity[];
  budgetLines: BudgetLine[];
  requestedTiyn: number;
  indicators: Indicator[];
  team: TeamMember[];
  beneficiariesPlanned: number;
}

/**
 * Saves a draft with optimistic locking: `version` is the one the form was loaded with; if someone
 * saved in between, nothing is written and the reason is 'staleVersion'. Uploaded documents are kept.
 */
export async function saveApplication(
  deps: CommandDeps,
  input: {
    id: string;
    version: number;
    content: ApplicationContent;
    documents: { file: UploadedFile; kind: string }[];
    storage: Storage;
  },
  now = new Date(),
): Promise<Result<{ version: number }>> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.id, { forUpdate: true });
    if (!app) return fail('not_found');
    const can = canEditApplication(deps.actor, app);
    if (!can.ok) return fail(can.reason);
    const c = input.content;
    const updated = await trx
      .updateTable('funding_applications')
      .set({
        language: c.language,
        title: c.title,
        summary: c.summary,
        description: c.description,
        activities: JSON.stringify(c.activities),
        budget_lines: JSON.stringify(c.budgetLines),
        requested_tiyn: c.requestedTiyn,
        indicators: JSON.stringify(c.indicators),
        team: JSON.stringify(c.team),
        beneficiaries_planned: c.beneficiariesPlanned,
        version: input.version + 1,
        updated_at: now,
      })
      .where('id', '=', app.id)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!updated) return fail('staleVersion');
    for (const d of input.documents) {
      const f = await saveFile(trx, input.storage, d.file, deps.actor!.id);
      await trx
        .insertInto('funding_documents')
        .values({ entity_type: 'application', entity_id: app.id, file_id: f.id, kind: d.kind, is_public: true })
        .execute();
    }
    await record(
      trx,
      deps,
      'application.saved',
      'funding_application',
      app.id,
      { documents: input.documents.length },
      false,
    );
    return ok({ version: updated.version });
  });
}
