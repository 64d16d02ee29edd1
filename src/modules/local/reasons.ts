/**
 * Every reason local participation gives, with its kind (the kind decides the HTTP status). The
 * words are `local.deny.<reason>` on a refusal page and `local.errors.<reason>` next to a field.
 */
import { commandsFor } from '../../platform/kit/index.ts';

export const LOCAL_REASONS = {
  not_found: 'not_found',
  sign_in: 'forbidden',
  not_akimat: 'forbidden',
  not_official: 'forbidden',
  /** The cycle's stage work is not done yet (403 as before: the official must act first). */
  no_proposals: 'forbidden',
  unreviewed: 'forbidden',
  no_feasible: 'forbidden',
  closed: 'conflict',
  stale: 'conflict',
  not_collecting: 'conflict',
  not_voting: 'conflict',
  not_reviewing: 'conflict',
  not_implementing: 'conflict',
  not_selected: 'forbidden',
  already_voted: 'conflict',
  already_rated: 'conflict',
  // Next to a field on the form.
  unknown_body: 'invalid',
  district: 'invalid',
  cost_over_budget: 'invalid',
  bad_transition: 'conflict',
  photo_too_large: 'invalid',
  not_resident_region: 'invalid',
  not_resident_district: 'invalid',
  no_choice: 'invalid',
  duplicate_choice: 'invalid',
  too_many_choices: 'invalid',
  unknown_choice: 'invalid',
  over_budget: 'invalid',
} as const;

export type LocalReason = keyof typeof LOCAL_REASONS;

export const { command, fail, refuse, allow, deny } = commandsFor(LOCAL_REASONS);
