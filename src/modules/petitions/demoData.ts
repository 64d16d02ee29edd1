/** The demo's initiatives in every state, and the names synthetic signers are given. */
import type { Status } from './domain.ts';

export interface DemoInitiative {
  title: string;
  body: string;
  language: 'kk' | 'ru';
  addressee: string;
  area: string;
  status: Status;
  /** Days ago the draft was submitted (moderation) / collection opened. */
  ago: number;
  signatures?: number;
  overdue?: boolean;
  late?: boolean;
  decision?: 'accepted' | 'partly' | 'declined';
  answer?: string;
  rejection?: { category: string; reason: string };
  author?: 'citizen' | number;
}

export const INITIATIVES: DemoInitiative[] = [
  {
    title: 'Алматыда велосипед жолдарының біртұтас желісін салу',
    body: 'Алматы қаласының әкімдігінен 2027 жылға дейін негізгі көшелер бойымен бөлінген велосипед жолдарының біртұтас желісін салуды, жолдарды аялдамалар мен метро станцияларына қосуды және жұмыстардың кестесін жариялауды сұраймыз.',
    language: 'kk',
    addressee: 'akimat-almaty-city',
    area: 'environment',
    status: 'collecting',
    ago: 40,
    signatures: 1240,
    author: 'citizen',
  },
  {
    title: 'Открыть круглосуточные пункты неотложной помощи в спальных районах Астаны',
    body: 'Просим маслихат города Астаны предусмотреть в бюджете на следующий год открытие круглосуточных пунктов неотложной медицинской помощи в районах Байконур и Алматы, где до ближайшей больницы более получаса езды.',
    language: 'ru',
    addressee: 'maslikhat-astana',
    area: 'health',
    status: 'collecting',
    ago: 12,
    signatures: 64,
    author: 0,
  },
  {
    title: 'Қарағанды облысының ауылдарына таза ауыз су жеткізу',
    body: 'Қарағанды облысының әкімдігінен орталықтандырылған сумен жабдықтаусыз қалған ауылдардың тізімін жариялауды және оларға таза ауыз су жеткізудің үш жылдық жоспарын бекітуді сұраймыз.',
    language: 'kk',
    addressee: 'akimat-karaganda',
    area: 'rural-development',
    status: 'collecting',
    ago: 70,
    signatures: 310,
    author: 1,
  },
  {
    title: 'Единый стандарт доступности общественного транспорта для людей с инвалидностью',
    body: 'Предлагаем Правительству утвердить единый национальный стандарт доступности общественного транспорта: низкопольные автобусы, звуковые объявления остановок, тактильная разметка на остановках и сроки перехода для всех регионов.',
    language: 'ru',
    addressee: 'government',
    area: 'disability',
    status: 'collecting',
    ago: 95,
    signatures: 2150,
    author: 2,
  },
  {
    title: 'Шымкенттегі саябақтарға ауыз су құдықшаларын орнату',
    body: 'Шымкент қаласының әкімдігінен жазғы аптапта барлық қалалық саябақтар мен скверлерге тегін ауыз су құдықшаларын орнатуды сұраймыз.',
    language: 'kk',
    addressee: 'akimat-shymkent',
    area: 'health',
    status: 'collecting',
    ago: 3,
    signatures: 12,
    author: 1,
  },
  {
    title: 'Астанадағы мектептердің жанынан балаларға арналған қауіпсіз өткелдер',
    body: 'Астана қаласының әкімдігінен барлық мектептердің жанындағы жаяу жүргіншілер өткелдерін бағдаршаммен, жарықпен және жылдамдықты төмендететін кедергілермен жабдықтауды сұраймыз.',
    language: 'kk',
    addressee: 'akimat-astana',
    area: 'family-children',
    status: 'threshold_reached',
    ago: 50,
    signatures: 2500,
    author: 0,
  },
  {
    title: 'Публиковать данные о качестве воздуха в Алматы в реальном времени',
    body: 'Просим маслихат города Алматы обязать городские службы публиковать данные всех постов мониторинга качества воздуха в открытом доступе в реальном времени и в машиночитаемом виде.',
    language: 'ru',
    addressee: 'maslikhat-almaty-city',
    area: 'environment',
    status: 'threshold_reached',
    ago: 120,
    signatures: 5000,
    overdue: true,
    author: 2,
  },
  {
    title: 'Алматыдағы аялдамаларды күн сәулесінен қорғайтын шатырлармен жабдықтау',
    body: 'Алматы қаласының әкімдігінен қоғамдық көлік аялдамаларының барлығын шатырлармен, орындықтармен және келетін автобустардың кестесін көрсететін таблолармен жабдықтауды сұраймыз.',
    language: 'kk',
    addressee: 'akimat-almaty-city',
    area: 'civil-society',
    status: 'under_review',
    ago: 100,
    signatures: 2500,
    author: 'citizen',
  },
  {
    title: 'Шымкентте жасөспірімдерге арналған тегін спорт секциялары',
    body: 'Шымкент қаласының әкімдігінен әр ауданда жасөспірімдерге арналған тегін спорт секцияларын ашуды және олардың кестесін бір сайтта жариялауды сұраймыз.',
    language: 'kk',
    addressee: 'akimat-shymkent',
    area: 'youth',
    status: 'answered',
    ago: 160,
    signatures: 2500,
    decision: 'accepted',
    author: 0,
    answer:
      'Әкімдік бастаманы қолдайды. 2027 жылғы бюджетте әр ауданда кемінде үш тегін секция ашуға қаражат қарастырылды; кесте қала сайтында 1 наурызға дейін жарияланады.',
  },
  {
    title: 'Сократить очереди в ЦОНах Астаны за счёт электронной записи',
    body: 'Просим маслихат Астаны рекомендовать введение обязательной электронной записи во всех ЦОНах города и публикацию среднего времени ожидания по каждому отделению.',
    language: 'ru',
    addressee: 'maslikhat-astana',
    area: 'civil-society',
    status: 'answered',
    ago: 200,
    signatures: 5000,
    decision: 'partly',
    late: true,
    author: 1,
    answer:
      'Маслихат рекомендовал акимату ввести электронную запись в пяти крупнейших ЦОНах в пилотном режиме. Публикация времени ожидания будет рассмотрена по итогам пилота.',
  },
  {
    title: 'Павлодар облысында жаңа онкологиялық орталық салу',
    body: 'Павлодар облысының мәслихатынан облыстық бюджетте жаңа онкологиялық орталықтың жобалау-сметалық құжаттамасын әзірлеуге қаражат қарастыруды сұраймыз.',
    language: 'kk',
    addressee: 'maslikhat-pavlodar',
    area: 'health',
    status: 'expired',
    ago: 230,
    signatures: 540,
    author: 2,
  },
  {
    title: 'Запретить деятельность всех иностранных организаций',
    body: 'Требуем немедленно запретить деятельность всех иностранных организаций и выслать их сотрудников, а также закрыть границы для граждан соседних государств.',
    language: 'ru',
    addressee: 'government',
    area: 'other',
    status: 'rejected',
    ago: 30,
    author: 1,
    rejection: {
      category: 'discord',
      reason:
        'Текст призывает к ограничению прав по признаку национальности и может разжигать национальную рознь; такие требования не рассматриваются как общественная инициатива.',
    },
  },
  {
    title: 'Ақтөбеде үй жануарларына арналған баспана ашу',
    body: 'Ақтөбе облысының әкімдігінен қаңғыбас жануарларды аулау орнына оларды стерилизациялап, баспанада ұстайтын бағдарлама қабылдауды сұраймыз.',
    language: 'kk',
    addressee: 'akimat-aktobe',
    area: 'animal-welfare',
    status: 'moderation',
    ago: 4,
    author: 0,
  },
  {
    title: 'Освещение трассы Атырау — Доссор',
    body: 'Просим акимат Атырауской области установить освещение на наиболее аварийных участках трассы Атырау — Доссор и опубликовать статистику ДТП по участкам.',
    language: 'ru',
    addressee: 'akimat-atyrau',
    area: 'other',
    status: 'moderation',
    ago: 40,
    overdue: true,
    author: 2,
  },
  {
    title: 'Алматыда ауладағы балалар алаңдарын жөндеу',
    body: 'Алматы қаласының әкімдігінен ескі аулалардағы балалар алаңдарын жөндеудің ашық тізімін жасауды және тұрғындардың дауыс беруі бойынша кезек белгілеуді сұраймыз.',
    language: 'kk',
    addressee: 'akimat-almaty-city',
    area: 'family-children',
    status: 'draft',
    ago: 1,
    author: 'citizen',
  },
];

export const FIRST = [
  'Айгерім',
  'Ерлан',
  'Асель',
  'Нұрлан',
  'Дана',
  'Ержан',
  'Мадина',
  'Тимур',
  'Жанар',
  'Арман',
  'Ольга',
  'Сергей',
  'Гүлнар',
  'Бекзат',
  'Алия',
  'Дмитрий',
  'Әсем',
  'Қайрат',
];
export const INITIALS = ['А', 'Б', 'Ж', 'Е', 'И', 'К', 'Қ', 'М', 'Н', 'О', 'С', 'Т', 'Ш', 'Ә'];
