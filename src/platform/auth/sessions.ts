import type { Kysely } from 'kysely';
import type { Actor, Role } from './actor.ts';
import { newToken, sha256 } from './tokens.ts';
import type { Db } from '../db/schema.ts';

export const SESSION_COOKIE = 'qsid';
/** Sessions last 30 days from sign-in and end after 7 idle days. */
export const SESSION_DAYS = 30;
export const IDLE_DAYS = 7;
const DAY = 86_400_000;

export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string; userAgent?: string },
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      expires_at: new Date(Date.now() + SESSION_DAYS * DAY),
      ip: meta.ip ?? null,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      last_seen_at: new Date(),
    })
    .execute();
  return token;
}

export type SessionLookup =
  | { status: 'none' }
  /** sessionId: the row the cookie names, when there is one (a form rendered in it still passes CSRF). */
  | { status: 'expired'; sessionId?: string }
  | { status: 'active'; actor: Actor; sessionId: string };

/** Finds the actor for a session cookie; a revoked, expired or idle session is 'expired'. */
export async function lookupSession(db: Db, token: string): Promise<SessionLookup> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as sid',
      's.expires_at',
      's.revoked_at',
      's.last_seen_at',
      'u.id',
      'u.name',
      'u.email',
      'u.roles',
      'u.email_confirmed_at',
      'u.disabled_at',
    ])
    .where('s.id', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return { status: 'expired' };
  const now = Date.now();
  if (
    row.revoked_at ||
    row.disabled_at ||
    new Date(row.expires_at).getTime() < now ||
    new Date(row.last_seen_at).getTime() < now - IDLE_DAYS * DAY
  ) {
    return { status: 'expired', sessionId: row.sid };
  }
  // Touch at most once an hour: a write per request would make every page a write.
  if (new Date(row.last_seen_at).getTime() < now - 3_600_000) {
    await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', row.sid).execute();
  }
  return { status: 'active', sessionId: row.sid, actor: await actorFor(db, row, 'session') };
}

export async function actorFor(
  db: Db,
  u: { id: string; name: string; email: string; roles: string[]; email_confirmed_at: Date | null },
  via: Actor['via'],
): Promise<Actor> {
  const ms = await db.selectFrom('memberships').select(['org_type', 'org_id']).where('user_id', '=', u.id).execute();
  const organizations = ms.filter((m) => m.org_type === 'organization').map((m) => m.org_id);
  const stateBodies = ms.filter((m) => m.org_type === 'state_body').map((m) => m.org_id);
  const roles = new Set(u.roles as Role[]);
  if (organizations.length) roles.add('ngo_representative');
  if (stateBodies.length) roles.add('official');
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: [...roles],
    organizations,
    stateBodies,
    emailConfirmed: !!u.email_confirmed_at,
    via,
  };
}

export async function revokeSession(db: Db, sessionId: string) {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).execute();
}

export async function revokeAllSessions(db: Db, userId: string) {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Bearer personal access tokens for the API: 'qgm_' + random; only the hash is stored. */
export async function lookupApiToken(db: Db, bearer: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([
      't.id as tid',
      't.last_used_at',
      'u.id',
      'u.name',
      'u.email',
      'u.roles',
      'u.email_confirmed_at',
      'u.disabled_at',
    ])
    .where('t.token_hash', '=', sha256(bearer))
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.disabled_at) return null;
  if (!row.last_used_at || new Date(row.last_used_at).getTime() < Date.now() - 3_600_000) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.tid).execute();
  }
  return actorFor(db, row, 'token');
}

export async function issueApiToken(db: Db, userId: string, name: string): Promise<{ id: string; token: string }> {
  const token = `qgm_${newToken(24)}`;
  const row = await db
    .insertInto('api_tokens')
    .values({ user_id: userId, name, token_hash: sha256(token), prefix: token.slice(0, 8) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}
