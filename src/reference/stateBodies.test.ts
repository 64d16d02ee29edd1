import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stateBodies, stateBodyByCode } from './stateBodies.ts';
import { regions } from './regions.ts';
import { assertLocalized } from './testLocalized.ts';

test('the Government, the ministry, the operator and an akimat and a maslikhat per region', () => {
  assert.equal(stateBodies.length, 3 + 2 * regions.length);
  assert.equal(new Set(stateBodies.map((b) => b.code)).size, stateBodies.length);
  for (const b of stateBodies) assertLocalized(b.name, b.code);
});

test('regional names are in the genitive in Kazakh and Russian', () => {
  assert.deepEqual(stateBodyByCode('akimat-kyzylorda')?.name, {
    kk: 'Қызылорда облысының әкімдігі',
    ru: 'Акимат Кызылординской области',
    en: 'Akimat of Kyzylorda Region',
  });
  assert.deepEqual(stateBodyByCode('maslikhat-almaty-city')?.name, {
    kk: 'Алматы қаласының мәслихаты',
    ru: 'Маслихат города Алматы',
    en: 'Maslikhat of Almaty city',
  });
  assert.equal(stateBodyByCode('akimat-east-kazakhstan')?.name.ru, 'Акимат Восточно-Казахстанской области');
  assert.equal(stateBodyByCode('nope'), undefined);
});
