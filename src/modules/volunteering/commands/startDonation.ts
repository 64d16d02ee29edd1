import { randomUUID } from 'node:crypto';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { PaymentProvider } from '../payments.ts';
import { canDonate } from '../policy.ts';
import { findCampaign } from '../repository.ts';

/**
 * Starts a donation: asks the provider to create the payment and records it as pending. Nothing is
 * counted as donated until the provider confirms (settlePayment).
 * @example await startDonation(deps, provider, { campaignId, amountTiyn: 500000, name: 'Айгерім', anonymous: false, locale: 'kk' }, today) // ok({ redirectUrl })
 */
export async function startDonation(
  deps: CommandDeps,
  provider: PaymentProvider,
  input: { campaignId: string; amountTiyn: number; name: string; anonymous: boolean; locale: 'kk' | 'ru' | 'en' },
  today: string,
): Promise<Result<{ paymentId: string; redirectUrl: string }>> {
  const c = await findCampaign(deps.db, input.campaignId);
  if (!c) return fail('not_found');
  const can = canDonate(c, today);
  if (!can.ok) return fail(can.reason);
  const paymentId = randomUUID();
  const created = await provider.createPayment({
    paymentId,
    amountTiyn: input.amountTiyn,
    description: c.title.slice(0, 100),
    locale: input.locale,
  });
  return deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('charity_payments')
      .values({
        id: paymentId,
        campaign_id: c.id,
        provider: provider.id,
        provider_payment_id: created.providerPaymentId,
        amount_tiyn: input.amountTiyn,
        donor_user_id: deps.actor?.id ?? null,
        donor_name: input.name || null,
        anonymous: input.anonymous,
        locale: input.locale,
      })
      .execute();
    await audit(trx, {
      actor: deps.actor,
      action: 'volunteering.payment.created',
      entityType: 'charity_payment',
      entityId: paymentId,
      data: { campaignId: c.id, provider: provider.id, amountTiyn: input.amountTiyn },
      requestId: deps.requestId,
    });
    return ok({ paymentId, redirectUrl: created.redirectUrl });
  });
}
