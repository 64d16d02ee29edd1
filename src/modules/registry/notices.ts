/**
 * Warnings other modules put on an organisation's public profile (a charitable campaign without
 * its spending report, …), the same way they add rating inputs: a provider per module, asked for
 * the organisation being shown. The registry does not import those modules.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/schema.ts';

export interface ProfileNotice {
  /** i18n key of the message, in the providing module's catalogue. */
  messageKey: string;
  params?: Record<string, string | number>;
  /** Site-relative path without the language, e.g. /charity?bin=…; the link to the details. */
  href?: string;
  /** i18n key of the link text. */
  linkKey?: string;
}

export type ProfileNoticeProvider = (db: Db, bin: string, at: Date) => Promise<ProfileNotice[]>;

const providers: ProfileNoticeProvider[] = [];

/** Registering the same provider twice has no effect (every test app registers its modules). */
export function addProfileNoticeProvider(p: ProfileNoticeProvider): void {
  if (!providers.includes(p)) providers.push(p);
}

export async function profileNoticesFor(db: Db, bin: string, at: Date): Promise<ProfileNotice[]> {
  return (await Promise.all(providers.map((p) => p(db, bin, at)))).flat();
}
