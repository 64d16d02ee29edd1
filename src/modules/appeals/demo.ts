/**
 * Demo appeals: two years of appeals to the ministry, several akimats and maslikhats, in every
 * state (registered, redirected, in work, extended, answered on time and late, rated, overdue and
 * escalated, published without personal data). Deterministic by seed; rows go in as multi-row
 * inserts in one transaction.
 */
import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import { addMembership, createUser, demoPerson, insertDemoPeople } from '../accounts/index.ts';
import { seededRandom } from '../../platform/random.ts';
import { addWorkingDays, almatyDayStart, workingDaysBetween, type IsoDate } from '../../reference/index.ts';
import {
  answerDueDate,
  formatNumber,
  maskPersonalData,
  todayIn,
  type AppealKind,
  type AppealStatus,
} from './domain.ts';
import { setBodyHead } from './commands/setBodyHead.ts';
import { insertDemoAppeals, listStateBodies, type AppealsTables } from './repository/index.ts';

const DAY = 86_400_000;
const PASSWORD = 'qogam-demo-2026';

/** Bodies with demo appeals and their weight (the ministry carries the official's queue). */
const BODIES: [string, number][] = [
  ['mip', 10],
  ['government', 2],
  ['cscs', 3],
  ['akimat-almaty-city', 6],
  ['akimat-astana', 5],
  ['akimat-shymkent', 4],
  ['akimat-karaganda', 3],
  ['akimat-turkistan', 3],
  ['akimat-mangystau', 2],
  ['akimat-east-kazakhstan', 2],
  ['akimat-kostanay', 2],
  ['akimat-pavlodar', 2],
  ['akimat-aktobe', 2],
  ['maslikhat-almaty-city', 1],
  ['maslikhat-astana', 1],
  ['akimat-kyzylorda', 1],
  ['akimat-jambyl', 1],
  ['akimat-abai', 1],
  ['akimat-ulytau', 1],
];

const CITIZENS = [
  'Айдос Серікбаев',
  'Мадина Қасымова',
  'Нұржан Әбдірахманов',
  'Светлана Ким',
  'Ержан Тұрсынов',
  'Гүлмира Оспанова',
  'Андрей Петренко',
  'Жанар Бекова',
];
const OFFICIALS = ['Самат Жақсылықов', 'Әлия Мұратова', 'Қанат Ибраев'];

interface Topic {
  kind: AppealKind;
  kk: [string, string, string];
  ru: [string, string, string];
}

