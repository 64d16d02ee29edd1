import { loadStateBodies } from './stateBodies.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Database } from './index.ts';
import { sql } from 'kysely';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/** Versioned SQL files in migrations/, applied in name order, each once, each in a transaction. */
export function listMigrations(dir = MIGRATIONS_DIR): { version: string; file: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), file: join(dir, f) }));
}

export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.execScript(
    'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
  );
  const done = new Set(
    (await sql<{ version: string }>`select version from schema_migrations`.execute(database.db)).rows.map(
      (r) => r.version,
    ),
  );
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    if (done.has(m.version)) continue;
    const text = readFileSync(m.file, 'utf8');
    // The version row is written inside the same transaction as the migration itself.
    await database.execScript(
      `begin;\n${text}\n;insert into schema_migrations(version) values ('${m.version}');\ncommit;`,
    );
    applied.push(m.version);
  }
  // Reference rows that the schema's own modules need in every installation.
  if (dir === MIGRATIONS_DIR) await loadStateBodies(database.db);
  return applied;
}

export async function pendingMigrations(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  try {
    const done = new Set(
      (await sql<{ version: string }>`select version from schema_migrations`.execute(database.db)).rows.map(
        (r) => r.version,
      ),
    );
    return listMigrations(dir)
      .map((m) => m.version)
      .filter((v) => !done.has(v));
  } catch {
    return listMigrations(dir).map((m) => m.version);
  }
}
