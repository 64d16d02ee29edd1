/**
 * Demo data of funding: two years of history so a visitor sees every step on the first start.
 * Plans in every state (with public comments and answers); calls of the ministry (mip), regional
 * akimats and the grant operator (cscs) in every state; applications with compliance checks,
 * conflict declarations, scores, published decisions and one correction; projects in delivery,
 * awaiting review, completed and evaluated, with reports, spending, visits and survey answers.
 * The demo accounts: ngo@ represents an organisation with an open draft, an application under
 * review and a project in delivery; expert@ is on the panel of the call under review; official@
 * (mip) and operator@ (cscs) manage their calls. Rows are inserted in batches (fast on PGlite).
 */
import type { FastifyInstance } from 'fastify';
import { sql, type Insertable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { seededRandom } from '../../platform/random.ts';
import { almatyDate } from '../../reference/index.ts';
import {
  awardShares,
  canonicalJson,
  DEFAULT_RUBRIC,
  DRAW_ALGORITHM,
  drawPanel,
  drawSeed,
  evaluationFigures,
  grantBand,
  rankApplications,
  type Instrument,
} from './domain.ts';
import { addMonths } from './commands/signContract.ts';

const DAY = 86_400_000;

const EXPERTS: [string, string[]][] = [
  ['Айнұр Бекова', ['youth', 'education-science-sport']],
  ['Сергей Ким', ['health', 'disability']],
  ['Жанар Оспанова', ['family-children', 'vulnerable-groups']],
  ['Ерлан Тұрсынов', ['civic-monitoring', 'anti-corruption']],
  ['Ольга Петренко', ['environment', 'animal-welfare']],
  ['Нұрлан Әбенов', ['rural-development', 'social-entrepreneurship']],
  ['Мадина Сейтқали', ['culture', 'interethnic-accord']],
  ['Тимур Ахметжанов', ['human-rights', 'consumer-rights']],
  ['Әлия Жұмабаева', ['veterans', 'volunteering']],
  ['Виктория Лим', ['gender-equality', 'civil-society']],
];

interface LotSpec {
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
interface CallSpec {
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

const CALLS: CallSpec[] = [
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

const PROJECT_TITLES_RU = [
  'Вместе сильнее',
  'Открытые двери',
  'Шаг навстречу',
  'Новые возможности',
  'Голос молодёжи',
  'Рядом с вами',
  'Чистый город',
  'Мост доверия',
  'Жаңа белес',
  'Бірге болайық',
  'Жарқын болашақ',
  'Үміт жолы',
];

/** A deterministic v4-shaped uuid from the PRNG. */
function uuid(r: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 3) | 8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export async function seedFundingDemo(app: FastifyInstance, opts: { seed: number; now?: Date }) {
  const db = app.db;
  const r = seededRandom(opts.seed + 3);
  const now = opts.now ?? new Date();
  const at = (days: number, hour = 18) => {
    const d = almatyDate(new Date(now.getTime() + days * DAY));
    return new Date(`${d}T${String(hour).padStart(2, '0')}:00:00+05:00`);
  };
  const pickN = <T>(arr: T[], n: number) => {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, n);
  };

  const bodies = new Map(
    (await db.selectFrom('state_bodies').select(['id', 'code']).execute()).map((b) => [b.code, b.id]),
  );
  const users = new Map(
    (
      await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'password_hash'])
        .where('email', 'like', '%@demo.qogam.kz')
        .execute()
    ).map((u) => [u.email, u]),
  );
  const expertUser = users.get('expert@demo.qogam.kz');
  const ngoUser = users.get('ngo@demo.qogam.kz');
  const official = users.get('official@demo.qogam.kz');
  const operator = users.get('operator@demo.qogam.kz');
  if (!expertUser || !ngoUser || !bodies.get('mip') || !bodies.get('cscs')) return;
  const ngoBin = (
    await db
      .selectFrom('memberships')
      .select('org_id')
      .where('user_id', '=', ngoUser.id)
      .where('org_type', '=', 'organization')
      .executeTakeFirst()
  )?.org_id;

  // ------------------------------------------------------------ experts
  const expertIds: string[] = [expertUser.id];
  const newUsers = EXPERTS.map(([name], i) => ({
    id: uuid(r),
    email: `funding-${i + 1}@demo.qogam.kz`,
    name,
    password_hash: expertUser.password_hash,
    roles: ['citizen', 'expert'],
    email_confirmed_at: now,
  }));
  await db.insertInto('users').values(newUsers).execute();
  expertIds.push(...newUsers.map((u) => u.id));
  await db
    .insertInto('funding_experts')
    .values([
      {
        user_id: expertUser.id,
        display_name: expertUser.name,
        areas: ['civil-society', 'interethnic-accord', 'culture'],
        bio: 'Социолог, 12 лет оценки социальных проектов.',
        joined_at: at(-700),
      },
      ...newUsers.map((u, i) => ({
        user_id: u.id,
        display_name: u.name,
        areas: EXPERTS[i][1],
        bio: i % 2 ? 'Эксперт по социальным проектам.' : 'Әлеуметтік жобалар бойынша сарапшы.',
        joined_at: at(-700 + i * 10),
      })),
    ])
    .execute();
  const expertNames = new Map([
    [expertUser.id, expertUser.name],
    ...newUsers.map((u) => [u.id, u.name] as [string, string]),
  ]);

  // ------------------------------------------------------- organisations
  const orgRows = await db
    .selectFrom('organizations')
    .select(['bin', 'region'])
    .where('verification', '=', 'verified')
    .where('status', '=', 'active')
    .orderBy('bin')
    .limit(120)
    .execute();
  const pool = orgRows.map((o) => o.bin).filter((b) => b !== ngoBin);

  // --------------------------------------------------------------- plans
  const plans: any[] = [];
  const topics: any[] = [];
  const comments: any[] = [];
  const audit: any[] = [];
  const pub = (
    action: string,
    entityType: string,
    entityId: string,
    when: Date,
    actor: { id: string; name: string } | undefined,
    data: Record<string, unknown> = {},
  ) =>
    audit.push({
      at: when,
      actor_id: actor?.id ?? null,
      actor_name: actor?.name ?? null,
      action: `funding.${action}`,
      entity_type: entityType,
      entity_id: entityId,
      data: JSON.stringify(data),
      is_public: true,
    });
  const planSpecs = [
    {
      body: 'mip',
      instrument: 'social_order',
      year: 2026,
      title: 'План тем государственного социального заказа на 2026 год',
      status: 'approved',
      start: -380,
      end: -360,
      approved: -350,
    },
    {
      body: 'cscs',
      instrument: 'grant',
      year: 2026,
      title: 'План грантовых программ на 2026 год',
      status: 'approved',
      start: -330,
      end: -310,
      approved: -300,
    },
    {
      body: 'mip',
      instrument: 'social_order',
      year: 2027,
      title: 'План тем государственного социального заказа на 2027 год',
      status: 'discussion',
      start: -6,
      end: 14,
      approved: null,
    },
    {
      body: 'akimat-almaty-city',
      instrument: 'social_order',
      year: 2027,
      title: 'Алматы қаласы: 2027 жылғы әлеуметтік тапсырыс тақырыптары',
      status: 'draft',
      start: null,
      end: null,
      approved: null,
    },
  ] as const;
  const topicText = [
    [
      'Поддержка пожилых людей, живущих одиноко',
      'vulnerable-groups',
      'По данным обращений граждан за 2025 год, 38% жалоб в социальную сферу касаются ухода за одинокими пожилыми людьми.',
      ['https://qogam.kz/ru/appeals'],
    ],
    [
      'Вовлечение молодёжи в местное самоуправление',
      'youth',
      'Рекомендация Гражданского форума 2025 года; 14 инициатив молодёжи о создании молодёжных маслихатов.',
      ['https://qogam.kz/ru/forum'],
    ],
    [
      'Доступность городской среды',
      'disability',
      'Результаты гражданского мониторинга: 62% проверенных зданий недоступны для людей на колясках.',
      ['https://qogam.kz/ru/monitoring'],
    ],
    [
      'Экологическое просвещение в школах',
      'environment',
      'Предложения 9 НПО экологической направленности, поданные в акимат.',
      [],
    ],
  ] as const;
  for (const ps of planSpecs) {
    const id = uuid(r);
    const creator = ps.body === 'cscs' ? operator : official;
    plans.push({
      id,
      state_body_id: bodies.get(ps.body)!,
      instrument: ps.instrument,
      year: ps.year,
      title: ps.title,
      status: ps.status,
      discussion_starts_at: ps.start === null ? null : at(ps.start, 9),
      discussion_ends_at: ps.end === null ? null : at(ps.end, 23),
      approved_at: ps.approved === null ? null : at(ps.approved, 11),
      created_by: creator?.id ?? null,
      created_at: at((ps.start ?? -2) - 10),
    });
    const tIds: string[] = [];
    for (const [ti, [title, area, evidence, links]] of topicText.entries()) {
      if (ps.status === 'draft' && ti > 1) break;
      const tid = uuid(r);
      tIds.push(tid);
      topics.push({
        id: tid,
        plan_id: id,
        title,
        description: 'Тема предложена для включения в план по итогам анализа потребностей.',
        area,
        region: ps.body.startsWith('akimat-') ? 'almaty-city' : null,
        evidence,
        evidence_links: [...links],
        created_at: at((ps.start ?? -2) - 9),
      });
    }
    pub('plan.created', 'funding_plan', id, at((ps.start ?? -2) - 10), creator);
    if (ps.start !== null) {
      pub('plan.discussionOpened', 'funding_plan', id, at(ps.start, 9), creator);
      const texts = [
        'Предлагаю добавить тему поддержки семей, воспитывающих детей с инвалидностью.',
        'Бюджет лотов по молодёжи кажется заниженным для сельских районов.',
        'Жоспарға ауылдық кітапханаларды қолдауды қосуды сұраймын.',
      ];
      texts.forEach((body, i) => {
        const answered = ps.status === 'approved' || i === 0;
        comments.push({
          id: uuid(r),
          plan_id: id,
          topic_id: i === 1 ? tIds[1] : null,
          author_id: users.get('citizen@demo.qogam.kz')?.id ?? null,
          author_name: i === 2 ? 'Айгерім Нұрланқызы' : ['Айгерим Н.', 'Кайрат Б.'][i],
          body,
          answer: answered
            ? i === 2
              ? 'Ұсыныс ескерілді: тақырып келесі жылдың жоспарына енгізіледі.'
              : 'Спасибо. Предложение учтено: тема будет рассмотрена при формировании лотов.'
            : null,
          answered_by: answered ? (creator?.id ?? null) : null,
          answered_at: answered ? at(ps.start! + 3 + i) : null,
          created_at: at(ps.start! + 1 + i, 12),
        });
        if (answered) pub('plan.commentAnswered', 'funding_plan', id, at(ps.start! + 3 + i), creator);
      });
    }
    if (ps.approved !== null) pub('plan.approved', 'funding_plan', id, at(ps.approved, 11), creator);
  }
  await db.insertInto('funding_plans').values(plans).execute();
  await db.insertInto('funding_topics').values(topics).execute();
  await db.insertInto('funding_plan_comments').values(comments).execute();

  // --------------------------------------------------------------- calls
  const calls: any[] = [],
    lots: any[] = [],
    apps: any[] = [],
    panels: any[] = [],
    members: any[] = [],
    conflicts: any[] = [],
    scores: any[] = [],
    decisions: any[] = [],
    corrections: any[] = [];
  const projects: any[] = [],
    milestones: any[] = [],
    lines: any[] = [],
    reports: any[] = [],
    spending: any[] = [],
    visits: any[] = [],
    survey: any[] = [],
    evaluations: any[] = [];
  const numbers = new Map<string, number>();
  const approvedPlan = (code: string) =>
    plans.find((p) => p.state_body_id === bodies.get(code) && p.status === 'approved');
  let ngoUsed = 0;

  for (const spec of CALLS) {
    const bodyId = bodies.get(spec.body);
    if (!bodyId) continue;
    const manager = spec.body === 'cscs' ? operator : official;
    const callId = uuid(r);
    const opensAt = at(spec.opens, 9);
    const closesAt = at(spec.closes, 18);
    const year = Number(almatyDate(opensAt).slice(0, 4));
    const prefix = `${spec.body.toUpperCase()}-${year}-`;
    const n = (numbers.get(prefix) ?? 0) + 1;
    numbers.set(prefix, n);
    const number = `${prefix}${String(n).padStart(2, '0')}`;
    const plan = approvedPlan(spec.body);
    calls.push({
      id: callId,
      number,
      plan_id: plan?.id ?? null,
      state_body_id: bodyId,
      instrument: spec.instrument,
      title: spec.title,
      description: spec.description,
      status: spec.status,
      announced_at: spec.status === 'draft' ? null : at(Math.min(spec.opens, 0) - 3, 10),
      opens_at: opensAt,
      closes_at: closesAt,
      rubric: JSON.stringify(DEFAULT_RUBRIC),
      required_documents: spec.instrument === 'award' ? ['charter'] : ['charter', 'budget', 'cv'],
      panel_size: 3,
      created_by: manager?.id ?? null,
      created_at: at(spec.opens - 10),
    });
    pub('call.created', 'funding_call', callId, at(spec.opens - 10), manager, { number });
    if (spec.status !== 'draft')
      pub('call.publish', 'funding_call', callId, at(Math.min(spec.opens, 0) - 3, 10), manager);
    if (spec.status === 'cancelled') pub('call.cancel', 'funding_call', callId, at(spec.closes - 5), manager);

    // The panel (drawn for review/decided calls), reproducibly from the published inputs.
    let panel: string[] = [];
    if (spec.status === 'review' || spec.status === 'decided') {
      const candidates = [...expertIds].sort();
      let size = 3;
      const inputsFor = (s: number) => ({ callId, closesAt: closesAt.toISOString(), candidates, size: s });
      if (spec.status === 'review') {
        // The demo expert must be on the panel under review: the size grows until the honest draw includes them.
        while (
          !drawPanel(drawSeed(inputsFor(size)), candidates, size).includes(expertUser.id) &&
          size < candidates.length
        )
          size++;
        calls[calls.length - 1].panel_size = size;
      }
      const inputs = inputsFor(size);
      const seed = drawSeed(inputs);
      panel = drawPanel(seed, candidates, size);
      panels.push({
        call_id: callId,
        algorithm: DRAW_ALGORITHM,
        seed,
        inputs: canonicalJson(inputs),
        size,
        drawn_by: manager?.id ?? null,
        drawn_at: at(spec.closes + 2, 11),
      });
      panel.forEach((user_id, i) => members.push({ call_id: callId, user_id, position: i + 1 }));
      pub('panel.drawn', 'funding_call', callId, at(spec.closes + 2, 11), manager, {
        seed,
        algorithm: DRAW_ALGORITHM,
        candidates: candidates.length,
        members: panel,
      });
      pub('call.close', 'funding_call', callId, at(spec.closes, 18), manager);
      pub('call.startReview', 'funding_call', callId, at(spec.closes + 3, 10), manager);
    }

    const decidedApps: {
      id: string;
      lotIndex: number;
      bin: string;
      requested: number;
      submittedAt: Date;
      status: string;
      title: string;
      lines: { item: string; amountTiyn: number }[];
      indicators: { name: string; unit: string; target: number }[];
      beneficiaries: number;
    }[] = [];
    for (const [li, ls] of spec.lots.entries()) {
      const lotId = uuid(r);
      const budgetTiyn = ls.budget * 100;
      lots.push({
        id: lotId,
        call_id: callId,
        number: li + 1,
        topic_id: plan ? (topics.find((t) => t.plan_id === plan.id && t.area === ls.area)?.id ?? null) : null,
        title: ls.title,
        description: ls.results,
        area: ls.area,
        region: ls.region,
        budget_tiyn: budgetTiyn,
        duration_months: ls.months,
        expected_results: ls.results,
        indicators: JSON.stringify(ls.indicators.map(([name, unit, target]) => ({ name, unit, target }))),
        grant_type: ls.grantType ?? null,
        prize_tiyn: ls.prize ? ls.prize * 100 : null,
        split_rule: ls.split ?? null,
      });
      // Applicants: the demo NGO takes part where the story needs it.
      const wantNgo =
        !!ngoBin &&
        ((spec.status === 'decided' && spec.projects?.[li] === 'delivering' && ngoUsed === 0) ||
          (spec.status === 'review' && li === 0) ||
          (spec.status === 'published' && spec.body === 'akimat-karaganda') ||
          (spec.status === 'decided' && spec.opens < -600 && li === 2));
      const bins = pickN(pool, spec.appsPerLot);
      if (wantNgo) {
        bins[0] = ngoBin!;
        if (spec.status === 'decided' && spec.projects?.[li] === 'delivering') ngoUsed++;
      }
      const lotApps: typeof decidedApps = [];
      for (const [ai, bin] of bins.entries()) {
        if (!bin) continue;
        const id = uuid(r);
        const band = ls.grantType ? grantBand(ls.grantType, opensAt) : null;
        let requested = Math.round((ls.budget * (0.75 + r() * 0.25)) / 1000) * 1000 * 100;
        if (spec.instrument === 'grant')
          requested = Math.max(
            band!.minTiyn,
            Math.min(Math.floor(budgetTiyn / 2 / 100000) * 100000, band!.maxTiyn ?? requested),
          );
        if (spec.instrument === 'award') requested = ls.prize! * 100;
        const a1 = Math.round((requested * 0.55) / 100) * 100;
        const a2 = Math.round((requested * 0.3) / 100) * 100;
        const budget = [
          { item: 'Оплата труда специалистов', amountTiyn: a1 },
          { item: 'Проведение мероприятий', amountTiyn: a2 },
          { item: 'Информационное сопровождение', amountTiyn: requested - a1 - a2 },
        ];
        const indicators = ls.indicators.map(([name, unit, target]) => ({
          name,
          unit,
          target: Math.round(target * (0.9 + r() * 0.3)),
        }));
        const title = `${PROJECT_TITLES_RU[Math.floor(r() * PROJECT_TITLES_RU.length)]}: ${ls.title.toLowerCase()}`;
        const submittedAt = new Date(
          closesAt.getTime() - (1 + Math.floor(r() * 20)) * DAY - Math.floor(r() * 10) * 3_600_000,
        );
        let status: string;
        if (spec.status === 'published') status = bin === ngoBin ? 'draft' : li === 1 ? 'withdrawn' : 'submitted';
        else if (spec.status === 'closed') status = 'submitted';
        else if (spec.status === 'cancelled') status = 'withdrawn';
        else status = ai === bins.length - 1 && bins.length > 2 ? 'rejected' : 'admitted';
        const beneficiaries = Math.round((indicators[0]?.target ?? 50) * (1 + r()));
        apps.push({
          id,
          lot_id: lotId,
          call_id: callId,
          bin,
          status,
          language: r() < 0.4 ? 'kk' : 'ru',
          title,
          summary: `Проект направлен на решение задачи лота «${ls.title}» силами организации и волонтёров.`,
          description: `${ls.results} Организация имеет опыт реализации похожих проектов в регионе. План включает подготовительный этап, основную работу с целевой группой и публичный отчёт о результатах. Результаты будут измеряться по показателям лота.`,
          activities: JSON.stringify([
            { title: 'Подготовительный этап', period: '1–2 месяц' },
            { title: 'Работа с целевой группой', period: '3–10 месяц' },
            { title: 'Итоговая конференция и отчёт', period: 'последний месяц' },
          ]),
          budget_lines: JSON.stringify(budget),
          requested_tiyn: requested,
          indicators: JSON.stringify(indicators),
          team: JSON.stringify([
            { name: 'Руководитель проекта', role: 'управление' },
            { name: 'Координатор', role: 'работа с участниками' },
          ]),
          beneficiaries_planned: beneficiaries,
          compliance_note:
            status === 'rejected' ? 'Не представлена смета расходов, обязательная по условиям конкурса.' : null,
          created_by: bin === ngoBin ? ngoUser.id : null,
          submitted_at: status === 'draft' ? null : submittedAt,
          withdrawn_at: status === 'withdrawn' ? at(Math.min(spec.closes - 6, -1)) : null,
          created_at: new Date(submittedAt.getTime() - 5 * DAY),
          updated_at: submittedAt,
        });
        if (status !== 'draft')
          pub('application.submitted', 'funding_application', id, submittedAt, undefined, { bin });
        if (status === 'rejected' || status === 'admitted')
          pub(`application.${status}`, 'funding_application', id, at(spec.closes + 1, 15), manager);
        lotApps.push({
          id,
          lotIndex: li,
          bin,
          requested,
          submittedAt,
          status,
          title,
          lines: budget,
          indicators,
          beneficiaries,
        });
      }

      // Declarations and scores: every panel member on decided calls; some of them on the call under review (never the demo expert).
      const admitted = lotApps.filter((a) => a.status === 'admitted');
      for (const a of admitted) {
        for (const [pi, e] of panel.entries()) {
          if (spec.status === 'review' && (e === expertUser.id || pi % 2 === 1)) continue;
          const conflicted = spec.status === 'decided' && pi === 2 && li === 0 && a === admitted[0];
          conflicts.push({
            application_id: a.id,
            expert_id: e,
            kinds: conflicted ? ['payment'] : [],
            note: '',
            declared_at: at(spec.closes + 4, 10),
          });
          pub(
            'conflict.declared',
            'funding_application',
            a.id,
            at(spec.closes + 4, 10),
            { id: e, name: expertNames.get(e)! },
            { expert: expertNames.get(e), kinds: conflicted ? ['payment'] : [] },
          );
          if (conflicted) continue;
          const quality = 0.55 + r() * 0.4;
          const criteria = Object.fromEntries(
            DEFAULT_RUBRIC.map((c) => [
              c.key,
              Math.max(0, Math.min(c.max, Math.round(c.max * (quality + (r() - 0.5) * 0.15)))),
            ]),
          );
          const total = Object.values(criteria).reduce((s, v) => s + v, 0);
          scores.push({
            application_id: a.id,
            expert_id: e,
            criteria: JSON.stringify(criteria),
            total,
            comment:
              total > 70
                ? 'Проект обоснован, показатели реалистичны.'
                : 'Бюджет требует уточнения, показатели завышены.',
            submitted_at: at(spec.closes + 8 + pi, 16),
          });
          pub(
            'score.submitted',
            'funding_application',
            a.id,
            at(spec.closes + 8 + pi, 16),
            { id: e, name: expertNames.get(e)! },
            { expert: expertNames.get(e) },
          );
        }
      }
      if (spec.status === 'decided') {
        const ranked = rankApplications(
          admitted.map((a) => ({
            id: a.id,
            submittedAt: a.submittedAt,
            totals: scores.filter((s) => s.application_id === a.id).map((s) => s.total),
          })),
        );
        // The demo NGO wins the lot where its project is in delivery; elsewhere the best score wins.
        const winners =
          spec.instrument === 'award'
            ? ranked.slice(0, 2).map((x) => x.id)
            : ([
                ngoBin && admitted.some((a) => a.bin === ngoBin) && spec.projects?.[li] === 'delivering'
                  ? admitted.find((a) => a.bin === ngoBin)!.id
                  : ranked[0]?.id,
              ].filter(Boolean) as string[]);
        for (const x of ranked) {
          const row = apps.find((a) => a.id === x.id)!;
          row.status = winners.includes(x.id) ? 'awarded' : 'not_awarded';
          row.score = x.score;
          row.rank = x.rank;
          const la = lotApps.find((a) => a.id === x.id)!;
          la.status = row.status;
        }
        decidedApps.push(...lotApps);
      }
    }

    if (spec.status === 'decided') {
      const decidedAt = at(spec.closes + 25, 15);
      decisions.push({
        call_id: callId,
        reasons:
          'Комиссия на открытом заседании рассмотрела рейтинг, составленный по оценкам экспертной комиссии, и признала победителями заявки с наибольшим средним баллом по каждому лоту. Заявки, не прошедшие проверку на соответствие, к оценке не допускались.',
        commission: 'Председатель и 6 членов комиссии; заседание транслировалось онлайн.',
        decided_by: manager?.id ?? null,
        published_at: decidedAt,
      });
      pub('call.decided', 'funding_call', callId, decidedAt, manager);
      // One recorded correction on the oldest call: an arithmetic error in a score sheet.
      if (spec.opens < -600) {
        const target = apps.find((a) => a.call_id === callId && a.status === 'not_awarded' && a.bin !== ngoBin);
        if (target) {
          corrections.push({
            id: uuid(r),
            call_id: callId,
            application_id: target.id,
            from_status: 'not_awarded',
            to_status: 'not_awarded',
            reason:
              'Исправлена арифметическая ошибка в оценочном листе эксперта; итоговый результат заявки не изменился.',
            corrected_by: manager?.id ?? null,
            corrected_at: at(spec.closes + 30, 12),
          });
          pub('decision.corrected', 'funding_call', callId, at(spec.closes + 30, 12), manager, {
            applicationId: target.id,
          });
        }
      }
      // Contracts and delivery.
      let pn = 0;
      for (const [li, ls] of spec.lots.entries()) {
        const won = decidedApps.filter((a) => a.lotIndex === li && a.status === 'awarded');
        const shares =
          spec.instrument === 'award' ? awardShares(ls.prize! * 100, won.length, ls.split ?? 'single') : [];
        for (const [wi, w] of won.entries()) {
          const projectStatus = spec.projects?.[li] ?? 'delivering';
          const pid = uuid(r);
          pn++;
          const amount = spec.instrument === 'award' ? shares[wi] : w.requested;
          const startsOn = almatyDate(at(spec.closes + 40));
          const endsOn = addMonths(startsOn, ls.months);
          const signedAt = at(spec.closes + 35, 12);
          projects.push({
            id: pid,
            number: `${number}/${pn}`,
            application_id: w.id,
            call_id: callId,
            lot_id: lots.find((l) => l.call_id === callId && l.number === li + 1)!.id,
            bin: w.bin,
            state_body_id: bodyId,
            instrument: spec.instrument,
            title: w.title,
            area: ls.area,
            region: ls.region,
            amount_tiyn: amount,
            starts_on: startsOn,
            ends_on: endsOn,
            signed_at: signedAt,
            status: projectStatus,
            survey_token: uuid(r).replace(/-/g, '').slice(0, 12),
            beneficiaries_planned: w.beneficiaries,
            created_at: signedAt,
            updated_at: signedAt,
          });
          pub('contract.signed', 'funding_project', pid, signedAt, manager, {
            number: `${number}/${pn}`,
            amountTiyn: amount,
          });
          const acts = ['Подготовительный этап', 'Работа с целевой группой', 'Итоговая конференция и отчёт'];
          acts.forEach((title, i) =>
            milestones.push({
              id: uuid(r),
              project_id: pid,
              position: i + 1,
              title,
              due_on: addMonths(startsOn, Math.max(1, Math.round(((i + 1) * ls.months) / acts.length))),
              done_on: null,
            }),
          );
          const lineIds = w.lines.map((l, i) => {
            const id = uuid(r);
            lines.push({
              id,
              project_id: pid,
              position: i + 1,
              item: l.item,
              planned_tiyn:
                spec.instrument === 'award' ? Math.round((l.amountTiyn * amount) / w.requested) : l.amountTiyn,
            });
            return id;
          });
          const planned = lines.filter((l) => l.project_id === pid);
          const report = (kind: 'interim' | 'final', share: number, days: number, status: string, reached: number) => {
            const rid = uuid(r);
            const values = Object.fromEntries(
              w.indicators.map((i) => [i.name, Math.round(i.target * share * (0.85 + r() * 0.3))]),
            );
            reports.push({
              id: rid,
              project_id: pid,
              kind,
              period: kind === 'interim' ? '1-е полугодие' : 'Весь срок проекта',
              narrative:
                kind === 'interim'
                  ? 'Проведён подготовительный этап, набраны участники, проведена половина запланированных мероприятий. Отклонений от плана нет.'
                  : 'Все мероприятия проведены. Показатели достигнуты или превышены; проведена итоговая конференция, отчёт опубликован.',
              beneficiaries_reached: reached,
              indicator_values: JSON.stringify(values),
              status,
              review_note: status === 'accepted' ? 'Принят без замечаний.' : null,
              submitted_by: null,
              submitted_at: at(spec.closes + days, 17),
              reviewed_at: status === 'submitted' ? null : at(spec.closes + days + 7, 11),
            });
            planned.forEach((l, i) =>
              spending.push({
                id: uuid(r),
                report_id: rid,
                budget_line_id: lineIds[i],
                amount_tiyn: Math.floor(l.planned_tiyn * (kind === 'interim' ? 0.45 : 0.5) * (0.9 + r() * 0.1)),
              }),
            );
            pub(`report.${kind}Submitted`, 'funding_project', pid, at(spec.closes + days, 17), undefined);
            if (status === 'accepted')
              pub('report.accepted', 'funding_project', pid, at(spec.closes + days + 7, 11), manager);
            return values;
          };
          if (spec.instrument !== 'award') {
            report('interim', 0.5, 40 + ls.months * 15, 'accepted', Math.round(w.beneficiaries * 0.5));
            visits.push({
              id: uuid(r),
              project_id: pid,
              visited_on: almatyDate(at(spec.closes + 40 + ls.months * 12)),
              visitor_id: manager?.id ?? null,
              visitor_name: manager?.name ?? 'Мониторинговая группа',
              findings:
                r() < 0.7
                  ? 'Мероприятия проводятся по плану, участники подтверждают получение услуг. Документы в порядке.'
                  : 'Мероприятия проводятся, но журнал учёта участников ведётся не полностью; рекомендовано устранить до следующего отчёта.',
              outcome: r() < 0.7 ? 'ok' : 'remarks',
              created_at: at(spec.closes + 40 + ls.months * 12),
            });
            pub('visit.recorded', 'funding_project', pid, at(spec.closes + 40 + ls.months * 12), manager);
          }
          let last: Record<string, number> = {};
          const reached = Math.round(w.beneficiaries * (0.9 + r() * 0.3));
          if (projectStatus === 'final_submitted') last = report('final', 1, 40 + ls.months * 30, 'submitted', reached);
          if (projectStatus === 'completed' || projectStatus === 'evaluated')
            last = spec.instrument === 'award' ? {} : report('final', 1, 40 + ls.months * 30, 'accepted', reached);
          const answers = projectStatus === 'delivering' ? 3 + Math.floor(r() * 5) : 8 + Math.floor(r() * 10);
          const scoresOf: number[] = [];
          for (let k = 0; k < answers; k++) {
            const score = r() < 0.55 ? 5 : r() < 0.75 ? 4 : r() < 0.9 ? 3 : 2;
            scoresOf.push(score);
            survey.push({
              id: uuid(r),
              project_id: pid,
              score,
              comment:
                score >= 4
                  ? ['Спасибо организаторам!', 'Өте пайдалы болды, рахмет!', 'Хотим продолжения проекта.'][k % 3]
                  : 'Было бы лучше проводить занятия ближе к дому.',
              created_at: at(spec.closes + 60 + k * 9, 13),
            });
          }
          if (projectStatus === 'evaluated') {
            const indicators = w.indicators.map((i) => ({
              name: i.name,
              target: i.target,
              actual: last[i.name] ?? i.target,
            }));
            const socialValue = r() < 0.6 ? Math.round(amount * (1.3 + r() * 1.5)) : null;
            const f = evaluationFigures({
              indicators,
              amountTiyn: amount,
              beneficiaries: reached,
              socialValueTiyn: socialValue,
              satisfaction: scoresOf.reduce((s, v) => s + v, 0) / scoresOf.length,
            });
            evaluations.push({
              project_id: pid,
              indicators: JSON.stringify(indicators),
              achievement: f.achievement,
              outcomes:
                'Проект достиг целевых показателей. Участники отмечают практическую пользу; организация продолжает работу за счёт собственных средств и волонтёров. Социальный эффект оценён по методике SROI там, где данные позволяют.',
              beneficiaries: reached,
              cost_per_beneficiary_tiyn: f.costPerBeneficiaryTiyn,
              social_value_tiyn: socialValue,
              sroi: f.sroi,
              score: f.score,
              evaluated_by: manager?.id ?? null,
              evaluated_at: at(spec.closes + 60 + ls.months * 31, 12),
            });
            pub('project.evaluated', 'funding_project', pid, at(spec.closes + 60 + ls.months * 31, 12), manager, {
              score: f.score,
            });
          }
        }
      }
    }
  }

  const insert = async <T extends keyof DB>(table: T, rows: Insertable<DB[T]>[]) => {
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 500))
        .execute();
  };
  await insert('funding_calls', calls);
  await insert('funding_lots', lots);
  await insert('funding_applications', apps);
  await insert('funding_panels', panels);
  await insert('funding_panel_members', members);
  await insert('funding_conflicts', conflicts);
  await insert('funding_scores', scores);
  await insert('funding_decisions', decisions);
  await insert('funding_decision_corrections', corrections);
  await insert('funding_projects', projects);
  await insert('funding_milestones', milestones);
  await insert('funding_budget_lines', lines);
  await insert('funding_reports', reports);
  await insert('funding_spending', spending);
  await insert('funding_visits', visits);
  await insert('funding_survey_responses', survey);
  await insert('funding_evaluations', evaluations);
  await insert(
    'audit_log',
    audit.sort((a, b) => a.at.getTime() - b.at.getTime()),
  );
  await sql`analyze funding_calls, funding_applications, funding_projects`.execute(db);
}
