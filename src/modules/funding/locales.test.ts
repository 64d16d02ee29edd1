import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// The standard checks (tests/helpers/catalogue.ts); audit action names and indicator ids are not messages.
// Each audit action (`funding.lot.added`) has its message under funding.audit (`funding.audit.lot_added`).
const en = JSON.parse(readFileSync(new URL('./locales/en.json', import.meta.url), 'utf8')) as Record<string, string>;
const auditActions = Object.keys(en)
  .filter((k) => k.startsWith('funding.audit.'))
  .map((k) => `funding.${k.slice('funding.audit.'.length).replace('_', '.')}`);
const { cats, dir: DIR } = catalogueTests(import.meta.url, 'funding', {
  notMessages: ['funding.amountAwarded', 'funding.beneficiarySatisfaction', ...auditActions],
});

test('every dynamic family of keys is complete (statuses, refusals, audit actions)', () => {
  const statuses = [
    'draft',
    'discussion',
    'approved',
    'published',
    'closed',
    'review',
    'decided',
    'cancelled',
    'submitted',
    'withdrawn',
    'admitted',
    'rejected',
    'awarded',
    'not_awarded',
    'delivering',
    'final_submitted',
    'completed',
    'evaluated',
    'terminated',
    'accepted',
    'returned',
  ];
  for (const s of statuses) assert.ok(`funding.status.${s}` in cats.en, s);
  const src =
    readdirSync(join(DIR, 'commands'))
      .map((f) => readFileSync(join(DIR, 'commands', f), 'utf8'))
      .join('\n') + readFileSync(join(DIR, 'policy.ts'), 'utf8');
  for (const m of src.matchAll(/(?:fail|deny)\('([a-zA-Z_]+)'/g))
    assert.ok(`funding.deny.${m[1]}` in cats.en || `funding.errors.${m[1]}` in cats.en, m[1]);
  for (const m of src.matchAll(/action: [`']funding\.([a-zA-Z.]+)[`']/g))
    assert.ok(`funding.audit.${m[1].replace(/\./g, '_')}` in cats.en, m[1]);
});
