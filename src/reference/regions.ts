import { l, type Localized } from './localized.ts';

/**
 * The 20 first-level units of Kazakhstan (since the 2022 reform that created
 * Abai, Jetisu and Ulytau regions): 3 cities of republican significance and
 * 17 oblasts. Codes are stable slugs stored in the database and URLs: never
 * rename one, add a new code instead.
 *
 * Russian names use the adjectival form ("Абайская область"), as is common in
 * Russian-language usage; the founding decree names the three 2022 regions
 * "область Абай", "область Жетісу", "область Ұлытау".
 */
export const regionCodes = [
  'astana',
  'almaty-city',
  'shymkent',
  'abai',
  'akmola',
  'aktobe',
  'almaty-region',
  'atyrau',
  'east-kazakhstan',
  'jambyl',
  'jetisu',
  'karaganda',
  'kostanay',
  'kyzylorda',
  'mangystau',
  'pavlodar',
  'north-kazakhstan',
  'turkistan',
  'ulytau',
  'west-kazakhstan',
] as const;

export type RegionCode = (typeof regionCodes)[number];
export type RegionKind = 'city' | 'oblast';

export interface Region {
  readonly code: RegionCode;
  readonly kind: RegionKind;
  /** First two digits of the KATO code (classifier of administrative-territorial objects). */
  readonly kato: string;
  readonly name: Localized;
  /** Administrative centre; for a city, the city itself. */
  readonly centre: Localized;
  /**
   * Resident population on 1 January of the year, rounded to the thousand.
   * Sources: Bureau of National Statistics releases; the seven regions over a
   * million and the national totals (20,033,842 in 2024; 20,283,399 in 2025)
   * are from published figures, smaller regions are approximations that sum
   * to those totals. Replace with the Bureau's table when importing real data.
   */
  readonly population: Readonly<Record<number, number>>;
  /**
   * Registered NGOs in 2023. Only Almaty, Astana, Shymkent, Karaganda and
   * Kyzylorda regions are published figures (see `ngoCount2023Published`);
   * the rest is a plausible split of the national total of 23,335 for demo
   * data and must not be shown as official statistics.
   */
  readonly ngoCount2023: number;
  /** Real settlements (for cities: their districts) for demo data. */
  readonly settlements: readonly Localized[];
}

export const NGO_TOTAL_2023 = 23_335;
export const ngoCount2023Published: readonly RegionCode[] = [
  'almaty-city',
  'astana',
  'shymkent',
  'karaganda',
  'kyzylorda',
];

const pop = (y2024: number, y2025: number) => Object.freeze({ 2024: y2024 * 1000, 2025: y2025 * 1000 });

