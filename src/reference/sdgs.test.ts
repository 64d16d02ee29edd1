import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sdgs, sdgByGoal, sdgsOfArea } from './sdgs.ts';
import { areaCodes } from './areas.ts';
import { assertLocalized } from './testLocalized.ts';

test('17 goals, named in three languages, each reached by at least one area of activity', () => {
  assert.equal(sdgs.length, 17);
  sdgs.forEach((g, i) => {
    assert.equal(g.goal, i + 1);
    assertLocalized(g.name, String(g.goal));
    assert.ok(g.areas.length > 0, `goal ${g.goal} has areas`);
  });
  assert.equal(sdgByGoal(4)?.name.en, 'Quality education');
  assert.equal(sdgByGoal(18), undefined);
});

test('every area maps to goals that exist, and the mapping reads both ways', () => {
  for (const a of areaCodes) for (const g of sdgsOfArea(a)) assert.ok(sdgByGoal(g)?.areas.includes(a), `${a} -> ${g}`);
  assert.deepEqual(sdgsOfArea('health'), [3]);
  assert.deepEqual(sdgsOfArea('nope'), []);
});