/** [subject, text, answer] in Kazakh and Russian; {name} and {phone} are the author's details. */
const TOPICS: Topic[] = [
  {
    kind: 'complaint',
    kk: [
      'Көше жарығы жұмыс істемейді',
      'Мен, {name}, біздің көшеде үш айдан бері шамдар жанбайтынын хабарлаймын. Кешке балалар мектептен қараңғыда қайтады. Байланыс телефоны: {phone}. Жөндеуді сұраймын.',
      'Өтінішіңіз қаралды. Көше жарығын жөндеу жұмыстары мердігер ұйымға тапсырылды, шамдар ай соңына дейін қалпына келтіріледі.',
    ],
    ru: [
      'Не работает уличное освещение',
      'Я, {name}, сообщаю, что на нашей улице уже три месяца не горят фонари. Дети возвращаются из школы в темноте. Телефон для связи: {phone}. Прошу отремонтировать.',
      'Ваше обращение рассмотрено. Ремонт уличного освещения поручен подрядной организации, фонари будут восстановлены до конца месяца.',
    ],
  },
  {
    kind: 'question',
    kk: [
      'Мемлекеттік грантқа қалай өтінім беруге болады?',
      'Біздің қоғамдық бірлестік жастарға арналған жоба жасады. Мемлекеттік грант конкурсына қатысу үшін қандай құжаттар қажет және өтінім қашан қабылданады? {name}.',
      'Мемлекеттік гранттар конкурсы туралы хабарландыру операторның сайтында жарияланады. Өтінімге жоба сипаттамасы, бюджет және ұйымның жылдық есебі қоса беріледі.',
    ],
    ru: [
      'Как подать заявку на государственный грант?',
      'Наше общественное объединение подготовило проект для молодёжи. Какие документы нужны для участия в конкурсе государственных грантов и когда принимаются заявки? {name}.',
      'Объявление о конкурсе государственных грантов публикуется на сайте оператора. К заявке прилагаются описание проекта, бюджет и годовой отчёт организации.',
    ],
  },
  {
    kind: 'proposal',
    kk: [
      'Аулада балалар алаңын салу туралы ұсыныс',
      'Біздің ауладағы бос жерге балалар ойын алаңын салуды ұсынамыз. Тұрғындар жиналысында 120 адам қол қойды. Хат авторы: {name}, e-mail: {email}.',
      'Ұсынысыңыз келесі жылғы абаттандыру жоспарына енгізілді. Жоба құжаттамасы бірінші тоқсанда әзірленеді.',
    ],
    ru: [
      'Предложение построить детскую площадку во дворе',
      'Предлагаем построить детскую игровую площадку на пустыре в нашем дворе. На собрании жильцов подписались 120 человек. Автор письма: {name}, e-mail: {email}.',
      'Ваше предложение включено в план благоустройства на следующий год. Проектная документация будет разработана в первом квартале.',
    ],
  },
  {
    kind: 'request',
    kk: [
      'Автобус бағытын ұзарту туралы өтініш',
      'Жаңа шағын ауданның тұрғындары қалаға жету үшін екі шақырым жаяу жүреді. №12 автобус бағытын біздің аудан арқылы ұзартуды сұраймыз. {name}, тел. {phone}.',
      'Жолаушылар ағынын зерттеу нәтижесінде №12 бағыт келесі айдың бірінші күнінен бастап шағын аудан арқылы ұзартылады.',
    ],
    ru: [
      'Просьба продлить автобусный маршрут',
      'Жителям нового микрорайона приходится идти два километра пешком до остановки. Просим продлить маршрут автобуса №12 через наш район. {name}, тел. {phone}.',
      'По результатам обследования пассажиропотока маршрут №12 с первого числа следующего месяца будет продлён через микрорайон.',
    ],
  },
  {
    kind: 'complaint',
    kk: [
      'Жылу беру кестесі бұзылды',
      'Қазан айының ортасынан бері біздің үйге жылу берілмей тұр. Үйде қарт адамдар мен балалар бар. Басқарушы компания жауап бермейді. {name}.',
      'Жылу желісіндегі апат жойылды, үйге жылу берілді. Басқарушы компанияға тәртіптік шара қолданылды.',
    ],
    ru: [
      'Нарушен график подачи тепла',
      'С середины октября в наш дом не подаётся тепло. В доме пожилые люди и дети. Управляющая компания не отвечает. {name}.',
      'Авария на теплосети устранена, тепло в дом подано. К управляющей компании применены меры реагирования.',
    ],
  },
  {
    kind: 'question',
    kk: [
      'ҮЕҰ дерекқорына есеп тапсыру мерзімі',
      'Коммерциялық емес ұйымдар дерекқорына жылдық есепті қай күнге дейін тапсыру керек және кешіктірсе не болады? ЖСН: {iin}.',
      'Жылдық есеп жыл сайын 31 наурызға дейін тапсырылады. Кешіктірілген есеп қабылданады, бірақ ұйым мемлекеттік қаржыландыруға уақытша құқығын жоғалтады.',
    ],
    ru: [
      'Срок сдачи отчёта в базу данных НПО',
      'До какого числа нужно сдать годовой отчёт в базу данных некоммерческих организаций и что будет при опоздании? ИИН: {iin}.',
      'Годовой отчёт сдаётся ежегодно до 31 марта. Отчёт, поданный позже, принимается, но организация временно теряет право на государственное финансирование.',
    ],
  },
  {
    kind: 'request',
    kk: [
      'Ауыл кітапханасына кітап беру',
      'Ауылымыздағы кітапхананың қоры ескірген, балаларға қазақ тіліндегі жаңа кітаптар жетіспейді. Кітап қорын толықтыруға көмектесуіңізді сұраймын. {name}.',
      'Аудандық мәдениет бөлімі ауыл кітапханасына 300 дана жаңа кітап беруді жоспарлады, кітаптар тоқсан соңына дейін жеткізіледі.',
    ],
    ru: [
      'Пополнить фонд сельской библиотеки',
      'Фонд библиотеки в нашем селе устарел, детям не хватает новых книг на казахском языке. Прошу помочь пополнить книжный фонд. {name}.',
      'Районный отдел культуры запланировал передачу сельской библиотеке 300 новых книг, они будут доставлены до конца квартала.',
    ],
  },
  {
    kind: 'proposal',
    kk: [
      'Қоғамдық кеңес отырыстарын онлайн көрсету',
      'Қоғамдық кеңес отырыстарын интернетте тікелей көрсетуді және жазбаларын сайтта жариялауды ұсынамын. Бұл азаматтардың қатысуын арттырады.',
      'Ұсыныс қолдау тапты: келесі отырыстан бастап трансляция ресми сайтта жүргізіледі.',
    ],
    ru: [
      'Транслировать заседания общественного совета',
      'Предлагаю транслировать заседания общественного совета в интернете и публиковать записи на сайте. Это повысит участие граждан.',
      'Предложение поддержано: начиная со следующего заседания трансляция будет вестись на официальном сайте.',
    ],
  },
];

