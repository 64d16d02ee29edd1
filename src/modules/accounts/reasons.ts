/**
 * Every reason the accounts module gives for not doing something, with its kind (the kind decides
 * the HTTP status). The words are `accounts.errors.<reason>` next to a field (most of them: the
 * forms say what to fix) and `accounts.deny.<reason>` on a refusal page.
 */
import { commandsFor, type ReasonOf } from '../../platform/kit/index.ts';

export const ACCOUNTS_REASONS = {
  not_found: 'not_found',
  user_not_found: 'not_found',
  forbidden: 'forbidden',
  /** An administrator's own administrator role: another administrator must remove it. */
  own_admin_role: 'forbidden',
  /** Told only to someone who knew the password. */
  disabled: 'forbidden',
  // One failure for an unknown address and a wrong password: the form must not reveal who has an account.
  invalid_credentials: 'invalid',
  email_taken: 'conflict',
  email_invalid: 'invalid',
  name_required: 'invalid',
  password_too_short: 'invalid',
  not_global_role: 'invalid',
  state_body_not_found: 'invalid',
  already_member: 'conflict',
  bin_invalid: 'invalid',
  org_type_invalid: 'invalid',
  token_name_required: 'invalid',
  already_confirmed: 'conflict',
  // An e-mailed link that ran out, or was used, superseded or never issued (its own page says which).
  link_expired: 'invalid',
  link_invalid: 'invalid',
} as const;

export type AccountsReason = ReasonOf<typeof ACCOUNTS_REASONS>;

export const { command, fail, refuse, allow, deny } = commandsFor(ACCOUNTS_REASONS);
