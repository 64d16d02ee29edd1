/**
 * One key per purpose, derived from QOGAM_SECRET (ADR 0008). A MAC made for one purpose is never
 * valid for another: the CSRF machinery cannot sign a payment notice, a webhook key leaked by a
 * provider does not forge forms. New purposes get a new name here; a name is never reused.
 */
import { hkdfSync } from 'node:crypto';

/**
 * The purposes with a key of their own. `webhook.<provider>` is one key per payment provider (a
 * provider that signs with a key of its own, issued by it, keeps that key in its own setting).
 */
export type KeyPurpose = 'csrf.cookie' | 'csrf.token' | `webhook.${string}`;

const SALT = 'qogam.keys';
const cache = new Map<string, Buffer>();

/**
 * HKDF-SHA256(secret, salt "qogam.keys", info "qogam/v1/<purpose>"), 32 bytes, computed once.
 * @example createHmac('sha256', purposeKey(cfg.secret, 'webhook.dev')).update(body)
 */
export function purposeKey(secret: string, purpose: KeyPurpose): Buffer {
  const id = `${purpose}\0${secret}`;
  let k = cache.get(id);
  if (!k) {
    k = Buffer.from(hkdfSync('sha256', secret, SALT, `qogam/v1/${purpose}`, 32));
    cache.set(id, k);
  }
  return k;
}

/**
 * The key of the IIN hash of signatures, "v1": the configured secret itself, exactly as before the
 * keys were separated, so hashes already stored keep matching (one IIN, one signature). It is the
 * only use of the raw secret. Rotating the secret still changes it — the key must become a
 * long-lived, versioned one kept with the database (issue 16, finding 15), not done here.
 */
export const iinKeyV1 = (secret: string): string => secret;

/** The development value used when QOGAM_SECRET is unset outside production: public, never strong. */
export const DEVELOPMENT_SECRET = 'qogam-development-secret-not-for-production';
export const MIN_SECRET_LENGTH = 32;
const MIN_SECRET_BITS = 128;

/**
 * Why a secret is too weak for production, or null. Strong means: at least 32 characters, not the
 * development value, and at least 128 bits by a rough estimate (length × log2 of the number of
 * distinct characters), which `openssl rand -base64 32` (about 200) or `-hex 32` (256) pass and a
 * repeated word does not.
 */
export function secretWeakness(secret: string | undefined): string | null {
  const how = 'generate one with `openssl rand -base64 32`';
  if (!secret)
    return `QOGAM_SECRET must be set in production (at least ${MIN_SECRET_LENGTH} random characters; ${how})`;
  if (secret === DEVELOPMENT_SECRET) return `QOGAM_SECRET is the public development value; ${how}`;
  if (secret.length < MIN_SECRET_LENGTH)
    return `QOGAM_SECRET is too short: ${secret.length} characters, production needs at least ${MIN_SECRET_LENGTH} random characters; ${how}`;
  const bits = secret.length * Math.log2(new Set(secret).size);
  if (bits < MIN_SECRET_BITS)
    return `QOGAM_SECRET is not random enough (about ${Math.floor(bits)} bits, at least ${MIN_SECRET_BITS} needed: ${MIN_SECRET_LENGTH}+ characters of many different ones); ${how}`;
  return null;
}
