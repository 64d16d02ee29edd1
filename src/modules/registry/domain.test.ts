import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testLifecycle } from '../../platform/kit/testing.ts';
import {
  binQuery,
  foldForSearch,
  fullYearsBetween,
  fundingEligibility,
  latestDueYear,
  parseTenge,
  prefixTsQuery,
  ratingTotal,
  recentReportYears,
  registryRatingInputs,
  reportDeadlineEnd,
  reportDueDate,
  reportStatus,
  socialListYear,
  tiynToInput,
  SOCIAL,
  VERIFICATION,
  verificationEventForEdit,
  type RatingFacts,
  type RatingInput,
} from './domain.ts';

const at = (iso: string) => new Date(iso);

describe('annual report deadline (Asia/Almaty)', () => {
  test('the report for 2025 is due on 31 March 2026', () => {
    assert.equal(reportDueDate(2025), '2026-03-31');
  });

  test('on time until 23:59:59 on 31 March in Almaty (UTC+5 since March 2024), late from 00:00 on 1 April', () => {
    assert.equal(reportStatus(2025, at('2026-03-31T18:59:59Z'), at('2026-06-01T00:00Z')), 'on_time');
    assert.equal(reportStatus(2025, at('2026-03-31T19:00:00Z'), at('2026-06-01T00:00Z')), 'late');
    // 31 March 23:30 in Almaty is still 31 March there, though it is 18:30 UTC.
    assert.equal(reportStatus(2025, at('2026-03-31T23:30:00+05:00'), at('2026-06-01T00:00Z')), 'on_time');
    assert.equal(reportDeadlineEnd(2025).toISOString(), '2026-03-31T19:00:00.000Z');
  });

  test('before March 2024 Almaty was UTC+6: the 2022 report was late from 18:00 UTC on 31 March 2023', () => {
    assert.equal(reportStatus(2022, at('2023-03-31T17:59:59Z'), at('2023-05-01T00:00Z')), 'on_time');
    assert.equal(reportStatus(2022, at('2023-03-31T18:00:00Z'), at('2023-05-01T00:00Z')), 'late');
    assert.equal(reportDeadlineEnd(2022).toISOString(), '2023-03-31T18:00:00.000Z');
  });

  test('without a report: not due until the due day ends, missing after', () => {
    assert.equal(reportStatus(2025, null, at('2026-03-31T18:59:59Z')), 'not_due');
    assert.equal(reportStatus(2025, null, at('2026-03-31T19:00:00Z')), 'missing');
    assert.equal(reportStatus(2025, null, at('2025-12-31T12:00Z')), 'not_due');
  });

  test('the deadline instant agrees with the civil-date rule around the boundary', () => {
    const end = reportDeadlineEnd(2024).getTime();
    for (const dt of [-3_600_000, -1, 0, 1, 3_600_000]) {
      const s = reportStatus(2024, new Date(end + dt), new Date(end + 86_400_000));
      assert.equal(s, end + dt < end ? 'on_time' : 'late', `offset ${dt}`);
    }
  });

  test('the latest year whose report is due changes when the deadline passes', () => {
    assert.equal(latestDueYear(at('2026-03-31T18:59:59Z')), 2024);
    assert.equal(latestDueYear(at('2026-03-31T19:00:00Z')), 2025);
    assert.deepEqual(recentReportYears(at('2026-11-22T00:00Z')), [2025, 2024, 2023]);
    // New Year in Almaty comes five hours before it does in UTC.
    assert.deepEqual(recentReportYears(at('2026-12-31T19:30Z')), [2026, 2025, 2024]);
  });
});

describe('eligibility for state funding', () => {
  const org = { status: 'active', verification: 'verified' as const, foundedOn: '2015-05-01' };
  const now = at('2026-11-22T00:00Z');
  test('active, verified, last due report filed: eligible', () => {
    assert.deepEqual(
      fundingEligibility(org, (y) => y === 2025, now),
      { eligible: true, reasons: [], reportYear: 2025 },
    );
  });
  test('each missing condition is a reason', () => {
    const r = fundingEligibility({ ...org, status: 'liquidated', verification: 'pending' }, () => false, now);
    assert.equal(r.eligible, false);
    assert.deepEqual(r.reasons, ['liquidated', 'not_verified', 'report_missing']);
  });
  test('before the deadline the previous year counts; an organisation founded later owes nothing', () => {
    const feb = at('2026-02-10T00:00Z');
    assert.equal(fundingEligibility(org, (y) => y === 2024, feb).eligible, true);
    assert.equal(fundingEligibility({ ...org, foundedOn: '2026-01-15' }, () => false, now).eligible, true);
  });
});

