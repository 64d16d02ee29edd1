/**
 * Synthetic organisations for the demo and for load tests: deterministic by seed, spread over
 * regions in proportion to the NGO counts of 2023, with reports in every state and a few social
 * entrepreneurs. Rows go in as multi-row inserts of BATCH rows inside one transaction, which is
 * what makes 25,000 organisations take seconds rather than minutes.
 */
import {
  almatyDayStart,
  areaCodes,
  generateBin,
  legalFormByCode,
  regions,
  type IsoDate,
} from '../../reference/index.ts';
import type { ReportData } from './schemas.ts';
import { INCOME_SOURCES, SPENDING_CATEGORIES } from './schemas.ts';
import { analyzeRegistry, insertDemoBatch, type Db, type DemoOrganization } from './repository/index.ts';
import { reportDeadlineEnd } from './domain.ts';
import { seededRandom } from '../../platform/random.ts';
import {
  AREA_DESCRIPTIONS,
  BASE_WORDS,
  FEMALE_NAMES,
  LEGAL_FORM_WEIGHTS,
  MALE_NAMES,
  NAME_TEMPLATES,
  POSITIONS,
  PREFIXES,
  STREETS,
  SURNAMES,
  type Word,
} from './demoNames.ts';

const BATCH = 500;
const DAY = 86_400_000;
export const DEMO_REPORT_YEARS = [2023, 2024, 2025];

function weighted<T>(items: readonly T[], weight: (t: T) => number) {
  const cum: number[] = [];
  let sum = 0;
  for (const it of items) cum.push((sum += weight(it)));
  return (r: number) => {
    const x = r * sum;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (n: number) => String(n).padStart(2, '0');

const pickRegion = weighted(regions, (r) => r.ngoCount2023);
const pickForm = weighted(Object.keys(LEGAL_FORM_WEIGHTS), (k) => LEGAL_FORM_WEIGHTS[k]);
// Founding years 1992-2025, more in recent years (the registry has grown steadily).
const pickYear = weighted(
  Array.from({ length: 34 }, (_, k) => 1992 + k),
  (y) => 1 + (y - 1992) * 0.12,
);

/** One synthetic organisation; `i === 0` is the showcase «Болашақ» the demo NGO account represents. */
function generate(random: () => number, i: number, used: Set<string>, now: Date): DemoOrganization {
  const any = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const showcase = i === 0;

  const region = showcase ? regions.find((r) => r.code === 'astana')! : pickRegion(random());
  const legalForm = showcase ? 'public-association' : pickForm(random());
  const year = showcase ? 2012 : pickYear(random());
  const month = 1 + Math.floor(random() * 12);
  const foundedOn: IsoDate = `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
  const settlement = any(region.settlements);

  let word: Word = showcase ? BASE_WORDS[0] : any(BASE_WORDS);
  if (!showcase && random() < 0.3) {
    const p = any(PREFIXES);
    word = [`${p[0]} ${word[0]}`, `${p[1]} ${word[1]}`, `${p[2]} ${word[2]}`];
  }
  if (!showcase && random() < 0.4)
    word = [`${word[0]}-${region.centre.kk}`, `${word[1]}-${region.centre.ru}`, `${word[2]}-${region.centre.en}`];
  const form = legalFormByCode(legalForm)!;
  const tpl = NAME_TEMPLATES[legalForm] ?? {
    kk: (w: string) => `«${w}» ${form.name.kk.toLowerCase()}`,
    ru: (w: string) => `${form.name.ru} «${w}»`,
    en: (w: string) => `${w} ${form.name.en}`,
  };

  let seed = i * 7919 + Math.floor(random() * 1e6);
  let bin = generateBin(seed, `${pad(year % 100)}${pad(month)}`);
  while (used.has(bin)) bin = generateBin(++seed, `${pad(year % 100)}${pad(month)}`);
  used.add(bin);

  const areaCount = 1 + Math.floor(random() * 3);
  const areas = showcase
    ? ['youth', 'education-science-sport']
    : [...new Set(Array.from({ length: areaCount }, () => any(areaCodes)))].sort(
        (a, b) => areaCodes.indexOf(a) - areaCodes.indexOf(b),
      );
  const person = () => {
    const female = random() < 0.5;
    return `${any(female ? FEMALE_NAMES : MALE_NAMES)} ${any(SURNAMES)[female ? 1 : 0]}`;
  };
  const domain = `${slug(word[2])}-${bin.slice(-4)}.kz`;
  const desc = AREA_DESCRIPTIONS[areas[0]] ?? null;
  const has = (p: number) => showcase || random() < p;

  const created = new Date(Math.min(now.getTime(), Date.UTC(2024, 0, 10) + Math.floor(random() * 900) * DAY));
  const v = random();
  const verification = showcase || v < 0.8 ? 'verified' : v < 0.96 ? 'pending' : 'refused';
  const org: DemoOrganization['org'] = {
    bin,
    name_kk: tpl.kk(word[0]),
    name_ru: tpl.ru(word[1]),
    name_en: has(0.35) ? tpl.en(word[2]) : null,
    short_name: random() < 0.3 ? `${form.short.ru} «${word[1]}»` : null,
    legal_form: legalForm,
    region: region.code,
    settlement: random() < 0.5 ? settlement.kk : settlement.ru,
    areas,
    founded_on: foundedOn,
    status: !showcase && random() < 0.03 ? 'liquidated' : 'active',
    verification,
    verification_reason:
      verification === 'refused'
        ? 'Жарғының көшірмесі мемлекеттік тіркеу туралы анықтамаға сәйкес келмейді / Копия устава не соответствует справке о государственной регистрации'
        : null,
    verified_at:
      verification === 'verified'
        ? new Date(Math.min(now.getTime(), created.getTime() + (1 + Math.floor(random() * 20)) * DAY))
        : null,
    website: has(0.4) ? `https://${domain}` : null,
    email: has(0.6) ? `info@${domain}` : null,
    phone: has(0.7)
      ? `+7 7${Math.floor(random() * 90 + 10)} ${Math.floor(random() * 900 + 100)} ${pad(Math.floor(random() * 100))} ${pad(Math.floor(random() * 100))}`
      : null,
    address: has(0.6) ? `${settlement.ru}, ${any(STREETS)}, ${1 + Math.floor(random() * 150)}` : null,
    description: desc && has(0.6) ? `${desc[0]} ${desc[1]}` : null,
    leaders: has(0.9) ? [{ name: person(), position: any(POSITIONS) }] : [],
    founders: has(0.7) ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ name: person() })) : [],
    registered_by: null,
    created_at: created,
  };

  const reports: DemoOrganization['reports'] = [];
  for (const ry of DEMO_REPORT_YEARS) {
    if (ry < year) continue;
    const r = random();
    const onTime = showcase || r < 0.68;
    if (!onTime && r >= 0.83) continue; // missing
    // On time: between 10 January and the due day; late: 1 April to 31 October (Almaty days).
    const start = onTime ? almatyDayStart(`${ry + 1}-01-10`) : reportDeadlineEnd(ry);
    const span = onTime ? reportDeadlineEnd(ry).getTime() - start.getTime() - 3_600_000 : 210 * DAY;
    const at = new Date(start.getTime() + Math.floor(random() * span));
    if (at > now) continue;
    reports.push({ year: ry, submitted_at: at, data: reportData(random, desc) });
  }

  let social: DemoOrganization['social'] = null;
  if (org.status === 'active' && verification === 'verified' && random() < 0.008) {
    const listYear = 2025 + Math.floor(random() * 3);
    const applied = almatyDayStart(`${listYear - 1}-${pad(9 + Math.floor(random() * 3))}-10`);
    const decidedPlan = almatyDayStart(`${listYear}-02-${pad(1 + Math.floor(random() * 25))}`);
    const decided = decidedPlan <= now;
    const status = !decided ? 'applied' : random() < 0.85 ? 'approved' : 'refused';
    social = {
      list_year: listYear,
      category: 1 + Math.floor(random() * 4),
      status,
      applied_at: applied,
      decided_at: decided ? decidedPlan : null,
      reason:
        status === 'refused'
          ? 'Әлеуметтік осал топтардан жұмыскерлер үлесі 50%-дан аз / Доля работников из социально уязвимых групп менее 50%'
          : null,
    };
  }
  return { org, reports, social };
}

