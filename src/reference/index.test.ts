import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as reference from './index.ts';

test('index re-exports every module', () => {
  for (const name of [
    'localize',
    'locales',
    'validateIin',
    'validateBin',
    'checkDigitValid',
    'iinBirthDate',
    'iinSex',
    'maskIin',
    'generateIin',
    'generateBin',
    'regions',
    'regionByCode',
    'regionCodes',
    'populationOf',
    'areas',
    'areaByCode',
    'areaCodes',
    'legalForms',
    'legalFormByCode',
    'legalFormCodes',
    'isWorkingDay',
    'addWorkingDays',
    'workingDaysBetween',
    'almatyDate',
    'holidaysIn',
    'param',
    'mciFor',
  ]) {
    assert.ok(name in reference, name);
  }
  assert.equal(
    reference.addWorkingDays('2025-03-14', reference.param('appeal.answerWorkingDays', '2025-03-14')),
    '2025-04-09',
  );
});
