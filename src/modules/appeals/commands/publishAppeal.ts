import { ok } from '../../../platform/kit/index.ts';
import { maskPersonalData } from '../domain.ts';
import { canPublishAppeal } from '../policy.ts';
import { command } from '../reasons.ts';
import { contactOf } from '../people.ts';
import { lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote } from './shared.ts';

/** The texts proposed for publication: personal data of the author masked in subject, appeal and answer. */
export function publicDraft(a: { subject: string; body: string; answer: string | null }, citizenName: string) {
  return {
    publicSubject: maskPersonalData(a.subject, [citizenName]),
    publicBody: maskPersonalData(a.body, [citizenName]),
    publicAnswer: maskPersonalData(a.answer ?? '', [citizenName]),
  };
}

/**
 * Publishes (or re-publishes, after an edit) an answered appeal whose author consented. The texts
 * are what the official approved; they are masked once more, so a name the official left in by
 * mistake still does not leave. Whether the official edited the proposed texts is audited.
 * @example await publishAppeal(deps, { id, publicSubject, publicBody, publicAnswer })
 */
export const publishAppeal = command({
  load: (trx, input: { id: string; publicSubject: string; publicBody: string; publicAnswer: string }) =>
    lockAppeal(trx, input.id),
  policy: (actor, a) => canPublishAppeal(actor, a),
  run: async ({ trx, loaded: a, at, audit }, input) => {
    const citizen = await contactOf(trx, a.citizen_id);
    if (!citizen) throw new Error(`appeal ${a.number}: its author ${a.citizen_id} does not exist`);
    const draft = publicDraft(a, citizen.name);
    const texts = {
      public_subject: maskPersonalData(input.publicSubject, [citizen.name]),
      public_body: maskPersonalData(input.publicBody, [citizen.name]),
      public_answer: maskPersonalData(input.publicAnswer, [citizen.name]),
    };
    const edited = (['Subject', 'Body', 'Answer'] as const)
      .filter((k) => input[`public${k}`] !== draft[`public${k}`])
      .map((k) => k.toLowerCase());
    await updateAppeal(trx, a.id, { ...texts, published_at: a.published_at ?? at });
    await audit(appealNote(a.published_at ? 'republished' : 'published', a.number, { edited }));
    return ok(undefined);
  },
});
