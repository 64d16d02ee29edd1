// The demo data: every state of the lifecycles, every region, citizen@ with a certificate, ngo@'s
// organisation flagged for a missing report, totals that agree, and fast enough for a first start.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { regions } from '../../reference/index.ts';
import { testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { addMembership, createUser } from '../accounts/index.ts';
import { seedRegistryDemo } from '../registry/index.ts';
import { campaignsWithoutReport, seedVolunteeringDemo } from './index.ts';
import { donationsIndicator, hoursIndicator, volunteersIndicator } from './openData.ts';

let t: TestApp;
let ms = 0;
let representedBin = '';

before(async () => {
  t = await testApp();
  for (const email of ['citizen@demo.qogam.kz', 'ngo@demo.qogam.kz', 'official@demo.qogam.kz']) {
    await createUser(t.db, { email, name: 'Demo', password: 'qogam-demo-2026', roles: ['citizen'], confirmed: true });
  }
  representedBin = (await seedRegistryDemo(t.db, { count: 600, seed: 2026 })).representedBin;
  await addMembership(t.db, 'ngo@demo.qogam.kz', 'organization', representedBin);
  const started = performance.now();
  await seedVolunteeringDemo(t.app, { seed: 2026 });
  ms = performance.now() - started;
  console.log(`volunteering demo seeded in ${Math.round(ms)} ms`);
});
after(() => t.close());

test('every state, every region, and fast', async () => {
  const db = t.db;
  const states = async (table: 'volunteer_opportunities' | 'volunteer_applications' | 'charity_campaigns') =>
    (await db.selectFrom(table).select('status').distinct().execute()).map((r) => r.status).sort();
  assert.deepEqual(await states('volunteer_opportunities'), ['cancelled', 'closed', 'completed', 'open']);
  assert.deepEqual(await states('volunteer_applications'), [
    'accepted',
    'applied',
    'completed',
    'declined',
    'revoked',
    'withdrawn',
  ]);
  assert.deepEqual(await states('charity_campaigns'), ['active', 'reported']);
  const oppRegions = new Set(
    (await db.selectFrom('volunteer_opportunities').select('region').distinct().execute()).map((r) => r.region),
  );
  const campaignRegions = new Set(
    (await db.selectFrom('charity_campaigns').select('region').distinct().execute()).map((r) => r.region),
  );
  for (const r of regions) {
    assert.ok(oppRegions.has(r.code), `opportunities in ${r.code}`);
    assert.ok(campaignRegions.has(r.code), `campaigns in ${r.code}`);
  }
  // Under ~8 s on PGlite is the target on an idle machine; this bound only catches a pathological slowdown.
  assert.ok(ms < 60_000, `seeded in ${Math.round(ms)} ms`);
});

test('citizen@ has certificates in two years; ngo@’s organisation lacks one report', async () => {
  const db = t.db;
  const rows = await db
    .selectFrom('volunteer_applications as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('volunteer_certificates as c', 'c.application_id', 'a.id')
    .select([sql<number>`extract(year from a.confirmed_at)::int`.as('y')])
    .where('u.email', '=', 'citizen@demo.qogam.kz')
    .where('a.status', '=', 'completed')
    .execute();
  assert.ok(rows.length >= 2, `${rows.length} certificates`);
  assert.equal(new Set(rows.map((r) => r.y)).size, 2);
  assert.equal((await campaignsWithoutReport(t.db, representedBin)).length, 1);
});

test('raised totals equal the donations; indicators cover two years and every region', async () => {
  const db = t.db;
  const bad = await db
    .selectFrom('charity_campaigns as c')
    .select(['c.id'])
    .where(
      sql<boolean>`c.raised_tiyn <> coalesce((select sum(d.amount_tiyn) from charity_donations d where d.campaign_id = c.id), 0)`,
    )
    .execute();
  assert.deepEqual(bad, []);
  for (const values of [await volunteersIndicator(db), await hoursIndicator(db), await donationsIndicator(db)]) {
    const years = new Set(values.map((v) => v.year));
    assert.ok(years.size >= 2, `years ${[...years]}`);
    assert.ok(new Set(values.map((v) => v.region).filter(Boolean)).size >= 18);
  }
});
