/** The charity part of the volunteering demo: campaigns in every region, their donations and reports. */
import type { Insertable } from 'kysely';
import { addWorkingDays, almatyDayStart, regions, type IsoDate } from '../../reference/index.ts';
import type { DB } from '../../platform/db/schema.ts';
import { makeIban, REPORT_DUE_WORKING_DAYS } from './domain.ts';
import { CAMPAIGNS } from './demoData.ts';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The seeded generators and the instant the demo is made at (demo.ts). */
export interface DemoRandom {
  random: () => number;
  any: <T>(xs: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  uuid: () => string;
  code: () => string;
  person: () => string;
  addDays: (d: IsoDate, n: number) => IsoDate;
  now: Date;
  today: IsoDate;
}

/**
 * Campaigns of up to three NGOs per region in every phase, and three of ngo@'s organisation
 * (collecting, reported, one whose report is overdue); donations spread over the days they ran.
 */
export function demoCharity(
  { random, any, int, uuid, code, person, addDays, now, today }: DemoRandom,
  {
    byRegion,
    showcase,
  }: { byRegion: Map<string, { bin: string; region: string }[]>; showcase: { bin: string; region: string } | null },
) {
  const campaigns: Insertable<DB['charity_campaigns']>[] = [];
  const payments: Insertable<DB['charity_payments']>[] = [];
  const donations: Insertable<DB['charity_donations']>[] = [];
  const addCampaign = (
    bin: string,
    region: string,
    kind: 'active' | 'upcoming' | 'grace' | 'overdue' | 'reported',
    idx: number,
  ) => {
    const [kk, ru, area] = CAMPAIGNS[idx % CAMPAIGNS.length];
    const length = any([30, 45, 60, 90]);
    let start: IsoDate;
    if (kind === 'active') start = addDays(today, -int(5, length - 5));
    else if (kind === 'upcoming') start = addDays(today, int(3, 20));
    else if (kind === 'grace') start = addDays(today, -length - int(1, 8));
    else start = addDays(today, -length - int(45, 600));
    const end = addDays(start, length);
    const goal = any([500_000, 1_000_000, 2_500_000, 3_000_000, 5_000_000, 8_000_000, 15_000_000]) * 100;
    const id = uuid();
    const title = random() < 0.55 ? kk : ru;
    const bban = `${pad(int(10, 99))}${any(['125', '601', '722', '998', '856'])}KZT${String(int(1e7, 9e7))}`
      .slice(0, 16)
      .padEnd(16, '0');
    // Donations: more for health and disasters, spread over the days the campaign ran.
    const last = end < today ? end : today;
    const days = Math.max(0, Math.round((almatyDayStart(last).getTime() - almatyDayStart(start).getTime()) / DAY));
    const count =
      kind === 'upcoming'
        ? 0
        : Math.round(
            (area === 'health' || area === 'vulnerable-groups' ? 1.6 : 1) *
              int(8, 30) *
              Math.min(1, days / 20 + 0.2) *
              (kind === 'active' ? 0.7 : 1.4),
          );
    let raised = 0;
    for (let k = 0; k < count; k++) {
      const amount = any([1000, 2000, 2000, 3000, 5000, 5000, 5000, 10000, 10000, 20000, 25000, 50000, 100000]) * 100;
      const anonymous = random() < 0.3;
      const at = new Date(
        almatyDayStart(addDays(start, int(0, days))).getTime() + int(8, 22) * 3_600_000 + int(0, 59) * 60_000,
      );
      if (at > now) continue;
      const paymentId = uuid();
      const pid = `dev_${code()}${code().slice(0, 8)}`;
      const donor = anonymous ? null : `${person().replace(/ (\S)\S*$/, ' $1.')}`;
      payments.push({
        id: paymentId,
        campaign_id: id,
        provider: 'dev',
        provider_payment_id: pid,
        amount_tiyn: amount,
        donor_name: donor,
        anonymous,
        locale: any(['kk', 'ru']),
        status: 'confirmed',
        created_at: new Date(at.getTime() - 120_000),
        settled_at: at,
      });
      donations.push({
        id: uuid(),
        campaign_id: id,
        payment_id: paymentId,
        provider: 'dev',
        provider_payment_id: pid,
        idempotency_key: `dev-${code()}`,
        amount_tiyn: amount,
        donor_name: donor,
        anonymous,
        confirmed_at: at,
      });
      raised += amount;
    }
    // A few payments the donor abandoned or the bank refused: never counted.
    if (count && random() < 0.5) {
      payments.push({
        id: uuid(),
        campaign_id: id,
        provider: 'dev',
        provider_payment_id: `dev_${code()}${code().slice(0, 8)}`,
        amount_tiyn: 500000,
        donor_name: null,
        anonymous: true,
        locale: 'kk',
        status: random() < 0.5 ? 'failed' : 'pending',
        created_at: new Date(now.getTime() - int(1, 20) * DAY),
      });
    }
    const reported = kind === 'reported';
    const publishedOn = reported ? addWorkingDays(end, int(3, REPORT_DUE_WORKING_DAYS)) : null;
    campaigns.push({
      id,
      bin,
      title,
      purpose: `${kk}.\n\n${ru}. Қаражат толығымен мақсатқа жұмсалады, есеп Qogam-да жарияланады. / Средства будут полностью направлены на цель, отчёт будет опубликован в Qogam.`,
      area,
      region,
      goal_tiyn: goal,
      starts_on: start,
      ends_on: end,
      account_iban: makeIban(bban),
      bank: any(['Halyk Bank', 'Kaspi Bank', 'Bank CenterCredit', 'ForteBank', 'Jusan Bank']),
      status: reported ? 'reported' : 'active',
      raised_tiyn: raised,
      donors: donations.filter((d) => d.campaign_id === id).length,
      report_text: reported
        ? 'Жиналған қаражат сатып алуға жұмсалды; түбіртектер мен актілер қоса беріледі.\n\nСобранные средства потрачены на закупку; чеки и акты приложены.'
        : null,
      report_spent_tiyn: reported ? Math.round(raised * (0.9 + random() * 0.1)) : null,
      report_published_at: publishedOn && publishedOn <= today ? almatyDayStart(publishedOn) : reported ? now : null,
      created_at: new Date(almatyDayStart(start).getTime() - int(2, 10) * DAY),
    });
  };
  const kinds = ['active', 'active', 'reported', 'reported', 'overdue', 'grace', 'upcoming', 'reported'] as const;
  let idx = 0;
  for (const r of regions) {
    const list = byRegion.get(r.code) ?? [];
    for (let k = 0; k < Math.min(list.length, 3); k++)
      addCampaign(any(list).bin, r.code, kinds[(idx + k) % kinds.length], idx++);
  }
  if (showcase) {
    addCampaign(showcase.bin, showcase.region, 'active', 2);
    addCampaign(showcase.bin, showcase.region, 'reported', 6);
    addCampaign(showcase.bin, showcase.region, 'overdue', 4);
  }
  return { campaigns, payments, donations };
}
