/**
 * Every reason the petitions module gives, with its kind (the HTTP status follows from the kind).
 * Page messages are `petitions.deny.<reason>`, messages next to a field `petitions.errors.<reason>`.
 */
import { commandsFor, type ReasonOf } from '../../platform/kit/index.ts';
import type { SignatureFailure } from '../../platform/pki/types.ts';

/** Why the signature of a CMS was refused (pki.reason.<code>): told next to the signature field. */
const SIGNATURE_REFUSALS = {
  malformed: 'invalid',
  content_mismatch: 'invalid',
  bad_signature: 'invalid',
  untrusted_chain: 'invalid',
  expired: 'invalid',
  not_yet_valid: 'invalid',
  revoked: 'invalid',
  key_usage: 'invalid',
  no_identity: 'invalid',
} as const satisfies Record<SignatureFailure, 'invalid'>;

export const PETITIONS_REASONS = {
  not_found: 'not_found',
  sign_in: 'forbidden',
  not_author: 'forbidden',
  not_moderator: 'forbidden',
  not_addressee: 'forbidden',
  not_draft: 'conflict',
  not_in_moderation: 'conflict',
  not_threshold_reached: 'conflict',
  not_under_review: 'conflict',
  not_collecting: 'conflict',
  /** Only the expiry job meets it (the period has not ended yet): nothing to do. */
  still_collecting: 'conflict',
  stale: 'conflict',
  already_signed: 'conflict',
  unknown_addressee: 'invalid',
  ...SIGNATURE_REFUSALS,
} as const;

export type PetitionsReason = ReasonOf<typeof PETITIONS_REASONS>;

export const { command, fail, refuse, allow, deny } = commandsFor(PETITIONS_REASONS);
