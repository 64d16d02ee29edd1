// Benchmark "registry": the registry's read paths over a PGlite database of 25,000 organisations.
//
// HTTP (the server is a child process, bench/server.tsx; the load loop runs here, loopback only):
//   reference.html   a bench-only route rendering the same Layout through the same hooks, no DB
//   search_page      GET /kk/registry?q=<word>            ratio against reference.html
//   profile_page     GET /kk/registry/<bin>               ratio against reference.html
//   reference.json   a bench-only JSON route, no DB
//   search_api       GET /api/v1/organizations?q=<word>   ratio against reference.json
//   (<word>: a word from the quoted, distinctive part of a seeded name, as a reader types it)
// In-process, server stopped (PGlite is single-process):
//   search_query_distinctive  searchOrganizations() over 200 such words, and
//   search_query_common       over 50 legal-form words (қоғамдық, объединение …) that match most rows,
//                    each against a naive ILIKE scan of the three name columns (no index).
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../src/platform/db/index.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { seedRegistryDemo } from '../src/modules/registry/index.ts';
import { searchOrganizations } from '../src/modules/registry/repository/index.ts';
import { parseSearchPage } from '../src/modules/registry/schemas.ts';
import { load, round, summarize, type LoadResult } from './load.ts';
import { seededRandom } from '../src/platform/random.ts';
import { sourceHash } from '../tests/helpers/sourceHash.ts';

const ROOT = resolve(fileURLToPath(new URL('../', import.meta.url)));
const ORGS = Number(process.env.BENCH_ORGS ?? 25_000);
const DURATION = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SEED = 2026;

const log = (...a: unknown[]) => console.error('#', ...a);
const emit = (o: Record<string, unknown>) => console.log(JSON.stringify(o));

/** The cache is keyed by what shapes the data: migrations, the registry module, reference data. */
const cacheKey = () =>
  `${ORGS}-${sourceHash(['migrations', 'src/modules/registry', 'src/reference', 'src/platform/db'], '', 12)}`;

