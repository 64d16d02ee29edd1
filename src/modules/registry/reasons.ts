/**
 * Every reason the registry gives for not doing something, with its kind (which decides the HTTP
 * status). The words are `registry.deny.<reason>` on a page and `registry.errors.<reason>` next to
 * a field.
 */
import { commandsFor, type ReasonOf } from '../../platform/kit/index.ts';

export const REGISTRY_REASONS = {
  not_found: 'not_found',
  unknown_bin: 'not_found',
  sign_in: 'forbidden',
  not_representative: 'forbidden',
  not_moderator: 'forbidden',
  liquidated: 'forbidden',
  no_report_due: 'forbidden',
  not_pending: 'conflict',
  already_filed: 'conflict',
  already_applied: 'conflict',
  already_decided: 'conflict',
  duplicate_bin: 'conflict',
  year_out_of_range: 'invalid',
  bin_format: 'invalid',
  bin_checksum: 'invalid',
} as const;

export type RegistryReason = ReasonOf<typeof REGISTRY_REASONS>;

export const { command, fail, refuse, allow, deny } = commandsFor(REGISTRY_REASONS);
