import { ok } from '../../../platform/kit/index.ts';
import { APPLICATION, CALL, rankApplications } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  callApplications,
  callLots,
  insertDecision,
  scoresOf,
  setApplicationOutcome,
  setCallStatus,
} from '../repository/index.ts';
import { callWithBody } from './load.ts';

/**
 * The commission's decision, published: winners among the admitted applications, with reasons.
 * Every admitted application must have been scored; scores and ranks become public. One winner per
 * social order lot and per 'single' award nomination; grant winners must fit the programme amount.
 * After publication the decision changes only through correctDecision.
 */
export const decideCall = command({
  load: (trx, input: { callId: string; winners: string[]; reasons: string; commission: string }) =>
    callWithBody(trx, input.callId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { call }, actor, at, audit }, input) => {
    const decided = CALL.next(call.status, 'decide');
    if (!decided) return fail('badTransition');
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
      const inLot = apps.filter((a) => a.lot_id === lot.id);
      const won = inLot.filter((a) => winners.has(a.id));
      if (call.instrument === 'social_order' && won.length > 1) return fail('oneWinnerPerLot', 'winners');
      if (call.instrument === 'award' && lot.split_rule === 'single' && won.length > 1)
        return fail('oneWinnerPerLot', 'winners');
      if (call.instrument === 'grant' && won.reduce((s, a) => s + a.requested_tiyn, 0) > lot.budget_tiyn)
        return fail('overBudget', 'winners');
      const ranked = rankApplications(
        inLot.map((a) => ({
          id: a.id,
          submittedAt: new Date(a.submitted_at!),
          totals: scores.filter((s) => s.application_id === a.id).map((s) => s.total),
        })),
      );
      for (const r of ranked) {
        const status = APPLICATION.next('admitted', winners.has(r.id) ? 'award' : 'notAward')!;
        await setApplicationOutcome(trx, r.id, { status, score: r.score, rank: r.rank, at });
      }
    }
    await insertDecision(trx, {
      callId: call.id,
      reasons: input.reasons,
      commission: input.commission,
      decidedBy: actor!.id,
      at,
    });
    await setCallStatus(trx, call, { status: decided, at });
    await audit({
      action: 'funding.call.decided',
      entityType: 'funding_call',
      entityId: call.id,
      data: { winners: [...winners], reasons: input.reasons },
      public: true,
    });
    return ok({ awarded: winners.size });
  },
});
