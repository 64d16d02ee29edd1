import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const load = (l: string) => JSON.parse(readFileSync(join(DIR, 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;
const cats = { kk: load('kk'), ru: load('ru'), en: load('en') };

test('kk, ru and en have the same keys, all prefixed "funding."', () => {
  const keys = Object.keys(cats.kk).sort();
  assert.deepEqual(Object.keys(cats.ru).sort(), keys);
  assert.deepEqual(Object.keys(cats.en).sort(), keys);
  assert.deepEqual(keys.filter((k) => !k.startsWith('funding.')), []);
});

test('interpolation parameters agree across languages', () => {
  const ph = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
  for (const k of Object.keys(cats.en)) {
    assert.equal(ph(cats.kk[k]), ph(cats.en[k]), `kk ${k}`);
    assert.equal(ph(cats.ru[k]), ph(cats.en[k]), `ru ${k}`);
  }
});

test('every literal funding key used in the code exists', () => {
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
  // Indicator ids of the open-data catalogue, not messages.
  const auditActions = new Set(['funding.amountAwarded', 'funding.beneficiarySatisfaction']);
  // Sub-folders of the module (openData/) keep catalogues of their own; their keys count too.
  const known = new Set(Object.keys(cats.en));
  const walkLocales = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (!statSync(p).isDirectory() || n.startsWith('.')) continue;
      if (n === 'locales' && d !== DIR) for (const k of Object.keys(JSON.parse(readFileSync(join(p, 'en.json'), 'utf8')))) known.add(k);
      else walkLocales(p);
    }
  };
  walkLocales(DIR);
  const missing: string[] = [];
  for (const f of files) {
    // `id: 'funding.…'` names an open-data indicator, not a message.
    for (const m of readFileSync(f, 'utf8').matchAll(/(?<!id: )'(funding\.[a-zA-Z0-9_.]+)'/g)) {
      const key = m[1];
      if (!known.has(key) && !auditActions.has(key)) missing.push(`${key} (${f.slice(DIR.length)})`);
    }
  }
  assert.deepEqual(missing, []);
});

test('plural values have one, few, many and other in every language', () => {
  for (const [l, cat] of Object.entries(cats)) {
    for (const [k, v] of Object.entries(cat)) {
      if (v && typeof v === 'object') assert.deepEqual(Object.keys(v).sort(), ['few', 'many', 'one', 'other'], `${l} ${k}`);
    }
  }
});

test('every dynamic family of keys is complete (statuses, refusals, audit actions)', () => {
  const statuses = ['draft', 'discussion', 'approved', 'published', 'closed', 'review', 'decided', 'cancelled', 'submitted', 'withdrawn', 'admitted', 'rejected', 'awarded', 'not_awarded', 'delivering', 'final_submitted', 'completed', 'evaluated', 'terminated', 'accepted', 'returned'];
  for (const s of statuses) assert.ok(`funding.status.${s}` in cats.en, s);
  const src = readdirSync(join(DIR, 'commands')).map((f) => readFileSync(join(DIR, 'commands', f), 'utf8')).join('\n') + readFileSync(join(DIR, 'policy.ts'), 'utf8');
  for (const m of src.matchAll(/(?:fail|deny)\('([a-zA-Z_]+)'/g)) assert.ok(`funding.deny.${m[1]}` in cats.en || `funding.errors.${m[1]}` in cats.en, m[1]);
  for (const m of src.matchAll(/record\(trx, deps, [`']([a-zA-Z.]+)[`']/g)) assert.ok(`funding.audit.${m[1].replace(/\./g, '_')}` in cats.en, m[1]);
});
