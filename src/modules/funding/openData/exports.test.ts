// The funding exports on the demo's history plus synthetic bulk history: OCDS release and record packages and
// the 360Giving package validate against the official schemas, and agree with the database.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { Client, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { seedRegistryDemo } from '../../registry/index.ts';
import { seedFundingDemo } from '../index.ts';
import { describeErrors, validators } from './schemas.ts';
import { seedSyntheticFunding } from './synthetic.ts';

let t: TestApp;
let c: Client;

before(async () => {
  t = await testApp();
  await seedRegistryDemo(t.db, { count: 120, seed: 7 });
  await seedFundingDemo(t.app, { seed: 2026 });
  // Bulk history on top of the demo: every instrument, decided calls, projects with reports.
  await seedSyntheticFunding(t.db, { projects: 30, seed: 11 });
  c = new Client(t.app);
});
after(() => t?.close());

const count = async (q: ReturnType<typeof sql<{ n: number }>>) => Number((await q.execute(t.db)).rows[0].n);

test('the OCDS release package validates and has a tender release per published social-order call', async () => {
  const r = await c.get('/open-data/ocds/release-package.json');
  assert.equal(r.statusCode, 200);
  const pkg = JSON.parse(r.body) as {
    releases: {
      ocid: string;
      tag: string[];
      awards?: unknown[];
      contracts?: { value: { amount: number; currency: string } }[];
    }[];
  };
  const v = validators().releasePackage;
  assert.ok(v(pkg), describeErrors(v.errors));
  const calls = await count(
    sql`select count(*)::int as n from funding_calls where instrument = 'social_order' and status <> 'draft'`,
  );
  assert.ok(calls > 0, 'the demo has social-order calls');
  assert.equal(pkg.releases.filter((x) => x.tag.includes('tender')).length, calls);
  const contracts = pkg.releases.filter((x) => x.tag.includes('contract')).flatMap((x) => x.contracts ?? []);
  const projects = await count(sql`select count(*)::int as n from funding_projects where instrument = 'social_order'`);
  assert.equal(contracts.length, projects, 'a contract per project');
  const sum = await count(
    sql`select coalesce(sum(amount_tiyn), 0)::float8 / 100 as n from funding_projects where instrument = 'social_order'`,
  );
  assert.equal(
    Math.round(contracts.reduce((s, x) => s + x.value.amount, 0) * 100),
    Math.round(sum * 100),
    'amounts in KZT match the database',
  );
  assert.ok(contracts.every((x) => x.value.currency === 'KZT'));
  // A garbled release is refused by the same validator (the check can fail).
  assert.equal(v({ ...pkg, releases: [{ ...pkg.releases[0], ocid: undefined, date: 'yesterday' }] }), false);
});

test('the OCDS record package validates, one record per contracting process with a compiled release', async () => {
  const r = await c.get('/open-data/ocds/record-package.json');
  const pkg = JSON.parse(r.body) as { records: { ocid: string; compiledRelease: { tag: string[] } }[] };
  const v = validators().recordPackage;
  assert.ok(v(pkg), describeErrors(v.errors));
  assert.equal(new Set(pkg.records.map((x) => x.ocid)).size, pkg.records.length);
  assert.ok(pkg.records.every((x) => x.compiledRelease.tag[0] === 'compiled'));
});

test('the 360Giving package validates: a grant per grant or award project, KZT, recipients by BIN', async () => {
  const r = await c.get('/open-data/360giving.json');
  const pkg = JSON.parse(r.body) as {
    grants: { currency: string; amountAwarded: number; recipientOrganization: { id: string }[] }[];
  };
  const v = validators().giving360;
  assert.ok(v(pkg), describeErrors(v.errors));
  const projects = await count(
    sql`select count(*)::int as n from funding_projects where instrument in ('grant', 'award')`,
  );
  assert.ok(projects > 0, 'the demo has grants or awards');
  assert.equal(pkg.grants.length, projects);
  assert.ok(pkg.grants.every((g) => g.currency === 'KZT' && /^KZ-BIN-\d{12}$/.test(g.recipientOrganization[0].id)));
  assert.equal(v({ ...pkg, grants: [{ ...pkg.grants[0], currency: 'TENGE', amountAwarded: '100' }] }), false);
});

test('the projects dataset lists every project as CSV and JSON', async () => {
  const projects = await count(sql`select count(*)::int as n from funding_projects`);
  const rows = parse((await c.get('/open-data/funding-projects.csv')).body, { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  assert.equal(rows.length, projects);
  const json = JSON.parse((await c.get('/open-data/funding-projects.json')).body) as { amount_kzt: number }[];
  assert.equal(json.length, projects);
  assert.ok(json.every((p) => typeof p.amount_kzt === 'number'));
});

test('the dashboard sums add up to the contracted total, by year, region, area and instrument', async () => {
  const { fundingTotals } = await import('./dashboard.ts');
  const totals = await fundingTotals(t.db);
  const all = await count(sql`select coalesce(sum(amount_tiyn), 0)::float8 as n from funding_projects`);
  const sum = (xs: { tiyn: number }[]) => xs.reduce((s, x) => s + x.tiyn, 0);
  for (const part of [totals.byYear, totals.byRegion, totals.byArea, totals.byInstrument]) assert.equal(sum(part), all);
  const grants = await count(sql`select count(*)::int as n from funding_projects where instrument = 'grant'`);
  assert.equal(totals.byInstrument.find((x) => x.instrument === 'grant')?.projects, grants);
});
