/** The development provider's "bank page" (demo mode only): the donor pays or the payment fails. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { settlePayment } from '../commands/settlePayment.ts';
import { campaignWithOrg } from '../lookups.ts';
import { devSignature, paymentProvider, type PaymentNotice } from '../payments.ts';
import { presentPayment } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { findPayment } from '../repository/index.ts';
import { DevPayPage } from '../views/CharityForms.tsx';

const { page, form } = routesFor('volunteering');
const pidParams = z.object({ pid: z.string().max(200) });
const toList: [string, string][] = [['volunteering.charity.title', '/charity']];
/** Anything but "confirmed" is a failure, as a bank's "cancel" would be. */
const outcomeSchema = z.object({
  outcome: z.preprocess((v) => (v === 'confirmed' ? 'confirmed' : 'failed'), z.enum(['confirmed', 'failed'])),
});

async function devPayment(req: FastifyRequest, p: { pid: string }) {
  if (!req.server.config.demo) return fail('not_found');
  const payment = await findPayment(req.server.db, 'dev', p.pid);
  if (!payment) return fail('not_found');
  const c = await campaignWithOrg(req.server.db, payment.campaign_id);
  return ok({ payment: presentPayment(payment), campaignTitle: c?.title ?? '' });
}

export async function paymentRoutes(app: FastifyInstance) {
  // A static segment, so it wins over /charity/:id whatever the order.
  page(app, {
    path: '/charity/dev-pay/:pid',
    policy: PUBLIC,
    params: pidParams,
    back: () => toList,
    load: devPayment,
    render: (l) => <DevPayPage {...l} />,
  });

  form(app, {
    path: '/charity/dev-pay/:pid',
    policy: PUBLIC,
    get: false,
    params: pidParams,
    back: () => toList,
    load: devPayment,
    schema: outcomeSchema,
    view: (l) => <DevPayPage {...l} />,
    submit: async (req, l, data) => {
      const provider = paymentProvider(app, 'dev');
      if (!provider) return fail('payment_unknown');
      // What the provider's server would send to the webhook: signed, with its own idempotency key.
      const unsigned: PaymentNotice = {
        providerPaymentId: l.payment.provider_payment_id,
        status: data.outcome,
        idempotencyKey: `dev-${randomBytes(8).toString('hex')}`,
      };
      const notice = provider.verifyNotice({
        paymentId: unsigned.providerPaymentId,
        status: unsigned.status,
        idempotencyKey: unsigned.idempotencyKey,
        signature: devSignature(app.config.secret, unsigned),
      });
      if (!notice) return fail('payment_unknown');
      const r = await settlePayment(depsFrom(req), { provider: provider.id, notice });
      return r.ok ? r : fail('payment_unknown');
    },
    // Back in the language the donor gave, on the campaign's page.
    done: (_, __, r) => ({
      to: `/${r.locale}/charity/${r.campaignId}`,
      external: true,
      flash: r.outcome === 'failed' ? 'volunteering.flash.paymentFailed' : 'volunteering.flash.donated',
    }),
  });
}
