import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import {
  regions,
  regionCodes,
  regionByCode,
  populationOf,
  isRegionCode,
  NGO_TOTAL_2023,
  ngoCount2023Published,
} from './regions.ts';
import { assertLocalized } from './testLocalized.ts';

test('20 regions: 3 cities and 17 oblasts, codes in the same order as regionCodes', () => {
  assert.equal(regions.length, 20);
  assert.deepEqual(
    regions.map((r) => r.code),
    [...regionCodes],
  );
  assert.deepEqual(
    regions.filter((r) => r.kind === 'city').map((r) => r.code),
    ['astana', 'almaty-city', 'shymkent'],
  );
  assert.equal(new Set(regions.map((r) => r.kato)).size, 20);
  for (const r of regions) assert.match(r.code, /^[a-z]+(-[a-z]+)*$/);
});

test('names follow the official patterns in all three languages', () => {
  for (const r of regions) {
    assertLocalized(r.name);
    assertLocalized(r.centre);
    if (r.kind === 'city') {
      assert.match(r.name.kk, / қаласы$/);
      assert.match(r.name.ru, /^г\. /);
      assert.match(r.name.en, / city$/);
    } else {
      assert.match(r.name.kk, / облысы$/);
      assert.match(r.name.ru, / область$/);
      assert.match(r.name.en, / Region$/);
    }
  }
  assert.deepEqual(regionByCode('abai')?.name, { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' });
  assert.equal(regionByCode('east-kazakhstan')?.centre.kk, 'Өскемен');
});

test('settlements: 2–4 per region, all localized', () => {
  for (const r of regions) {
    assert.ok(r.settlements.length >= 2 && r.settlements.length <= 4, r.code);
    for (const s of r.settlements) assertLocalized(s, r.code);
  }
});

test('regionByCode and isRegionCode', () => {
  assert.equal(regionByCode('almaty-region')?.centre.en, 'Konaev');
  assert.equal(regionByCode('almaty'), undefined);
  assert.equal(isRegionCode('ulytau'), true);
  assert.equal(isRegionCode('south-kazakhstan'), false);
});

test('regionCodes works with z.enum', () => {
  const schema = z.enum(regionCodes);
  assert.equal(schema.parse('jetisu'), 'jetisu');
  assert.equal(schema.safeParse('nur-sultan').success, false);
});

test('population sums match the national totals within 0.5%', () => {
  const total = (year: number) => regions.reduce((s, r) => s + populationOf(r.code, year), 0);
  assert.ok(Math.abs(total(2024) - 20_033_842) / 20_033_842 < 0.005, String(total(2024)));
  assert.ok(Math.abs(total(2025) - 20_283_399) / 20_283_399 < 0.005, String(total(2025)));
});

test('populationOf uses the nearest earlier year', () => {
  assert.equal(populationOf('astana', 2024), 1_430_000);
  assert.equal(populationOf('astana', 2025), 1_535_000);
  assert.equal(populationOf('astana', 2030), 1_535_000);
  assert.equal(populationOf('astana', 2020), 1_430_000, 'before the data: earliest figure');
  assert.throws(() => populationOf('nowhere' as never, 2025), RangeError);
});

test('NGO counts 2023: published figures and the national total', () => {
  const count = (c: string) => regionByCode(c)!.ngoCount2023;
  assert.equal(count('almaty-city'), 5017);
  assert.equal(count('astana'), 3554);
  assert.equal(count('shymkent'), 1512);
  assert.equal(count('karaganda'), 1237);
  assert.equal(count('kyzylorda'), 1217);
  assert.equal(
    regions.reduce((s, r) => s + r.ngoCount2023, 0),
    NGO_TOTAL_2023,
  );
  assert.equal(ngoCount2023Published.length, 5);
});
