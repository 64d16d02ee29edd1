import { randomBytes } from 'node:crypto';
import { ok } from '../../../platform/kit/index.ts';
import { awardShares, PROJECT_INITIAL } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { awardedInLot, findLot, insertProject, nextContractNumber, projectOfApplication } from '../repository/index.ts';
import { applicationWithCall } from './load.ts';

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
export const signContract = command({
  load: (trx, input: { applicationId: string; startsOn: string }) => applicationWithCall(trx, input.applicationId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { app, call, body }, at, audit }, input) => {
    if (app.status !== 'awarded') return fail('notAwarded');
    if (await projectOfApplication(trx, app.id)) return fail('alreadySigned');
    const lot = (await findLot(trx, app.lot_id))!;
    let amount = app.requested_tiyn;
    if (call.instrument === 'award') {
      const winners = await awardedInLot(trx, lot.id);
      const shares = awardShares(lot.prize_tiyn ?? lot.budget_tiyn, winners.length, lot.split_rule ?? 'single');
      amount =
        shares[
          Math.max(
            0,
            winners.findIndex((w) => w.id === app.id),
          )
        ] ?? 0;
    }
    const number = await nextContractNumber(trx, call);
    const endsOn = addMonths(input.startsOn, lot.duration_months);
    const acts = app.activities.length ? app.activities : [{ title: app.title, period: '' }];
    const lines = app.budget_lines.length ? app.budget_lines : [{ item: app.title, amountTiyn: amount }];
    const row = await insertProject(
      trx,
      {
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
        signed_at: at,
        status: PROJECT_INITIAL,
        survey_token: randomBytes(9).toString('base64url'),
        beneficiaries_planned: app.beneficiaries_planned,
      },
      acts.map((a, i) => ({
        title: a.title,
        dueOn: addMonths(input.startsOn, Math.max(1, Math.round(((i + 1) * lot.duration_months) / acts.length))),
      })),
      lines.map((l) => ({
        item: l.item,
        plannedTiyn:
          call.instrument === 'award'
            ? Math.round((l.amountTiyn * amount) / Math.max(1, app.requested_tiyn))
            : l.amountTiyn,
      })),
    );
    await audit({
      action: 'funding.contract.signed',
      entityType: 'funding_project',
      entityId: row.id,
      data: { number, bin: app.bin, amountTiyn: amount, startsOn: input.startsOn, endsOn },
      public: true,
    });
    return ok({ id: row.id, number });
  },
});
