import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  catalogueDirs,
  formatDate,
  formatMoney,
  LOCALES,
  loadCatalogues,
  negotiateLocale,
  translator,
} from './index.ts';

const SRC = fileURLToPath(new URL('../../', import.meta.url));

test('every key exists in kk, ru and en, in every catalogue folder', () => {
  const dirs = catalogueDirs();
  assert.ok(dirs.length >= 1);
  const problems: string[] = [];
  for (const dir of dirs) {
    const cats = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(dir, `${l}.json`), 'utf8'))]));
    const all = new Set(LOCALES.flatMap((l) => Object.keys(cats[l])));
    for (const key of all) for (const l of LOCALES) if (!(key in cats[l])) problems.push(`${dir}: ${l} lacks "${key}"`);
    for (const l of LOCALES)
      for (const [k, v] of Object.entries(cats[l]))
        if (v === '' || (typeof v === 'object' && !('other' in (v as object))))
          problems.push(`${dir}: ${l} "${k}" is empty or lacks the "other" plural form`);
    // Plural entries list the same forms in every language (one, few, many, other), so tools that
    // compare catalogues key by key see them complete.
    for (const key of all) {
      const forms = LOCALES.map((l) =>
        typeof cats[l][key] === 'object' ? Object.keys(cats[l][key]).sort().join(',') : 'string',
      );
      if (new Set(forms).size > 1) problems.push(`${dir}: "${key}" has different forms: ${forms.join(' | ')}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every literal key used in code with t() or setFlash() exists in all three languages', () => {
  const cats = loadCatalogues();
  const used = new Set<string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n) && !n.endsWith('.test.ts')) {
        const s = readFileSync(p, 'utf8');
        for (const m of s.matchAll(/\bt\(\s*'([a-z][a-zA-Z0-9]*\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
        for (const m of s.matchAll(/setFlash\(\s*reply\s*,\s*'([^']+)'/g)) used.add(m[1]);
      }
    }
  };
  walk(SRC);
  assert.ok(used.size > 20, `found only ${used.size} keys`);
  const missing = [...used].flatMap((k) => LOCALES.filter((l) => !(k in cats[l])).map((l) => `${l}: ${k}`));
  assert.deepEqual(missing, []);
});

test('plural forms follow each language', () => {
  assert.equal(translator('ru')('audit.lead', { count: 1 }), 'В журнале 1 запись.');
  assert.equal(translator('ru')('audit.lead', { count: 3 }), 'В журнале 3 записи.');
  assert.equal(translator('ru')('audit.lead', { count: 25 }), 'В журнале 25 записей.');
  assert.equal(translator('en')('audit.lead', { count: 1 }), '1 entry in the log.');
  assert.equal(translator('en')('audit.lead', { count: 1200 }), '1,200 entries in the log.');
});

test('Accept-Language negotiation by quality, Kazakh by default', () => {
  assert.equal(negotiateLocale(undefined), 'kk');
  assert.equal(negotiateLocale('en-US,en;q=0.9'), 'en');
  assert.equal(negotiateLocale('de;q=1, ru;q=0.3, en;q=0.5'), 'en');
  assert.equal(negotiateLocale('ru;q=0'), 'kk');
  assert.equal(negotiateLocale(';;;,,'), 'kk');
});

test('dates are shown in Asia/Almaty (UTC+5), money in tenge', () => {
  // 20:30 UTC on 31 March is already 1 April in Almaty.
  assert.match(formatDate(new Date('2025-03-31T20:30:00Z'), 'en'), /1 April 2025/);
  assert.match(formatDate('2025-03-31', 'en'), /31 March 2025/);
  assert.match(formatDate(new Date('2025-03-31T20:30:00Z'), 'ru', true), /01:30/);
  assert.equal(formatMoney(123456789, 'en'), '1,234,567.89 ₸');
  assert.equal(formatMoney(500000, 'ru').replace(/\s/g, ' '), '5 000 ₸');
});
