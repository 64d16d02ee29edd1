/**
 * Demo initiatives: every state of the lifecycle, across regions and addressees, with their public
 * history. Collecting ones carry signatures: a few real CMS signatures made with the demo test CA
 * and verified like any other, the rest synthetic rows (no CMS, `synthetic = true`) for volume.
 * Deterministic (seededRandom); dates are relative to the moment of seeding.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { addWorkingDays, almatyDate, almatyDayStart, generateIin } from '../../reference/index.ts';
import { seededRandom } from '../../platform/random.ts';
import { addMembership } from '../accounts/index.ts';
import { createTestCa, issueCertificate, signCms } from '../../platform/pki/index.ts';
import { signInitiative } from './commands/sign.ts';
import { answerDue, collectionEnds, moderationDue, signingPayload, thresholdFor, type Status } from './domain.ts';
import { stateBodyId, type InitiativeRow } from './repository.ts';
import { SignatureBatcher } from './signing.ts';

const DAY = 86_400_000;

interface DemoInitiative {
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

const INITIATIVES: DemoInitiative[] = [
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

const FIRST = [
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
const INITIALS = ['А', 'Б', 'Ж', 'Е', 'И', 'К', 'Қ', 'М', 'Н', 'О', 'С', 'Т', 'Ш', 'Ә'];

/** Days back to an instant, at 11:00 Almaty on that day (a working hour). */
const daysAgo = (now: Date, d: number) =>
  new Date(almatyDayStart(almatyDate(new Date(now.getTime() - d * DAY))).getTime() + 11 * 3_600_000);

