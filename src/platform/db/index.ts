import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/index.ts';
import { pglitePool } from './pglite-pool.ts';
import type { DB, Db } from './schema.ts';
import type { PlatformTables } from './tables.ts';

export { sql };
export type { DB, Db, PlatformTables };

// node-postgres returns int8 as string; counts and ids here fit in a double, and PGlite
// returns them as numbers, so both drivers agree on number. numeric stays a string (money).
pg.types.setTypeParser(20, (v) => Number(v));
// Civil dates ('YYYY-MM-DD') stay strings: a Date would shift them by the time zone.
pg.types.setTypeParser(1082, (v) => v);

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Kysely<DB>;
  /** Runs a script of several statements (migrations); not for user input. */
  execScript(text: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data dir as a tarball, to start other instances from (tests). */
  dump?(): Promise<Blob>;
}

/** `loadDataDir` (PGlite only) starts from a dump instead of an empty cluster: no initdb, no migrations to run. */
export async function openDatabase(
  cfg: Pick<Config, 'databaseUrl' | 'dataDir' | 'databaseSchema'>,
  opts: { loadDataDir?: Blob } = {},
): Promise<Database> {
  if (cfg.databaseUrl) return openPostgres(cfg.databaseUrl, cfg.databaseSchema);
  return openPglite(cfg.dataDir, opts.loadDataDir);
}

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  if (schema) {
    const c = await pool.connect();
    try {
      await c.query(`create schema if not exists ${schema}`);
    } finally {
      c.release();
    }
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    async execScript(text) {
      // One client, so a failed script can be rolled back on the connection that ran it.
      const c = await pool.connect();
      try {
        await c.query(text);
      } catch (e) {
        await c.query('rollback').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const { PGlite, types } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: { [types.INT8]: (v: string) => Number(v), [types.DATE]: (v: string) => v },
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
  return {
    kind: 'pglite',
    db,
    async execScript(text) {
      try {
        await lite.exec(text);
      } catch (e) {
        await lite.exec('rollback').catch(() => {});
        throw e;
      }
    },
    async close() {
      await db.destroy();
      await lite.close();
    },
    dump: () => lite.dumpDataDir('none'),
  };
}
