/**
 * Every reason the legislation module gives for not doing something, with its kind (which decides
 * the HTTP status). The words are `legislation.deny.<reason>` on a page and
 * `legislation.errors.<reason>` next to a form field.
 */
import { commandsFor, type ReasonOf } from '../../platform/kit/index.ts';

export const { command, fail, refuse, allow, deny, table } = commandsFor({
  not_found: 'not_found',
  // A draft not at this address, or not public yet (in preparation only its developer sees it).
  no_draft: 'not_found',
  // Who may act.
  sign_in: 'forbidden',
  not_official: 'forbidden',
  not_developer: 'forbidden',
  developer_comment: 'forbidden',
  own_comment: 'forbidden',
  not_ngo: 'forbidden',
  // The draft's state or someone else's change got there first.
  stale: 'conflict',
  already_supported: 'conflict',
  unanswered: 'conflict',
  old_version: 'conflict',
  not_open: 'conflict',
  state_edit: 'conflict',
  state_open: 'conflict',
  state_close: 'conflict',
  state_publishSummary: 'conflict',
  state_newVersion: 'conflict',
  state_answer: 'conflict',
  // Wrong input, shown next to its field.
  unknown_unit: 'invalid',
  tooShort: 'invalid',
  tooLong: 'invalid',
  reason_required: 'invalid',
  empty_text: 'invalid',
});

export type LegislationReason = ReasonOf<typeof table>;
