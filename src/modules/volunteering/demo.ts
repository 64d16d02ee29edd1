/**
 * Demo data of volunteering and charity: deterministic by seed, spread over every region, every
 * state of the lifecycles, two years of confirmed hours and donations (so the monitoring dashboard
 * has believable numbers), and the demo accounts in their roles: citizen@ has confirmed hours and
 * certificates, ngo@'s organisation has opportunities and campaigns (one without its report),
 * official@'s ministry posts opportunities. Rows go in as multi-row inserts in one transaction.
 */
import type { FastifyInstance } from 'fastify';
import type { Insertable } from 'kysely';
import { almatyDate, almatyDayStart, regions, type IsoDate } from '../../reference/index.ts';
import { seededRandom } from '../../platform/random.ts';
import type { ApplicationStatus, OpportunityStatus } from './domain.ts';
import type { DB } from '../../platform/db/schema.ts';
import { verifiedOrganizations } from '../registry/index.ts';
import { demoCharity, type DemoRandom } from './demoCharity.ts';
import { AREAS, DESCRIPTION, FEMALE, LAST, MALE, SKILLS, TITLES } from './demoData.ts';
import { demoPerson, insertDemoAccounts } from '../accounts/index.ts';
import { demoStateBodies, insertDemoRows as insertBatches } from './repository/index.ts';

const DAY = 86_400_000;
const VOLUNTEERS = 420;

const addDays = (d: IsoDate, n: number): IsoDate =>
  almatyDate(new Date(almatyDayStart(d).getTime() + n * DAY + 12 * 3_600_000));

