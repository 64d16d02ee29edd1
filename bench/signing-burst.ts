// Benchmark "signing-burst": a burst of distinct citizens signing one initiative, on real PostgreSQL.
//
//   DATABASE_URL=postgres://… npm run bench -- signing-burst      (or: npx tsx bench/signing-burst.ts)
//
// 1. A fresh schema on DATABASE_URL (dropped at the end), migrated; two initiatives collecting
//    signatures (to the Government: threshold 50,000, above the burst, so collection stays open).
// 2. BENCH_SIGNERS (default 4000) test citizens, each with an ECDSA P-256 certificate from the
//    bench test CA and two detached CMS (one per initiative, same certificate) — all made BEFORE
//    timing (cached under .tmp/bench-data/signing-* for later runs).
// 3. Reference, same run: the database's own single-row insert ceiling — BENCH_RAW_CLIENTS (8) raw
//    `pg` clients inserting one signature row per autocommitted statement into the same table;
//    and the module's SignatureBatcher alone, in-process (the storage path without verification).
// 4. For each QOGAM_PKI_WORKERS value of BENCH_PKI_WORKERS (default "0,1,2"; 0 = verify on the
//    main thread): the real app as a child process (bench/server.tsx, production mode, rate limits
//    off) on that schema; BENCH_CLIENTS (64) concurrent keep-alive HTTP clients on loopback POST
//    /api/v1/initiatives/{id}/signatures, every citizen once, plus BENCH_DUPLICATES (2%) repeats
//    that must get 409; meanwhile one client reads GET /api/v1/initiatives/{id} in a loop (the count).
//    Phase "first_time": the first initiative; every certificate is new to the server (full path).
//    Phase "returning": the same citizens sign the second initiative; their certificates' verdicts
//    are cached by the server (fast path: per-signature checks only, see src/platform/pki/fast.ts).
// 5. After each phase: stored count == number of 201s == rows, no IIN hash twice, every citizen
//    accepted, every repeat refused, the count never went down. Exit code 1 otherwise.
// BENCH_SERVER_PROF=<dir> writes a V8 CPU profile of each server run there.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../src/platform/db/index.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { createTestCa, issueCertificate, signCms } from '../src/platform/pki/index.ts';
import { generateIin } from '../src/reference/index.ts';
import { signingPayload } from '../src/modules/petitions/domain.ts';
import { SignatureBatcher } from '../src/modules/petitions/signing.ts';
import { JobQueue } from '../src/platform/jobs/index.ts';
import { round, summarize } from './load.ts';

