import { ok } from '../../../platform/kit/index.ts';
import { PAYMENT } from '../domain.ts';
import type { PaymentNotice } from '../payments.ts';
import { command, fail } from '../reasons.ts';
import { findPayment, addToCampaignTotal, insertDonation, settlePaymentRow } from '../repository/index.ts';

export type Settlement = {
  outcome: 'donated' | 'duplicate' | 'failed';
  campaignId: string;
  locale: string;
  donationId?: string;
};

/**
 * Applies a provider's authenticated notice. A confirmation records the donation and adds it to the
 * campaign's total — once: the payment row is locked, and the donation's unique key on the provider's
 * payment id turns any repeated or concurrent confirmation into 'duplicate'. A failure marks a pending
 * payment failed. A failure after a confirmation changes nothing (the money was taken).
 * Called by the webhook route (and the demo's bank page): the provider, who authenticated the notice,
 * acts, not whoever is signed in, so its entries are system notes (recorded without an actor).
 * @example await settlePayment(deps, { provider: 'dev', notice }) // ok({ outcome: 'donated', campaignId, locale, donationId })
 */
export const settlePayment = command({
  // A repeated notice ('duplicate') changes nothing and is not recorded again; 'donated' and
  // 'failed' write their entries below.
  audit: 'none',
  // Not a `load`: a notice for a payment we never created is 'unknown_payment', the webhook's word.
  run: async ({ trx, at, audit }, input: { provider: string; notice: PaymentNotice }) => {
    const { provider, notice } = input;
    const p = await findPayment(trx, provider, notice.providerPaymentId, { forUpdate: true });
    if (!p) return fail('unknown_payment');
    const base = { campaignId: p.campaign_id, locale: p.locale };
    if (notice.status === 'failed') {
      const to = PAYMENT.next(p.status, 'fail');
      if (!to) return ok<Settlement>({ outcome: 'duplicate', ...base });
      await settlePaymentRow(trx, { id: p.id, to, from: p.status, at });
      await audit({
        action: 'volunteering.payment.failed',
        entityType: 'charity_payment',
        entityId: p.id,
        system: true,
        data: { provider, key: notice.idempotencyKey },
      });
      return ok<Settlement>({ outcome: 'failed', ...base });
    }
    const to = PAYMENT.next(p.status, 'confirm');
    if (!to) return ok<Settlement>({ outcome: 'duplicate', ...base });
    const donationId = await insertDonation(trx, {
      campaignId: p.campaign_id,
      paymentId: p.id,
      provider,
      providerPaymentId: p.provider_payment_id,
      idempotencyKey: notice.idempotencyKey,
      amountTiyn: p.amount_tiyn,
      donorUserId: p.donor_user_id,
      donorName: p.donor_name,
      anonymous: p.anonymous,
    });
    if (!donationId) return ok<Settlement>({ outcome: 'duplicate', ...base });
    await settlePaymentRow(trx, { id: p.id, to, at });
    await addToCampaignTotal(trx, p.campaign_id, p.amount_tiyn);
    await audit({
      action: 'volunteering.donation.recorded',
      entityType: 'charity_campaign',
      entityId: p.campaign_id,
      public: true,
      system: true,
      data: { amountTiyn: p.amount_tiyn, provider },
    });
    return ok<Settlement>({ outcome: 'donated', donationId, ...base });
  },
});