describe('verification state machine', () => {
  testLifecycle(VERIFICATION, {
    verify: { pending: 'verified', verified: null, refused: null },
    refuse: { pending: 'refused', verified: null, refused: null },
    resubmit: { pending: null, verified: null, refused: 'pending' },
    legalChange: { pending: null, verified: 'pending', refused: null },
  });

  test('which edit moves which state', () => {
    assert.equal(verificationEventForEdit('verified', ['nameRu'], 'representative'), 'legalChange');
    assert.equal(verificationEventForEdit('verified', ['legalForm', 'phone'], 'representative'), 'legalChange');
    assert.equal(verificationEventForEdit('verified', ['phone', 'website', 'nameEn'], 'representative'), null);
    assert.equal(verificationEventForEdit('verified', ['nameRu'], 'moderator'), null);
    assert.equal(verificationEventForEdit('refused', ['phone'], 'representative'), 'resubmit');
    assert.equal(verificationEventForEdit('pending', ['nameKk'], 'representative'), null);
    assert.equal(verificationEventForEdit('refused', [], 'representative'), null);
  });

  describe('social enterprise applications: applied -> approved | refused, nothing after', () => {
    testLifecycle(SOCIAL, {
      approve: { applied: 'approved', approved: null, refused: null },
      refuse: { applied: 'refused', approved: null, refused: null },
    });
  });
});

describe('money in tenge -> tiyn', () => {
  test('accepts what people type', () => {
    assert.deepEqual(parseTenge('1250000'), { ok: true, tiyn: 125_000_000 });
    assert.deepEqual(parseTenge('1 250 000,5'), { ok: true, tiyn: 125_000_050 });
    assert.deepEqual(parseTenge('1\u00a0250\u00a0000.05'), { ok: true, tiyn: 125_000_005 });
    assert.deepEqual(parseTenge('0.10'), { ok: true, tiyn: 10 });
    assert.deepEqual(parseTenge(''), { ok: true, tiyn: 0 });
    assert.deepEqual(parseTenge('100 ₸'), { ok: true, tiyn: 10_000 });
  });
  test('rejects negative, non-numeric, more than two decimals, absurd sums', () => {
    assert.deepEqual(parseTenge('-5'), { ok: false, reason: 'negative' });
    assert.deepEqual(parseTenge('12abc'), { ok: false, reason: 'invalid' });
    assert.deepEqual(parseTenge('1e6'), { ok: false, reason: 'invalid' });
    assert.deepEqual(parseTenge('1.005'), { ok: false, reason: 'decimals' });
    assert.deepEqual(parseTenge('99999999999999999'), { ok: false, reason: 'too_large' });
  });
  test('no floating point: 0.29 tenge is exactly 29 tiyn, and back', () => {
    assert.equal((parseTenge('0.29') as { tiyn: number }).tiyn, 29);
    assert.equal(tiynToInput(125_000_050), '1250000.50');
    assert.equal(tiynToInput(100), '1');
  });
});

