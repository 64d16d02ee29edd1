/**
 * The shape every module keeps (docs/module-guide.md): the same files, SQL only in repositories,
 * views that never see repository rows, statuses written only through a lifecycle, no untyped
 * database, small files. An exemption is written here with its reason; a new one is a decision.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MODULES = readdirSync(join(ROOT, 'src/modules')).filter((m) =>
  statSync(join(ROOT, 'src/modules', m)).isDirectory(),
);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const isTest = (p: string) => /\.test\.tsx?$/.test(p) || /\/testing\.ts$/.test(p);
const SOURCES = files(join(ROOT, 'src')).filter((p) => !isTest(p));
const read = (p: string) => readFileSync(p, 'utf8');

/** Files every module has. */
const REQUIRED = [
  'index.ts',
  'domain.ts',
  'policy.ts',
  'schemas.ts',
  'presenters.ts',
  'repository',
  'tables.ts',
  'reasons.ts',
];
/** A repository is one file, or a folder of them by area with an index.ts (never both). */
const present = (dir: string, f: string) =>
  f === 'repository'
    ? existsSync(join(dir, 'repository.ts'))
      ? !existsSync(join(dir, 'repository'))
      : existsSync(join(dir, 'repository', 'index.ts'))
    : existsSync(join(dir, f));
const REQUIRED_DIRS = ['commands', 'routes', 'views', 'locales'];
/** Modules without one of them, and why. */
const MISSING_ALLOWED: Record<string, Record<string, string>> = {
  monitoring: {
    'domain.ts': 'no rules of its own: it reads the open-data catalogue other modules publish into',
    'policy.ts': 'every page is public and read-only',
    'presenters.ts': 'indicator values are presented by results.ts and the platform catalogue',
    repository: 'no tables: indicators are computed by the modules that own the data',
    'tables.ts': 'no tables',
    commands: 'read-only: nothing changes state',
  },
};

describe('every module has the same files', () => {
  for (const m of MODULES) {
    test(m, () => {
      const dir = join(ROOT, 'src/modules', m);
      const missing = [...REQUIRED, ...REQUIRED_DIRS].filter((f) => !present(dir, f) && !MISSING_ALLOWED[m]?.[f]);
      assert.deepEqual(missing, [], `src/modules/${m} lacks ${missing.join(', ')}`);
      for (const l of ['kk', 'ru', 'en'])
        assert.ok(existsSync(join(dir, 'locales', `${l}.json`)), `${m}: locales/${l}.json`);
    });
  }
});

/** Kysely's query builders and raw SQL. */
const SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(<[^>]*>)?`|\bsql\.raw\(/;
const isRepository = (p: string) =>
  /\/repository(\.ts|\/)/.test(p) || /\/platform\//.test(p) || /\/tables\.ts$/.test(p);
/** Files that may hold SQL although they are not repositories, and why. */
const SQL_ALLOWED: Record<string, string> = {
  'src/demo.ts': 'counts users before loading the demo; goes when accounts (being ported) offers a contract for it',
};

test('SQL is written only in repositories (and the platform)', () => {
  const found = SOURCES.filter((p) => !isRepository(p) && SQL.test(read(p))).map(rel);
  assert.deepEqual(
    found.filter((f) => !SQL_ALLOWED[f]),
    [],
  );
});

test('views are given view models, never repository rows', () => {
  const found = SOURCES.filter(
    (p) => /\/views\//.test(p) && /from '\.\.\/(\.\.\/)?(repository|tables)(\.ts|\/)/.test(read(p)),
  ).map(rel);
  assert.deepEqual(found, []);
});

test('no untyped database and no per-module cast helpers', () => {
  const found = SOURCES.filter((p) => /Kysely<any>|Transaction<any>/.test(read(p))).map(rel);
  assert.deepEqual(found, []);
});

test('no route file casts its params: the kit parses them with Zod', () => {
  const found = SOURCES.filter((p) => /req\.params as /.test(read(p))).map(rel);
  assert.deepEqual(found, []);
});

test('no module keeps its own copy of the route helpers', () => {
  const found = SOURCES.filter((p) => /\/routes\/shared\.tsx?$/.test(p)).map(rel);
  assert.deepEqual(found, []);
});

/**
 * A status is the result of a lifecycle's `next`: commands never write a literal one. (Reads —
 * `.where('status', '=', 'open')` — are not writes and are not matched.)
 */
test('commands write no status literal', () => {
  const found = SOURCES.filter((p) => /\/commands\//.test(p) && /\bstatus: '[a-z_]+'/.test(read(p))).map(rel);
  assert.deepEqual(found, []);
});

/**
 * GOV.UK Frontend puts the error summary at the top of the main content, above the <h1>, so a
 * screen reader meets it first (the kit's FormPage does so). Matched per view function: an
 * `<ErrorSummary` with an `<h1` before it in the same function is out of place.
 */
test('the error summary sits above the <h1>', () => {
  const found = SOURCES.filter((p) => /\/views\//.test(p)).flatMap((p) =>
    read(p)
      .split(/\n(?=(?:export )?function )/)
      .filter((fn) => {
        const summary = fn.indexOf('<ErrorSummary');
        const h1 = fn.indexOf('<h1');
        return summary !== -1 && h1 !== -1 && h1 < summary;
      })
      .map((fn) => `${rel(p)}: ${/function (\w+)/.exec(fn)?.[1] ?? '?'}`),
  );
  assert.deepEqual(found, []);
});

/** Files allowed over 400 lines, and why. */
const LONG_ALLOWED: Record<string, string> = {
  'src/reference/regions.ts':
    'reference data, not code: every region and district with its KATO code and names in three languages',
};

/** Written by a tool, never by hand, and so not held to the limit: `npm run db:types` writes this one. */
const GENERATED = new Set(['src/platform/db/generated.ts']);

test('files stay under 400 lines', () => {
  const found = SOURCES.filter((p) => !GENERATED.has(rel(p)) && read(p).split('\n').length > 400).map(rel);
  assert.deepEqual(
    found.filter((f) => !LONG_ALLOWED[f]),
    [],
  );
  assert.ok(Object.keys(LONG_ALLOWED).length <= 2, 'at most two long files');
});
