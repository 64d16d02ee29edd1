import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { checkScores } from '../domain.ts';
import { canScore } from '../policy.ts';
import { findApplication, findCall } from '../repository.ts';
import { record, tx } from './shared.ts';

/** A panel expert scores an application against the call's rubric, once; the scores stay hidden until the decision. */
export async function submitScore(
  deps: CommandDeps,
  input: { applicationId: string; scores: Record<string, unknown>; comment: string },
  now = new Date(),
): Promise<Result<{ total: number }> | { ok: false; reason: 'invalidScores'; errors: Record<string, string> }> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.applicationId);
    if (!app) return fail('not_found');
    const call = (await findCall(trx, app.call_id))!;
    const actor = deps.actor;
    const uid = actor?.id ?? '00000000-0000-0000-0000-000000000000';
    const [member, declaration, scored] = await Promise.all([
      trx
        .selectFrom('funding_panel_members')
        .select('user_id')
        .where('call_id', '=', call.id)
        .where('user_id', '=', uid)
        .executeTakeFirst(),
      trx
        .selectFrom('funding_conflicts')
        .select('kinds')
        .where('application_id', '=', app.id)
        .where('expert_id', '=', uid)
        .executeTakeFirst(),
      trx
        .selectFrom('funding_scores')
        .select('expert_id')
        .where('application_id', '=', app.id)
        .where('expert_id', '=', uid)
        .executeTakeFirst(),
    ]);
    const can = canScore(actor, {
      callStatus: call.status,
      appStatus: app.status,
      onPanel: !!member,
      declaration: declaration ?? null,
      alreadyScored: !!scored,
    });
    if (!can.ok) return fail(can.reason);
    const checked = checkScores(call.rubric, input.scores);
    if (!checked.ok) return { ok: false as const, reason: 'invalidScores' as const, errors: checked.errors };
    await trx
      .insertInto('funding_scores')
      .values({
        application_id: app.id,
        expert_id: uid,
        criteria: JSON.stringify(checked.criteria),
        total: checked.total,
        comment: input.comment,
        submitted_at: now,
      })
      .execute();
    // The act is public at once; the numbers only with the decision.
    await record(trx, deps, 'score.submitted', 'funding_application', app.id, { expert: actor!.name });
    return ok({ total: checked.total });
  });
}