function reportData(random: () => number, desc: readonly [string, string] | null): ReportData {
  const tenge = (max: number) => Math.floor(random() * max) * 100; // whole tenge, in tiyn
  const income = Object.fromEntries(
    INCOME_SOURCES.map((s) => [
      s,
      random() < 0.5 ? tenge(s === 'grants' || s === 'stateSocialOrder' ? 30_000_000 : 3_000_000) : 0,
    ]),
  ) as ReportData['income'];
  const total = Object.values(income).reduce((a, b) => a + b, 0);
  const shares = SPENDING_CATEGORIES.map(() => random());
  const sum = shares.reduce((a, b) => a + b, 0);
  const spending = Object.fromEntries(
    SPENDING_CATEGORIES.map((c, k) => [c, Math.floor(((total * 0.95) / 100) * (shares[k] / sum)) * 100]),
  ) as ReportData['spending'];
  return {
    activities: desc ? desc[1] : 'Уставная деятельность в соответствии с целями организации.',
    membersCount: Math.floor(random() * 200),
    foundersCount: 1 + Math.floor(random() * 5),
    property: random() < 0.4 ? 'Офисная техника, автомобиль' : '',
    income,
    spending,
    beneficiaries: Math.floor(random() * 5000),
    staff: Math.floor(random() * 25),
    volunteers: Math.floor(random() * 100),
  };
}

/**
 * Adds `count` synthetic organisations (the same ones for the same seed and a date after
 * 2026-10-31). Returns the BIN of the showcase organisation, for the demo NGO account.
 * @example const { representedBin } = await seedRegistryDemo(db, { count: 2000, seed: 2026 })
 */
export async function seedRegistryDemo(
  db: Db,
  opts: { count: number; seed: number; now?: Date },
): Promise<{ inserted: number; representedBin: string }> {
  const now = opts.now ?? new Date();
  const random = seededRandom(opts.seed);
  const used = new Set<string>();
  let inserted = 0;
  let representedBin = '';
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < opts.count; start += BATCH) {
      const batch: DemoOrganization[] = [];
      for (let i = start; i < Math.min(opts.count, start + BATCH); i++) batch.push(generate(random, i, used, now));
      if (start === 0) representedBin = batch[0].org.bin;
      inserted += (await insertDemoBatch(trx, batch)).size;
    }
  });
  await analyzeRegistry(db);
  return { inserted, representedBin };
}
