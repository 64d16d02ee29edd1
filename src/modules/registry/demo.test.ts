import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { validateBin } from '../../reference/index.ts';
import { testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { seedRegistryDemo } from './demo.ts';

let t: TestApp;
const COUNT = 1000;
const NOW = new Date('2026-11-22T06:00:00Z');
before(async () => {
  t = await testApp();
});
after(() => t.close());

const rows = async <R>(q: ReturnType<typeof sql<R>>) => (await q.execute(t.db)).rows;

test('the demo is deterministic by seed: the same seed yields the same organisations', async () => {
  const first = await seedRegistryDemo(t.db, { count: COUNT, seed: 77, now: NOW });
  assert.equal(first.inserted, COUNT);
  const again = await seedRegistryDemo(t.db, { count: COUNT, seed: 77, now: NOW });
  assert.equal(again.inserted, 0, 'every BIN of the second run already exists');
  assert.equal(again.representedBin, first.representedBin);
});

test('realistic shape: valid BINs, names in both languages, the planned shares', async () => {
  const orgs = await rows(
    sql<{
      bin: string;
      name_kk: string;
      name_ru: string;
      name_en: string | null;
      founded_on: string;
      verification: string;
      status: string;
      region: string;
    }>`select * from organizations`,
  );
  assert.equal(orgs.length, COUNT);
  assert.ok(orgs.every((o) => validateBin(o.bin).ok));
  assert.ok(orgs.every((o) => /«.+»/.test(o.name_kk) && /«.+»/.test(o.name_ru)));
  const share = (f: (o: (typeof orgs)[number]) => boolean) => orgs.filter(f).length / COUNT;
  assert.ok(Math.abs(share((o) => o.verification === 'verified') - 0.8) < 0.05);
  assert.ok(share((o) => o.verification === 'refused') > 0.01);
  assert.ok(share((o) => o.status === 'liquidated') > 0.01 && share((o) => o.status === 'liquidated') < 0.06);
  assert.ok(share((o) => o.name_en !== null) > 0.25);
  const years = orgs.map((o) => Number(o.founded_on.slice(0, 4)));
  assert.ok(Math.min(...years) >= 1992 && Math.max(...years) <= 2025);
  // Almaty has the most NGOs (5,017 of 23,335 in 2023), Ulytau among the fewest.
  const byRegion = (r: string) => orgs.filter((o) => o.region === r).length;
  assert.ok(byRegion('almaty-city') > byRegion('astana') && byRegion('astana') > byRegion('ulytau'));
});

test('reports in every state for 2023-2025, and a few social entrepreneurs', async () => {
  const reports = await rows(sql<{ year: number; on_time: number; late: number }>`
    select year, count(*) filter (where submitted_at < make_timestamptz(year + 1, 3, 31, 19, 0, 0, 'UTC'))::int as on_time,
      count(*) filter (where submitted_at >= make_timestamptz(year + 1, 3, 31, 19, 0, 0, 'UTC'))::int as late
    from annual_reports group by year order by year`);
  assert.deepEqual(
    reports.map((r) => r.year),
    [2023, 2024, 2025],
  );
  for (const r of reports) assert.ok(r.on_time > 0 && r.late > 0);
  const missing = await rows(
    sql<{
      n: number;
    }>`select count(*)::int as n from organizations o where founded_on < '2025-01-01' and not exists (select 1 from annual_reports r where r.bin = o.bin and r.year = 2025)`,
  );
  assert.ok(missing[0].n > 0);
  const social = await rows(sql<{ status: string }>`select distinct status from social_entrepreneurs`);
  assert.ok(social.length >= 2);
});
