/**
 * The payment-provider interface donations go through, and the development provider.
 *
 * The flow: the donor sends the form → `startDonation` records a pending payment and asks the
 * provider to create it → the donor is redirected to the provider's page → the provider calls back
 * (webhook `POST /api/v1/payments/{provider}/notify`) with the outcome and an idempotency key →
 * `settlePayment` records the donation, once per provider payment id, only on confirmation.
 * A real provider (a bank's acquiring, Kaspi, …) implements the same three members.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hmac, safeEqual } from '../../platform/auth/tokens.ts';
import { purposeKey } from '../../platform/config/keys.ts';

export interface PaymentRequest {
  /** Our payment id (charity_payments.id), for the provider's reference. */
  paymentId: string;
  amountTiyn: number;
  description: string;
  /** The reader's language, for the provider's page. */
  locale: 'kk' | 'ru' | 'en';
}

export interface CreatedPayment {
  providerPaymentId: string;
  /** Where to send the donor to pay (absolute, or site-relative for the development provider). */
  redirectUrl: string;
}

/** A provider's authenticated word about a payment. */
export interface PaymentNotice {
  providerPaymentId: string;
  status: 'confirmed' | 'failed';
  /** The provider's key of this notification; a retried notification carries the same one. */
  idempotencyKey: string;
}

export interface PaymentProvider {
  readonly id: string;
  createPayment(req: PaymentRequest): Promise<CreatedPayment>;
  /** Reads and authenticates a callback body; null when it is not from the provider (bad signature, wrong shape). */
  verifyNotice(body: unknown): PaymentNotice | null;
}

/**
 * Signature of a development notice: HMAC of "id:status:key" under the development provider's own
 * key, derived from the server secret for this purpose only (webhook.dev), so no other MAC the
 * server makes (a CSRF token, an IIN hash) is ever a valid notice.
 */
export function devSignature(secret: string, n: PaymentNotice): string {
  return hmac(purposeKey(secret, 'webhook.dev'), `${n.providerPaymentId}:${n.status}:${n.idempotencyKey}`);
}

/**
 * Simulates a provider in demo mode: its "bank page" is /{lang}/charity/dev-pay/{id}, where the donor
 * chooses to pay or to fail; the page then sends a signed notice, as a real provider's server would.
 */
export function devProvider(secret: string): PaymentProvider {
  return {
    id: 'dev',
    async createPayment(req) {
      const providerPaymentId = `dev_${randomBytes(12).toString('hex')}`;
      return { providerPaymentId, redirectUrl: `/${req.locale}/charity/dev-pay/${providerPaymentId}` };
    },
    verifyNotice(body) {
      const b = body as Record<string, unknown> | null;
      if (!b || typeof b !== 'object') return null;
      const { paymentId, status, idempotencyKey, signature } = b;
      if (typeof paymentId !== 'string' || typeof idempotencyKey !== 'string' || typeof signature !== 'string')
        return null;
      if (status !== 'confirmed' && status !== 'failed') return null;
      const notice: PaymentNotice = { providerPaymentId: paymentId, status, idempotencyKey };
      return safeEqual(signature, devSignature(secret, notice)) ? notice : null;
    },
  };
}

// Keyed by the HTTP server, which every encapsulated plugin context of one app shares.
const registries = new WeakMap<object, Map<string, PaymentProvider>>();

/** Adds a provider to an app (the development one is added in demo mode by the module). */
export function addPaymentProvider(app: FastifyInstance, p: PaymentProvider): void {
  let m = registries.get(app.server);
  if (!m) registries.set(app.server, (m = new Map()));
  m.set(p.id, p);
}

export function paymentProvider(app: FastifyInstance, id: string): PaymentProvider | undefined {
  return registries.get(app.server)?.get(id);
}

/** The provider new donations use: the first one added. */
export function defaultPaymentProvider(app: FastifyInstance): PaymentProvider | undefined {
  const m = registries.get(app.server);
  return m ? m.values().next().value : undefined;
}
