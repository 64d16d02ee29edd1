/**
 * The checks every module's catalogue gets (src/modules/<m>/locales.test.ts): kk, ru and en hold
 * the same keys, all prefixed with the module's name; interpolation parameters agree; plural
 * values have every form; every literal key the module's code names exists. A module adds its own
 * checks (dynamic families of keys) next to the call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Catalogues = Record<'kk' | 'ru' | 'en', Record<string, unknown>>;

/** The module's source files (not tests, not catalogues), for scanning the keys it names. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (!n.startsWith('.') && n !== 'locales') walk(p);
      } else if (/\.tsx?$/.test(n) && !n.includes('.test.')) files.push(p);
    }
  };
  walk(dir);
  return files;
}

/**
 * Registers the standard tests for the module whose locales.test.ts passes its own URL.
 * `notMessages`: literal strings (or a pattern) that look like keys but are not messages (audit action names).
 * Strings written `id: 'module.…'` are open-data indicator ids and are skipped by themselves.
 * @example const { cats, dir } = catalogueTests(import.meta.url, 'forum', { notMessages: ['forum.item.created'] });
 */
export function catalogueTests(
  moduleUrl: string,
  prefix: string,
  opts: { notMessages?: readonly string[] | RegExp } = {},
): { cats: Catalogues; dir: string } {
  const dir = fileURLToPath(new URL('.', moduleUrl));
  const load = (l: string) =>
    JSON.parse(readFileSync(join(dir, 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;
  const cats: Catalogues = { kk: load('kk'), ru: load('ru'), en: load('en') };

  test(`kk, ru and en have the same keys, all prefixed "${prefix}."`, () => {
    const keys = Object.keys(cats.kk).sort();
    assert.deepEqual(Object.keys(cats.ru).sort(), keys);
    assert.deepEqual(Object.keys(cats.en).sort(), keys);
    assert.deepEqual(
      keys.filter((k) => !k.startsWith(`${prefix}.`)),
      [],
    );
  });

  test('interpolation parameters agree across languages; plural values have one, few, many and other', () => {
    const ph = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
    for (const k of Object.keys(cats.en)) {
      assert.equal(ph(cats.kk[k]), ph(cats.en[k]), `kk ${k}`);
      assert.equal(ph(cats.ru[k]), ph(cats.en[k]), `ru ${k}`);
    }
    for (const [l, cat] of Object.entries(cats)) {
      for (const [k, v] of Object.entries(cat)) {
        if (v && typeof v === 'object')
          assert.deepEqual(Object.keys(v).sort(), ['few', 'many', 'one', 'other'], `${l} ${k}`);
      }
    }
  });

  test(`every literal ${prefix} key used in the code exists`, () => {
    const not = opts.notMessages;
    const skip = not instanceof RegExp ? (k: string) => not.test(k) : (k: string) => (not ?? []).includes(k);
    const pattern = new RegExp(`(?<!id: )'(${prefix}\\.[a-zA-Z0-9_.]+)'`, 'g');
    const missing: string[] = [];
    for (const f of sourceFiles(dir)) {
      for (const m of readFileSync(f, 'utf8').matchAll(pattern)) {
        if (!(m[1] in cats.en) && !skip(m[1])) missing.push(`${m[1]} (${f.slice(dir.length)})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  return { cats, dir };
}
