import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const load = (l: string) => JSON.parse(readFileSync(join(DIR, 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;
const cats = { kk: load('kk'), ru: load('ru'), en: load('en') };

test('kk, ru and en have the same keys, all prefixed "councils."', () => {
  const keys = Object.keys(cats.kk).sort();
  assert.deepEqual(Object.keys(cats.ru).sort(), keys);
  assert.deepEqual(Object.keys(cats.en).sort(), keys);
  assert.deepEqual(keys.filter((k) => !k.startsWith('councils.')), []);
});

test('plural values have one, few, many and other in every language; parameters agree', () => {
  const ph = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
  for (const k of Object.keys(cats.en)) {
    for (const l of ['kk', 'ru', 'en'] as const) {
      const v = cats[l][k];
      if (typeof v === 'object') assert.deepEqual(Object.keys(v as object).sort(), ['few', 'many', 'one', 'other'], `${l} ${k}`);
      else assert.equal(typeof v, 'string', `${l} ${k}`);
      assert.equal(typeof v, typeof cats.en[k], `${l} ${k} has the same shape`);
    }
    assert.equal(ph(cats.kk[k]), ph(cats.en[k]), `kk ${k}`);
    assert.equal(ph(cats.ru[k]), ph(cats.en[k]), `ru ${k}`);
  }
});

test('every literal councils key used in the code exists (audit actions and indicator ids aside)', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== 'locales') walk(p);
      } else if (/\.tsx?$/.test(n) && !n.includes('.test.')) files.push(p);
    }
  };
  walk(DIR);
  const notMessages = /^councils\.(council\.created|member\.added|selection\.(opened|decided)|application\.submitted|meeting\.(scheduled|held|cancelled)|decision\.(recorded|responded)|report\.(published|answered)|hearing\.(announced|held|answered|cancelled)|question\.(asked|hidden|answered)|meetingsHeld|hearingsHeld)$/;
  const missing: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'(councils\.[a-zA-Z0-9_.]+)'/g)) {
      if (!(m[1] in cats.en) && !notMessages.test(m[1])) missing.push(`${m[1]} (${f.slice(DIR.length)})`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the texts are written in each language, not copied from English', () => {
  const cyrillic = /[а-яәғқңөұүһі]/i;
  const same = Object.keys(cats.en).filter((k) => typeof cats.en[k] === 'string' && (cats.kk[k] === cats.en[k] || cats.ru[k] === cats.en[k]) && /[a-z]{4}/i.test(cats.en[k] as string));
  assert.deepEqual(same.filter((k) => k !== 'councils.list.api'), []);
  assert.ok(Object.values(cats.kk).every((v) => typeof v !== 'string' || cyrillic.test(v) || !/[a-z]{4}/i.test(v) || v.includes('JSON')));
});
