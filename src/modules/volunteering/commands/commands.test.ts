// The module's commands against a real database (PGlite, or PostgreSQL with DATABASE_URL):
// lifecycles with policy and audit, donations settled once, rating inputs, open data and indicators.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { almatyDate } from '../../../reference/index.ts';
import { testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { ratingsFor } from '../../registry/index.ts';
import { campaignsWithoutReport } from '../index.ts';
import {
  datasets,
  donationRows,
  donationsIndicator,
  hoursIndicator,
  sdgContributors,
  volunteerHoursRows,
  volunteersIndicator,
} from '../openData.ts';
import { devProvider, devSignature } from '../payments.ts';
import { type Db } from '../repository/index.ts';
import { opportunitySchema } from '../schemas.ts';
import { actorOf, insertOrg } from '../testing.ts';
import { actOnApplication } from './actOnApplication.ts';
import { changeOpportunityStatus } from './changeOpportunityStatus.ts';
import { closeCampaign } from './closeCampaign.ts';
import { postOpportunity } from './postOpportunity.ts';
import { publishReport } from './publishReport.ts';
import { saveProfile } from './saveProfile.ts';
import { settlePayment } from './settlePayment.ts';
import { signUp } from './signUp.ts';
import { startCampaign } from './startCampaign.ts';
import { startDonation } from './startDonation.ts';

let t: TestApp;
let db: Db;
let bin: string;
let rep: Actor;
let vol: Actor;
let vol2: Actor;
const today = almatyDate(new Date());
const deps = (actor: Actor | null): CommandDeps => ({ db: t.db, jobs: t.app.jobs, actor, requestId: 'test' });
const audits = (action: string, entityId: string) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'data'])
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .execute();
const provider = () => devProvider(t.app.config.secret);

before(async () => {
  t = await testApp();
  db = t.db;
  bin = await insertOrg(t.db, { region: 'pavlodar' });
  rep = await actorOf(t.db, { organizations: [bin], name: 'Ұйымдастырушы' });
  vol = await actorOf(t.db, { name: 'Ерікті Бір' });
  vol2 = await actorOf(t.db, { name: 'Ерікті Екі' });
});
after(() => t.close());