describe('rating', () => {
  const now = at('2026-11-22T00:00Z');
  const allFilled = {
    nameEn: true,
    website: true,
    email: true,
    phone: true,
    address: true,
    description: true,
    leaders: true,
    founders: true,
  };
  const none = Object.fromEntries(Object.keys(allFilled).map((k) => [k, false])) as typeof allFilled;
  const onTime = (y: number) => ({ year: y, submittedAt: at(`${y + 1}-02-01T06:00Z`) });

  test('every input at its best gives 100', () => {
    const facts: RatingFacts = {
      verification: 'verified',
      foundedOn: '2010-01-01',
      filled: allFilled,
      reports: [onTime(2025), onTime(2024), onTime(2023)],
    };
    const inputs = registryRatingInputs(facts, now);
    assert.deepEqual(
      inputs.map((i) => [i.key, i.value]),
      [
        ['reports', 1],
        ['verification', 1],
        ['disclosure', 1],
        ['years', 1],
      ],
    );
    assert.equal(ratingTotal(inputs), 100);
  });

  test('each input is value × weight; late is half, missing nothing; years count up to ten', () => {
    const facts: RatingFacts = {
      verification: 'pending',
      foundedOn: '2020-12-01', // 5 full years on 22 Nov 2026
      filled: { ...none, website: true, phone: true }, // 2 of 8
      reports: [onTime(2025), { year: 2024, submittedAt: at('2025-06-01T00:00Z') }, { year: 2023, submittedAt: null }],
    };
    const inputs = registryRatingInputs(facts, now);
    const v = Object.fromEntries(inputs.map((i) => [i.key, i.value]));
    assert.equal(v.reports, (1 + 0.5 + 0) / 3);
    assert.equal(v.verification, 0);
    assert.equal(v.disclosure, 0.25);
    assert.equal(v.years, 0.5);
    // (40·0.5 + 25·0 + 20·0.25 + 15·0.5) / 100 = 32.5
    assert.equal(ratingTotal(inputs), 32.5);
    assert.deepEqual(inputs[0].detail, { key: 'registry.rating.detail.reports', params: { onTime: 1, judged: 3 } });
  });

  test('years before founding and reports not yet due are left out of the report input', () => {
    const feb = at('2026-02-01T00:00Z'); // 2025 not due yet
    const facts: RatingFacts = {
      verification: 'verified',
      foundedOn: '2024-05-01',
      filled: none,
      reports: [{ year: 2025, submittedAt: null }, onTime(2024), { year: 2023, submittedAt: null }],
    };
    assert.equal(registryRatingInputs(facts, feb)[0].value, 1);
    const fresh: RatingFacts = {
      ...facts,
      foundedOn: '2026-01-10',
      reports: recentReportYears(now).map((year) => ({ year, submittedAt: null })),
    };
    assert.equal(registryRatingInputs(fresh, now)[0].value, 0);
  });

  test('another module adds an input by pushing it: the total stays a weighted mean', () => {
    const facts: RatingFacts = {
      verification: 'verified',
      foundedOn: '2010-01-01',
      filled: allFilled,
      reports: [onTime(2025), onTime(2024), onTime(2023)],
    };
    const inputs: RatingInput[] = registryRatingInputs(facts, now);
    inputs.push({
      key: 'projects',
      label: 'funding.rating.input.projects',
      value: 0,
      weight: 100,
      source: 'funding.rating.source.projects',
    });
    assert.equal(ratingTotal(inputs), 50);
    assert.equal(ratingTotal([]), 0);
  });

  test('full years between civil dates', () => {
    assert.equal(fullYearsBetween('2016-11-23', '2026-11-22'), 9);
    assert.equal(fullYearsBetween('2016-11-22', '2026-11-22'), 10);
    assert.equal(fullYearsBetween('2024-02-29', '2025-02-28'), 0);
    assert.equal(fullYearsBetween('2027-01-01', '2026-01-01'), 0);
  });
});

describe('search helpers and social list year', () => {
  test('Kazakh letters fold to Russian ones; quotes go', () => {
    assert.equal(foldForSearch('«Болашақ» ҚОҒАМДЫҚ Әлем'), 'болашак когамдык алем');
    assert.equal(prefixTsQuery('Жасыл әлем!'), 'жасыл:* & алем:*');
    assert.equal(prefixTsQuery('«»'), null);
    assert.equal(binQuery(' 120640 933475 '), '120640933475');
    assert.equal(binQuery('12064093347'), null);
  });

  test('applications go to this year’s list until 1 March ends in Almaty, then to next year’s', () => {
    assert.equal(socialListYear(at('2027-03-01T18:59:59Z')), 2027);
    assert.equal(socialListYear(at('2027-03-01T19:00:00Z')), 2028);
    assert.equal(socialListYear(at('2026-11-22T00:00Z')), 2027);
  });
});
