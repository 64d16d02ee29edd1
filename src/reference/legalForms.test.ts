import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { legalForms, legalFormCodes, legalFormByCode, isLegalFormCode } from './legalForms.ts';
import { assertLocalized } from './testLocalized.ts';

test('legal forms: unique slugs in legalFormCodes order, all localized', () => {
  assert.deepEqual(
    legalForms.map((f) => f.code),
    [...legalFormCodes],
  );
  for (const f of legalForms) {
    assertLocalized(f.name, f.code);
    assertLocalized(f.short, f.code);
  }
});

test('official names of the main forms', () => {
  assert.deepEqual(legalFormByCode('public-association')?.name, {
    kk: 'Қоғамдық бірлестік',
    ru: 'Общественное объединение',
    en: 'Public association',
  });
  assert.equal(legalFormByCode('public-foundation')?.name.kk, 'Қоғамдық қор');
  assert.equal(legalFormByCode('public-foundation')?.short.ru, 'ОФ');
  assert.equal(
    legalFormByCode('association-of-legal-entities')?.name.ru,
    'Объединение юридических лиц в форме ассоциации (союза)',
  );
});

test('religious associations cannot be NGOs for state social order', () => {
  assert.equal(legalFormByCode('religious-association')?.ngoEligible, false);
  assert.equal(legalFormByCode('public-foundation')?.ngoEligible, true);
});

test('lookups', () => {
  assert.equal(legalFormByCode('llp'), undefined);
  assert.equal(isLegalFormCode('private-institution'), true);
  assert.equal(z.enum(legalFormCodes).safeParse('chamber').success, true);
});
