import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../reference/index.ts';
import { fieldErrors } from '../../platform/http/validation.ts';
import { translator } from '../../platform/i18n/index.ts';
import {
  parseLeaders,
  parseSearchPage,
  registerSchema,
  reportSchema,
  socialApplicationSchema,
  toIsoDate,
  verificationDecisionSchema,
} from './schemas.ts';

const t = translator('en');
const bin = generateBin(42);
const valid = {
  bin,
  nameKk: '«Болашақ» қоғамдық бірлестігі',
  nameRu: 'Общественное объединение «Болашак»',
  legalForm: 'public-association',
  region: 'astana',
  settlement: 'Астана',
  areas: 'youth',
  foundedOn: '2012-06-15',
};
const today = '2026-11-22';

describe('registration form', () => {
  test('a minimal valid form parses; optional fields become null, checkboxes an array', () => {
    const r = registerSchema(today).parse(valid);
    assert.equal(r.bin, bin);
    assert.deepEqual(r.areas, ['youth']);
    assert.equal(r.nameEn, null);
    assert.deepEqual(r.leaders, []);
  });

  test('BIN: format and check digit have different messages', () => {
    const wrongDigit = bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10);
    const e1 = fieldErrors(t, registerSchema(today).safeParse({ ...valid, bin: '12345' }).error!);
    const e2 = fieldErrors(t, registerSchema(today).safeParse({ ...valid, bin: wrongDigit }).error!);
    assert.match(e1.bin, /12 digits/);
    assert.match(e2.bin, /check digit/);
  });

  test('founding date: format, not before 1991, not in the future; DD.MM.YYYY accepted', () => {
    const err = (foundedOn: string) =>
      fieldErrors(t, registerSchema(today).safeParse({ ...valid, foundedOn }).error!).foundedOn;
    assert.match(err('2012-13-01'), /year-month-day/);
    assert.match(err('1990-12-31'), /before 1991/);
    assert.match(err('2026-11-23'), /future/);
    assert.equal(registerSchema(today).parse({ ...valid, foundedOn: '15.06.2012' }).foundedOn, '2012-06-15');
    assert.equal(toIsoDate('31.02.2020'), null);
  });

  test('names kk and ru required, at least one area, contacts checked and normalised', () => {
    const e = fieldErrors(
      t,
      registerSchema(today).safeParse({
        ...valid,
        nameKk: ' ',
        nameRu: '',
        areas: undefined,
        email: 'no',
        website: 'not a site',
        phone: '12',
      }).error!,
    );
    assert.deepEqual(Object.keys(e).sort(), ['areas', 'email', 'nameKk', 'nameRu', 'phone', 'website']);
    const ok = registerSchema(today).parse({
      ...valid,
      website: 'bolashak.kz',
      email: 'info@bolashak.kz',
      phone: '+7 (701) 234-56-78',
      areas: ['youth', 'health'],
    });
    assert.equal(ok.website, 'https://bolashak.kz/');
    assert.deepEqual(ok.areas, ['youth', 'health']);
    assert.equal(
      fieldErrors(t, registerSchema(today).safeParse({ ...valid, areas: ['youth', 'bogus'] }).error!).areas !==
        undefined,
      true,
    );
  });

  test('leaders: one a line, "name; position"', () => {
    assert.deepEqual(parseLeaders('Айгүл Серікова; Төраға\nИван Петров — директор\n\nЕрлан'), [
      { name: 'Айгүл Серікова', position: 'Төраға' },
      { name: 'Иван Петров', position: 'директор' },
      { name: 'Ерлан', position: '' },
    ]);
  });
});

describe('report form', () => {
  const base = {
    activities: 'Жобалар',
    membersCount: '10',
    foundersCount: '3',
    beneficiaries: '100',
    staff: '2',
    volunteers: '5',
  };
  test('tenge become integer tiyn by source and category; empty is zero', () => {
    const r = reportSchema.parse({ ...base, income_grants: '1 500 000,50', spending_salaries: '200000' });
    assert.equal(r.income.grants, 150_000_050);
    assert.equal(r.income.donations, 0);
    assert.equal(r.spending.salaries, 20_000_000);
    assert.equal(r.membersCount, 10);
  });
  test('negative, non-numeric and over-precise amounts are field errors', () => {
    const e = fieldErrors(
      t,
      reportSchema.safeParse({
        ...base,
        income_grants: '-1',
        income_donations: 'abc',
        spending_other: '1.234',
        staff: '2.5',
      }).error!,
    );
    assert.match(e.income_grants, /negative/);
    assert.match(e.income_donations, /amount in tenge/);
    assert.match(e.spending_other, /2 digits/);
    assert.match(e.staff, /whole number/);
  });
});

describe('moderator and social enterprise forms', () => {
  test('refusing needs a reason', () => {
    assert.equal(verificationDecisionSchema.safeParse({ decision: 'verify' }).success, true);
    const e = fieldErrors(t, verificationDecisionSchema.safeParse({ decision: 'refuse', reason: ' ' }).error!);
    assert.match(e.reason, /reason/);
  });
  test('vulnerable employees cannot exceed all employees', () => {
    const e = fieldErrors(
      t,
      socialApplicationSchema.safeParse({
        category: '1',
        activities: 'Тігін цехы',
        employeesTotal: '5',
        employeesVulnerable: '6',
      }).error!,
    );
    assert.ok(e.employeesVulnerable);
  });
});

describe('search page query', () => {
  test('bad values are reported per field and left out; good ones still apply', () => {
    const r = parseSearchPage({ page: 'abc', region: 'xyz', area: 'youth', q: 'болашақ' });
    assert.deepEqual(Object.keys(r.errors).sort(), ['page', 'region']);
    assert.equal(r.query.page, 1);
    assert.equal(r.query.region, undefined);
    assert.equal(r.query.area, 'youth');
    assert.equal(r.query.sort, 'relevance');
    assert.equal(r.values.region, 'xyz');
  });
  test('repeated parameters are an error, not a crash', () => {
    assert.equal(parseSearchPage({ region: ['astana', 'shymkent'] }).errors.region, 'errors.invalidType');
    assert.equal(parseSearchPage({}).query.sort, 'name');
  });
});