/** The seeded data dir under .tmp/bench-data, built once per key (seeding takes a while). */
async function seededDataDir(): Promise<string> {
  const base = join(ROOT, '.tmp/bench-data');
  const dir = join(base, `registry-${cacheKey()}`);
  if (existsSync(join(dir, 'seeded.json'))) {
    log(`using the cached database ${dir}`);
    return dir;
  }
  // Older caches of this benchmark are stale now.
  if (existsSync(base))
    for (const old of readdirSync(base))
      if (old.startsWith('registry-')) rmSync(join(base, old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`seeding ${ORGS} organisations into ${dir} (once; cached for later runs)`);
  const t0 = Date.now();
  const database = await openDatabase({
    dataDir: join(dir, 'pglite'),
    databaseUrl: undefined,
    databaseSchema: undefined,
  });
  await migrate(database);
  await seedRegistryDemo(database.db, { count: ORGS, seed: SEED });
  // PGlite runs no autovacuum: give the planner the statistics a maintained database has.
  await sql`analyze`.execute(database.db);
  const n = await sql<{ n: number }>`select count(*)::int as n from organizations`.execute(database.db);
  await database.close();
  const seconds = round((Date.now() - t0) / 1000, 1);
  writeFileSync(join(dir, 'seeded.json'), JSON.stringify({ organizations: n.rows[0].n, seed: SEED, seconds }));
  log(`seeded ${n.rows[0].n} organisations in ${seconds} s`);
  return dir;
}

interface Samples {
  /** Words from the distinctive part of names (inside «»): what a reader looking for one organisation types. */
  words: string[];
  /** Words outside the quotes (legal forms: қоғамдық, бірлестігі, общественное, фонд): match most of the registry. */
  common: string[];
  bins: string[];
  organizations: number;
}

/** Query words from the seeded names (as people would type them) and BINs for profile pages. */
async function sample(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<Samples> {
  const random = seededRandom(SEED);
  const names = await sql<{
    name_kk: string;
    name_ru: string;
    bin: string;
  }>`select name_kk, name_ru, bin from organizations order by bin`.execute(db);
  const rows = names.rows;
  const split = (s: string) =>
    s
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4)
      .map((w) => w.toLowerCase());
  const words = new Set<string>();
  const common = new Set<string>();
  const bins: string[] = [];
  // The demo names come from a small vocabulary: stop after a bounded number of draws.
  for (let draw = 0; draw < 20_000 && (words.size < 200 || common.size < 50); draw++) {
    const r = rows[Math.floor(random() * rows.length)];
    const name = random() < 0.5 ? r.name_kk : r.name_ru;
    const quoted = /«([^»]+)»/.exec(name)?.[1] ?? '';
    const inside = split(quoted);
    const outside = split(name.replace(/«[^»]*»/g, ' '));
    if (inside.length && words.size < 200) words.add(inside[Math.floor(random() * inside.length)]);
    if (outside.length && common.size < 50) common.add(outside[Math.floor(random() * outside.length)]);
  }
  for (let i = 0; i < 200; i++) bins.push(rows[Math.floor(random() * rows.length)].bin);
  return { words: [...words], common: [...common], bins, organizations: rows.length };
}

/** Times the repository's search function in-process, and a naive scan as the reference. */
async function timeSearchQuery(
  db: Awaited<ReturnType<typeof openDatabase>>['db'],
  s: Samples,
  kind: 'distinctive' | 'common',
) {
  const now = new Date();
  const list = kind === 'distinctive' ? s.words : s.common;
  const n = kind === 'distinctive' ? 200 : 50;
  const queries = Array.from({ length: n }, (_, i) => list[i % list.length]);
  // Warm-up: plan caches and buffers.
  for (const q of queries.slice(0, 10))
    await searchOrganizations(db as any, parseSearchPage({ q }).query, { locale: 'kk', now });
  const indexed: number[] = [];
  const perQuery: { q: string; ms: number; total: number }[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    const r = await searchOrganizations(db as any, parseSearchPage({ q }).query, { locale: 'kk', now });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    indexed.push(ms);
    perQuery.push({ q, ms: round(ms, 1), total: r.total });
    if (r.rows.length) hits++;
  }
  const seen = new Set<string>();
  const slowest = perQuery
    .sort((x, y) => y.ms - x.ms)
    .filter((x) => !seen.has(x.q) && seen.add(x.q))
    .slice(0, 5);
  const naive: number[] = [];
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    const like = `%${q}%`;
    await sql`select bin, name_kk, name_ru, name_en from organizations
      where name_kk ilike ${like} or name_ru ilike ${like} or name_en ilike ${like}
      order by name_kk limit 20`.execute(db);
    naive.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const a = summarize(indexed);
  const b = summarize(naive);
  emit({
    benchmark: `registry.search_query_${kind}`,
    what: `searchOrganizations() in-process on PGlite, ${n} one-word queries: ${kind === 'distinctive' ? 'words from the quoted part of names' : 'legal-form words outside the quotes'} (ms)`,
    organizations: s.organizations,
    queries: a.n,
    queriesWithResults: hits,
    p50: a.p50,
    p95: a.p95,
    p99: a.p99,
    max: a.max,
    reference: 'naive ILIKE scan of name_kk/name_ru/name_en, limit 20',
    ref_p50: b.p50,
    ref_p95: b.p95,
    p95_ratio: round(a.p95 / b.p95),
    slowest,
  });
}

interface Child {
  baseUrl: string;
  stop(): Promise<void>;
}

async function startServer(dataDir: string): Promise<Child> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    QOGAM_DEMO: '0',
    QOGAM_SEED: '0',
    QOGAM_RATE_LIMIT: '0',
    QOGAM_WORKER: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
    QOGAM_SECRET: randomBytes(32).toString('base64url'),
    BENCH_PARENT_PID: String(process.pid),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/server.tsx')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (c: Buffer) => (out += c));
  const kill = () => child.kill('SIGKILL');
  process.on('exit', kill);
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the bench server did not start in 120 s:\n${out}`)), 120_000);
    child.stdout.on('data', (c: Buffer) => {
      out += c;
      const m = /LISTENING (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`the bench server exited (${code}):\n${out}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      const done = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      const t = setTimeout(kill, 10_000);
      await done;
      clearTimeout(t);
      process.off('exit', kill);
    },
  };
}

