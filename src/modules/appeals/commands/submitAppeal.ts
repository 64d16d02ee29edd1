import type { Storage, UploadedFile } from '../../../platform/files/index.ts';
import { saveFile } from '../../../platform/files/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { answerDueDate, formatNumber, INITIAL, todayIn, type AppealKind } from '../domain.ts';
import { canSubmitAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { attachFile, findBodyById, insertAppeal, nextSequence } from '../repository/index.ts';
import { bodyName } from '../presenters.ts';
import { appealNote, mailUser } from './shared.ts';

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
export const submitAppeal = command({
  policy: (actor) => canSubmitAppeal(actor),
  run: async ({ trx, actor, at, jobs, audit }, input: SubmitAppealInput) => {
    const body = await findBodyById(trx, input.bodyId);
    if (!body) return fail('unknown_body', 'body');
    const today = todayIn(at);
    const year = Number(today.slice(0, 4));
    const number = formatNumber(year, await nextSequence(trx, year));
    const row = await insertAppeal(trx, {
      number,
      kind: input.kind,
      status: INITIAL,
      state_body_id: body.id,
      original_body_id: body.id,
      citizen_id: actor!.id,
      subject: input.subject,
      body: input.text,
      lang: input.lang,
      registered_at: at,
      registered_on: today,
      registered_year: year,
      term_start_on: today,
      due_on: answerDueDate(today),
      publish_consent: input.consent,
    });
    for (const f of input.files) {
      const saved = await saveFile(trx, input.storage, f, actor!.id);
      await attachFile(trx, row.id, saved.id);
    }
    await audit(
      appealNote('registered', number, {
        kind: input.kind,
        body: body.code,
        files: input.files.length,
        consent: input.consent,
      }),
    );
    await mailUser(trx, jobs, actor!.id, 'registered', {
      number,
      body: bodyName(body, input.lang),
      due: row.due_on,
    });
    return ok({ id: row.id, number, dueOn: row.due_on });
  },
});
