/** The demo's texts: subjects and actions of recommendations, the forums to seed, participants' proposals. */
import type { AreaCode } from '../../reference/index.ts';
import type { ForumStatus } from './domain.ts';

export type L3 = [string, string, string];
/** Subjects of each platform (kk, ru, en), combined with actions into recommendations. */
export const SUBJECTS: Partial<Record<AreaCode, L3[]>> = {
  'civil-society': [
    ['ҮЕҰ дерекқоры', 'база данных НПО', 'the NGO database'],
    ['мемлекеттік әлеуметтік тапсырыс', 'государственный социальный заказ', 'state social order'],
  ],
  youth: [
    ['жастар ресурстық орталықтары', 'молодёжные ресурсные центры', 'youth resource centres'],
    ['ауыл жастарының бастамалары', 'инициативы сельской молодёжи', 'rural youth initiatives'],
  ],
  volunteering: [
    ['волонтерлік қызметті есепке алу', 'учёт волонтёрской деятельности', 'recording volunteer work'],
    ['корпоративтік волонтерлік', 'корпоративное волонтёрство', 'corporate volunteering'],
  ],
  charity: [
    ['қайырымдылық есептілігі', 'отчётность благотворителей', 'charity reporting'],
    ['эндаумент-қорлар', 'эндаумент-фонды', 'endowment funds'],
  ],
  'human-rights': [
    ['қоғамдық кеңестер', 'общественные советы', 'public councils'],
    ['қоғамдық тыңдаулар', 'публичные слушания', 'public hearings'],
  ],
  environment: [
    ['экологиялық мониторинг', 'экологический мониторинг', 'environmental monitoring'],
    ['қалдықтарды бөлек жинау', 'раздельный сбор отходов', 'separate waste collection'],
  ],
  'social-entrepreneurship': [
    ['әлеуметтік кәсіпкерлік', 'социальное предпринимательство', 'social entrepreneurship'],
    ['ҮЕҰ-ның қаржылық тұрақтылығы', 'финансовая устойчивость НПО', 'financial sustainability of NGOs'],
  ],
  'anti-corruption': [
    ['азаматтық бақылау', 'гражданский контроль', 'civic oversight'],
    ['ашық бюджет', 'открытый бюджет', 'open budgets'],
  ],
};

export const ACTIONS: L3[] = [
  [
    'нормативтік құқықтық актілерге өзгерістер енгізу',
    'внести изменения в нормативные правовые акты',
    'amend the regulations',
  ],
  [
    'ҮЕҰ-мен бірлескен жұмыс тобын құру',
    'создать совместную рабочую группу с НПО',
    'set up a joint working group with NGOs',
  ],
  ['қаржыландыру көлемін ұлғайту', 'увеличить объём финансирования', 'increase the funding'],
  [
    'өңірлерде оқыту семинарларын өткізу',
    'провести обучающие семинары в регионах',
    'hold training seminars in the regions',
  ],
  [
    'деректерді ашық деректер порталында жариялау',
    'публиковать данные на портале открытых данных',
    'publish the data on the open-data portal',
  ],
  ['әдістемелік ұсынымдар әзірлеу', 'разработать методические рекомендации', 'develop methodological guidelines'],
  [
    'мониторинг нәтижелерін жыл сайын жариялау',
    'ежегодно публиковать результаты мониторинга',
    'publish monitoring results every year',
  ],
  ['үздік тәжірибелер байқауын өткізу', 'провести конкурс лучших практик', 'run a competition of best practices'],
];

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const recTexts = (subject: L3, action: L3): L3 => [
  `${cap(subject[0])} бойынша ${action[0]}.`,
  `По направлению «${subject[1]}»: ${action[1]}.`,
  `${cap(subject[2])}: ${action[2]}.`,
];

export interface ForumPlan {
  kind: 'national' | 'regional';
  region: string | null;
  year: number;
  heldOn: string;
  titles: L3;
  topics: AreaCode[];
  stage: ForumStatus;
}

export const FORUMS: ForumPlan[] = [
  {
    kind: 'national',
    region: null,
    year: 2023,
    heldOn: '2023-11-17',
    titles: ['Азаматтық форум — 2023', 'Гражданский форум — 2023', 'Civil Forum 2023'],
    topics: [
      'civil-society',
      'youth',
      'volunteering',
      'charity',
      'human-rights',
      'environment',
      'social-entrepreneurship',
      'anti-corruption',
    ],
    stage: 'concluded',
  },
  {
    kind: 'regional',
    region: 'karaganda',
    year: 2024,
    heldOn: '2024-10-04',
    titles: [
      'Қарағанды облысының азаматтық форумы — 2024',
      'Гражданский форум Карагандинской области — 2024',
      'Karaganda Region Civil Forum 2024',
    ],
    topics: ['youth', 'environment', 'civil-society'],
    stage: 'concluded',
  },
  {
    kind: 'regional',
    region: 'turkistan',
    year: 2026,
    heldOn: '2026-10-16',
    titles: [
      'Түркістан облысының азаматтық форумы — 2026',
      'Гражданский форум Туркестанской области — 2026',
      'Turkistan Region Civil Forum 2026',
    ],
    topics: ['youth', 'charity', 'anti-corruption'],
    stage: 'deliberation',
  },
  {
    kind: 'regional',
    region: 'pavlodar',
    year: 2026,
    heldOn: '2026-12-11',
    titles: [
      'Павлодар облысының азаматтық форумы — 2026',
      'Гражданский форум Павлодарской области — 2026',
      'Pavlodar Region Civil Forum 2026',
    ],
    topics: ['volunteering', 'environment', 'social-entrepreneurship'],
    stage: 'open',
  },
  {
    kind: 'national',
    region: null,
    year: 2027,
    heldOn: '2027-11-19',
    titles: ['Азаматтық форум — 2027', 'Гражданский форум — 2027', 'Civil Forum 2027'],
    topics: ['civil-society', 'youth', 'charity', 'human-rights'],
    stage: 'planned',
  },
];
export const STAGES: ForumStatus[] = ['planned', 'open', 'deliberation', 'concluded'];

export const PROPOSALS: [string, string][] = [
  [
    'Гранттарды өңірлерге тең бөлу',
    'Мемлекеттік гранттардың көп бөлігі Астана мен Алматыдағы ұйымдарға тиеді. Ауылдық ҮЕҰ үшін жеке квота енгізуді ұсынамыз.',
  ],
  [
    'Упростить отчётность НПО',
    'Малые организации тратят недели на отчёты по одному гранту. Предлагаем единую электронную форму отчёта для всех программ.',
  ],
  [
    'Волонтерлерге сақтандыру',
    'Төтенше жағдайларда жұмыс істейтін еріктілерді міндетті түрде сақтандыруды мемлекет есебінен қамтамасыз ету.',
  ],
  [
    'Открытые данные о расходах акиматов',
    'Публиковать расходы акиматов на социальные проекты в машиночитаемом виде ежеквартально.',
  ],
  [
    'Жастар үшін тегін кеңістіктер',
    'Мектептер мен кітапханалардың бос бөлмелерін кешкі уақытта жастар бастамаларына тегін беру.',
  ],
  [
    'Экологический мониторинг силами жителей',
    'Обучить жителей замерам качества воздуха и публиковать их данные на общей карте.',
  ],
];
