/** The demo's data of local participation: district akimats, project ideas and the cycles to build. */
import type { CycleStatus } from './domain.ts';

/** Akimats of city districts, added as state bodies of their own (kind akimat, the city's region). */
export const DISTRICT_AKIMATS = [
  {
    code: 'akimat-almaty-city-bostandyk',
    region: 'almaty-city',
    district: 'Бостандық ауданы',
    kk: 'Алматы қаласы Бостандық ауданының әкімдігі',
    ru: 'Аппарат акима Бостандыкского района города Алматы',
    en: 'Akimat of Bostandyk District, Almaty',
  },
  {
    code: 'akimat-shymkent-al-farabi',
    region: 'shymkent',
    district: 'Әл-Фараби ауданы',
    kk: 'Шымкент қаласы Әл-Фараби ауданының әкімдігі',
    ru: 'Аппарат акима района Аль-Фараби города Шымкент',
    en: 'Akimat of Al-Farabi District, Shymkent',
  },
] as const;

/** Ideas residents propose: [title, description, location, cost in million tenge]. */
export const IDEAS: [string, string, string, number][] = [
  [
    'Балалар ойын алаңы',
    'Аулада қауіпсіз жабыны бар балалар алаңын салу: әткеншектер, сырғанақ, құм салғыш және аналарға арналған орындықтар.',
    'тұрғын үй аулалары',
    38,
  ],
  [
    'Спортивная площадка с воркаут-комплексом',
    'Открытая площадка с турниками, брусьями и резиновым покрытием для подростков и взрослых, с освещением до 23:00.',
    'у школы',
    46,
  ],
  [
    'Аялдамаларды жылыту',
    'Қысқы уақытта күтетін жолаушылар үшін үш аялдамаға жабық павильон мен жылыту орнату.',
    'негізгі көшедегі аялдамалар',
    54,
  ],
  [
    'Освещение пешеходной тропы',
    'Установить 40 светодиодных фонарей вдоль тропы к поликлинике, где вечером темно и небезопасно.',
    'тропа к поликлинике',
    29,
  ],
  [
    'Саябақтағы көгалдандыру',
    'Саябаққа 300 түп ағаш отырғызу және тамшылатып суару жүйесін орнату.',
    'орталық саябақ',
    62,
  ],
  [
    'Пандусы для маломобильных граждан',
    'Оборудовать пандусами и поручнями входы в поликлинику, библиотеку и центр обслуживания населения.',
    'общественные здания района',
    24,
  ],
  [
    'Жастар коворкингі',
    'Кітапхананың бос залында тегін Wi-Fi, компьютерлер және кездесулерге арналған орын ашу.',
    'аудандық кітапхана',
    35,
  ],
  [
    'Ремонт дворовой дороги',
    'Заасфальтировать внутриквартальный проезд с ямами и устроить водоотвод, чтобы весной не было луж.',
    'внутриквартальный проезд',
    88,
  ],
  [
    'Велосипед жолы',
    'Мектептер мен саябақты байланыстыратын 2 км бөлінген велосипед жолын салу.',
    'мектептен саябаққа дейін',
    120,
  ],
  [
    'Контейнерные площадки для раздельного сбора',
    'Десять огороженных площадок с контейнерами для пластика, стекла и бумаги.',
    'жилые кварталы',
    31,
  ],
  [
    'Ауылдық клубты жөндеу',
    'Клубтың шатыры мен жылу жүйесін жөндеу, үйірмелерге арналған жиһаз сатып алу.',
    'ауылдық клуб',
    74,
  ],
  [
    'Безопасный пешеходный переход',
    'Светофор с кнопкой вызова, искусственная неровность и освещение перехода у детского сада.',
    'у детского сада',
    19,
  ],
  [
    'Итті серуендету алаңы',
    'Қоршалған ит серуендету алаңы, қоқыс жәшіктері мен пакеттер диспенсері.',
    'өзен жағалауы',
    22,
  ],
  [
    'Скамейки и навесы в сквере',
    'Поставить 30 скамеек и 6 теневых навесов для пожилых жителей.',
    'сквер у акимата',
    27,
  ],
  ['Мектеп стадионын жаңарту', 'Жасанды жабыны бар футбол алаңы мен жүгіру жолағы.', 'мектеп стадионы', 140],
  [
    'Видеонаблюдение во дворах',
    'Камеры у подъездов и на детских площадках с выводом в центр оперативного управления.',
    'дворы многоэтажек',
    41,
  ],
];

