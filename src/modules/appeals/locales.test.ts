import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPEAL_KINDS, APPEAL_STATUSES } from './domain.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const load = (l: string) => JSON.parse(readFileSync(join(DIR, 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;
const cats = { kk: load('kk'), ru: load('ru'), en: load('en') };

test('kk, ru and en have the same keys, all prefixed "appeals."', () => {
  const keys = Object.keys(cats.kk).sort();
  assert.deepEqual(Object.keys(cats.ru).sort(), keys);
  assert.deepEqual(Object.keys(cats.en).sort(), keys);
  assert.deepEqual(keys.filter((k) => !k.startsWith('appeals.')), []);
});

test('interpolation parameters agree across languages; plurals have every form', () => {
  const ph = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
  for (const k of Object.keys(cats.en)) {
    assert.equal(ph(cats.kk[k]), ph(cats.en[k]), `kk ${k}`);
    assert.equal(ph(cats.ru[k]), ph(cats.en[k]), `ru ${k}`);
    for (const l of ['kk', 'ru', 'en'] as const) {
      const v = cats[l][k];
      if (typeof v === 'object') assert.deepEqual(Object.keys(v!).sort(), ['few', 'many', 'one', 'other'], `${l} ${k}`);
    }
  }
});

test('every literal and generated key used in the code exists', () => {
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
  // Audit action names, the job queue and open-data ids are not messages.
  const notMessages = /^appeals\.(registered|redirected|started|assigned|extended|answered|rated|published|republished|escalated|escalate|received|answeredOnTime|head\.set)$/;
  const missing: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'(appeals\.[a-zA-Z0-9_.]+)'/g)) {
      if (!(m[1] in cats.en) && !notMessages.test(m[1])) missing.push(`${m[1]} (${f.slice(DIR.length)})`);
    }
  }
  const generated = [
    ...APPEAL_KINDS.map((k) => `appeals.kind.${k}`),
    ...APPEAL_STATUSES.map((s) => `appeals.status.${s}`),
    ...['registered', 'redirected', 'started', 'assigned', 'extended', 'answered', 'rated', 'published', 'republished', 'escalated'].map((h) => `appeals.history.${h}`),
    ...['registered', 'redirected', 'extended', 'answered', 'assigned', 'escalated'].flatMap((m) => [`appeals.mail.${m}.subject`, `appeals.mail.${m}.text`]),
    ...['start', 'assign', 'extend', 'answer', 'publish', 'redirect', 'rated', 'registered'].map((f) => `appeals.flash.${f}`),
    ...['government', 'ministry', 'operator', 'akimat', 'maslikhat', 'other'].map((k) => `appeals.bodyKind.${k}`),
    ...['due', 'due_desc', 'registered'].map((s) => `appeals.queue.sortBy.${s}`),
    ...[1, 2, 3, 4, 5].map((n) => `appeals.rate.score${n}`),
  ];
  // Every refusal a command or policy can return has a message.
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:fail|deny|no)\('([a-z_]+)'/g)) generated.push(`appeals.deny.${m[1]}`);
  }
  for (const k of generated) if (!(k in cats.en)) missing.push(k);
  assert.deepEqual(missing, []);
});
