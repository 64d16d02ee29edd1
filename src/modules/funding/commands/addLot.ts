import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { lotProblems, type LotInput } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findCall, type Db } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

export async function insertLot(trx: Db, callId: string, number: number, lot: LotInput) {
  return trx
    .insertInto('funding_lots')
    .values({
      call_id: callId,
      number,
      topic_id: lot.topicId,
      title: lot.title,
      description: lot.description,
      area: lot.area,
      region: lot.region,
      budget_tiyn: lot.budgetTiyn,
      duration_months: lot.durationMonths,
      expected_results: lot.expectedResults,
      indicators: JSON.stringify(lot.indicators),
      grant_type: lot.grantType,
      prize_tiyn: lot.prizeTiyn,
      split_rule: lot.splitRule,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Adds a lot (programme, nomination) to a call still in draft. */
export async function addLot(
  deps: CommandDeps,
  input: { callId: string; lot: LotInput },
): Promise<Result<{ id: string }>> {
  return tx(deps, async (trx) => {
    const call = await findCall(trx, input.callId, { forUpdate: true });
    if (!call) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, call.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (call.status !== 'draft') return fail('callNotDraft');
    const first = Object.entries(lotProblems(call.instrument, input.lot, new Date(call.opens_at)))[0];
    if (first) return fail(first[1], first[0]);
    const n = await trx
      .selectFrom('funding_lots')
      .select((eb) => eb.fn.max<number>('number').as('m'))
      .where('call_id', '=', call.id)
      .executeTakeFirstOrThrow();
    const row = await insertLot(trx, call.id, Number(n.m ?? 0) + 1, input.lot);
    await record(trx, deps, 'lot.added', 'funding_call', call.id, { lotId: row.id });
    return ok({ id: row.id });
  });
}