describe('volunteering commands', () => {
  let oppId = '';
  let appId = '';
  test('post: only a representative, audited', async () => {
    const input = opportunitySchema(today).parse({
      organizer: `organization:${bin}`,
      title: 'Өзен жағасын тазалау',
      description: 'Сенбілік',
      area: 'environment',
      region: 'pavlodar',
      settlement: 'Павлодар',
      startsOn: today,
      endsOn: today,
      places: '1',
      skills: 'алғашқы көмек, фото',
      minAge: '16',
    });
    assert.deepEqual(await postOpportunity(deps(vol), input), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_organizer',
      field: 'organizer',
    });
    const r = await postOpportunity(deps(rep), input);
    assert.ok(r.ok);
    oppId = r.value.id;
    const row = await db
      .selectFrom('volunteer_opportunities')
      .selectAll()
      .where('id', '=', oppId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.status, row.places, row.skills, row.min_age, row.region],
      ['open', 1, ['алғашқы көмек', 'фото'], 16, 'pavlodar'],
    );
    assert.equal((await audits('volunteering.opportunity.posted', oppId)).length, 1);
  });

  test('sign up: a profile first, then once; the last place goes to one person', async () => {
    assert.deepEqual(await signUp(deps(vol), { opportunityId: oppId, motivation: '' }), {
      ok: false,
      kind: 'forbidden',
      reason: 'no_profile',
    });
    assert.ok(
      (
        await saveProfile(deps(vol), {
          region: 'pavlodar',
          birthYear: 2000,
          skills: ['фото'],
          languages: ['kk'],
          about: '',
        })
      ).ok,
    );
    assert.ok(
      (
        await saveProfile(deps(vol2), {
          region: 'almaty-city',
          birthYear: 1995,
          skills: [],
          languages: ['ru'],
          about: '',
        })
      ).ok,
    );
    // Both want the single place at the same moment: the lock on the opportunity lets one in.
    const [a, b] = await Promise.all([
      signUp(deps(vol), { opportunityId: oppId, motivation: 'Көмектескім келеді' }),
      signUp(deps(vol2), { opportunityId: oppId, motivation: '' }),
    ]);
    assert.equal([a, b].filter((r) => r.ok).length, 1, JSON.stringify([a, b]));
    const loser = [a, b].find((r) => !r.ok)!;
    assert.deepEqual(loser, { ok: false, kind: 'conflict', reason: 'no_places' });
    if (!a.ok) {
      // Make sure the first volunteer holds the place for the rest of the story.
      await db.deleteFrom('volunteer_applications').where('opportunity_id', '=', oppId).execute();
      const again = await signUp(deps(vol), { opportunityId: oppId, motivation: '' });
      assert.ok(again.ok);
      appId = again.value.id;
    } else appId = a.value.id;
    assert.deepEqual(await signUp(deps(vol), { opportunityId: oppId, motivation: '' }), {
      ok: false,
      kind: 'conflict',
      reason: 'already_applied',
    });
  });

  test('accept, confirm hours (certificate issued), revoke', async () => {
    assert.deepEqual(await actOnApplication(deps(vol), { applicationId: appId, action: 'accept' }), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_organizer',
    });
    assert.deepEqual(await actOnApplication(deps(rep), { applicationId: appId, action: 'confirm', hoursTenths: 60 }), {
      ok: false,
      kind: 'conflict',
      reason: 'wrong_state',
    });
    assert.deepEqual(await actOnApplication(deps(rep), { applicationId: appId, action: 'accept' }), {
      ok: true,
      value: { status: 'accepted', certificate: undefined },
    });
    const c = await actOnApplication(deps(rep), { applicationId: appId, action: 'confirm', hoursTenths: 75 });
    assert.ok(c.ok && c.value.certificate && /^[0-9a-f]{16}$/.test(c.value.certificate));
    const cert = await db
      .selectFrom('volunteer_certificates')
      .selectAll()
      .where('application_id', '=', appId)
      .executeTakeFirstOrThrow();
    assert.equal(cert.code, c.value.certificate);
    assert.equal(cert.revoked_at, null);
    const audit = await audits('volunteering.application.confirm', appId);
    assert.equal(audit.length, 1);
    assert.equal(audit[0].actor_id, rep.id);
    assert.deepEqual((audit[0].data as { hoursTenths: number }).hoursTenths, 75);
  });

  test('rating: confirmed hours of the last year are an input of the NGO', async () => {
    const org = await db.selectFrom('organizations').selectAll().where('bin', '=', bin).executeTakeFirstOrThrow();
    const r = (await ratingsFor(t.db, [org as never], new Date())).get(bin)!;
    const input = r.inputs.find((i) => i.key === 'volunteering');
    assert.ok(input, JSON.stringify(r.inputs.map((i) => i.key)));
    assert.equal(input.detail?.params.hours, 7.5);
    assert.equal(input.value, 7.5 / 1000);
  });

  test('opportunity status with optimistic locking', async () => {
    const row = await db
      .selectFrom('volunteer_opportunities')
      .select(['version'])
      .where('id', '=', oppId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      await changeOpportunityStatus(deps(rep), { id: oppId, action: 'close', version: row.version + 5 }),
      { ok: false, kind: 'conflict', reason: 'stale' },
    );
    assert.deepEqual(
      await changeOpportunityStatus(deps(rep), { id: oppId, action: 'complete', version: row.version }),
      { ok: true, value: { status: 'completed' } },
    );
    assert.deepEqual(
      await changeOpportunityStatus(deps(rep), { id: oppId, action: 'reopen', version: row.version + 1 }),
      { ok: false, kind: 'conflict', reason: 'wrong_state' },
    );
  });

  test('open data: hours per organiser and month, no names; indicators by region and year', async () => {
    const rows = await volunteerHoursRows(db);
    const mine = rows.filter((r) => r.organizer_id === bin);
    assert.equal(mine.length, 1);
    assert.deepEqual(
      { ...mine[0], organizer_name_kk: undefined, organizer_name_ru: undefined },
      {
        organizer_type: 'organization',
        organizer_id: bin,
        organizer_name_kk: undefined,
        organizer_name_ru: undefined,
        month: today.slice(0, 7),
        volunteers: 1,
        participations: 1,
        hours: 7.5,
      },
    );
    assert.ok(!JSON.stringify(rows).includes('Ерікті Бір'), 'no volunteer is named');
    const year = Number(today.slice(0, 4));
    assert.deepEqual(await volunteersIndicator(db), [
      { region: 'pavlodar', year, value: 1 },
      { region: null, year, value: 1 },
    ]);
    assert.deepEqual(await hoursIndicator(db), [
      { region: 'pavlodar', year, value: 7.5 },
      { region: null, year, value: 7.5 },
    ]);
  });

  test('revoking takes the hours out and marks the certificate', async () => {
    assert.ok((await actOnApplication(deps(rep), { applicationId: appId, action: 'revoke', reason: 'Қате' })).ok);
    const cert = await db
      .selectFrom('volunteer_certificates')
      .selectAll()
      .where('application_id', '=', appId)
      .executeTakeFirstOrThrow();
    assert.ok(cert.revoked_at);
    assert.equal(cert.revoke_reason, 'Қате');
    assert.deepEqual(await hoursIndicator(db), []);
  });
});

