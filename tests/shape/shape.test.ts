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
const SQL_ALLOWED: Record<string, string> = {};

test('SQL is written only in repositories (and the platform)', () => {
  const found = SOURCES.filter((p) => !isRepository(p) && SQL.test(read(p))).map(rel);
  assert.deepEqual(
    found.filter((f) => !SQL_ALLOWED[f]),
    [],
  );
});

/** The tables a tables.ts declares: the keys of its exported `…Tables` interfaces. */
function declaredTables(path: string): string[] {
  return [...read(path).matchAll(/export interface \w+Tables \{\n([\s\S]*?)\n\}/g)].flatMap((m) =>
    [...m[1].matchAll(/^ {2}(\w+)\??:/gm)].map((k) => k[1]),
  );
}
/** Each module's tables, by table. */
const OWNER = new Map(
  MODULES.filter((m) => existsSync(join(ROOT, 'src/modules', m, 'tables.ts'))).flatMap((m) =>
    declaredTables(join(ROOT, 'src/modules', m, 'tables.ts')).map((t) => [t, m] as const),
  ),
);
/** The platform's tables (state bodies, the audit log, jobs, mail, files, drafts): anyone may read them. */
const PLATFORM_TABLES = new Set(declaredTables(join(ROOT, 'src/platform/db/tables.ts')));
const moduleOf = (p: string) => /src\/modules\/([^/]+)\//.exec(rel(p))?.[1];
/** A table named by Kysely's builders, or after from/join/into/update inside a sql`…` template. */
const BUILDER =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|crossJoin)\(\s*\[?\s*'(\w+)/g;
const TEMPLATE = /\bsql(?:<[^>]*>)?`([^`]*)`/g;
const IN_TEMPLATE = /\b(?:from|join|into|update)\s+"?(\w+)/gi;
function tablesNamed(text: string): Set<string> {
  const names = [...text.matchAll(BUILDER)].map((m) => m[2]);
  for (const t of text.matchAll(TEMPLATE)) names.push(...[...t[1].matchAll(IN_TEMPLATE)].map((m) => m[1]));
  return new Set(names);
}
/** `file: table` a module reads or writes although another module owns the table, and why. */
const FOREIGN_TABLES_ALLOWED: Record<string, string> = {};

/**
 * A module's data is its own: another module asks the owner's contracts in its index.ts
 * (accounts' peopleByIds, membersOf…; the registry's organizationFacts…), never its tables.
 * Tests and test helpers (testing.ts) may set up any table.
 */
test("no module reads another module's tables", () => {
  assert.ok(OWNER.get('users') === 'accounts' && PLATFORM_TABLES.has('state_bodies'), 'the tables are found');
  const found = SOURCES.flatMap((p) => {
    const m = moduleOf(p);
    if (!m) return [];
    return [...tablesNamed(read(p))]
      .filter((t) => OWNER.has(t) && OWNER.get(t) !== m && !PLATFORM_TABLES.has(t))
      .map((t) => `${rel(p)}: ${t}`);
  });
  assert.deepEqual(
    found.filter((f) => !FOREIGN_TABLES_ALLOWED[f]),
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
