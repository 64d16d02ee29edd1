import { randomBytes } from 'node:crypto';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { awardShares } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findApplication, findCall, findLot } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** Adds months to a civil date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * The contract (grant agreement, award) of an awarded application: the project, with milestones
 * from its activities spread over the lot's duration and budget lines from its budget. An award
 * pays the prize, or its equal share when the nomination is split.
 */
export async function signContract(
  deps: CommandDeps,
  input: { applicationId: string; startsOn: string },
  now = new Date(),
): Promise<Result<{ id: string; number: string }>> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.applicationId, { forUpdate: true });
    if (!app) return fail('not_found');
    const call = (await findCall(trx, app.call_id))!;
    const body = (await loadBody(trx, call.state_body_id))!;
    const can = canManage(deps.actor, body);
    if (!can.ok) return fail(can.reason);
    if (app.status !== 'awarded') return fail('notAwarded');
    if (await trx.selectFrom('funding_projects').select('id').where('application_id', '=', app.id).executeTakeFirst())
      return fail('alreadySigned');
    const lot = (await findLot(trx, app.lot_id))!;
    let amount = app.requested_tiyn;
    if (call.instrument === 'award') {
      const winners = await trx
        .selectFrom('funding_applications')
        .select('id')
        .where('lot_id', '=', lot.id)
        .where('status', '=', 'awarded')
        .orderBy('rank')
        .execute();
      const shares = awardShares(lot.prize_tiyn ?? lot.budget_tiyn, winners.length, lot.split_rule ?? 'single');
      amount =
        shares[
          Math.max(
            0,
            winners.findIndex((w) => w.id === app.id),
          )
        ] ?? 0;
    }
    const count = await trx
      .selectFrom('funding_projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('call_id', '=', call.id)
      .executeTakeFirstOrThrow();
    const number = `${call.number}/${Number(count.n) + 1}`;
    const endsOn = addMonths(input.startsOn, lot.duration_months);
    const row = await trx
      .insertInto('funding_projects')
      .values({
        number,
        application_id: app.id,
        call_id: call.id,
        lot_id: lot.id,
        bin: app.bin,
        state_body_id: body.id,
        instrument: call.instrument,
        title: app.title,
        area: lot.area,
        region: lot.region,
        amount_tiyn: amount,
        starts_on: input.startsOn,
        ends_on: endsOn,
        signed_at: now,
        survey_token: randomBytes(9).toString('base64url'),
        beneficiaries_planned: app.beneficiaries_planned,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const acts = app.activities.length ? app.activities : [{ title: app.title, period: '' }];
    await trx
      .insertInto('funding_milestones')
      .values(
        acts.map((a, i) => ({
          project_id: row.id,
          position: i + 1,
          title: a.title,
          due_on: addMonths(input.startsOn, Math.max(1, Math.round(((i + 1) * lot.duration_months) / acts.length))),
        })),
      )
      .execute();
    const lines = app.budget_lines.length ? app.budget_lines : [{ item: app.title, amountTiyn: amount }];
    await trx
      .insertInto('funding_budget_lines')
      .values(
        lines.map((l, i) => ({
          project_id: row.id,
          position: i + 1,
          item: l.item,
          planned_tiyn:
            call.instrument === 'award'
              ? Math.round((l.amountTiyn * amount) / Math.max(1, app.requested_tiyn))
              : l.amountTiyn,
        })),
      )
      .execute();
    await record(trx, deps, 'contract.signed', 'funding_project', row.id, {
      number,
      bin: app.bin,
      amountTiyn: amount,
      startsOn: input.startsOn,
      endsOn,
    });
    return ok({ id: row.id, number });
  });
}