const REDIRECT_REASONS = {
  kk: 'Мәселе жергілікті атқарушы органның құзыретіне жатады.',
  ru: 'Вопрос относится к компетенции местного исполнительного органа.',
};
const EXTEND_REASONS = { kk: 'Жерге шығып тексеру қажет.', ru: 'Требуется выездная проверка.' };
const GOOD_COMMENTS = ['Рақмет, жедел шешілді.', 'Спасибо, ответ понятный.', 'Благодарю за внимание.', ''];
const POOR_COMMENTS = ['Жауап толық емес.', 'Ответ формальный, проблема не решена.', ''];

type Row = Selectable<AppealsTables['appeals']>;

export async function seedAppealsDemo(app: FastifyInstance, opts: { seed: number }) {
  const db = app.db;
  const rnd = seededRandom(opts.seed + 4);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const now = new Date();
  const today = todayIn(now);

  // People: citizens who write (they never sign in, so no password is hashed for them), and
  // colleagues of the demo official at the ministry, who can sign in (one heads it).
  const ids = new Map<string, string>();
  const emailOf = new Map<string, string>();
  let n = 0;
  for (const name of CITIZENS) emailOf.set(name, `appeals-${++n}@demo.qogam.kz`);
  const inserted = await insertDemoPeople(
    db,
    CITIZENS.map((name) => ({ email: emailOf.get(name)!, name })),
  );
  for (const u of inserted) ids.set(u.name, u.id);
  for (const name of OFFICIALS) {
    const email = `appeals-${++n}@demo.qogam.kz`;
    const r = await createUser(db, { email, name, password: PASSWORD, roles: ['citizen'], confirmed: true });
    if (r.ok) ids.set(name, r.value.id);
    emailOf.set(name, email);
  }
  const bodies = new Map((await listStateBodies(db)).map((b) => [b.code, b.id]));
  const mip = bodies.get('mip')!;
  for (const name of OFFICIALS) await addMembership(db, emailOf.get(name)!, 'state_body', mip);
  await setBodyHead({ db, jobs: app.jobs, actor: null }, { bodyCode: 'mip', email: emailOf.get(OFFICIALS[0])! });
  // The demo official also answers for the Almaty city akimat, to show the body switch in the queue.
  await addMembership(db, 'official@demo.qogam.kz', 'state_body', bodies.get('akimat-almaty-city')!);
  const demoAccount = async (email: string) => {
    const p = await demoPerson(db, email);
    return p ? { id: p.id, name: p.name, email: p.email } : undefined;
  };
  const citizenDemo = await demoAccount('citizen@demo.qogam.kz');
  const official = await demoAccount('official@demo.qogam.kz');
  const authors = [
    ...CITIZENS.map((c) => ({ id: ids.get(c)!, name: c, email: emailOf.get(c)! })),
    ...(citizenDemo ? [citizenDemo, citizenDemo] : []),
  ].filter((a) => a.id);
  const mipOfficials = [...OFFICIALS.map((o) => ids.get(o)!), ...(official ? [official.id] : [])].filter(Boolean);

  const weighted = BODIES.filter(([code]) => bodies.has(code)).flatMap(([code, w]) => Array(w).fill(code) as string[]);
  const seq = new Map<number, number>();
  const rows: Row[] = [];
  const audits: { action: string; number: string; at: Date; actor: string | null }[] = [];
  const TOTAL = 640;
  const start = now.getTime() - 730 * DAY;
  // Later appeals are denser, and the last weeks hold the open ones; numbers follow time.
  // People write in waking hours: 08:00–20:00 in Almaty.
  const daytime = (time: number) => {
    const day = almatyDayStart(todayIn(new Date(time))).getTime();
    return Math.min(now.getTime() - 3_600_000, day + 8 * 3_600_000 + ((time - day) % (12 * 3_600_000)));
  };
  const times = Array.from({ length: TOTAL }, () =>
    daytime(start + Math.sqrt(rnd()) * (now.getTime() - start - 3_600_000)),
  ).sort((a, b) => a - b);
  for (const time of times) {
    const at = new Date(time);
    const registeredOn = todayIn(at);
    const year = Number(registeredOn.slice(0, 4));
    const s = (seq.get(year) ?? 0) + 1;
    seq.set(year, s);
    const number = formatNumber(year, s);
    const author = pick(authors);
    const topic = pick(TOPICS);
    const lang = rnd() < 0.55 ? 'kk' : 'ru';
    const [subject, bodyTpl, answerText] = topic[lang];
    const iin = `${880312}${String(400000 + Math.floor(rnd() * 99999)).slice(0, 6)}`;
    const body = bodyTpl
      .replace('{name}', author.name)
      .replace(
        '{phone}',
        `+7 701 ${100 + Math.floor(rnd() * 899)} ${10 + Math.floor(rnd() * 89)} ${10 + Math.floor(rnd() * 89)}`,
      )
      .replace('{email}', author.email)
      .replace('{iin}', iin);
    let bodyCode = pick(weighted);
    let original = bodyCode;
    let termStart: IsoDate = registeredOn;
    let status: AppealStatus = 'registered';
    let redirectedAt: Date | null = null;
    // One in twelve was sent to the ministry but belongs to an akimat.
    if (rnd() < 0.08 && bodyCode === 'mip') {
      original = 'mip';
      bodyCode = pick(weighted.filter((c) => c.startsWith('akimat-')));
      const on = addWorkingDays(registeredOn, 1 + Math.floor(rnd() * 2));
      if (on <= today) {
        termStart = on;
        redirectedAt = new Date(almatyDayStart(on).getTime() + 11 * 3_600_000);
        status = 'redirected';
      } else bodyCode = original;
    }
    let due = answerDueDate(termStart);
    const row: Row = {
      id: crypto.randomUUID(),
      number,
      kind: topic.kind,
      state_body_id: bodies.get(bodyCode)!,
      original_body_id: bodies.get(original)!,
      citizen_id: author.id,
      subject,
      body,
      lang,
      status,
      registered_at: at,
      registered_on: registeredOn,
      registered_year: year,
      term_start_on: termStart,
      due_on: due,
      redirected_at: redirectedAt,
      redirect_reason: redirectedAt ? REDIRECT_REASONS[lang] : null,
      extended_at: null,
      extension_reason: null,
      extension_days: null,
      assigned_to: null,
      answer: null,
      answered_at: null,
      answered_on: null,
      answered_by: null,
      rating: null,
      rating_comment: null,
      rated_at: null,
      escalated_at: null,
      publish_consent: rnd() < 0.5,
      public_subject: null,
      public_body: null,
      public_answer: null,
      published_at: null,
      version: 1,
      updated_at: at,
    };
    audits.push({ action: 'appeals.registered', number, at, actor: author.name });
    if (redirectedAt) audits.push({ action: 'appeals.redirected', number, at: redirectedAt, actor: null });
    if (bodyCode === 'mip' && rnd() < 0.7) row.assigned_to = pick(mipOfficials);
    // Extensions: about one in eight, decided a few days before the due date.
    if (rnd() < 0.12) {
      const extOn = addWorkingDays(termStart, 10);
      if (extOn <= today) {
        const days = 5 + Math.floor(rnd() * 11);
        row.extended_at = new Date(almatyDayStart(extOn).getTime() + 10 * 3_600_000);
        row.extension_reason = EXTEND_REASONS[lang];
        row.extension_days = days;
        due = addWorkingDays(due, days);
        row.due_on = due;
        audits.push({ action: 'appeals.extended', number, at: row.extended_at, actor: null });
      }
    }
    const r = rnd();
    // Answered: most on time, some late; a few overdue ones stay unanswered. Open ones are recent.
    const late = r < 0.14;
    const unanswered = r >= 0.14 && r < 0.2;
    let answerOn: IsoDate | null = null;
    if (!unanswered) {
      const offset = late ? Math.floor(rnd() * 8) + 1 : -Math.floor(rnd() * 12);
      answerOn =
        offset > 0
          ? addWorkingDays(due, offset)
          : addWorkingDays(termStart, Math.max(1, workingDaysBetween(termStart, due) + offset));
      if (answerOn > today) answerOn = null;
    }
    if (answerOn) {
      row.status = 'answered';
      row.answer = answerText;
      row.answered_at = new Date(almatyDayStart(answerOn).getTime() + (10 + Math.floor(rnd() * 7)) * 3_600_000);
      if (row.answered_at > now) row.answered_at = new Date(now.getTime() - 60_000);
      row.answered_on = todayIn(row.answered_at);
      row.answered_by = bodyCode === 'mip' ? (row.assigned_to ?? pick(mipOfficials)) : null;
      audits.push({ action: 'appeals.answered', number, at: row.answered_at, actor: null });
      if (rnd() < 0.6) {
        row.status = 'rated';
        row.rating = late ? 1 + Math.floor(rnd() * 3) : 3 + Math.floor(rnd() * 3);
        row.rating_comment = pick(row.rating >= 4 ? GOOD_COMMENTS : POOR_COMMENTS) || null;
        row.rated_at = new Date(Math.min(now.getTime() - 30_000, row.answered_at.getTime() + DAY));
        audits.push({ action: 'appeals.rated', number, at: row.rated_at, actor: author.name });
      }
      if (row.publish_consent && rnd() < 0.7) {
        row.public_subject = maskPersonalData(subject, [author.name]);
        row.public_body = maskPersonalData(body, [author.name]);
        row.public_answer = maskPersonalData(answerText, [author.name]);
        row.published_at = new Date(Math.min(now.getTime() - 20_000, row.answered_at.getTime() + 2 * DAY));
        audits.push({ action: 'appeals.published', number, at: row.published_at, actor: null });
      }
    } else {
      if (status !== 'redirected' && rnd() < 0.5) row.status = 'in_progress';
      if (due < today && rnd() < 0.8) {
        row.escalated_at = new Date(almatyDayStart(addWorkingDays(due, 1)).getTime() + 300_000);
        if (row.escalated_at > now) row.escalated_at = null;
        else audits.push({ action: 'appeals.escalated', number, at: row.escalated_at, actor: null });
      }
    }
    rows.push(row);
  }

  await db.transaction().execute((trx) => insertDemoAppeals(trx, { appeals: rows, counters: seq, audits }));
}
