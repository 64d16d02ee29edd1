import { createHash, createHmac, randomBytes } from 'node:crypto';
import { iinKeyV1 } from '../../../platform/config/keys.ts';
import { ok, type Result } from '../../../platform/kit/index.ts';
import { decodeCms } from '../../../platform/pki/verify.ts';
import type { VerifyOptions, VerifyResult } from '../../../platform/pki/types.ts';
import { effectiveStatus, publicSignerName, signingPayload } from '../domain.ts';
import { canSign } from '../policy.ts';
import { fail, refuse, type PetitionsReason } from '../reasons.ts';
import { findInitiative } from '../repository/index.ts';
import type { SignatureBatcher } from '../signing.ts';
import type { Db } from '../../../platform/db/schema.ts';

export interface Pki {
  verify(cms: Uint8Array, content: Uint8Array, opts?: VerifyOptions): Promise<VerifyResult>;
}

export interface SignContext {
  db: Db;
  pki: Pki;
  /** Server secret: the IIN is stored only as HMAC(secret, IIN). */
  secret: string;
  batcher: SignatureBatcher;
}

/**
 * The keyed hash that stands for an IIN (unique per initiative; not reversible without the secret),
 * under the IIN key "v1" (config/keys.ts): unchanged since the first signature, so stored hashes match.
 */
export const iinHash = (secret: string, iin: string) =>
  createHmac('sha256', iinKeyV1(secret)).update(`petitions.iin:${iin}`).digest('hex');
export const receiptHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A citizen signs with a CMS over the initiative's signing payload. No session: the signature is
 * the identity. The certificate's IIN signs once (409 'already_signed'); refusals carry the pki
 * reason code ('bad_signature', 'untrusted_chain', …). The count is returned after the batch that
 * holds this signature has committed. The signature row itself (with the CMS) is the record of the
 * act; the audit log gets the initiative's transitions, not each of a million signatures.
 * Returns a receipt token, shown once: its link lets the signer see and download their signature.
 *
 * Not a kit `command()`, on purpose: this is the hot path (thousands a second). The CMS is verified
 * outside any transaction, and the write is handed to the batcher (signing.ts), which commits the
 * signatures of many concurrent signers in one transaction; a command per signature would hold a
 * transaction (and the initiative's row lock) across the verification and undo the batching that
 * `npm run bench signing-burst` measures.
 * @example await signInitiative(sign(), { id, cms })
 */
export async function signInitiative(
  ctx: SignContext,
  input: { id: string; cms: Uint8Array | string },
  at = new Date(),
): Promise<Result<{ signatureCount: number; receiptToken: string; thresholdReached: boolean }, PetitionsReason>> {
  const row = await findInitiative(ctx.db, input.id);
  if (!row) return fail('not_found');
  const allowed = canSign(effectiveStatus({ status: row.status, collectionEnds: row.collection_ends }, at));
  if (!allowed.ok) return refuse(allowed);
  const der = decodeCms(input.cms);
  if (!der) return fail('malformed', 'cms');
  const payload = Buffer.from(
    signingPayload({ id: row.id, title: row.title, addresseeCode: row.addressee_code, body: row.body }),
    'utf8',
  );
  const v = await ctx.pki.verify(der, new Uint8Array(payload), { at });
  if (!v.ok) return fail(v.reason, 'cms');
  const signer = v.value.signer;
  if (!signer.iin) return fail('no_identity', 'cms');
  const token = randomBytes(24).toString('base64url');
  const outcome = await ctx.batcher.submit({
    initiativeId: row.id,
    iinHash: iinHash(ctx.secret, signer.iin),
    publicName: publicSignerName(signer.givenName, signer.surname),
    signingTime: v.value.signingTime,
    cms: der,
    certSerial: signer.serialNumber,
    certIssuer: signer.issuer,
    receiptHash: receiptHash(token),
  });
  if (outcome.status === 'duplicate') return fail('already_signed');
  if (outcome.status !== 'accepted') return fail(outcome.status);
  return ok({
    signatureCount: outcome.signatureCount,
    receiptToken: token,
    thresholdReached: outcome.thresholdReached,
  });
}