const data = [
  {
    code: 'astana',
    kind: 'city',
    kato: '71',
    name: l('Астана қаласы', 'г. Астана', 'Astana city'),
    centre: l('Астана', 'Астана', 'Astana'),
    population: pop(1430, 1535),
    ngoCount2023: 3554,
    settlements: [
      l('Есіл ауданы', 'район Есиль', 'Yesil District'),
      l('Сарыарқа ауданы', 'район Сарыарка', 'Saryarka District'),
      l('Алматы ауданы', 'район Алматы', 'Almaty District'),
      l('Байқоңыр ауданы', 'район Байконур', 'Baikonur District'),
    ],
  },
  {
    code: 'almaty-city',
    kind: 'city',
    kato: '75',
    name: l('Алматы қаласы', 'г. Алматы', 'Almaty city'),
    centre: l('Алматы', 'Алматы', 'Almaty'),
    population: pop(2229, 2292),
    ngoCount2023: 5017,
    settlements: [
      l('Медеу ауданы', 'Медеуский район', 'Medeu District'),
      l('Бостандық ауданы', 'Бостандыкский район', 'Bostandyk District'),
      l('Алмалы ауданы', 'Алмалинский район', 'Almaly District'),
      l('Әуезов ауданы', 'Ауэзовский район', 'Auezov District'),
    ],
  },
  {
    code: 'shymkent',
    kind: 'city',
    kato: '79',
    name: l('Шымкент қаласы', 'г. Шымкент', 'Shymkent city'),
    centre: l('Шымкент', 'Шымкент', 'Shymkent'),
    population: pop(1222, 1256),
    ngoCount2023: 1512,
    settlements: [
      l('Әл-Фараби ауданы', 'район Аль-Фараби', 'Al-Farabi District'),
      l('Абай ауданы', 'Абайский район', 'Abai District'),
      l('Еңбекші ауданы', 'Енбекшинский район', 'Yenbekshi District'),
      l('Қаратау ауданы', 'Каратауский район', 'Karatau District'),
    ],
  },
  {
    code: 'abai',
    kind: 'oblast',
    kato: '10',
    name: l('Абай облысы', 'Абайская область', 'Abai Region'),
    centre: l('Семей', 'Семей', 'Semey'),
    population: pop(604, 600),
    ngoCount2023: 560,
    settlements: [
      l('Семей', 'Семей', 'Semey'),
      l('Аягөз', 'Аягоз', 'Ayagoz'),
      l('Курчатов', 'Курчатов', 'Kurchatov'),
      l('Үржар ауылы', 'село Урджар', 'Urzhar village'),
    ],
  },
  {
    code: 'akmola',
    kind: 'oblast',
    kato: '11',
    name: l('Ақмола облысы', 'Акмолинская область', 'Akmola Region'),
    centre: l('Көкшетау', 'Кокшетау', 'Kokshetau'),
    population: pop(788, 786),
    ngoCount2023: 620,
    settlements: [
      l('Көкшетау', 'Кокшетау', 'Kokshetau'),
      l('Степногорск', 'Степногорск', 'Stepnogorsk'),
      l('Щучинск', 'Щучинск', 'Shchuchinsk'),
      l('Ақкөл', 'Акколь', 'Akkol'),
    ],
  },
  {
    code: 'aktobe',
    kind: 'oblast',
    kato: '15',
    name: l('Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'),
    centre: l('Ақтөбе', 'Актобе', 'Aktobe'),
    population: pop(940, 948),
    ngoCount2023: 840,
    settlements: [
      l('Ақтөбе', 'Актобе', 'Aktobe'),
      l('Хромтау', 'Хромтау', 'Khromtau'),
      l('Қандыағаш', 'Кандыагаш', 'Kandyagash'),
      l('Шалқар', 'Шалкар', 'Shalkar'),
    ],
  },
  {
    code: 'almaty-region',
    kind: 'oblast',
    kato: '19',
    name: l('Алматы облысы', 'Алматинская область', 'Almaty Region'),
    centre: l('Қонаев', 'Конаев', 'Konaev'),
    population: pop(1535, 1565),
    ngoCount2023: 900,
    settlements: [
      l('Қонаев', 'Конаев', 'Konaev'),
      l('Есік', 'Есик', 'Yesik'),
      l('Талғар', 'Талгар', 'Talgar'),
      l('Қаскелең', 'Каскелен', 'Kaskelen'),
    ],
  },
  {
    code: 'atyrau',
    kind: 'oblast',
    kato: '23',
    name: l('Атырау облысы', 'Атырауская область', 'Atyrau Region'),
    centre: l('Атырау', 'Атырау', 'Atyrau'),
    population: pop(702, 710),
    ngoCount2023: 640,
    settlements: [
      l('Атырау', 'Атырау', 'Atyrau'),
      l('Құлсары', 'Кульсары', 'Kulsary'),
      l('Мақат кенті', 'посёлок Макат', 'Makat settlement'),
    ],
  },
  {
    code: 'east-kazakhstan',
    kind: 'oblast',
    kato: '63',
    name: l('Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'),
    centre: l('Өскемен', 'Усть-Каменогорск', 'Oskemen'),
    population: pop(722, 716),
    ngoCount2023: 980,
    settlements: [
      l('Өскемен', 'Усть-Каменогорск', 'Oskemen'),
      l('Риддер', 'Риддер', 'Ridder'),
      l('Алтай', 'Алтай', 'Altai'),
      l('Зайсаң', 'Зайсан', 'Zaisan'),
    ],
  },
  {
    code: 'jambyl',
    kind: 'oblast',
    kato: '31',
    name: l('Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'),
    centre: l('Тараз', 'Тараз', 'Taraz'),
    population: pop(1223, 1222),
    ngoCount2023: 760,
    settlements: [
      l('Тараз', 'Тараз', 'Taraz'),
      l('Қаратау', 'Каратау', 'Karatau'),
      l('Жаңатас', 'Жанатас', 'Zhanatas'),
      l('Шу', 'Шу', 'Shu'),
    ],
  },
  {
    code: 'jetisu',
    kind: 'oblast',
    kato: '33',
    name: l('Жетісу облысы', 'Жетысуская область', 'Jetisu Region'),
    centre: l('Талдықорған', 'Талдыкорган', 'Taldykorgan'),
    population: pop(701, 703),
    ngoCount2023: 480,
    settlements: [
      l('Талдықорған', 'Талдыкорган', 'Taldykorgan'),
      l('Жаркент', 'Жаркент', 'Zharkent'),
      l('Текелі', 'Текели', 'Tekeli'),
      l('Үшарал', 'Ушарал', 'Usharal'),
    ],
  },
  {
    code: 'karaganda',
    kind: 'oblast',
    kato: '35',
    name: l('Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'),
    centre: l('Қарағанды', 'Караганда', 'Karaganda'),
    population: pop(1135, 1134),
    ngoCount2023: 1237,
    settlements: [
      l('Қарағанды', 'Караганда', 'Karaganda'),
      l('Теміртау', 'Темиртау', 'Temirtau'),
      l('Балқаш', 'Балхаш', 'Balkhash'),
      l('Шахтинск', 'Шахтинск', 'Shakhtinsk'),
    ],
  },
  {
    code: 'kostanay',
    kind: 'oblast',
    kato: '39',
    name: l('Қостанай облысы', 'Костанайская область', 'Kostanay Region'),
    centre: l('Қостанай', 'Костанай', 'Kostanay'),
    population: pop(834, 828),
    ngoCount2023: 850,
    settlements: [
      l('Қостанай', 'Костанай', 'Kostanay'),
      l('Рудный', 'Рудный', 'Rudny'),
      l('Лисаковск', 'Лисаковск', 'Lisakovsk'),
      l('Арқалық', 'Аркалык', 'Arkalyk'),
    ],
  },
  {
    code: 'kyzylorda',
    kind: 'oblast',
    kato: '43',
    name: l('Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'),
    centre: l('Қызылорда', 'Кызылорда', 'Kyzylorda'),
    population: pop(842, 850),
    ngoCount2023: 1217,
    settlements: [
      l('Қызылорда', 'Кызылорда', 'Kyzylorda'),
      l('Арал', 'Аральск', 'Aral'),
      l('Қазалы', 'Казалинск', 'Kazaly'),
      l('Шиелі ауылы', 'село Шиели', 'Shieli village'),
    ],
  },
  {
    code: 'mangystau',
    kind: 'oblast',
    kato: '47',
    name: l('Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'),
    centre: l('Ақтау', 'Актау', 'Aktau'),
    population: pop(781, 797),
    ngoCount2023: 620,
    settlements: [
      l('Ақтау', 'Актау', 'Aktau'),
      l('Жаңаөзен', 'Жанаозен', 'Zhanaozen'),
      l('Форт-Шевченко', 'Форт-Шевченко', 'Fort-Shevchenko'),
      l('Бейнеу ауылы', 'село Бейнеу', 'Beineu village'),
    ],
  },
  {
    code: 'pavlodar',
    kind: 'oblast',
    kato: '55',
    name: l('Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'),
    centre: l('Павлодар', 'Павлодар', 'Pavlodar'),
    population: pop(755, 750),
    ngoCount2023: 880,
    settlements: [
      l('Павлодар', 'Павлодар', 'Pavlodar'),
      l('Екібастұз', 'Экибастуз', 'Ekibastuz'),
      l('Ақсу', 'Аксу', 'Aksu'),
    ],
  },
  {
    code: 'north-kazakhstan',
    kind: 'oblast',
    kato: '59',
    name: l('Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'),
    centre: l('Петропавл', 'Петропавловск', 'Petropavl'),
    population: pop(528, 521),
    ngoCount2023: 560,
    settlements: [
      l('Петропавл', 'Петропавловск', 'Petropavl'),
      l('Тайынша', 'Тайынша', 'Tayynsha'),
      l('Булаево', 'Булаево', 'Bulayevo'),
      l('Сергеевка', 'Сергеевка', 'Sergeyevka'),
    ],
  },
  {
    code: 'turkistan',
    kind: 'oblast',
    kato: '61',
    name: l('Түркістан облысы', 'Туркестанская область', 'Turkistan Region'),
    centre: l('Түркістан', 'Туркестан', 'Turkistan'),
    population: pop(2142, 2150),
    ngoCount2023: 1180,
    settlements: [
      l('Түркістан', 'Туркестан', 'Turkistan'),
      l('Кентау', 'Кентау', 'Kentau'),
      l('Сарыағаш', 'Сарыагаш', 'Saryagash'),
      l('Жетісай', 'Жетысай', 'Zhetisai'),
    ],
  },
  {
    code: 'ulytau',
    kind: 'oblast',
    kato: '62',
    name: l('Ұлытау облысы', 'Улытауская область', 'Ulytau Region'),
    centre: l('Жезқазған', 'Жезказган', 'Zhezkazgan'),
    population: pop(221, 220),
    ngoCount2023: 180,
    settlements: [
      l('Жезқазған', 'Жезказган', 'Zhezkazgan'),
      l('Сәтбаев', 'Сатпаев', 'Satbayev'),
      l('Қаражал', 'Каражал', 'Karazhal'),
      l('Ұлытау ауылы', 'село Улытау', 'Ulytau village'),
    ],
  },
  {
    code: 'west-kazakhstan',
    kind: 'oblast',
    kato: '27',
    name: l('Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'),
    centre: l('Орал', 'Уральск', 'Oral'),
    population: pop(700, 700),
    ngoCount2023: 748,
    settlements: [
      l('Орал', 'Уральск', 'Oral'),
      l('Ақсай', 'Аксай', 'Aksai'),
      l('Жәнібек ауылы', 'село Жанибек', 'Zhanibek village'),
    ],
  },
] satisfies Region[];

export const regions: readonly Region[] = Object.freeze(
  data.map((r) => Object.freeze({ ...r, settlements: Object.freeze(r.settlements) })),
);

const byCode = new Map<string, Region>(regions.map((r) => [r.code, r]));

export function isRegionCode(code: string): code is RegionCode {
  return byCode.has(code);
}

/** The region with this code, or undefined for an unknown code (e.g. from a URL). */
export function regionByCode(code: string): Region | undefined {
  return byCode.get(code);
}

/**
 * Population on 1 January of the latest year ≤ `year` that has data. Before
 * the first year with data the earliest figure is used, because thresholds
 * (e.g. petitions as a share of population) need a number and the population
 * changes by well under the rounding of those rules from year to year.
 * Throws for an unknown code, which is a programming error.
 */
export function populationOf(code: RegionCode, year: number): number {
  const region = byCode.get(code);
  if (!region) throw new RangeError(`unknown region "${code}"`);
  const years = Object.keys(region.population)
    .map(Number)
    .sort((a, b) => a - b);
  let chosen = years[0];
  for (const y of years) if (y <= year) chosen = y;
  return region.population[chosen];
}
