// Benchmark "funding-exports": the OCDS release and record packages and the 360Giving package for
// 10,000 projects, streamed (as the server sends them: one batch of calls at a time) against the
// naive way (every row in memory, one JSON.stringify), in the same run and on the same database.
// Reports time, bytes and the peak of the JS heap above the baseline for each; the aim is constant
// memory for the stream and no more than 1.5x the naive time.
import { getHeapStatistics } from 'node:v8';
import { sql } from 'kysely';
import { openDatabase } from '../src/platform/db/index.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { seedRegistryDemo } from '../src/modules/registry/index.ts';
import { allBundles, type CallBundle, type Instrument } from '../src/modules/funding/openData/bundles.ts';
import { grantOf } from '../src/modules/funding/openData/giving360.ts';
import { compiledReleaseOf, releasesOf } from '../src/modules/funding/openData/ocds.ts';
import { giving360Package, recordPackage, releasePackage } from '../src/modules/funding/openData/stream.ts';
import { seedSyntheticFunding } from '../src/modules/funding/openData/synthetic.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BASE = 'https://qogam.example.kz';
const log = (...a: unknown[]) => console.error('#', ...a);
const emit = (o: Record<string, unknown>) => console.log(JSON.stringify(o));
const heap = () => getHeapStatistics().used_heap_size;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Wall time of one run. */
async function timed(f: (sample: () => void) => Promise<number>) {
  const t0 = performance.now();
  const bytes = await f(() => {});
  return { ms: performance.now() - t0, bytes };
}

/**
 * The live heap at its largest during a run: `sample()` is called at every chunk (stream) or
 * after each stage (naive); it collects garbage and reads what is still reachable. Runs with
 * --expose-gc; without it the figure includes garbage not yet collected and says so.
 */
async function liveHeapPeak(f: (sample: () => void) => Promise<number>) {
  gc();
  const start = heap();
  let peak = start;
  // A chunk is one batch of calls (500), so a collection per chunk costs little.
  await f(() => {
    gc();
    peak = Math.max(peak, heap());
  });
  return (peak - start) / 1048576;
}

async function drain(stream: AsyncIterable<string>, sample: () => void): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += Buffer.byteLength(chunk);
    sample();
  }
  return bytes;
}

async function allInMemory(db: Parameters<typeof allBundles>[0], instruments: Instrument[]): Promise<CallBundle[]> {
  const out: CallBundle[] = [];
  // The naive reader takes everything at once (one big batch), then serialises once.
  for await (const b of allBundles(db, instruments, 1_000_000)) out.push(...b);
  return out;
}

export async function fundingExportsBench() {
  // PGlite in memory by default; with DATABASE_URL, a fresh schema on that server, dropped afterwards.
  const schema = process.env.DATABASE_URL ? `bench_funding_${Date.now()}` : undefined;
  const database = await openDatabase({
    dataDir: 'memory://',
    databaseUrl: process.env.DATABASE_URL,
    databaseSchema: schema,
  });
  const db = database.db;
  try {
    if (process.env.DATABASE_URL) await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await migrate(database);
    log(`seeding organisations and ${PROJECTS} projects (${database.kind})`);
    const t0 = Date.now();
    await seedRegistryDemo(db, { count: 3000, seed: 2026 });
    const seeded = await seedSyntheticFunding(db, { projects: PROJECTS, seed: 2026 });
    await sql`analyze`.execute(db);
    log(`seeded ${seeded.projects} projects in ${seeded.calls} calls in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const now = new Date();
    const cases = [
      {
        name: 'ocds_release_package',
        stream: (sample: () => void) => drain(releasePackage(db, BASE, now), sample),
        naive: async (sample: () => void) => {
          const all = await allInMemory(db, ['social_order']);
          sample();
          const doc = JSON.stringify({
            uri: `${BASE}/open-data/ocds/release-package.json`,
            version: '1.1',
            publishedDate: now.toISOString(),
            releases: all.flatMap((b) => releasesOf(b, BASE)),
          });
          sample(); // the whole document, alive at once
          return Buffer.byteLength(doc);
        },
      },
      {
        name: 'ocds_record_package',
        stream: (sample: () => void) => drain(recordPackage(db, BASE, now), sample),
        naive: async (sample: () => void) => {
          const all = await allInMemory(db, ['social_order']);
          sample();
          const doc = JSON.stringify({
            version: '1.1',
            records: all.map((b) => ({
              ocid: releasesOf(b, BASE)[0].ocid,
              releases: releasesOf(b, BASE).map((r) => ({ url: `${BASE}#${r.id}`, date: r.date, tag: r.tag })),
              compiledRelease: compiledReleaseOf(b, BASE),
            })),
          });
          sample(); // the whole document, alive at once
          return Buffer.byteLength(doc);
        },
      },
      {
        name: 'giving360_package',
        stream: (sample: () => void) => drain(giving360Package(db, BASE, now), sample),
        naive: async (sample: () => void) => {
          const all = await allInMemory(db, ['grant', 'award']);
          sample();
          const doc = JSON.stringify({
            version: '1.4',
            grants: all.flatMap((b) => b.projects.map((p) => grantOf(p, b, BASE))),
          });
          sample(); // the whole document, alive at once
          return Buffer.byteLength(doc);
        },
      },
    ];
    if (!(globalThis as { gc?: unknown }).gc)
      log('run with node --expose-gc for the live-heap figures (npm run bench does)');
    for (const c of cases) {
      const streamed: { ms: number; bytes: number }[] = [];
      const naive: { ms: number; bytes: number }[] = [];
      // Alternate the two so that drift of a noisy machine falls on both.
      for (let i = 0; i < ROUNDS; i++) {
        streamed.push(await timed(c.stream));
        naive.push(await timed(c.naive));
      }
      const streamHeap = await liveHeapPeak(c.stream);
      const naiveHeap = await liveHeapPeak(c.naive);
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const s = med(streamed.map((x) => x.ms));
      const n = med(naive.map((x) => x.ms));
      emit({
        bench: 'funding-exports',
        case: c.name,
        db: database.kind,
        projects: seeded.projects,
        rounds: ROUNDS,
        stream_ms: Math.round(s),
        naive_ms: Math.round(n),
        time_ratio: Math.round((s / n) * 100) / 100,
        stream_live_heap_mb: Math.round(streamHeap * 10) / 10,
        naive_live_heap_mb: Math.round(naiveHeap * 10) / 10,
        stream_mb: Math.round((streamed[0].bytes / 1048576) * 10) / 10,
        naive_mb: Math.round((naive[0].bytes / 1048576) * 10) / 10,
      });
    }
  } finally {
    if (schema)
      await sql
        .raw(`drop schema if exists ${schema} cascade`)
        .execute(db)
        .catch(() => {});
    await database.close();
  }
}
