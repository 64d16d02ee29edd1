import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  param,
  paramHistory,
  paramNames,
  mciFor,
  BASELINE,
  type LegalParameters,
  type GrantTier,
} from './parameters.ts';

test('MCI by year and by date', () => {
  assert.equal(mciFor(2024), 3692);
  assert.equal(mciFor(2025), 3932);
  assert.equal(mciFor(2026), 4325);
  assert.equal(param('mci', '2025-05-01'), 3932);
  assert.equal(param('mci', '2024-12-31'), 3692);
  assert.equal(param('mci', '2026-01-01'), 4325);
  assert.equal(param('mci', '2022-03-31'), 3063);
  assert.equal(param('mci', '2022-04-01'), 3180);
  assert.throws(() => param('mci', '2020-12-31'), RangeError);
  assert.throws(() => mciFor(2.5), RangeError);
});

test('an instant is read as its civil date in Almaty', () => {
  // 31 Dec 2024 19:30 UTC is already 1 January 2025 in Almaty.
  assert.equal(param('mci', new Date('2024-12-31T19:30:00Z')), 3932);
  assert.equal(param('mci', new Date('2024-12-31T18:59:59Z')), 3692);
});

test('values from the brief', () => {
  const at = '2025-06-01';
  assert.equal(param('annualReport.dueMonthDay', at), '03-31');
  assert.deepEqual(param('grant.shortTerm', at), { minMci: 500, maxMci: 3000, minMonths: 3, maxMonths: 12 });
  assert.deepEqual(param('grant.mediumTerm', at), { minMci: 3000, maxMci: 10000, minMonths: 12, maxMonths: 24 });
  assert.deepEqual(param('grant.longTerm', at), { minMci: 10000, maxMci: null, minMonths: 24, maxMonths: 36 });
  assert.equal(param('grant.ownDevelopmentMaxShare', at), 0.1);
  assert.equal(param('grant.complianceCheckWorkingDays', at), 10);
  assert.equal(param('grant.expertReviewWorkingDays', at), 15);
  assert.deepEqual(param('petition.threshold', at), {
    government: 50000,
    oblastAkimatPopulationShare: 0.01,
    oblastMaslikhatPopulationShare: 0.02,
    cityAkimat: 2500,
    cityMaslikhat: 5000,
  });
  assert.equal(param('petition.collectionMonths', at), 6);
  assert.equal(param('petition.publicListingMin', at), 50);
  assert.equal(param('petition.moderationWorkingDays', at), 20);
  assert.equal(param('appeal.answerWorkingDays', at), 15);
  assert.equal(param('appeal.redirectWorkingDays', at), 3);
  assert.equal(param('appeal.maxExtensionWorkingDays', at), 30);
  assert.equal(param('legislation.minDiscussionWorkingDays', at), 10);
  assert.equal(param('socialEntrepreneur.approvalMonthDay', at), '03-01');
});

test('grant tiers join up: each tier starts where the previous ends', () => {
  const at = '2025-01-01';
  const [s, m, lg] = (['grant.shortTerm', 'grant.mediumTerm', 'grant.longTerm'] as const).map((n) => param(n, at));
  assert.equal(s.maxMci, m.minMci);
  assert.equal(m.maxMci, lg.minMci);
  assert.equal(s.maxMonths, m.minMonths);
  assert.equal(m.maxMonths, lg.minMonths);
});

test('every parameter has a value at BASELINE or later, histories are in date order, values are frozen', () => {
  for (const name of paramNames) {
    const h = paramHistory(name);
    assert.ok(h.length > 0, name);
    for (let i = 1; i < h.length; i++) assert.ok(h[i - 1].from < h[i].from, name);
    assert.doesNotThrow(() => param(name, '2026-06-01'), name);
    assert.ok(Object.isFrozen(h), name);
  }
  assert.equal(paramHistory('appeal.answerWorkingDays')[0].from, BASELINE);
  const tier = param('grant.shortTerm', '2025-01-01');
  assert.throws(() => {
    (tier as { minMci: number }).minMci = 1;
  }, TypeError);
});

test('bad names and dates are rejected at run time and at compile time', () => {
  assert.throws(() => param('nope' as keyof LegalParameters, '2025-01-01'), RangeError);
  assert.throws(() => param('mci', '2025-13-01'), RangeError);
  assert.throws(() => param('mci', '01.01.2025'), RangeError);
  // Compile-time checks: these lines must type-check as written.
  const mci: number = param('mci', '2025-05-01');
  const tier: GrantTier = param('grant.longTerm', new Date());
  const max: number | null = tier.maxMci;
  // @ts-expect-error — an MCI is a number, not a string
  const wrong: string = param('mci', '2025-05-01');
  // @ts-expect-error — unknown parameter names do not compile
  assert.throws(() => param('mciX', '2025-05-01'), RangeError);
  void [mci, max, wrong];
});