export async function seedVolunteeringDemo(app: FastifyInstance, opts: { seed: number }) {
  const db = app.db;
  const random = seededRandom(opts.seed * 31 + 9);
  const any = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  // Ids from the seeded generator, so the same seed gives the same rows.
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const person = () => {
    const female = random() < 0.55;
    return `${any(female ? FEMALE : MALE)} ${any(LAST)[female ? 1 : 0]}`;
  };
  const code = () => Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
  const now = new Date();
  const today = almatyDate(now);
  const demo: DemoRandom = { random, any, int, uuid, code, person, addDays, now, today };

  const citizen = await demoPerson(db, 'citizen@demo.qogam.kz');
  const ngoBin =
    (await demoPerson(db, 'ngo@demo.qogam.kz'))?.memberships.find((m) => m.org_type === 'organization')?.org_id ?? null;
  const orgs = await verifiedOrganizations(db, 3000);
  if (!orgs.length) return;
  const bodies = await demoStateBodies(db);

  // Organisers: up to three NGOs per region, the akimat of every region, the ministry, and ngo@'s NGO.
  const byRegion = new Map<string, { bin: string; region: string }[]>();
  for (const o of orgs) byRegion.set(o.region, [...(byRegion.get(o.region) ?? []), o]);
  type Org = { type: 'organization' | 'state_body'; id: string; region: string | null };
  const organizers: Org[] = [];
  for (const r of regions) {
    const list = byRegion.get(r.code) ?? [];
    for (let k = 0; k < Math.min(3, list.length); k++)
      organizers.push({ type: 'organization', id: list[Math.floor(random() * list.length)].bin, region: r.code });
    const akimat = bodies.find((b) => b.code === `akimat-${r.code}`);
    if (akimat) organizers.push({ type: 'state_body', id: akimat.id, region: r.code });
  }
  const mip = bodies.find((b) => b.code === 'mip');
  const showcaseBin = ngoBin;
  const showcase = showcaseBin
    ? (orgs.find((o) => o.bin === showcaseBin) ?? { bin: showcaseBin, region: 'astana' })
    : null;

  await db.transaction().execute(async (trx) => {
    // ------------------------------------------------------------ volunteers
    const users: { id: string; region: string }[] = [];
    const accounts: Parameters<typeof insertDemoAccounts>[1] = [];
    const profiles: Insertable<DB['volunteer_profiles']>[] = [];
    const weightedRegion = () => {
      const total = regions.reduce((s, r) => s + (r.population[2025] ?? 1), 0);
      let x = random() * total;
      for (const r of regions) if ((x -= r.population[2025] ?? 1) <= 0) return r.code;
      return regions[0].code;
    };
    for (let i = 1; i <= VOLUNTEERS; i++) {
      const id = uuid();
      const region = weightedRegion();
      users.push({ id, region });
      accounts.push({
        id,
        email: `volunteering-${i}@demo.qogam.kz`,
        name: person(),
        roles: ['citizen'],
        confirmedAt: new Date(now.getTime() - int(30, 700) * DAY),
      });
      profiles.push({
        user_id: id,
        region,
        birth_year: int(1965, 2009),
        skills: [...new Set([any(SKILLS), any(SKILLS)])],
        languages: random() < 0.8 ? ['kk', 'ru'] : ['ru', 'en'],
        about: null,
      });
    }
    // They sign in with citizen@'s password.
    await insertDemoAccounts(trx, accounts, { passwordOf: 'citizen@demo.qogam.kz' });
    if (citizen) {
      profiles.push({
        user_id: citizen.id,
        region: 'astana',
        birth_year: 1998,
        skills: ['алғашқы көмек', 'фотосурет'],
        languages: ['kk', 'ru', 'en'],
        about: 'Студент, демалыс күндері көмектесуге дайынмын.',
      });
    }
    await insertBatches(trx, 'volunteer_profiles', profiles);

    // -------------------------------------------------------- opportunities
    const opps: Insertable<DB['volunteer_opportunities']>[] = [];
    const apps: Insertable<DB['volunteer_applications']>[] = [];
    const certs: Insertable<DB['volunteer_certificates']>[] = [];
    const addOpportunity = (
      o: Org,
      start: IsoDate,
      length: number,
      forceStatus?: OpportunityStatus,
      titleArea?: string,
    ) => {
      const area = titleArea ?? any(AREAS);
      const end = addDays(start, length);
      const online = random() < 0.08;
      const region = o.region ?? any(regions).code;
      const status: OpportunityStatus =
        forceStatus ??
        (end < today
          ? random() < 0.94
            ? 'completed'
            : 'cancelled'
          : start <= today
            ? random() < 0.7
              ? 'open'
              : 'closed'
            : 'open');
      const places = any([5, 8, 10, 12, 15, 20, 25, 30, 40, 50]);
      const id = uuid();
      const r = regions.find((x) => x.code === region)!;
      opps.push({
        id,
        organizer_type: o.type,
        organizer_id: o.id,
        title: any(TITLES[area]),
        description: DESCRIPTION,
        area,
        online,
        region: online && random() < 0.5 ? null : region,
        settlement: online ? '' : any(r.settlements).kk,
        starts_on: start,
        ends_on: end,
        places,
        skills: random() < 0.5 ? [any(SKILLS)] : [],
        min_age: random() < 0.6 ? any([14, 16, 18]) : null,
        max_age: random() < 0.1 ? 35 : null,
        status,
        created_at: new Date(almatyDayStart(start).getTime() - int(7, 40) * DAY),
        updated_at: new Date(Math.min(now.getTime(), almatyDayStart(end).getTime() + DAY)),
      });
      // Sign-ups: volunteers of the region first, then anyone (online and big events draw from everywhere).
      const local = users.filter((u) => u.region === region);
      const n = status === 'cancelled' ? int(0, 3) : Math.min(places, int(Math.ceil(places / 3), places));
      const chosen = new Set<string>();
      for (let k = 0; k < n * 2 && chosen.size < n; k++)
        chosen.add((local.length && random() < 0.8 ? any(local) : any(users)).id);
      for (const userId of chosen) {
        let st: ApplicationStatus;
        if (status === 'completed') st = random() < 0.86 ? 'completed' : any(['declined', 'withdrawn'] as const);
        else if (status === 'cancelled') st = 'withdrawn';
        else st = random() < 0.55 ? 'accepted' : random() < 0.85 ? 'applied' : 'declined';
        addApplication(id, userId, st, start, end, length);
      }
      return id;
    };
    const addApplication = (
      oppId: string,
      userId: string,
      st: ApplicationStatus,
      start: IsoDate,
      end: IsoDate,
      length: number,
    ) => {
      const appId = uuid();
      const applied = new Date(almatyDayStart(start).getTime() - int(1, 20) * DAY);
      const confirmed =
        st === 'completed'
          ? new Date(
              Math.min(
                now.getTime() - 3_600_000,
                almatyDayStart(end).getTime() + int(1, 6) * DAY + int(9, 18) * 3_600_000,
              ),
            )
          : null;
      apps.push({
        id: appId,
        opportunity_id: oppId,
        user_id: userId,
        motivation: null,
        status: st,
        applied_at: applied,
        decided_at: st === 'applied' || st === 'withdrawn' ? null : new Date(applied.getTime() + int(1, 3) * DAY),
        hours_tenths:
          st === 'completed' ? Math.min(7440, int(2, 8) * (1 + Math.min(length, 6)) * 10 + any([0, 5])) : null,
        confirmed_at: confirmed,
      });
      if (st === 'completed' && confirmed)
        certs.push({ code: code(), application_id: appId, issued_at: confirmed, revoked_at: null });
    };

    // Two years of activity: about 230 opportunities from January of last year to three months ahead.
    const firstDay = `${Number(today.slice(0, 4)) - 1}-01-10`;
    const span = Math.round((almatyDayStart(today).getTime() - almatyDayStart(firstDay).getTime()) / DAY) + 90;
    for (let i = 0; i < 230; i++)
      addOpportunity(
        any(organizers),
        addDays(firstDay, Math.floor((i / 230) * span) + int(0, 6)),
        any([0, 0, 0, 1, 2, 6, 13, 29]),
      );
    if (mip) {
      for (let i = 0; i < 6; i++)
        addOpportunity(
          { type: 'state_body', id: mip.id, region: any(regions).code },
          addDays(firstDay, int(0, span)),
          any([0, 1, 2]),
          undefined,
          'volunteering',
        );
    }
    // ngo@'s organisation: a finished activity, one running now, one closed for sign-ups, one ahead.
    if (showcase) {
      const s: Org = { type: 'organization', id: showcase.bin, region: showcase.region };
      addOpportunity(s, addDays(today, -60), 1, 'completed', 'youth');
      addOpportunity(s, addDays(today, -2), 30, 'open', 'education-science-sport');
      addOpportunity(s, addDays(today, -1), 10, 'closed', 'environment');
      addOpportunity(s, addDays(today, 20), 0, 'open', 'youth');
    }
    // citizen@: confirmed hours in both years (so a certificate can be downloaded) and one sign-up pending.
    if (citizen) {
      const pastLastYear = opps.filter(
        (o) => o.status === 'completed' && String(o.ends_on) < `${today.slice(0, 4)}-01-01`,
      );
      const pastThisYear = opps.filter(
        (o) => o.status === 'completed' && String(o.ends_on) >= `${today.slice(0, 4)}-01-01`,
      );
      const upcoming = opps.filter((o) => o.status === 'open' && String(o.starts_on) > today);
      const pick = [
        pastLastYear[3],
        pastLastYear[pastLastYear.length - 5],
        pastThisYear[2],
        pastThisYear[pastThisYear.length - 4],
      ].filter(Boolean);
      for (const o of pick) {
        if (apps.some((a) => a.opportunity_id === o.id && a.user_id === citizen.id)) continue;
        addApplication(String(o.id), citizen.id, 'completed', String(o.starts_on), String(o.ends_on), 1);
      }
      if (upcoming[0])
        addApplication(
          String(upcoming[0].id),
          citizen.id,
          'applied',
          String(upcoming[0].starts_on),
          String(upcoming[0].ends_on),
          1,
        );
    }
    // One revoked confirmation, so the public check shows that state too.
    const revoked = certs.find((_, i) => i === 17);
    if (revoked) {
      revoked.revoked_at = new Date((revoked.issued_at as Date).getTime() + 5 * DAY);
      revoked.revoke_reason = 'Қате енгізілген / Внесено ошибочно';
      const a = apps.find((x) => x.id === revoked.application_id);
      if (a) a.status = 'revoked';
    }
    await insertBatches(trx, 'volunteer_opportunities', opps);
    await insertBatches(trx, 'volunteer_applications', apps);
    await insertBatches(trx, 'volunteer_certificates', certs);

    // --------------------------------------------------------------- charity
    const { campaigns, payments, donations } = demoCharity(demo, { byRegion, showcase });
    await insertBatches(trx, 'charity_campaigns', campaigns);
    await insertBatches(trx, 'charity_payments', payments);
    await insertBatches(trx, 'charity_donations', donations);
  });
}
