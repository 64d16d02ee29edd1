import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/platform/config/index.ts';
import { openDatabase } from '../../src/platform/db/index.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { buildApp } from '../../src/server.ts';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from './sourceHash.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A migrated empty PGlite cluster, dumped once per version of what shapes the schema and kept under
 * .tmp/test-db: every test app starts from it instead of running initdb and the migrations again
 * (seconds per test file). Several test processes may build it at once; the last rename wins.
 */
async function migratedPglite(): Promise<Blob> {
  const key = sourceHash(['migrations', 'src/platform/db', 'src/reference'], 'pglite-migrated');
  const dir = join(ROOT, '.tmp/test-db');
  const file = join(dir, `${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const database = await openDatabase({ dataDir: 'memory://', databaseUrl: undefined, databaseSchema: undefined });
  await migrate(database);
  const blob = await database.dump!();
  await database.close();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, file);
  return blob;
}

export interface TestApp {
  app: FastifyInstance;
  db: FastifyInstance['db'];
  close(): Promise<void>;
}

/**
 * A fresh application on a fresh database: PGlite in memory by default; with DATABASE_URL,
 * a schema of its own on that PostgreSQL server, dropped on close.
 */
export async function testApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const url = process.env.DATABASE_URL;
  const schema = url ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const config = loadConfig(
    { ...process.env, DATA_DIR: 'memory://', QOGAM_SEED: '0', NODE_ENV: 'test' },
    { databaseSchema: schema, logLevel: 'silent', worker: false, demo: true, seedDemo: false, ...overrides },
  );
  const database = await openDatabase(config, schema ? {} : { loadDataDir: await migratedPglite() });
  if (schema) await ensureTrgm(database);
  await migrate(database);
  const app = await buildApp(config, database, { logger: false });
  await app.ready();
  return {
    app,
    db: app.db,
    async close() {
      await app.close();
      if (schema) await database.execScript(`drop schema ${schema} cascade`);
      await database.close();
    },
  };
}

/**
 * Test files run in parallel, each migrating its own schema; two of them creating pg_trgm at the
 * same moment collide on the catalogue, so the extension is made once here, retrying the loser.
 */
async function ensureTrgm(database: { execScript(s: string): Promise<void> }) {
  for (let i = 0; ; i++) {
    try {
      await database.execScript('create extension if not exists pg_trgm with schema public');
      return;
    } catch (e) {
      if (i >= 5) throw e;
      await new Promise((r) => setTimeout(r, 200 * (i + 1)));
    }
  }
}

/** A browser-like client for app.inject: keeps cookies and the CSRF token of the last page it read. */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  /** The address requests come from (app.inject's default is 127.0.0.1, loopback). */
  remoteAddress: string | undefined;
  constructor(
    private app: FastifyInstance,
    public headers: Record<string, string> = {},
  ) {}

  /**
   * The form token for this client's CSRF cookie and session, computed as the server does (any page
   * sets the cookie; a cookie the server did not issue gives no token, as in a browser).
   */
  private async ensureCsrf() {
    if (this.csrf) return;
    if (!this.cookies.has('qcsrf')) await this.get('/kk');
    const secret = this.app.config.secret;
    const browser = browserSecretOf(secret, this.cookies.get('qcsrf'));
    const session = this.cookies.get(SESSION_COOKIE);
    this.csrf = browser ? formToken(secret, browser, session ? sha256(session) : null) : 'no-csrf-cookie';
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse) {
    const session = this.cookies.get(SESSION_COOKIE);
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0)
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    // Tokens are bound to the session: signing in or out makes the known one stale, as in a browser
    // (whose next page brings the new one).
    if (this.cookies.get(SESSION_COOKIE) !== session) this.csrf = '';
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1];
    return res;
  }

  async get(url: string) {
    return this.keep(
      await this.app.inject({
        method: 'GET',
        url,
        headers: { ...this.headers, cookie: this.cookieHeader() },
        remoteAddress: this.remoteAddress,
      }),
    );
  }

  /** Posts a urlencoded form; fetches a page first if no CSRF token is known yet. */
  async post(url: string, form: Record<string, string | string[] | undefined>, opts: { csrf?: boolean } = {}) {
    if (opts.csrf !== false) await this.ensureCsrf();
    const body = new URLSearchParams();
    if (opts.csrf !== false) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form)) {
      if (v === undefined) continue;
      for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    }
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        headers: { ...this.headers, cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
      }),
    );
  }

  /** Posts multipart/form-data (file uploads); the CSRF token travels as a field. */
  async postMultipart(
    url: string,
    fields: Record<string, string | string[]>,
    files: { field: string; filename: string; mime: string; data: Buffer }[],
  ) {
    await this.ensureCsrf();
    const boundary = '----qogamtest' + randomBytes(8).toString('hex');
    const chunks: Buffer[] = [];
    const add = (s: string) => chunks.push(Buffer.from(s));
    for (const [k, v] of Object.entries({ _csrf: this.csrf, ...fields })) {
      for (const x of Array.isArray(v) ? v : [v])
        add(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${x}\r\n`);
    }
    for (const f of files) {
      add(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.mime}\r\n\r\n`,
      );
      chunks.push(f.data);
      add('\r\n');
    }
    add(`--${boundary}--\r\n`);
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        headers: {
          ...this.headers,
          cookie: this.cookieHeader(),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: Buffer.concat(chunks),
      }),
    );
  }
}

import { createSession, SESSION_COOKIE } from '../../src/platform/auth/sessions.ts';
import { sha256 } from '../../src/platform/auth/tokens.ts';
import { browserSecretOf, formToken } from '../../src/platform/http/csrf.ts';
import type { Role } from '../../src/platform/auth/actor.ts';

/** Inserts a confirmed user directly (its password hash matches no password: sign in with signInAs). */
export async function makeUser(
  db: FastifyInstance['db'],
  u: { email?: string; name?: string; roles?: Role[]; organizations?: string[]; stateBodies?: string[] } = {},
): Promise<{ id: string; email: string; name: string }> {
  const email = u.email ?? `user-${randomBytes(4).toString('hex')}@example.kz`;
  const name = u.name ?? 'Айгүл Серікова';
  const row = await db
    .insertInto('users')
    .values({
      email,
      name,
      password_hash: 'scrypt$test$unusable',
      roles: u.roles ?? ['citizen'],
      email_confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const bin of u.organizations ?? [])
    await db.insertInto('memberships').values({ user_id: row.id, org_type: 'organization', org_id: bin }).execute();
  for (const sb of u.stateBodies ?? [])
    await db.insertInto('memberships').values({ user_id: row.id, org_type: 'state_body', org_id: sb }).execute();
  return { id: row.id, email, name };
}

/** Gives the client a live session for the user, as if they had signed in. */
export async function signInAs(client: Client, db: FastifyInstance['db'], userId: string) {
  const token = await createSession(db, userId, {});
  client.cookies.set(SESSION_COOKIE, token);
  client.csrf = '';
}
