/**
 * The calls of funding's demo, in the order they are made: the ministry's (mip), regional
 * akimats' and the grant operator's (cscs), in every state; what became of each decided lot's
 * projects. Days are relative to the demo's "now".
 */
import type { Instrument } from '../domain.ts';

export interface LotSpec {
  title: string;
  area: string;
  region: string | null;
  budget: number;
  months: number;
  grantType?: 'short_term' | 'medium_term' | 'long_term';
  prize?: number;
  split?: 'single' | 'equal_split';
  indicators: [string, string, number][];
  results: string;
}
export interface CallSpec {
  body: string;
  instrument: Instrument;
  title: string;
  description: string;
  status: 'draft' | 'published' | 'closed' | 'review' | 'decided' | 'cancelled';
  opens: number;
  closes: number;
  lots: LotSpec[];
  appsPerLot: number;
  /** For decided calls: what became of the projects, per lot. */
  projects?: ('delivering' | 'final_submitted' | 'completed' | 'evaluated')[];
}

const ind = (a: string, b: string, c: number): [string, string, number] => [a, b, c];

export const CALLS: CallSpec[] = [
  {
    body: 'mip',
    instrument: 'social_order',
    status: 'decided',
    opens: -640,
    closes: -610,
    title: 'Государственный социальный заказ 2025: молодёжь и семьи',
    description:
      'Конкурс на реализацию социально значимых проектов по поддержке молодёжи и семей в 2025 году. Темы утверждены по итогам общественного обсуждения плана.',
    lots: [
      {
        title: 'Профилактика буллинга в школах',
        area: 'youth',
        region: 'almaty-city',
        budget: 18_000_000,
        months: 12,
        indicators: [ind('Обучено педагогов', 'человек', 300), ind('Проведено тренингов', 'тренингов', 40)],
        results: 'Снижение числа случаев буллинга в школах-участницах; обученные педагоги-медиаторы.',
      },
      {
        title: 'Поддержка многодетных семей в сельской местности',
        area: 'family-children',
        region: 'turkistan',
        budget: 24_000_000,
        months: 12,
        indicators: [ind('Семей получили консультации', 'семей', 600), ind('Открыто клубов родителей', 'клубов', 12)],
        results: 'Доступ многодетных семей к консультациям юристов и психологов.',
      },
      {
        title: 'Центр карьерного старта для молодёжи NEET',
        area: 'youth',
        region: 'karaganda',
        budget: 30_000_000,
        months: 12,
        indicators: [ind('Трудоустроено молодых людей', 'человек', 150)],
        results: 'Молодёжь, не занятая учёбой и работой, получает профессию и работу.',
      },
    ],
    appsPerLot: 4,
    projects: ['evaluated', 'evaluated', 'evaluated'],
  },
  {
    body: 'akimat-turkistan',
    instrument: 'social_order',
    status: 'decided',
    opens: -560,
    closes: -530,
    title: 'Түркістан облысы: әлеуметтік тапсырыс 2025',
    description: 'Облыс әкімдігінің мүмкіндігі шектеулі адамдарды қолдау жөніндегі әлеуметтік жобалар конкурсы.',
    lots: [
      {
        title: 'Инклюзивті спорт секциялары',
        area: 'disability',
        region: 'turkistan',
        budget: 12_000_000,
        months: 12,
        indicators: [ind('Қатысушылар', 'адам', 200)],
        results: 'Мүмкіндігі шектеулі балалар үшін тұрақты спорт секциялары.',
      },
      {
        title: 'Үйде әлеуметтік көмек көрсету',
        area: 'vulnerable-groups',
        region: 'turkistan',
        budget: 16_000_000,
        months: 18,
        indicators: [ind('Көмек алған қарттар', 'адам', 250), ind('Волонтерлер', 'адам', 60)],
        results: 'Жалғыз басты қарттарға үйде күтім көрсету.',
      },
    ],
    appsPerLot: 3,
    projects: ['evaluated', 'completed'],
  },
  {
    body: 'cscs',
    instrument: 'grant',
    status: 'decided',
    opens: -520,
    closes: -490,
    title: 'Гранты для НПО 2025: гражданский мониторинг и экология',
    description:
      'Грантовые программы оператора: краткосрочные и среднесрочные гранты. Суммы в пределах, установленных законом в МРП.',
    lots: [
      {
        title: 'Гражданский мониторинг качества госуслуг',
        area: 'civic-monitoring',
        region: null,
        budget: 11_000_000,
        months: 9,
        grantType: 'short_term',
        indicators: [ind('Проверено учреждений', 'учреждений', 80)],
        results: 'Публичный доклад о качестве госуслуг с рекомендациями.',
      },
      {
        title: 'Раздельный сбор отходов в малых городах',
        area: 'environment',
        region: 'east-kazakhstan',
        budget: 30_000_000,
        months: 18,
        grantType: 'medium_term',
        indicators: [ind('Установлено контейнерных площадок', 'площадок', 50), ind('Собрано вторсырья', 'тонн', 120)],
        results: 'Работающая система раздельного сбора в трёх городах.',
      },
    ],
    appsPerLot: 3,
    projects: ['evaluated', 'evaluated'],
  },
  {
    body: 'cscs',
    instrument: 'award',
    status: 'decided',
    opens: -460,
    closes: -440,
    title: 'Премия для НПО 2025',
    description: 'Ежегодная премия для неправительственных организаций за вклад в решение социальных задач.',
    lots: [
      {
        title: 'Номинация «Лучший волонтёрский проект»',
        area: 'volunteering',
        region: null,
        budget: 4_000_000,
        months: 1,
        prize: 4_000_000,
        split: 'equal_split',
        indicators: [],
        results: 'Признание лучших волонтёрских инициатив года.',
      },
    ],
    appsPerLot: 4,
    projects: ['completed'],
  },
  {
    body: 'akimat-karaganda',
    instrument: 'social_order',
    status: 'cancelled',
    opens: -420,
    closes: -400,
    title: 'Социальный заказ Карагандинской области: поддержка ветеранов',
    description: 'Конкурс отменён в связи с перераспределением бюджета; тема перенесена в план следующего года.',
    lots: [
      {
        title: 'Клубы ветеранов',
        area: 'veterans',
        region: 'karaganda',
        budget: 8_000_000,
        months: 12,
        indicators: [ind('Участники клубов', 'человек', 300)],
        results: 'Досуг и поддержка ветеранов.',
      },
    ],
    appsPerLot: 0,
  },
  {
    body: 'mip',
    instrument: 'social_order',
    status: 'decided',
    opens: -300,
    closes: -270,
    title: 'Государственный социальный заказ 2026: гражданское участие',
    description: 'Проекты развития гражданского участия, волонтёрства и местного самоуправления в 2026 году.',
    lots: [
      {
        title: 'Школа гражданского участия для сельских жителей',
        area: 'civil-society',
        region: 'akmola',
        budget: 20_000_000,
        months: 12,
        indicators: [ind('Выпускники школы', 'человек', 400), ind('Инициативы, поданные в акиматы', 'инициатив', 30)],
        results: 'Жители сёл умеют подавать и отстаивать местные инициативы.',
      },
      {
        title: 'Волонтёрский центр помощи пожилым',
        area: 'volunteering',
        region: 'almaty-city',
        budget: 15_000_000,
        months: 12,
        indicators: [ind('Пожилые получили помощь', 'человек', 500)],
        results: 'Постоянная волонтёрская служба помощи пожилым.',
      },
      {
        title: 'Открытый бюджет: обучение журналистов',
        area: 'anti-corruption',
        region: null,
        budget: 10_000_000,
        months: 12,
        indicators: [ind('Обучено журналистов', 'человек', 120)],
        results: 'Публикации о расходах местных бюджетов.',
      },
    ],
    appsPerLot: 3,
    projects: ['delivering', 'delivering', 'final_submitted'],
  },
  {
    body: 'mip',
    instrument: 'social_order',
    status: 'review',
    opens: -70,
    closes: -40,
    title: 'Государственный социальный заказ 2026: межэтническое согласие',
    description: 'Второй конкурс года: проекты по укреплению межэтнического согласия и культуры.',
    lots: [
      {
        title: 'Фестиваль культур народов Казахстана в регионах',
        area: 'interethnic-accord',
        region: 'pavlodar',
        budget: 14_000_000,
        months: 12,
        indicators: [ind('Зрители фестивалей', 'человек', 5000)],
        results: 'Фестивали в пяти районах области.',
      },
      {
        title: 'Курсы казахского языка для взрослых',
        area: 'culture',
        region: 'north-kazakhstan',
        budget: 9_000_000,
        months: 12,
        indicators: [ind('Выпускники курсов', 'человек', 350)],
        results: 'Взрослые жители освоили казахский язык на уровне B1.',
      },
    ],
    appsPerLot: 3,
  },
  {
    body: 'cscs',
    instrument: 'grant',
    status: 'closed',
    opens: -45,
    closes: -5,
    title: 'Гранты для НПО 2026: здоровье и инклюзия',
    description: 'Приём заявок завершён; идёт проверка на соответствие, затем жеребьёвка экспертов.',
    lots: [
      {
        title: 'Ранняя помощь детям с особенностями развития',
        area: 'health',
        region: 'shymkent',
        budget: 12_000_000,
        months: 12,
        grantType: 'short_term',
        indicators: [ind('Семьи в программе ранней помощи', 'семей', 150)],
        results: 'Служба ранней помощи в городе.',
      },
      {
        title: 'Доступная среда: аудит общественных зданий',
        area: 'disability',
        region: null,
        budget: 40_000_000,
        months: 24,
        grantType: 'medium_term',
        indicators: [ind('Проверено зданий', 'зданий', 400)],
        results: 'Карта доступности и рекомендации для акиматов.',
      },
    ],
    appsPerLot: 3,
  },
  {
    body: 'mip',
    instrument: 'social_order',
    status: 'published',
    opens: -10,
    closes: 25,
    title: 'Государственный социальный заказ 2027: молодёжные инициативы',
    description:
      'Объявлен конкурс на 2027 год. Заявки принимаются на казахском или русском языке до указанного срока (время Астаны).',
    lots: [
      {
        title: 'Молодёжные ресурсные центры в моногородах',
        area: 'youth',
        region: 'ulytau',
        budget: 22_000_000,
        months: 24,
        indicators: [ind('Молодёжь, вовлечённая в проекты', 'человек', 1500)],
        results: 'Работающие ресурсные центры в двух моногородах.',
      },
      {
        title: 'Медиаграмотность для школьников',
        area: 'education-science-sport',
        region: null,
        budget: 12_000_000,
        months: 12,
        indicators: [ind('Обучено школьников', 'человек', 3000)],
        results: 'Школьники распознают недостоверную информацию.',
      },
    ],
    appsPerLot: 1,
  },
  {
    body: 'akimat-karaganda',
    instrument: 'social_order',
    status: 'published',
    opens: -5,
    closes: 40,
    title: 'Қарағанды облысы: ардагерлерді қолдау 2027',
    description: 'Ардагерлерді қолдау жөніндегі әлеуметтік тапсырыс конкурсы (2025 жылғы тақырып жаңартылды).',
    lots: [
      {
        title: 'Ардагерлер клубтары',
        area: 'veterans',
        region: 'karaganda',
        budget: 9_000_000,
        months: 12,
        indicators: [ind('Клуб қатысушылары', 'адам', 300)],
        results: 'Ардагерлерге арналған тұрақты клубтар.',
      },
    ],
    appsPerLot: 1,
  },
  {
    body: 'cscs',
    instrument: 'award',
    status: 'published',
    opens: 7,
    closes: 45,
    title: 'Премия для НПО 2026',
    description: 'Приём заявок и выдвижений начнётся в указанный день.',
    lots: [
      {
        title: 'Номинация «Социальное предпринимательство»',
        area: 'social-entrepreneurship',
        region: null,
        budget: 3_000_000,
        months: 1,
        prize: 3_000_000,
        split: 'single',
        indicators: [],
        results: 'Признание лучших социальных предприятий НПО.',
      },
    ],
    appsPerLot: 0,
  },
  {
    body: 'akimat-east-kazakhstan',
    instrument: 'social_order',
    status: 'draft',
    opens: 20,
    closes: 60,
    title: 'Шығыс Қазақстан: экологиялық білім беру 2027',
    description: 'Конкурс жобасы дайындалуда.',
    lots: [
      {
        title: 'Экологиялық мектеп клубтары',
        area: 'environment',
        region: 'east-kazakhstan',
        budget: 7_000_000,
        months: 12,
        indicators: [ind('Клуб мүшелері', 'оқушы', 600)],
        results: 'Мектептерде экологиялық клубтар.',
      },
    ],
    appsPerLot: 0,
  },
];
