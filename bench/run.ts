// Benchmarks: `npm run bench` runs them all, `npm run bench -- registry` one by name.
// Each prints one JSON line per measurement on stdout (progress goes to stderr), with ratios
// against a reference measured in the same run. Results and the machine go to BENCHMARKS.md.
import { registryBench } from './registry.ts';
import { fundingExportsBench } from './funding-exports.ts';
import { signingBurstBench } from './signing-burst.ts';

const BENCHMARKS: Record<string, { about: string; run: () => Promise<void> }> = {
  'funding-exports': {
    about: 'OCDS and 360Giving exports of 10,000 projects streamed vs serialised whole in memory: time and peak heap',
    run: fundingExportsBench,
  },
  'signing-burst': {
    about: 'verified CMS signatures over HTTP on PostgreSQL (DATABASE_URL) vs raw single-row inserts',
    run: signingBurstBench,
  },
  registry: {
    about:
      'registry search page, search API and profile page over 25,000 organisations vs a bare Layout route; search query time vs a naive ILIKE scan',
    run: registryBench,
  },
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.error('npm run bench [-- name ...]\n');
  for (const [name, b] of Object.entries(BENCHMARKS)) console.error(`  ${name.padEnd(10)} ${b.about}`);
  console.error(
    '\nEnvironment: BENCH_DURATION_MS (per endpoint, default 10000), BENCH_CONNECTIONS (default 8), BENCH_ORGS (default 25000)',
  );
  process.exit(0);
}
const unknown = names.filter((n) => !(n in BENCHMARKS));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
  console.error(`# benchmark ${name}`);
  await BENCHMARKS[name].run();
}
// PGlite and the HTTP agent may keep handles open; the work is done.
process.exit(0);
