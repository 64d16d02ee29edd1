import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { DEFAULT_RUBRIC, lotProblems, type Instrument, type LotInput } from '../domain.ts';
import { canManage } from '../policy.ts';
import { nextCallNumber } from '../repository.ts';
import { insertLot } from './addLot.ts';
import { loadBody, record, tx } from './shared.ts';

export interface CallInput {
  stateBodyId: string;
  planId: string | null;
  instrument: Instrument;
  title: string;
  description: string;
  opensAt: Date;
  closesAt: Date;
  requiredDocuments: string[];
  panelSize: number;
}

/** A draft call with its first lot (programme, nomination). Field problems come back as `field`. */
export async function createCall(
  deps: CommandDeps,
  input: CallInput & { lot: LotInput },
): Promise<Result<{ id: string; number: string }>> {
  if (input.closesAt <= input.opensAt) return fail('closesBeforeOpens', 'closesOn');
  const problems = lotProblems(input.instrument, input.lot, input.opensAt);
  const first = Object.entries(problems)[0];
  if (first) return fail(first[1], first[0]);
  return tx(deps, async (trx) => {
    const body = await loadBody(trx, input.stateBodyId);
    if (!body) return fail('not_found');
    const can = canManage(deps.actor, body);
    if (!can.ok) return fail(can.reason);
    const number = await nextCallNumber(trx, body.code, Number(input.opensAt.toISOString().slice(0, 4)));
    const row = await trx
      .insertInto('funding_calls')
      .values({
        number,
        plan_id: input.planId,
        state_body_id: body.id,
        instrument: input.instrument,
        title: input.title,
        description: input.description,
        opens_at: input.opensAt,
        closes_at: input.closesAt,
        rubric: JSON.stringify(DEFAULT_RUBRIC),
        required_documents: input.requiredDocuments,
        panel_size: input.panelSize,
        created_by: deps.actor!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertLot(trx, row.id, 1, input.lot);
    await record(trx, deps, 'call.created', 'funding_call', row.id, { number, instrument: input.instrument });
    return ok({ id: row.id, number });
  });
}
