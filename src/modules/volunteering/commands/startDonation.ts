import { randomUUID } from 'node:crypto';
import { ok } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { PAYMENT_INITIAL } from '../domain.ts';
import type { PaymentProvider } from '../payments.ts';
import { canDonate } from '../policy.ts';
import { command } from '../reasons.ts';
import { findCampaign, insertPayment } from '../repository/index.ts';

export interface DonationInput {
  campaignId: string;
  provider: PaymentProvider;
  amountTiyn: number;
  name: string;
  anonymous: boolean;
  locale: 'kk' | 'ru' | 'en';
}

/**
 * Starts a donation: asks the provider to create the payment and records it as pending. Nothing is
 * counted as donated until the provider confirms (settlePayment).
 * @example await startDonation(deps, { campaignId, provider, amountTiyn: 500000, name: 'Айгерім', anonymous: false, locale: 'kk' }) // ok({ redirectUrl })
 */
export const startDonation = command({
  load: (trx, input: DonationInput) => findCampaign(trx, input.campaignId),
  policy: (_actor, c, _input, at) => canDonate(c, almatyDate(at)),
  run: async ({ trx, loaded: c, actor, audit }, input) => {
    const paymentId = randomUUID();
    // The provider is asked inside the transaction (the kit has no step before it): a provider
    // that fails leaves no pending payment behind.
    const created = await input.provider.createPayment({
      paymentId,
      amountTiyn: input.amountTiyn,
      description: c.title.slice(0, 100),
      locale: input.locale,
    });
    await insertPayment(trx, {
      id: paymentId,
      campaignId: c.id,
      provider: input.provider.id,
      providerPaymentId: created.providerPaymentId,
      amountTiyn: input.amountTiyn,
      donorUserId: actor?.id ?? null,
      donorName: input.name || null,
      anonymous: input.anonymous,
      locale: input.locale,
      status: PAYMENT_INITIAL,
    });
    await audit({
      action: 'volunteering.payment.created',
      entityType: 'charity_payment',
      entityId: paymentId,
      data: { campaignId: c.id, provider: input.provider.id, amountTiyn: input.amountTiyn },
    });
    return ok({ paymentId, redirectUrl: created.redirectUrl });
  },
});
