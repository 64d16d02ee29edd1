/**
 * What the reception reads of people. The users table is the accounts module's; these reads stay
 * here until accounts offers contracts for them (a person's contact, people by e-mail).
 */
import type { Db } from '../../../platform/db/schema.ts';

/** Where and in which language to write to a person. */
export async function userContact(db: Db, userId: string) {
  return db.selectFrom('users').select(['email', 'locale', 'name']).where('id', '=', userId).executeTakeFirst();
}

/** People by e-mail (the demo's own accounts: the demo citizen and official). */
export async function peopleByEmail(db: Db, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', 'in', [...emails])
    .execute();
}
