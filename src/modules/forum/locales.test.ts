import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const load = (l: string) => JSON.parse(readFileSync(join(DIR, 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;
const cats = { kk: load('kk'), ru: load('ru'), en: load('en') };

test('kk, ru and en have the same keys, all prefixed "forum."', () => {
  const keys = Object.keys(cats.kk).sort();
  assert.deepEqual(Object.keys(cats.ru).sort(), keys);
  assert.deepEqual(Object.keys(cats.en).sort(), keys);
  assert.deepEqual(keys.filter((k) => !k.startsWith('forum.')), []);
});

test('interpolation parameters agree across languages', () => {
  const ph = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
  for (const k of Object.keys(cats.en)) {
    assert.equal(ph(cats.kk[k]), ph(cats.en[k]), `kk ${k}`);
    assert.equal(ph(cats.ru[k]), ph(cats.en[k]), `ru ${k}`);
  }
});

test('every literal forum key used in the code exists', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (!n.startsWith('.') && n !== 'locales') walk(p);
      } else if (/\.tsx?$/.test(n) && !n.includes('.test.')) files.push(p);
    }
  };
  walk(DIR);
  // Audit action names and indicator ids, not messages.
  const auditActions = new Set(['forum.forum.created', 'forum.proposal.submitted', 'forum.proposal.supported', 'forum.recommendation.adopted', 'forum.item.created', 'forum.actionPlanDone', 'forum.forum.']);
  const missing: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'(forum\.[a-zA-Z0-9_.]+)'/g)) {
      const key = m[1];
      if (!(key in cats.en) && !auditActions.has(key)) missing.push(`${key} (${f.slice(DIR.length)})`);
    }
  }
  assert.deepEqual(missing, []);
});