export interface CyclePlan {
  body: string;
  district?: string;
  year: number;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  budgetM: number;
  maxChoices: number;
  stage: CycleStatus;
  ideas: number[];
  ballots: number;
}

export const PLANS: CyclePlan[] = [
  {
    body: 'akimat-astana',
    year: 2027,
    titleKk: 'Астана: халықтық бюджет 2027',
    titleRu: 'Астана: народный бюджет 2027',
    titleEn: 'Astana: people’s budget 2027',
    budgetM: 500,
    maxChoices: 3,
    stage: 'draft',
    ideas: [],
    ballots: 0,
  },
  {
    body: 'akimat-almaty-city-bostandyk',
    district: 'Бостандық ауданы',
    year: 2026,
    titleKk: 'Бостандық ауданы: бастамашыл бюджет 2026',
    titleRu: 'Бостандыкский район: инициативный бюджет 2026',
    titleEn: 'Bostandyk District: participatory budget 2026',
    budgetM: 150,
    maxChoices: 3,
    stage: 'proposals',
    ideas: [0, 3, 5, 11],
    ballots: 0,
  },
  {
    body: 'akimat-shymkent',
    year: 2026,
    titleKk: 'Шымкент: қатысымдық бюджет 2026',
    titleRu: 'Шымкент: бюджет участия 2026',
    titleEn: 'Shymkent: participatory budget 2026',
    budgetM: 200,
    maxChoices: 3,
    stage: 'review',
    ideas: [1, 2, 4, 9, 13],
    ballots: 0,
  },
  {
    body: 'akimat-almaty-city',
    year: 2026,
    titleKk: 'Алматы: бастамашыл бюджет 2026',
    titleRu: 'Алматы: инициативный бюджет 2026',
    titleEn: 'Almaty: participatory budget 2026',
    budgetM: 300,
    maxChoices: 3,
    stage: 'voting',
    ideas: [8, 14, 7, 4, 1, 3],
    ballots: 40,
  },
  {
    body: 'akimat-karaganda',
    year: 2025,
    titleKk: 'Қарағанды облысы: халықтық бюджет 2025',
    titleRu: 'Карагандинская область: народный бюджет 2025',
    titleEn: 'Karaganda Region: people’s budget 2025',
    budgetM: 180,
    maxChoices: 2,
    stage: 'results',
    ideas: [0, 2, 6, 10, 12, 15],
    ballots: 60,
  },
  {
    body: 'akimat-shymkent-al-farabi',
    district: 'Әл-Фараби ауданы',
    year: 2025,
    titleKk: 'Әл-Фараби ауданы: бастамашыл бюджет 2025',
    titleRu: 'Район Аль-Фараби: инициативный бюджет 2025',
    titleEn: 'Al-Farabi District: participatory budget 2025',
    budgetM: 120,
    maxChoices: 3,
    stage: 'implementation',
    ideas: [3, 5, 9, 11, 13],
    ballots: 45,
  },
  {
    body: 'akimat-pavlodar',
    year: 2024,
    titleKk: 'Павлодар облысы: халықтық бюджет 2024',
    titleRu: 'Павлодарская область: народный бюджет 2024',
    titleEn: 'Pavlodar Region: people’s budget 2024',
    budgetM: 160,
    maxChoices: 2,
    stage: 'closed',
    ideas: [1, 4, 7, 10],
    ballots: 50,
  },
];
