/**
 * `npm run db:types`: the database types as the migrations make them. Migrates a scratch schema on
 * PostgreSQL (DATABASE_URL, by default the local test database), writes generated.ts from it with
 * kysely-codegen, formats it with Prettier and drops the schema again. generated.ts is committed:
 * schema.check.ts holds the declared DB to it, and CI regenerates it and fails on a difference.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './index.ts';
import { migrate } from './migrate.ts';

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schema = 'qogam_db_types';
const out = fileURLToPath(new URL('./generated.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

const database = await openDatabase({ databaseUrl: url, databaseSchema: schema, dataDir: '' });
try {
  await database.execScript(`drop schema if exists ${schema} cascade; create schema ${schema};`);
  await migrate(database);
  const run = (bin: string, args: string[]) =>
    execFileSync('npx', ['--no-install', bin, ...args], { cwd: root, stdio: 'inherit' });
  run('kysely-codegen', [
    '--dialect=postgres',
    `--url=${url}`,
    `--default-schema=${schema}`,
    `--include-pattern=${schema}.*`,
    '--log-level=warn',
    `--out-file=${out}`,
  ]);
  run('prettier', ['--write', '--log-level=warn', out]);
} finally {
  await database.execScript(`drop schema if exists ${schema} cascade;`);
  await database.close();
}
