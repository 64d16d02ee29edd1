/**
 * Every reason the volunteering module gives, with its kind (the HTTP status follows from the
 * kind). The words are `volunteering.deny.<reason>` (a page) and `volunteering.errors.<reason>`
 * (next to a form field).
 */
import { commandsFor, type ReasonOf } from '../../platform/kit/index.ts';

export const VOLUNTEERING_REASONS = {
  not_found: 'not_found',
  unknown_payment: 'not_found',
  payment_unknown: 'not_found',
  already_applied: 'conflict',
  wrong_state: 'conflict',
  stale: 'conflict',
  already_reported: 'conflict',
  no_places: 'conflict',
  not_open: 'conflict',
  not_collecting: 'conflict',
  not_ended: 'conflict',
  sign_in: 'forbidden',
  not_organizer: 'forbidden',
  organization_inactive: 'forbidden',
  own_opportunity: 'forbidden',
  no_profile: 'forbidden',
  age: 'forbidden',
  not_volunteer: 'forbidden',
  too_early: 'forbidden',
  not_representative: 'forbidden',
  not_verified: 'forbidden',
  no_campaign_org: 'forbidden',
  no_provider: 'forbidden',
  places_below_taken: 'forbidden',
} as const;

export type VolunteeringReason = ReasonOf<typeof VOLUNTEERING_REASONS>;

export const { command, fail, refuse, allow, deny } = commandsFor(VOLUNTEERING_REASONS);
