// Runs Node's test runner over the project's test files with tsx as the loader.
// Node 20's runner does not expand globs, so the files are listed here.
// unit: every *.test.ts under src/, tests/api and tests/shape; e2e: tests/e2e/*.test.ts (real Chromium).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const kind = process.argv[2] ?? 'unit';
const roots = kind === 'e2e' ? ['tests/e2e'] : ['src', 'tests/api', 'tests/shape'];
const files = [];
function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) files.push(p);
  }
}
roots.forEach(walk);
const filter = process.argv.slice(3);
const selected = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? (kind === 'e2e' ? '1' : '2');
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...selected],
  { stdio: 'inherit', env: process.env },
);
process.exit(r.status ?? 1);
