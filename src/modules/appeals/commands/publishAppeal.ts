import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { maskPersonalData } from '../domain.ts';
import { canPublishAppeal } from '../policy.ts';
import { lockAppeal, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal } from './shared.ts';

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
export async function publishAppeal(
  deps: CommandDeps,
  input: { id: string; publicSubject: string; publicBody: string; publicAnswer: string },
  now = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canPublishAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    const citizen = await trx
      .selectFrom('users')
      .select('name')
      .where('id', '=', a.citizen_id)
      .executeTakeFirstOrThrow();
    const draft = publicDraft(a, citizen.name);
    const texts = {
      public_subject: maskPersonalData(input.publicSubject, [citizen.name]),
      public_body: maskPersonalData(input.publicBody, [citizen.name]),
      public_answer: maskPersonalData(input.publicAnswer, [citizen.name]),
    };
    const edited = (['Subject', 'Body', 'Answer'] as const)
      .filter((k) => input[`public${k}`] !== draft[`public${k}`])
      .map((k) => k.toLowerCase());
    await updateAppealIfVersion(trx, a.id, a.version, { ...texts, published_at: a.published_at ?? now });
    await auditAppeal(
      trx,
      deps.actor,
      a.published_at ? 'republished' : 'published',
      a.number,
      { edited },
      deps.requestId,
    );
    return ok(undefined);
  });
}
