import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { areas, areaCodes, areaByCode, isAreaCode } from './areas.ts';
import { assertLocalized } from './testLocalized.ts';

test('18–22 areas, unique slugs in areaCodes order, all localized', () => {
  assert.ok(areas.length >= 18 && areas.length <= 22);
  assert.deepEqual(
    areas.map((a) => a.code),
    [...areaCodes],
  );
  assert.equal(new Set(areaCodes).size, areaCodes.length);
  for (const a of areas) {
    assert.match(a.code, /^[a-z]+(-[a-z]+)*$/);
    assertLocalized(a.name, a.code);
  }
  assert.equal(new Set(areas.map((a) => a.name.kk)).size, areas.length, 'Kazakh names are distinct');
});

test('lookups', () => {
  assert.equal(areaByCode('environment')?.name.kk, 'Қоршаған ортаны қорғау');
  assert.equal(areaByCode('disability')?.name.ru, 'Поддержка лиц с инвалидностью');
  assert.equal(areaByCode('nope'), undefined);
  assert.equal(isAreaCode('charity'), true);
  assert.equal(z.enum(areaCodes).safeParse('youth').success, true);
});