const ROOT = resolve(fileURLToPath(new URL('../', import.meta.url)));
const SIGNERS = Number(process.env.BENCH_SIGNERS ?? 4000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
const RAW_CLIENTS = Number(process.env.BENCH_RAW_CLIENTS ?? 8);
const RAW_ROWS = Number(process.env.BENCH_RAW_ROWS ?? 8000);
const DUP_SHARE = Number(process.env.BENCH_DUPLICATES ?? 0.02);
const BATCHER_ROWS = Number(process.env.BENCH_BATCHER_ROWS ?? 20000);
const INITIATIVE = {
  id: '5e1f0c4a-2b7d-4c1e-9a3f-0d6b8e2f4a10',
  title: 'Бір миллион қолтаңба: жүктеме сынағы',
  body: 'Жүктеме сынағына арналған бастама мәтіні: көп азамат бір мезгілде қол қояды, ешбір қолтаңба жоғалмауы және екі рет саналмауы тиіс.',
  addressee: 'government',
};

const log = (...a: unknown[]) => console.error('#', ...a);
const emit = (o: Record<string, unknown>) => console.log(JSON.stringify(o));

/** The second initiative: the same citizens sign it after the first (returning signers). */
const SECOND = {
  ...INITIATIVE,
  id: '5e1f0c4a-2b7d-4c1e-9a3f-0d6b8e2f4a11',
  title: 'Екінші бастама: сол азаматтар қайта қол қояды',
};
const payloadOf = (i: typeof INITIATIVE) =>
  new TextEncoder().encode(signingPayload({ id: i.id, title: i.title, addresseeCode: i.addressee, body: i.body }));

/**
 * Pre-made signatures, cached by signer count (the payloads and the CA are fixed): each citizen's
 * CMS over the first initiative and, with the same certificate, over the second.
 */
async function premadeSignatures(): Promise<{ caDir: string; cms: string[]; second: string[] }> {
  const base = join(ROOT, '.tmp/bench-data');
  const caDir = join(base, 'signing-ca');
  const ca = await createTestCa(caDir);
  const cacheFile = join(base, `signing-cms2-${SIGNERS}-${ca.certificate.serialNumber}.json`);
  if (existsSync(cacheFile)) {
    log(`using ${SIGNERS} cached signature pairs from ${cacheFile}`);
    return { caDir, ...JSON.parse(readFileSync(cacheFile, 'utf8')) };
  }
  const payload = payloadOf(INITIATIVE);
  const payload2 = payloadOf(SECOND);
  const out: string[] = [];
  const second: string[] = [];
  const t0 = Date.now();
  for (let i = 0; i < SIGNERS; i++) {
    const birth = new Date(Date.UTC(1950 + (i % 55), (i >> 3) % 12, 1 + (i % 28)));
    const iin = generateIin(birth, i % 2 ? 'male' : 'female', i + 1);
    const cert = await issueCertificate(ca, {
      iin,
      surname: 'Сынақов',
      givenName: `Азамат${i}`,
      keyAlgorithm: 'ECDSA',
    });
    out.push(Buffer.from(await signCms(payload, cert.certPem, cert.keyPem, { detached: true })).toString('base64'));
    second.push(Buffer.from(await signCms(payload2, cert.certPem, cert.keyPem, { detached: true })).toString('base64'));
    if ((i + 1) % 500 === 0) log(`made ${i + 1}/${SIGNERS} signature pairs`);
  }
  // Distinct IINs are a precondition of the assertions below.
  mkdirSync(base, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ cms: out, second }));
  log(
    `made ${SIGNERS} certificates and ${2 * SIGNERS} signatures in ${round((Date.now() - t0) / 1000, 1)} s (not timed)`,
  );
  return { caDir, cms: out, second };
}

