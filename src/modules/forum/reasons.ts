/**
 * Every reason the Civil Forum gives, with its kind (the kind decides the HTTP status). The words
 * are `forum.deny.<reason>` on a refusal page and `forum.errors.<reason>` next to a field.
 */
import { commandsFor } from '../../platform/kit/index.ts';

export const FORUM_REASONS = {
  not_found: 'not_found',
  sign_in: 'forbidden',
  not_organiser: 'forbidden',
  not_responsible: 'forbidden',
  own_proposal: 'forbidden',
  stale: 'conflict',
  concluded: 'conflict',
  not_open: 'conflict',
  not_deliberating: 'conflict',
  not_concluded: 'conflict',
  already_supported: 'conflict',
  item_closed: 'conflict',
  /** A move the item's lifecycle does not allow (a `null` of ITEM.next). */
  bad_transition: 'conflict',
  // Next to a field on the form (403 as before when shown on a page of their own).
  no_evidence: 'forbidden',
  no_reason: 'forbidden',
  unknown_body: 'forbidden',
  unknown_recommendations: 'forbidden',
  bad_proposal: 'forbidden',
} as const;

export type ForumReason = keyof typeof FORUM_REASONS;

export const { command, fail, refuse, allow, deny } = commandsFor(FORUM_REASONS);
