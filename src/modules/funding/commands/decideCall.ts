import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { next, CALL_TRANSITIONS, rankApplications } from '../domain.ts';
import { canManage } from '../policy.ts';
import { callApplications, callLots, findCall, scoresOf } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/**
 * The commission's decision, published: winners among the admitted applications, with reasons.
 * Every admitted application must have been scored; scores and ranks become public. One winner per
 * social order lot and per 'single' award nomination; grant winners must fit the programme amount.
 * After publication the decision changes only through correctDecision.
 */
export async function decideCall(
  deps: CommandDeps,
  input: { callId: string; winners: string[]; reasons: string; commission: string },
  now = new Date(),
): Promise<Result<{ awarded: number }>> {
  return tx(deps, async (trx) => {
    const call = await findCall(trx, input.callId, { forUpdate: true });
    if (!call) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, call.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (!next(CALL_TRANSITIONS, call.status, 'decide')) return fail('badTransition');
    if (input.reasons.trim().length < 10) return fail('reasonRequired', 'reasons');
    const apps = (await callApplications(trx, call.id)).filter((a) => a.status === 'admitted');
    const winners = new Set(input.winners);
    if ([...winners].some((id) => !apps.some((a) => a.id === id))) return fail('winnerNotAdmitted', 'winners');
    const scores = await scoresOf(
      trx,
      apps.map((a) => a.id),
    );
    if (apps.some((a) => !scores.some((s) => s.application_id === a.id))) return fail('unscored');
    const lots = await callLots(trx, call.id);
    for (const lot of lots) {
      const won = apps.filter((a) => a.lot_id === lot.id && winners.has(a.id));
      if (call.instrument === 'social_order' && won.length > 1) return fail('oneWinnerPerLot', 'winners');
      if (call.instrument === 'award' && lot.split_rule === 'single' && won.length > 1)
        return fail('oneWinnerPerLot', 'winners');
      if (call.instrument === 'grant' && won.reduce((s, a) => s + a.requested_tiyn, 0) > lot.budget_tiyn)
        return fail('overBudget', 'winners');
      const ranked = rankApplications(
        apps
          .filter((a) => a.lot_id === lot.id)
          .map((a) => ({
            id: a.id,
            submittedAt: new Date(a.submitted_at!),
            totals: scores.filter((s) => s.application_id === a.id).map((s) => s.total),
          })),
      );
      for (const r of ranked) {
        const status = winners.has(r.id) ? 'awarded' : 'not_awarded';
        await trx
          .updateTable('funding_applications')
          .set({ status, score: r.score, rank: r.rank, updated_at: now })
          .where('id', '=', r.id)
          .execute();
      }
    }
    await trx
      .insertInto('funding_decisions')
      .values({
        call_id: call.id,
        reasons: input.reasons,
        commission: input.commission,
        decided_by: deps.actor!.id,
        published_at: now,
      })
      .execute();
    await trx
      .updateTable('funding_calls')
      .set({ status: 'decided', updated_at: now, version: call.version + 1 })
      .where('id', '=', call.id)
      .execute();
    await record(trx, deps, 'call.decided', 'funding_call', call.id, { winners: [...winners], reasons: input.reasons });
    return ok({ awarded: winners.size });
  });
}