describe('charity commands', () => {
  let campaignId = '';
  test('start: only a representative of a verified NGO; the region comes from the registry', async () => {
    const pending = await insertOrg(t.db, { verification: 'pending' });
    const input = {
      bin,
      title: 'Мектепке компьютер',
      purpose: 'Ауыл мектебіне',
      area: 'education-science-sport',
      goal: 1_000_000_00,
      startsOn: today,
      endsOn: today,
      iban: 'KZ86125KZT5004100100',
      bank: 'Halyk',
    };
    assert.deepEqual(await startCampaign(deps(vol), input), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_representative',
      field: 'bin',
    });
    const pendingRep = await actorOf(t.db, { organizations: [pending] });
    assert.deepEqual(await startCampaign(deps(pendingRep), { ...input, bin: pending }), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_verified',
      field: 'bin',
    });
    const r = await startCampaign(deps(rep), input);
    assert.ok(r.ok);
    campaignId = r.value.id;
    const c = await db
      .selectFrom('charity_campaigns')
      .selectAll()
      .where('id', '=', campaignId)
      .executeTakeFirstOrThrow();
    assert.equal(c.region, 'pavlodar');
    assert.equal(Number(c.goal_tiyn), 1_000_000_00);
  });

  test('a donation is recorded only when the provider confirms, and once for concurrent duplicate confirmations', async () => {
    const p = provider();
    const started = await startDonation(deps(null), {
      provider: p,
      campaignId,
      amountTiyn: 5_000_00,
      name: '',
      anonymous: true,
      locale: 'kk',
    });
    assert.ok(started.ok);
    const payment = await db
      .selectFrom('charity_payments')
      .selectAll()
      .where('id', '=', started.value.paymentId)
      .executeTakeFirstOrThrow();
    assert.equal(payment.status, 'pending');
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('charity_donations')
            .select(sql<number>`count(*)`.as('n'))
            .where('campaign_id', '=', campaignId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.equal(await count(), 0, 'nothing before the confirmation');
    // A forged notice is not accepted by the provider.
    assert.equal(
      p.verifyNotice({
        paymentId: payment.provider_payment_id,
        status: 'confirmed',
        idempotencyKey: 'k1',
        signature: 'forged',
      }),
      null,
    );
    const notice = {
      providerPaymentId: payment.provider_payment_id,
      status: 'confirmed' as const,
      idempotencyKey: 'k1',
    };
    const signed = p.verifyNotice({
      paymentId: notice.providerPaymentId,
      status: notice.status,
      idempotencyKey: notice.idempotencyKey,
      signature: devSignature(t.app.config.secret, notice),
    });
    assert.deepEqual(signed, notice);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => settlePayment(deps(null), { provider: 'dev', notice: notice })),
    );
    const outcomes = results.map((r) => (r.ok ? r.value.outcome : r.reason)).sort();
    assert.deepEqual(outcomes, ['donated', 'duplicate', 'duplicate', 'duplicate']);
    assert.equal(await count(), 1);
    const c = await db
      .selectFrom('charity_campaigns')
      .select(['raised_tiyn', 'donors'])
      .where('id', '=', campaignId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([Number(c.raised_tiyn), Number(c.donors)], [5_000_00, 1]);
    // A later retry with another key is still the same payment.
    assert.deepEqual(
      await settlePayment(deps(null), { provider: 'dev', notice: { ...notice, idempotencyKey: 'k2' } }),
      {
        ok: true,
        value: { outcome: 'duplicate', campaignId, locale: 'kk' },
      },
    );
    // A failure after the confirmation changes nothing.
    assert.equal(
      (await settlePayment(deps(null), { provider: 'dev', notice: { ...notice, status: 'failed' } })).ok,
      true,
    );
    assert.equal(await count(), 1);
    // The database itself refuses a second donation for one provider payment.
    await assert.rejects(
      db
        .insertInto('charity_donations')
        .values({
          campaign_id: campaignId,
          payment_id: payment.id,
          provider: 'dev',
          provider_payment_id: payment.provider_payment_id,
          amount_tiyn: 1,
          anonymous: true,
        })
        .execute(),
    );
  });

  test('a failed payment records no donation; an unknown payment is refused', async () => {
    const p = provider();
    const started = await startDonation(deps(vol), {
      provider: p,
      campaignId,
      amountTiyn: 10_000_00,
      name: 'Ерікті Бір',
      anonymous: false,
      locale: 'ru',
    });
    assert.ok(started.ok);
    const payment = await db
      .selectFrom('charity_payments')
      .selectAll()
      .where('id', '=', started.value.paymentId)
      .executeTakeFirstOrThrow();
    const r = await settlePayment(deps(null), {
      provider: 'dev',
      notice: { providerPaymentId: payment.provider_payment_id, status: 'failed', idempotencyKey: 'f1' },
    });
    assert.deepEqual(r, { ok: true, value: { outcome: 'failed', campaignId, locale: 'ru' } });
    assert.equal(
      (await db.selectFrom('charity_payments').select('status').where('id', '=', payment.id).executeTakeFirstOrThrow())
        .status,
      'failed',
    );
    assert.deepEqual(
      await settlePayment(deps(null), {
        provider: 'dev',
        notice: { providerPaymentId: 'dev_nope', status: 'confirmed', idempotencyKey: 'x' },
      }),
      { ok: false, kind: 'not_found', reason: 'unknown_payment' },
    );
    const rows = await donationRows(db);
    assert.deepEqual(
      rows.filter((x) => x.campaign_id === campaignId).map((x) => [x.donations, x.amount_tiyn]),
      [[1, 5_000_00]],
    );
    const year = Number(today.slice(0, 4));
    assert.deepEqual(await donationsIndicator(db), [
      { region: 'pavlodar', year, value: 5000 },
      { region: null, year, value: 5000 },
    ]);
  });

  test('close, then the report; a campaign without one past the deadline is flagged and rated', async () => {
    const c = await db
      .selectFrom('charity_campaigns')
      .select('version')
      .where('id', '=', campaignId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      await publishReport(deps(rep), {
        id: campaignId,
        text: 'x',
        spentTiyn: 1,
        documents: [],
        storage: t.app.storage,
      }),
      { ok: false, kind: 'conflict', reason: 'not_ended' },
    );
    assert.deepEqual(await closeCampaign(deps(rep), { id: campaignId, version: c.version }), {
      ok: true,
      value: undefined,
    });
    assert.deepEqual(await donationsAfterClose(), { ok: false, kind: 'conflict', reason: 'not_collecting' });
    // Not overdue yet; pretend it ended long ago and the flag appears.
    assert.deepEqual(await campaignsWithoutReport(t.db, bin), []);
    await db
      .updateTable('charity_campaigns')
      .set({ starts_on: '2024-01-01', ends_on: '2024-02-01', closed_at: null })
      .where('id', '=', campaignId)
      .execute();
    const flagged = await campaignsWithoutReport(t.db, bin);
    assert.deepEqual(
      flagged.map((f) => f.id),
      [campaignId],
    );
    const org = await db.selectFrom('organizations').selectAll().where('bin', '=', bin).executeTakeFirstOrThrow();
    let input = (await ratingsFor(t.db, [org as never], new Date()))
      .get(bin)!
      .inputs.find((i) => i.key === 'charityReports');
    assert.deepEqual([input?.value, input?.detail?.key], [0, 'volunteering.rating.detail.charityOverdue']);
    const r = await publishReport(deps(rep), {
      id: campaignId,
      text: 'Компьютерлер сатып алынды',
      spentTiyn: 4_900_00,
      documents: [
        { field: 'documents', filename: 'чек.pdf', mime: 'application/pdf', data: Buffer.from('%PDF-1.4 test') },
      ],
      storage: t.app.storage,
    });
    assert.deepEqual(r, { ok: true, value: undefined });
    assert.deepEqual(await campaignsWithoutReport(t.db, bin), []);
    input = (await ratingsFor(t.db, [org as never], new Date()))
      .get(bin)!
      .inputs.find((i) => i.key === 'charityReports');
    assert.equal(input?.value, 1);
    assert.equal(
      (await db.selectFrom('charity_report_files').selectAll().where('campaign_id', '=', campaignId).execute()).length,
      1,
    );
    assert.equal((await audits('volunteering.campaign.reported', campaignId)).length, 1);
  });

  test('SDG contributors list opportunities and campaigns by area', async () => {
    const [opportunities, campaigns] = sdgContributors();
    assert.deepEqual(
      (await opportunities.list(t.db, { areas: ['environment'], locale: 'ru', limit: 5 })).map((x) => x.title),
      ['Өзен жағасын тазалау'],
    );
    assert.ok(
      (await opportunities.list(t.db, { areas: ['environment'], locale: 'ru', limit: 5 }))[0].href.startsWith(
        '/ru/volunteering/',
      ),
    );
    assert.deepEqual(await opportunities.list(t.db, { areas: ['health'], locale: 'kk', limit: 5 }), []);
    assert.deepEqual(
      (await campaigns.list(t.db, { areas: ['education-science-sport'], locale: 'en', limit: 5 })).map((x) => x.href),
      [`/en/charity/${campaignId}`],
    );
  });

  test('every dataset streams rows with its columns', async () => {
    for (const d of datasets()) {
      const rows = [];
      for await (const b of d.batches(t.db)) rows.push(...b);
      // The only confirmation was revoked above, so no hours remain.
      if (d.id !== 'volunteer-hours') assert.ok(rows.length > 0, d.id);
      for (const r of rows) assert.deepEqual(Object.keys(r).sort(), [...d.columns].sort(), d.id);
      const s = await d.stats(t.db);
      assert.equal(s.records, rows.length, d.id);
    }
  });
});

async function donationsAfterClose() {
  const c = await db.selectFrom('charity_campaigns').select('id').where('bin', '=', bin).executeTakeFirstOrThrow();
  return startDonation(deps(null), {
    provider: provider(),
    campaignId: c.id,
    amountTiyn: 100_00,
    name: '',
    anonymous: true,
    locale: 'kk',
  });
}
