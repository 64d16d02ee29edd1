import { sql } from 'kysely';
import type { EmailTokenPurpose } from './domain.ts';

/** Kysely queries of the accounts module, named by intent. No rules here. */
import type { Db } from '../../platform/db/schema.ts';
export type { Db } from '../../platform/db/schema.ts';

const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'password_hash',
  'roles',
  'locale',
  'email_confirmed_at',
  'disabled_at',
  'created_at',
] as const;

/** The hash of demo people who never sign in: it matches no password. */
const NO_PASSWORD = 'scrypt$demo$no-password';

// E-mail addresses are stored lower-cased; lower() keeps rows written by other paths findable and uses users_email_key.
export const findUserByEmail = (db: Db, email: string) =>
  db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();

export const insertUser = (
  trx: Db,
  u: { email: string; name: string; passwordHash: string; roles: string[]; locale: string; confirmedAt: Date | null },
) =>
  trx
    .insertInto('users')
    .values({
      email: u.email,
      name: u.name,
      password_hash: u.passwordHash,
      roles: u.roles,
      locale: u.locale,
      email_confirmed_at: u.confirmedAt,
    })
    .returning(['id', 'email', 'name'])
    .executeTakeFirstOrThrow();

/**
 * Contract for demo seeds of other modules: synthetic citizens in one insert, confirmed, with a
 * password hash that matches no password (they never sign in).
 */
export async function insertDemoPeople(db: Db, people: { email: string; name: string }[]) {
  if (!people.length) return [];
  const at = new Date();
  return db
    .insertInto('users')
    .values(
      people.map((p) => ({
        email: p.email,
        name: p.name,
        password_hash: NO_PASSWORD,
        roles: ['citizen'],
        email_confirmed_at: at,
      })),
    )
    .returning(['id', 'name', 'email'])
    .execute();
}

export const setPasswordHash = (trx: Db, userId: string, hash: string) =>
  trx.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();

export const markEmailConfirmed = (trx: Db, userId: string) =>
  trx
    .updateTable('users')
    .set({ email_confirmed_at: new Date() })
    .where('id', '=', userId)
    .where('email_confirmed_at', 'is', null)
    .execute();

/** The roles row locked for the rest of the transaction: two administrators editing one person must not lose a change. */
export const findUserRolesForUpdate = (trx: Db, id: string) =>
  trx.selectFrom('users').select(['id', 'roles']).where('id', '=', id).forUpdate().executeTakeFirst();

export const setRoles = (trx: Db, userId: string, roles: string[]) =>
  trx.updateTable('users').set({ roles }).where('id', '=', userId).execute();

// ---- e-mailed tokens ------------------------------------------------------

export const insertEmailToken = (
  trx: Db,
  t: { hash: string; userId: string; purpose: EmailTokenPurpose; expiresAt: Date },
) =>
  trx
    .insertInto('email_tokens')
    .values({ id: t.hash, user_id: t.userId, purpose: t.purpose, expires_at: t.expiresAt })
    .execute();

/** A new link replaces the older ones of the same purpose: only the latest mail works. */
export const supersedeEmailTokens = (trx: Db, userId: string, purpose: EmailTokenPurpose) =>
  trx
    .updateTable('email_tokens')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();

export const findEmailToken = (db: Db, hash: string) =>
  db
    .selectFrom('email_tokens')
    .select(['id', 'user_id', 'purpose', 'expires_at', 'used_at'])
    .where('id', '=', hash)
    .executeTakeFirst();

/**
 * Spends a link in one statement, so two clicks racing each other cannot both succeed.
 * Returns the user id, or undefined when the link is unknown, used or expired.
 */