export async function seedPetitionsDemo(app: FastifyInstance, opts: { seed: number }): Promise<void> {
  const db = app.db;
  const random = seededRandom(opts.seed + 4);
  const now = new Date();

  // Authors and the officials who answer: synthetic citizens, and the demo official for two bodies.
  const authors: { id: string; name: string }[] = [];
  const names = ['Сәуле Ахметова', 'Игорь Ким', 'Бауыржан Сейітов'];
  for (let i = 0; i < names.length; i++) {
    // Synthetic authors never sign in: no usable password (a hash that matches nothing).
    const email = `petitions-${i + 1}@demo.qogam.kz`;
    const u = await db
      .insertInto('users')
      .values({
        email,
        name: names[i],
        password_hash: '!synthetic-demo-account',
        roles: ['citizen'],
        email_confirmed_at: now,
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    authors.push(u);
  }
  const citizen = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'citizen@demo.qogam.kz')
    .executeTakeFirst();
  const moderator = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'moderator@demo.qogam.kz')
    .executeTakeFirst();
  const official = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'official@demo.qogam.kz')
    .executeTakeFirst();
  for (const code of ['akimat-almaty-city', 'maslikhat-astana']) {
    const id = await stateBodyId(db, code);
    if (id && official) await addMembership(db, 'official@demo.qogam.kz', 'state_body', id);
  }

  const history = async (
    id: string,
    at: Date,
    action: string,
    actor: { id: string; name: string } | null | undefined,
    data: Record<string, unknown> = {},
  ) => {
    await db
      .insertInto('audit_log')
      .values({
        at,
        actor_id: actor?.id ?? null,
        actor_name: actor?.name ?? null,
        action,
        entity_type: 'initiative',
        entity_id: id,
        data: JSON.stringify(data),
        is_public: true,
      } as any)
      .execute();
  };

  let collectingForCms: InitiativeRow | undefined;
  for (const d of INITIATIVES) {
    const author = d.author === 'citizen' ? (citizen ?? authors[0]) : authors[d.author ?? 0];
    const addresseeId = await stateBodyId(db, d.addressee);
    if (!addresseeId) continue;
    const submitted = daysAgo(now, d.ago + (d.status === 'moderation' || d.status === 'draft' ? 0 : 10));
    const opened = daysAgo(now, d.ago);
    const threshold = thresholdFor(d.addressee, opened);
    const reachedAt = daysAgo(
      now,
      d.status === 'under_review' ? 4 : Math.max(1, Math.round(d.ago * (d.overdue ? 0.6 : 0.3))),
    );
    const row: Record<string, unknown> = {
      title: d.title,
      body: d.body,
      language: d.language,
      addressee_id: addresseeId,
      addressee_code: d.addressee,
      region: d.addressee === 'government' ? null : d.addressee.replace(/^(akimat|maslikhat)-/, ''),
      area: d.area,
      status: d.status,
      author_id: author.id,
      author_name: author.name,
      created_at: new Date(submitted.getTime() - 2 * DAY),
      updated_at: now,
    };
    if (d.status !== 'draft') Object.assign(row, { submitted_at: submitted, moderation_due: moderationDue(submitted) });
    if (['collecting', 'threshold_reached', 'under_review', 'answered', 'expired'].includes(d.status)) {
      Object.assign(row, {
        moderated_at: opened,
        collecting_from: opened,
        collection_ends: collectionEnds(opened),
        threshold,
      });
    }
    if (d.status === 'expired') {
      // Opened long enough ago that the six months are over.
      Object.assign(row, { expired_at: new Date(Date.parse(`${collectionEnds(opened)}T20:00:00Z`)) });
    }
    if (['threshold_reached', 'under_review', 'answered'].includes(d.status)) {
      Object.assign(row, { threshold_reached_at: reachedAt, answer_due: answerDue(reachedAt) });
    }
    if (d.status === 'under_review') row.review_started_at = new Date(reachedAt.getTime() + 2 * DAY);
    if (d.status === 'answered') {
      const due = answerDue(reachedAt);
      const answeredDate = d.late ? addWorkingDays(due, 4) : addWorkingDays(almatyDate(reachedAt), 6);
      Object.assign(row, {
        review_started_at: new Date(reachedAt.getTime() + DAY),
        answered_at: new Date(almatyDayStart(answeredDate).getTime() + 15 * 3_600_000),
        answer_decision: d.decision,
        answer_text: d.answer,
        answered_by_name: official?.name ?? 'Динара Ахметова',
      });
    }
    if (d.rejection)
      Object.assign(row, {
        moderated_at: opened,
        rejection_category: d.rejection.category,
        rejection_reason: d.rejection.reason,
      });
    const { id } = await db
      .insertInto('initiatives')
      .values(row as any)
      .returning('id')
      .executeTakeFirstOrThrow();

    // The public steps, as the commands would have written them.
    if (d.status !== 'draft')
      await history(id, submitted, 'petitions.submitted', author, { moderationDue: row.moderation_due });
    if (row.collecting_from)
      await history(id, opened, 'petitions.approved', moderator, { threshold, collectionEnds: row.collection_ends });
    if (d.rejection) await history(id, opened, 'petitions.rejected', moderator, d.rejection);
    if (row.threshold_reached_at)
      await history(id, reachedAt, 'petitions.threshold_reached', null, { threshold, answerDue: row.answer_due });
    if (row.review_started_at) await history(id, row.review_started_at as Date, 'petitions.review_started', official);
    if (row.answered_at)
      await history(id, row.answered_at as Date, 'petitions.answered', official, { decision: d.decision });
    if (row.expired_at)
      await history(id, row.expired_at as Date, 'petitions.expired', null, { signatures: d.signatures, threshold });

    // Synthetic signatures for volume, spread over the collection period.
    const count = Math.min(d.signatures ?? 0, threshold);
    const synthetic = d.status === 'collecting' && d.addressee === 'akimat-almaty-city' ? count - 5 : count;
    if (synthetic > 0) {
      const span = Math.max(
        1,
        (row.threshold_reached_at ? (row.threshold_reached_at as Date).getTime() : now.getTime()) - opened.getTime(),
      );
      const salt = Math.floor(random() * 1e9);
      await sql`
        insert into initiative_signatures (initiative_id, iin_hash, public_name, signed_at, synthetic)
        select ${id}::uuid, md5(${`demo-${salt}-`} || g::text),
               (array[${sql.join(FIRST.map((f) => sql.lit(f)))}])[1 + (g * 7) % ${sql.lit(FIRST.length)}] || ' ' || (array[${sql.join(INITIALS.map((f) => sql.lit(f)))}])[1 + (g * 13) % ${sql.lit(INITIALS.length)}] || '.',
               ${opened}::timestamptz + (g::double precision / ${synthetic}::float8) * ${span}::float8 * interval '1 millisecond',
               true
        from generate_series(1, ${synthetic}::int) g`.execute(db);
      await db.updateTable('initiatives').set({ signature_count: synthetic }).where('id', '=', id).execute();
    }
    if (d.status === 'collecting' && d.addressee === 'akimat-almaty-city') {
      collectingForCms = (await db
        .selectFrom('initiatives')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow()) as InitiativeRow;
    }
  }

  // A few real signatures, made with the demo test CA and verified by the platform like any other.
  const dir = app.config.trustedCaDir;
  const pki = (app as unknown as { pki?: { verify: any } }).pki;
  if (collectingForCms && dir && pki) {
    const ca = await createTestCa(dir);
    const batcher = new SignatureBatcher(app.db, { jobs: app.jobs, baseUrl: app.config.baseUrl, concurrency: 1 });
    const payload = new TextEncoder().encode(
      signingPayload({
        id: collectingForCms.id,
        title: collectingForCms.title,
        addresseeCode: collectingForCms.addressee_code,
        body: collectingForCms.body,
      }),
    );
    const people: [string, string, 'male' | 'female'][] = [
      ['Нұрланова', 'Айгерім', 'female'],
      ['Сейітов', 'Бауыржан', 'male'],
      ['Ким', 'Ольга', 'female'],
      ['Жұмабаев', 'Ерлан', 'male'],
      ['Омарова', 'Әсем', 'female'],
    ];
    for (let i = 0; i < people.length; i++) {
      const [surname, givenName, sex] = people[i];
      const iin = generateIin(new Date(Date.UTC(1975 + i * 6, i, 10 + i)), sex, opts.seed + i);
      const cert = await issueCertificate(ca, { iin, surname, givenName, keyAlgorithm: 'ECDSA' });
      const cms = await signCms(payload, cert.certPem, cert.keyPem, { detached: i % 2 === 0 });
      await signInitiative({ db: app.db, pki, secret: app.config.secret, batcher }, { id: collectingForCms.id, cms });
    }
    await batcher.drain();
  }
}
