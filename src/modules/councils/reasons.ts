/**
 * Every reason the councils module gives, with its kind (the HTTP status follows from the kind,
 * src/platform/kit/result.ts). The words are `councils.deny.<reason>` on a refusal page and
 * `councils.errors.<reason>` next to a form field.
 */
import { commandsFor } from '../../platform/kit/command.ts';

export const COUNCIL_REASONS = {
  not_found: 'not_found',
  // Someone else acted first, or the record is not in the state the act needs.
  stale: 'conflict',
  already_applied: 'conflict',
  already_answered: 'conflict',
  already_registered: 'conflict',
  already_hidden: 'conflict',
  wrong_state: 'conflict',
  applications_closed: 'conflict',
  registration_closed: 'conflict',
  questions_closed: 'conflict',
  still_open: 'conflict',
  unanswered: 'conflict',
  selection_running: 'conflict',
  not_started: 'conflict',
  not_held: 'conflict',
  // Who may act.
  sign_in: 'forbidden',
  not_official: 'forbidden',
  dissolved: 'forbidden',
  own_body: 'forbidden',
  not_representative: 'forbidden',
  not_member: 'forbidden',
  hidden: 'forbidden',
  // What was typed does not hold: always given with the field it belongs next to.
  notice_too_short: 'invalid',
  closes_too_soon: 'invalid',
  council_not_of_body: 'invalid',
  wrong_outcome: 'invalid',
  unknown_member: 'invalid',
  votes_missing: 'invalid',
  votes_exceed_commission: 'invalid',
  commission_size: 'invalid',
} as const;

export type CouncilReason = keyof typeof COUNCIL_REASONS;

export const { command, fail, refuse, allow, deny } = commandsFor(COUNCIL_REASONS);