export async function consumeEmailToken(
  trx: Db,
  hash: string,
  purpose: EmailTokenPurpose,
): Promise<string | undefined> {
  const row = await trx
    .updateTable('email_tokens')
    .set({ used_at: new Date() })
    .where('id', '=', hash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

// ---- sessions and API tokens ----------------------------------------------

export const listActiveSessions = (db: Db, userId: string) =>
  db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .orderBy('last_seen_at', 'desc')
    .execute();

export const findSession = (db: Db, id: string) =>
  db.selectFrom('sessions').select(['id', 'user_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();

export const listApiTokens = (db: Db, userId: string) =>
  db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();

export const findApiToken = (db: Db, id: string) =>
  db.selectFrom('api_tokens').select(['id', 'user_id', 'name', 'revoked_at']).where('id', '=', id).executeTakeFirst();

export const revokeApiTokenRow = (trx: Db, id: string) =>
  trx
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();

// ---- memberships and state bodies -----------------------------------------

export const membershipsOf = (db: Db, userId: string) =>
  db
    .selectFrom('memberships')
    .select(['org_type', 'org_id', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();

/** Inserts a membership; false when the person already had it. */
export async function insertMembership(
  trx: Db,
  m: { userId: string; orgType: 'organization' | 'state_body'; orgId: string },
): Promise<boolean> {
  const rows = await trx
    .insertInto('memberships')
    .values({ user_id: m.userId, org_type: m.orgType, org_id: m.orgId })
    .onConflict((oc) => oc.columns(['user_id', 'org_type', 'org_id']).doNothing())
    .returning('user_id')
    .execute();
  return rows.length > 0;
}

const STATE_BODY_COLUMNS = ['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en'] as const;

export const listStateBodies = (db: Db) =>
  db.selectFrom('state_bodies').select(STATE_BODY_COLUMNS).orderBy('code').execute();

export async function stateBodiesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  // org_id is text (it also holds BINs); compare as text so a malformed id cannot fail the uuid cast.
  return db
    .selectFrom('state_bodies')
    .select(STATE_BODY_COLUMNS)
    .where(sql<string>`id::text`, 'in', ids)
    .orderBy('code')
    .execute();
}

/** The CLI names a state body by its code ('MCS'); the web form by its id. */
export const findStateBody = (db: Db, idOrCode: string) =>
  db
    .selectFrom('state_bodies')
    .select(STATE_BODY_COLUMNS)
    .where((eb) => eb.or([eb(sql<string>`id::text`, '=', idOrCode), eb('code', '=', idOrCode)]))
    .executeTakeFirst();

// ---- administration -------------------------------------------------------

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Users whose e-mail or name contains q (case-insensitive), newest first, one page. */
export async function searchUsers(db: Db, opts: { q?: string; page: number; pageSize: number }) {
  let query = db.selectFrom('users');
  if (opts.q) {
    const p = likePattern(opts.q);
    query = query.where((eb) =>
      eb.or([eb(sql<string>`lower(email)`, 'like', p), eb(sql<string>`lower(name)`, 'like', p)]),
    );
  }
  const [items, total] = await Promise.all([
    query
      .select(['id', 'email', 'name', 'roles', 'email_confirmed_at', 'disabled_at', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

// ---- contracts for other modules (exported from index.ts) -----------------
// Other modules never select from users or memberships: they ask these, then merge by id.

/** What another module may know of a person: whom to name, where and in which language to write. */
export interface Person {
  id: string;
  name: string;
  email: string;
  locale: string;
}

/**
 * The people with these ids (ids not found are absent), in name order (the database's collation,
 * then id): a caller that listed people by name iterates the map. `only` keeps those not disabled
 * (`active`) and those holding a global role (`role`).
 */
export async function peopleByIds(
  db: Db,
  ids: readonly string[],
  only: { active?: boolean; role?: string } = {},
): Promise<Map<string, Person>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  let q = db.selectFrom('users').select(['id', 'name', 'email', 'locale']).where('id', 'in', unique);
  if (only.active) q = q.where('disabled_at', 'is', null);
  if (only.role) q = q.where(sql<boolean>`${only.role} = any(roles)`);
  const rows = await q.orderBy('name').orderBy('id').execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The people (not disabled) who act for an organisation (by BIN) or a state body (by id), in the order they joined. */
export async function membersOf(db: Db, orgType: 'organization' | 'state_body', orgId: string): Promise<Person[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'u.locale'])
    .where('m.org_type', '=', orgType)
    .where('m.org_id', '=', orgId)
    .where('u.disabled_at', 'is', null)
    .orderBy('m.created_at')
    .orderBy('u.id')
    .execute();
}

/** A person of the demo as its seeds act for them: the account, its roles and memberships. */
export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  roles: string[];
  memberships: { org_type: 'organization' | 'state_body'; org_id: string }[];
}

/** For demo seeds: a demo account by e-mail, with its memberships (in the order they were added), or undefined. */
export async function demoPerson(db: Db, email: string): Promise<DemoPerson | undefined> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'roles'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!u) return undefined;
  const memberships = await db
    .selectFrom('memberships')
    .select(['org_type', 'org_id'])
    .where('user_id', '=', u.id)
    .orderBy('created_at')
    .execute();
  return { ...u, memberships };
}

const DEMO_BATCH = 400;

/**
 * For demo seeds: accounts that may sign in, with the ids, roles and confirmation instants the
 * seed chose (the same seed gives the same rows), sharing the password of an existing account
 * (`passwordOf`, an e-mail; a hash that matches no password when it is absent). Multi-row inserts
 * of 400 rows, in the caller's transaction if it gives one.
 */
export async function insertDemoAccounts(
  db: Db,
  accounts: { id: string; email: string; name: string; roles: string[]; confirmedAt: Date }[],
  opts: { passwordOf?: string } = {},
): Promise<void> {
  if (!accounts.length) return;
  const source = opts.passwordOf
    ? await db.selectFrom('users').select('password_hash').where('email', '=', opts.passwordOf).executeTakeFirst()
    : undefined;
  const hash = source?.password_hash ?? NO_PASSWORD;
  for (let i = 0; i < accounts.length; i += DEMO_BATCH)
    await db
      .insertInto('users')
      .values(
        accounts.slice(i, i + DEMO_BATCH).map((a) => ({
          id: a.id,
          email: a.email,
          name: a.name,
          password_hash: hash,
          roles: a.roles,
          email_confirmed_at: a.confirmedAt,
        })),
      )
      .execute();
}

/** Whether anyone has an account yet (the demo loads only into an installation nobody uses). */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}
