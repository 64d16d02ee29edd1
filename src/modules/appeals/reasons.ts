/**
 * Every reason the online reception gives, with its kind (the HTTP status follows from the kind).
 * Page messages are `appeals.deny.<reason>`, messages next to a field `appeals.errors.<reason>`.
 */
import { commandsFor, type ReasonOf } from '../../platform/kit/index.ts';

export const APPEALS_REASONS = {
  not_found: 'not_found',
  sign_in: 'forbidden',
  not_yours: 'forbidden',
  not_official: 'forbidden',
  stale: 'conflict',
  already_answered: 'conflict',
  already_extended: 'conflict',
  bad_transition: 'conflict',
  not_open: 'conflict',
  redirect_not_allowed: 'conflict',
  redirect_window_passed: 'conflict',
  deadline_passed: 'conflict',
  not_answered: 'conflict',
  no_consent: 'conflict',
  /** Only the escalation job meets it: escalated already, or answered meanwhile. */
  already_escalated: 'conflict',
  not_colleague: 'invalid',
  extension_too_long: 'invalid',
  same_body: 'invalid',
  unknown_body: 'invalid',
  /** The console's setBodyHead (no HTTP route gives them). */
  body_not_found: 'not_found',
  not_member: 'invalid',
} as const;

export type AppealsReason = ReasonOf<typeof APPEALS_REASONS>;

export const { command, fail, refuse, allow, deny } = commandsFor(APPEALS_REASONS);
