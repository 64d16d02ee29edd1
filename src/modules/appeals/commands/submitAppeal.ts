import type { Storage, UploadedFile } from '../../../platform/files/index.ts';
import { saveFile } from '../../../platform/files/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { answerDueDate, formatNumber, todayIn, type AppealKind } from '../domain.ts';
import { canSubmitAppeal } from '../policy.ts';
import { attachFile, findBodyById, insertAppeal, nextSequence } from '../repository.ts';
import { auditAppeal, bodyName, mailUser } from './shared.ts';

export interface SubmitAppealInput {
  kind: AppealKind;
  bodyId: string;
  subject: string;
  text: string;
  consent: boolean;
  lang: Locale;
  files: UploadedFile[];
  storage: Storage;
}

/**
 * Registers an appeal: the next number of the year, the due date in working days from today
 * (Asia/Almaty), the attachments, an audit entry and a confirmation mail to the citizen.
 * @example const r = await submitAppeal(depsFrom(req), { kind: 'question', bodyId, subject, text, consent: true, lang: 'kk', files: [], storage: app.storage })
 */
export async function submitAppeal(
  deps: CommandDeps,
  input: SubmitAppealInput,
  now = new Date(),
): Promise<Result<{ id: string; number: string; dueOn: string }>> {
  const decision = canSubmitAppeal(deps.actor);
  if (!decision.ok) return fail(decision.reason);
  const actor = deps.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const body = await findBodyById(trx, input.bodyId);
    if (!body) return fail('unknown_body', 'body');
    const today = todayIn(now);
    const year = Number(today.slice(0, 4));
    const number = formatNumber(year, await nextSequence(trx, year));
    const row = await insertAppeal(trx, {
      number,
      kind: input.kind,
      state_body_id: body.id,
      original_body_id: body.id,
      citizen_id: actor.id,
      subject: input.subject,
      body: input.text,
      lang: input.lang,
      registered_at: now,
      registered_on: today,
      registered_year: year,
      term_start_on: today,
      due_on: answerDueDate(today),
      publish_consent: input.consent,
    });
    for (const f of input.files) {
      const saved = await saveFile(trx, input.storage, f, actor.id);
      await attachFile(trx, row.id, saved.id);
    }
    await auditAppeal(
      trx,
      actor,
      'registered',
      number,
      { kind: input.kind, body: body.code, files: input.files.length, consent: input.consent },
      deps.requestId,
    );
    await mailUser(trx, deps.jobs, actor.id, 'registered', {
      number,
      body: bodyName(body, input.lang),
      due: row.due_on,
    });
    return ok({ id: row.id, number, dueOn: row.due_on });
  });
}