/** The raw ceiling: single-row autocommitted inserts into the same table from RAW_CLIENTS connections. */
async function rawInsertCeiling(url: string, schema: string, initiativeId: string) {
  const clients = await Promise.all(
    Array.from({ length: RAW_CLIENTS }, async () => {
      const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
      await c.connect();
      return c;
    }),
  );
  let next = 0;
  const lat: number[] = [];
  const cms = randomBytes(900);
  const t0 = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (c) => {
      while (next < RAW_ROWS) {
        const i = next++;
        const s = process.hrtime.bigint();
        await c.query(
          'insert into initiative_signatures (initiative_id, iin_hash, public_name, cms, receipt_hash) values ($1, $2, $3, $4, $5)',
          [initiativeId, `raw-${i}`, 'Азамат С.', cms, `raw-receipt-${i}`],
        );
        lat.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await Promise.all(clients.map((c) => c.end()));
  return { rows: RAW_ROWS, seconds: round(seconds), perSecond: round(RAW_ROWS / seconds, 1), ...summarize(lat) };
}

/**
 * The storage path alone, in-process: the module's SignatureBatcher (the same class the server
 * uses) fed BATCHER_ROWS already-verified signatures by 256 concurrent callers — what the database
 * side can take when verification is not the limit. Each promise resolves after its commit.
 */
async function batcherOnly(db: any, initiativeId: string) {
  const batcher = new SignatureBatcher(db, {
    jobs: new JobQueue(db),
    baseUrl: 'http://127.0.0.1',
    concurrency: 3,
    maxBatch: 500,
  });
  const cmsBytes = new Uint8Array(randomBytes(900));
  let next = 0;
  let accepted = 0;
  const lat: number[] = [];
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: 256 }, async () => {
      while (next < BATCHER_ROWS) {
        const i = next++;
        const s = process.hrtime.bigint();
        const r = await batcher.submit({
          initiativeId,
          iinHash: `batch-${i}`,
          publicName: 'Азамат С.',
          signingTime: null,
          cms: cmsBytes,
          certSerial: '01',
          certIssuer: 'CN=Bench',
          receiptHash: `batch-receipt-${i}`,
        });
        lat.push(Number(process.hrtime.bigint() - s) / 1e6);
        if (r.status === 'accepted') accepted++;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    accepted,
    seconds: round(seconds),
    perSecond: round(accepted / seconds, 1),
    batches: batcher.stats.batches,
    largestBatch: batcher.stats.largest,
    ...summarize(lat),
  };
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  // BENCH_SERVER_PROF=<dir>: a V8 CPU profile of the server (written when it stops).
  const prof = process.env.BENCH_SERVER_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', resolve(process.env.BENCH_SERVER_PROF)]
    : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', join(ROOT, 'bench/server.tsx')], {
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

function request(
  agent: http.Agent,
  url: URL,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        agent,
        headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
      },
      (res) => {
        let b = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (b += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body: b }));
        res.on('error', fail);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * One burst over HTTP: every citizen's CMS once, plus DUP_SHARE repeats interleaved (must be 409),
 * from CLIENTS keep-alive clients; one more client reads the count in a loop. Then the checks.
 */
async function burst(db: any, baseUrl: string, initiativeId: string, cms: string[]) {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const readAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const path = `/api/v1/initiatives/${initiativeId}/signatures`;
  // Warm-up: a few GETs (JIT, connections); no signature is spent on it.
  for (let i = 0; i < 50; i++) await request(agent, base, 'GET', `/api/v1/initiatives/${initiativeId}`);

  // The work list: every citizen once, and some of them again (must be 409), interleaved.
  const dupCount = Math.floor(cms.length * DUP_SHARE);
  const work: { i: number; dup: boolean }[] = cms.map((_, i) => ({ i, dup: false }));
  for (let k = 0; k < dupCount; k++)
    work.splice(Math.min(work.length, (k + 1) * Math.floor(cms.length / (dupCount + 1)) + 200), 0, {
      i: (k * 7) % cms.length,
      dup: true,
    });
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let errors = 0;
  let done = false;
  const reads: number[] = [];
  let lastSeen = 0;
  let decreases = 0;
  const reader = (async () => {
    while (!done) {
      const s = process.hrtime.bigint();
      const r = await request(readAgent, base, 'GET', `/api/v1/initiatives/${initiativeId}`);
      reads.push(Number(process.hrtime.bigint() - s) / 1e6);
      const n = (JSON.parse(r.body) as { signatureCount: number }).signatureCount;
      if (n < lastSeen) decreases++;
      lastSeen = n;
    }
  })();
  let next = 0;
  log(`burst: ${work.length} POSTs (${cms.length} citizens + ${dupCount} repeats) from ${CLIENTS} clients`);
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < work.length) {
        const w = work[next++];
        const s = process.hrtime.bigint();
        try {
          const r = await request(agent, base, 'POST', path, JSON.stringify({ cms: cms[w.i] }));
          latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  done = true;
  await reader;
  agent.destroy();
  readAgent.destroy();

  const created = statuses.get(201) ?? 0;
  const conflicts = statuses.get(409) ?? 0;
  const stored = await sql<{ counter: number; rows: number; distinct_iin: number; twice: number }>`
    select (select signature_count from initiatives where id = ${initiativeId}) as counter,
           (select count(*)::int from initiative_signatures where initiative_id = ${initiativeId}) as rows,
           (select count(distinct iin_hash)::int from initiative_signatures where initiative_id = ${initiativeId}) as distinct_iin,
           (select count(*)::int from (select iin_hash from initiative_signatures where initiative_id = ${initiativeId} group by iin_hash having count(*) > 1) d) as twice`.execute(
    db,
  );
  const s = stored.rows[0];
  const checks = {
    countEquals201: s.counter === created,
    rowsEqual201: s.rows === created,
    noIinTwice: s.twice === 0 && s.distinct_iin === s.rows,
    everyCitizenAccepted: created === cms.length,
    repeatsRefused: conflicts === dupCount,
    countNeverDecreased: decreases === 0,
  };
  log(`burst: ${round(created / seconds, 1)} accepted/s`);
  return {
    dupCount,
    statuses: Object.fromEntries(statuses),
    errors,
    seconds,
    accepted: round(created / seconds, 1),
    lat: summarize(latencies),
    rd: summarize(reads),
    stored: s,
    checks,
  };
}

export async function signingBurstBench(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'signing-burst needs a real PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)',
    );
    process.exitCode = 2;
    return;
  }
  const { caDir, cms, second } = await premadeSignatures();
  const schema = `bench_sign_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ databaseUrl: url, databaseSchema: schema, dataDir: 'memory://' });
  try {
    await migrate(database);
    const db = database.db;
    const bodyId = (
      await db
        .selectFrom('state_bodies')
        .select('id')
        .where('code', '=', INITIATIVE.addressee)
        .executeTakeFirstOrThrow()
    ).id;
    const now = new Date();
    const insert = (id: string, title = INITIATIVE.title) =>
      db
        .insertInto('initiatives' as any)
        .values({
          id,
          title,
          body: INITIATIVE.body,
          language: 'kk',
          addressee_id: bodyId,
          addressee_code: INITIATIVE.addressee,
          region: null,
          area: 'civil-society',
          status: 'collecting',
          threshold: 50_000,
          author_name: 'Bench',
          collecting_from: now,
          collection_ends: '2099-12-31',
        } as any)
        .execute();
    await insert(INITIATIVE.id);
    const rawId = '00000000-0000-4000-8000-00000000beef';
    await insert(rawId);

    log(`raw single-row insert ceiling: ${RAW_ROWS} rows from ${RAW_CLIENTS} connections`);
    const raw = await rawInsertCeiling(url, schema, rawId);
    log(`raw: ${raw.perSecond} rows/s`);
    const batchId = '00000000-0000-4000-8000-0000000ba7c4';
    await insert(batchId);
    log(`batcher only (verified signatures, in-process): ${BATCHER_ROWS} rows from 256 callers`);
    const batched = await batcherOnly(db, batchId);
    const batchedCount = await sql<{
      counter: number;
      rows: number;
    }>`select (select signature_count from initiatives where id = ${batchId}) as counter, (select count(*)::int from initiative_signatures where initiative_id = ${batchId}) as rows`.execute(
      db,
    );
    log(`batcher: ${batched.perSecond} rows/s in ${batched.batches} transactions`);
    emit({
      benchmark: 'signing-burst.batcher_only',
      what: 'SignatureBatcher.submit() in-process, signatures already verified: insert … on conflict do nothing + one counter update per batch; resolved after commit',
      rows: BATCHER_ROWS,
      accepted_per_s: batched.perSecond,
      p50_ms: batched.p50,
      p99_ms: batched.p99,
      transactions: batched.batches,
      largest_batch: batched.largestBatch,
      stored: batchedCount.rows[0],
      counter_matches:
        batchedCount.rows[0].counter === batched.accepted && batchedCount.rows[0].rows === batched.accepted,
      reference: `raw single-row autocommit INSERT, ${RAW_CLIENTS} pg connections`,
      raw_inserts_per_s: raw.perSecond,
      ratio_to_raw: round(batched.perSecond / raw.perSecond, 2),
    });

    const workerSettings = (process.env.BENCH_PKI_WORKERS ?? '0,1,2')
      .split(',')
      .map((w) => Number(w.trim()))
      .filter((w) => Number.isInteger(w) && w >= 0);
    await insert(SECOND.id, SECOND.title);
    for (const workers of workerSettings) {
      // Each setting starts from empty initiatives (the pre-made signatures are bound to their ids).
      await sql`delete from initiative_signatures where initiative_id in (${INITIATIVE.id}, ${SECOND.id})`.execute(db);
      await sql`update initiatives set signature_count = 0 where id in (${INITIATIVE.id}, ${SECOND.id})`.execute(db);
      const server = await startServer({
        ...process.env,
        DATABASE_URL: url,
        DATABASE_SCHEMA: schema,
        QOGAM_TRUSTED_CA: caDir,
        QOGAM_DEMO: '0',
        QOGAM_SEED: '0',
        QOGAM_RATE_LIMIT: '0',
        QOGAM_WORKER: '0',
        QOGAM_PKI_WORKERS: String(workers),
        LOG_LEVEL: 'error',
        NODE_ENV: 'production',
        QOGAM_SECRET: randomBytes(32).toString('base64url'),
        BENCH_PARENT_PID: String(process.pid),
      });
      try {
        // Phase 1: every citizen signs for the first time (their certificate is new to the server:
        // the full pkijs path). Phase 2: the same citizens sign a second initiative (their
        // certificate's verdict is cached: the fast path).
        for (const phase of [
          { name: 'first_time', initiative: INITIATIVE, list: cms },
          { name: 'returning', initiative: SECOND, list: second },
        ]) {
          const loadBefore = loadavg()[0];
          const r = await burst(db, server.baseUrl, phase.initiative.id, phase.list);
          const loadAfter = loadavg()[0];
          const accepted = r.accepted;
          emit({
            benchmark: `signing-burst.${phase.name}`,
            what:
              phase.name === 'first_time'
                ? 'POST /api/v1/initiatives/{id}/signatures, each citizen once with a pre-made ECDSA P-256 CMS; every certificate new to the server (full pkijs verification: chain, validity, key usage, CRL, IIN)'
                : "the same citizens sign a second initiative: their certificates' verdicts are cached (per-signature checks only: structure, exact bytes, signature, validity at signing time and receipt, IIN)",
            pki_workers: workers,
            citizens: SIGNERS,
            repeats: r.dupCount,
            clients: CLIENTS,
            statuses: r.statuses,
            errors: r.errors,
            seconds: round(r.seconds),
            accepted_per_s: accepted,
            p50_ms: r.lat.p50,
            p95_ms: r.lat.p95,
            p99_ms: r.lat.p99,
            max_ms: r.lat.max,
            count_reads: r.rd.n,
            count_read_p50_ms: r.rd.p50,
            count_read_p99_ms: r.rd.p99,
            stored: r.stored,
            reference: `raw single-row autocommit INSERT, ${RAW_CLIENTS} pg connections`,
            raw_inserts_per_s: raw.perSecond,
            ratio_to_raw: round(accepted / raw.perSecond, 3),
            load_average_1m: [round(loadBefore, 2), round(loadAfter, 2)],
            checks: r.checks,
          });
          const failed = Object.entries(r.checks).filter(([, v]) => !v);
          if (failed.length) {
            console.error(
              `signing-burst.${phase.name} (workers ${workers}): FAILED checks: ${failed.map(([k]) => k).join(', ')}`,
            );
            process.exitCode = 1;
          }
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await database.execScript(`drop schema if exists ${schema} cascade`).catch(() => {});
    await database.close();
  }
}

// Run directly: npx tsx bench/signing-burst.ts
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await signingBurstBench();
  process.exit(process.exitCode ?? 0);
}
