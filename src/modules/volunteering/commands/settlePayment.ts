import { sql } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { PaymentNotice } from '../payments.ts';
import { findPayment } from '../repository.ts';

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
 * Called by the webhook route; the provider (who authenticated the notice) is the actor, so `deps.actor` is null.
 */
export async function settlePayment(
  deps: CommandDeps,
  providerId: string,
  notice: PaymentNotice,
): Promise<Result<Settlement>> {
  return deps.db.transaction().execute(async (trx) => {
    const p = await findPayment(trx, providerId, notice.providerPaymentId, { forUpdate: true });
    if (!p) return fail('unknown_payment');
    const base = { campaignId: p.campaign_id, locale: p.locale };
    if (notice.status === 'failed') {
      if (p.status !== 'pending') return ok({ outcome: 'duplicate', ...base });
      await trx
        .updateTable('charity_payments')
        .set({ status: 'failed', settled_at: new Date() })
        .where('id', '=', p.id)
        .where('status', '=', 'pending')
        .execute();
      await audit(trx, {
        actor: null,
        action: 'volunteering.payment.failed',
        entityType: 'charity_payment',
        entityId: p.id,
        data: { provider: providerId, key: notice.idempotencyKey },
        requestId: deps.requestId,
      });
      return ok({ outcome: 'failed', ...base });
    }
    const donation = await trx
      .insertInto('charity_donations')
      .values({
        campaign_id: p.campaign_id,
        payment_id: p.id,
        provider: providerId,
        provider_payment_id: p.provider_payment_id,
        idempotency_key: notice.idempotencyKey,
        amount_tiyn: p.amount_tiyn,
        donor_user_id: p.donor_user_id,
        donor_name: p.donor_name,
        anonymous: p.anonymous,
      })
      .onConflict((oc) => oc.columns(['provider', 'provider_payment_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!donation) return ok({ outcome: 'duplicate', ...base });
    await trx
      .updateTable('charity_payments')
      .set({ status: 'confirmed', settled_at: new Date() })
      .where('id', '=', p.id)
      .execute();
    await trx
      .updateTable('charity_campaigns')
      .set({ raised_tiyn: sql`raised_tiyn + ${p.amount_tiyn}`, donors: sql`donors + 1` })
      .where('id', '=', p.campaign_id)
      .execute();
    await audit(trx, {
      actor: null,
      action: 'volunteering.donation.recorded',
      entityType: 'charity_campaign',
      entityId: p.campaign_id,
      isPublic: true,
      data: { amountTiyn: p.amount_tiyn, provider: providerId },
      requestId: deps.requestId,
    });
    return ok({ outcome: 'donated', donationId: donation.id, ...base });
  });
}