function line(name: string, path: string, r: LoadResult, ref?: { name: string; r: LoadResult }) {
  emit({
    benchmark: `registry.${name}`,
    path,
    connections: CONNECTIONS,
    requests: r.requests,
    errors: r.errors,
    non2xx: r.badStatus,
    seconds: r.seconds,
    rps: r.rps,
    p50: r.p50,
    p95: r.p95,
    p99: r.p99,
    bytes: r.bytesPerResponse,
    ...(ref
      ? {
          reference: `registry.${ref.name}`,
          rps_ratio: round(r.rps / ref.r.rps, 3),
          p50_ratio: round(r.p50 / ref.r.p50),
          p95_ratio: round(r.p95 / ref.r.p95),
          p99_ratio: round(r.p99 / ref.r.p99),
        }
      : {}),
  });
  if (r.errors || r.badStatus) log(`WARNING ${name}: ${r.errors} errors, ${r.badStatus} unexpected statuses`);
}

export async function registryBench() {
  const cached = await seededDataDir();
  const run = join(ROOT, '.tmp/bench-data', `run-${process.pid}`);
  rmSync(run, { recursive: true, force: true });
  cpSync(cached, run, { recursive: true });
  const cleanup = () => rmSync(run, { recursive: true, force: true });
  process.on('exit', cleanup);
  try {
    const database = await openDatabase({
      dataDir: join(run, 'pglite'),
      databaseUrl: undefined,
      databaseSchema: undefined,
    });
    await migrate(database);
    const s = await sample(database.db);
    log(
      `${s.organizations} organisations; ${s.words.length} distinctive query words (${s.words.slice(0, 5).join(', ')} …), ${s.common.length} common (${s.common.slice(0, 5).join(', ')} …)`,
    );
    await timeSearchQuery(database.db, s, 'distinctive');
    await timeSearchQuery(database.db, s, 'common');
    await database.close();

    const server = await startServer(run);
    try {
      const random = seededRandom(SEED + 1);
      const word = () => encodeURIComponent(s.words[Math.floor(random() * s.words.length)]);
      const bin = () => s.bins[Math.floor(random() * s.bins.length)];
      const opts = { baseUrl: server.baseUrl, connections: CONNECTIONS, durationMs: DURATION, maxRequests: 200_000 };
      // Check the endpoints answer as expected before measuring them.
      for (const p of [
        '/kk/bench/reference',
        `/kk/registry?q=${word()}`,
        `/api/v1/organizations?q=${word()}`,
        `/kk/registry/${bin()}`,
        '/bench/reference.json',
      ]) {
        const r = await fetch(server.baseUrl + p);
        if (r.status !== 200) throw new Error(`GET ${p} answered ${r.status}: ${(await r.text()).slice(0, 500)}`);
      }
      log(`measuring over ${CONNECTIONS} connections, ${DURATION / 1000} s per endpoint`);
      const refHtml = await load({ ...opts, path: '/kk/bench/reference' });
      line('reference_html', '/kk/bench/reference', refHtml);
      const searchPage = await load({ ...opts, path: () => `/kk/registry?q=${word()}` });
      line('search_page', '/kk/registry?q=<word>', searchPage, { name: 'reference_html', r: refHtml });
      const profile = await load({ ...opts, path: () => `/kk/registry/${bin()}` });
      line('profile_page', '/kk/registry/<bin>', profile, { name: 'reference_html', r: refHtml });
      const refJson = await load({ ...opts, path: '/bench/reference.json', headers: { accept: 'application/json' } });
      line('reference_json', '/bench/reference.json', refJson);
      const api = await load({
        ...opts,
        path: () => `/api/v1/organizations?q=${word()}`,
        headers: { accept: 'application/json' },
      });
      line('search_api', '/api/v1/organizations?q=<word>', api, { name: 'reference_json', r: refJson });
    } finally {
      await server.stop();
    }
  } finally {
    cleanup();
    process.off('exit', cleanup);
  }
}
