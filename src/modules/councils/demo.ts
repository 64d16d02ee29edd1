/**
 * Demo data of public councils and hearings: the ministry's national council and local councils
 * of several akimats, with members, a call open for applications, one under review, one decided
 * and one cancelled; past meetings with minutes, decisions and the body's responses, upcoming and
 * cancelled meetings; monitoring reports; hearings announced, held, answered and cancelled.
 * Deterministic for a seed; dates are relative to `now` so that upcoming things stay upcoming.
 * Rows go in directly (one transaction), with public audit entries for the decisions.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../platform/auth/password.ts';
import { addWorkingDays, almatyDate, isWorkingDay, type IsoDate } from '../../reference/index.ts';
import { seededRandom } from '../../platform/random.ts';
import { almatyInstant, earliestHearingDate, earliestSelectionClose } from './domain.ts';
import type { Db } from '../../platform/db/schema.ts';

const PASSWORD = 'qogam-demo-2026';
const MALE = [
  'Ерлан',
  'Бауыржан',
  'Марат',
  'Нұрлан',
  'Асхат',
  'Дәурен',
  'Қайрат',
  'Ержан',
  'Андрей',
  'Сергей',
  'Тимур',
  'Руслан',
  'Серік',
  'Айбек',
];
const FEMALE = [
  'Айгүл',
  'Динара',
  'Гүлнар',
  'Әсел',
  'Сәуле',
  'Жанар',
  'Мадина',
  'Ләззат',
  'Светлана',
  'Ольга',
  'Айжан',
  'Меруерт',
  'Анар',
  'Дильназ',
];
const SURNAMES: [string, string][] = [
  ['Сәрсенбаев', 'Сәрсенбаева'],
  ['Ахметов', 'Ахметова'],
  ['Омаров', 'Омарова'],
  ['Исаев', 'Исаева'],
  ['Жұмабеков', 'Жұмабекова'],
  ['Қасымов', 'Қасымова'],
  ['Байжанов', 'Байжанова'],
  ['Иванов', 'Иванова'],
  ['Ким', 'Ким'],
  ['Мұратов', 'Мұратова'],
  ['Есенов', 'Есенова'],
  ['Тұрсынов', 'Тұрсынова'],
  ['Оспанов', 'Оспанова'],
];
const AFFILIATIONS = [
  '«Болашақ» қоғамдық бірлестігі',
  'ОФ «Мейирим»',
  'Азамат',
  'Гражданин',
  '«Жасыл Әлем» экологиялық қоры',
  'Ассоциация «Достық»',
  'Ардагерлер кеңесі',
  'Союз предпринимателей',
];

interface CouncilPlan {
  body: string;
  level: 'national' | 'local';
  kk: string;
  ru: string;
  en: string;
  selection: 'open' | 'review' | 'decided' | 'cancelled' | null;
}

const PLANS: CouncilPlan[] = [
  {
    body: 'mip',
    level: 'national',
    kk: 'Ақпарат және қоғамдық даму министрлігінің қоғамдық кеңесі',
    ru: 'Общественный совет Министерства информации и общественного развития',
    en: 'Public Council of the Ministry of Information and Social Development',
    selection: 'open',
  },
  {
    body: 'akimat-almaty-city',
    level: 'local',
    kk: 'Алматы қаласының қоғамдық кеңесі',
    ru: 'Общественный совет города Алматы',
    en: 'Public Council of Almaty',
    selection: 'decided',
  },
  {
    body: 'akimat-astana',
    level: 'local',
    kk: 'Астана қаласының қоғамдық кеңесі',
    ru: 'Общественный совет города Астаны',
    en: 'Public Council of Astana',
    selection: 'review',
  },
  {
    body: 'akimat-shymkent',
    level: 'local',
    kk: 'Шымкент қаласының қоғамдық кеңесі',
    ru: 'Общественный совет города Шымкента',
    en: 'Public Council of Shymkent',
    selection: null,
  },
  {
    body: 'akimat-karaganda',
    level: 'local',
    kk: 'Қарағанды облысының қоғамдық кеңесі',
    ru: 'Общественный совет Карагандинской области',
    en: 'Public Council of Karaganda Region',
    selection: 'cancelled',
  },
  {
    body: 'akimat-turkistan',
    level: 'local',
    kk: 'Түркістан облысының қоғамдық кеңесі',
    ru: 'Общественный совет Туркестанской области',
    en: 'Public Council of Turkistan Region',
    selection: null,
  },
  {
    body: 'akimat-east-kazakhstan',
    level: 'local',
    kk: 'Шығыс Қазақстан облысының қоғамдық кеңесі',
    ru: 'Общественный совет Восточно-Казахстанской области',
    en: 'Public Council of East Kazakhstan Region',
    selection: null,
  },
  {
    body: 'akimat-pavlodar',
    level: 'local',
    kk: 'Павлодар облысының қоғамдық кеңесі',
    ru: 'Общественный совет Павлодарской области',
    en: 'Public Council of Pavlodar Region',
    selection: null,
  },
];

const MEETING_TOPICS: [string, string[]][] = [
  [
    'Әлеуметтік маңызы бар жобаларды іске асыру туралы',
    ['Мемлекеттік әлеуметтік тапсырыстың 2025 жылғы нәтижелері', 'ҮЕҰ-мен өзара іс-қимыл жоспары', 'Әртүрлі'],
  ],
  [
    'О бюджете развития и общественном контроле',
    ['Проект бюджета на следующий год', 'Отчёт рабочей группы по общественному контролю', 'Разное'],
  ],
  [
    'Азаматтардың өтініштерін қарау сапасы туралы',
    ['Өтініштерге жауап беру мерзімдерінің сақталуы', 'Азаматтарды қабылдау кестесі'],
  ],
  [
    'Об обращении с отходами и озеленении',
    ['Программа раздельного сбора отходов', 'План озеленения на весну', 'Обращения жителей'],
  ],
  ['Жастар саясаты және еріктілер туралы', ['Жастар ресурстық орталықтарының жұмысы', 'Еріктілер қозғалысын қолдау']],
];
const DECISIONS = [
  'Мемлекеттік органға әлеуметтік тапсырыс конкурстарының нәтижелерін жариялау мерзімін қысқартуды ұсыну.',
  'Рекомендовать акимату опубликовать план закупок на портале открытых данных до начала финансового года.',
  'Азаматтарды қабылдау кестесін кешкі уақытқа кеңейтуді ұсыну.',
  'Рекомендовать создать рабочую группу по мониторингу раздельного сбора отходов с участием НПО.',
  'Жастар орталықтарының жұмыс нәтижелерін жыл сайын жария етуді ұсыну.',
];
const RESPONSES: { status: 'accepted' | 'partly_accepted' | 'rejected'; text: string }[] = [
  {
    status: 'accepted',
    text: 'Ұсыныс қабылданды: нәтижелер конкурс аяқталғаннан кейін 5 жұмыс күні ішінде жарияланады.',
  },
  {
    status: 'partly_accepted',
    text: 'Рекомендация принята частично: план закупок будет опубликован, детализация по подрядчикам — после заключения договоров.',
  },
  {
    status: 'rejected',
    text: 'Ұсыныс қабылданбады: қабылдау кестесі Еңбек кодексімен белгіленген жұмыс уақытына байланысты.',
  },
];

const HOUR = 3_600_000;

/** A working day `n` working days from today (negative: before), at HH:MM in Almaty. */
function workday(today: IsoDate, n: number, time: string): Date {
  if (n >= 0) return almatyInstant(addWorkingDays(today, n), time)!;
  let d = today;
  for (let left = -n; left > 0;) {
    d = new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(d)) left--;
  }
  return almatyInstant(d, time)!;
}

/** The demo's own accounts (password qogam-demo-2026), hashed once and inserted together: scrypt is slow on purpose. */
async function ensureUsers(db: Db, people: { email: string; name: string }[]): Promise<{ id: string; name: string }[]> {
  const existing = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where(
      'email',
      'in',
      people.map((p) => p.email),
    )
    .execute();
  const missing = people.filter((p) => !existing.some((e) => e.email === p.email));
  if (missing.length) {
    const hash = await hashPassword(PASSWORD);
    await db
      .insertInto('users')
      .values(
        missing.map((p) => ({
          email: p.email,
          name: p.name,
          password_hash: hash,
          roles: ['citizen'],
          email_confirmed_at: new Date(),
        })),
      )
      .execute();
  }
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where(
      'email',
      'in',
      people.map((p) => p.email),
    )
    .execute();
  return people.map((p) => rows.find((r) => r.email === p.email)!);
}

export async function seedCouncilsDemo(app: FastifyInstance, opts: { seed: number; now?: Date }) {
  const db = app.db;
  const random = seededRandom(opts.seed + 8);
  const any = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const person = () => {
    const female = random() < 0.5;
    const s = any(SURNAMES);
    return `${female ? s[1] : s[0]} ${any(female ? FEMALE : MALE)}`;
  };
  const now = opts.now ?? new Date();
  const today = almatyDate(now);

  // The officials of the akimats in the demo (official@ acts for the ministry); applicants.
  const [official, ...applicants] = await ensureUsers(app.db, [
    { email: 'councils-1@demo.qogam.kz', name: 'Сәуле Қасымова' },
    { email: 'councils-2@demo.qogam.kz', name: 'Асхат Мұратов' },
    { email: 'councils-3@demo.qogam.kz', name: 'Жанар Есенова' },
    { email: 'councils-4@demo.qogam.kz', name: 'Сергей Ким' },
    { email: 'councils-5@demo.qogam.kz', name: 'Мадина Оспанова' },
  ]);
  const bodies = new Map(
    (await db.selectFrom('state_bodies').select(['id', 'code', 'region']).execute()).map((b) => [b.code, b]),
  );
  // The akimats' official: memberships straight in (addMembership would audit each, one transaction apiece).
  await db
    .insertInto('memberships')
    .values(
      PLANS.filter((p) => p.body !== 'mip').map((p) => ({
        user_id: official.id,
        org_type: 'state_body' as const,
        org_id: bodies.get(p.body)!.id,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'org_type', 'org_id']).doNothing())
    .execute();
  const ngoUser = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'ngo@demo.qogam.kz')
    .executeTakeFirst();
  const ngoBin = ngoUser
    ? (
        await db
          .selectFrom('memberships')
          .select('org_id')
          .where('user_id', '=', ngoUser.id)
          .where('org_type', '=', 'organization')
          .executeTakeFirst()
      )?.org_id
    : undefined;
  const mipOfficial = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', 'official@demo.qogam.kz')
    .executeTakeFirst();

  await db.transaction().execute(async (trx) => {
    // Public audit entries, written together at the end.
    const audits: {
      actor_id: string | null;
      actor_name: string | null;
      action: string;
      entity_type: string;
      entity_id: string;
      data: string;
      is_public: boolean;
      at: Date;
    }[] = [];
    const audit = async (
      actor: { id: string; name: string } | null,
      action: string,
      entityType: string,
      entityId: string,
      at: Date,
      data: Record<string, unknown> = {},
    ) => {
      audits.push({
        actor_id: actor?.id ?? null,
        actor_name: actor?.name ?? null,
        action,
        entity_type: entityType,
        entity_id: entityId,
        data: JSON.stringify(data),
        is_public: true,
        at,
      });
    };

    let planIndex = 0;
    for (const p of PLANS) {
      const body = bodies.get(p.body)!;
      const actor = p.body === 'mip' ? (mipOfficial ?? official) : official;
      const termStart = `${Number(today.slice(0, 4)) - 1}-02-01`;
      const termEnd = `${Number(today.slice(0, 4)) + 2}-01-31`;
      const council = await trx
        .insertInto('councils')
        .values({
          state_body_id: body.id,
          level: p.level,
          region: body.region,
          name_kk: p.kk,
          name_ru: p.ru,
          name_en: p.en,
          description:
            p.level === 'national'
              ? 'Министрліктің қызметіне қоғамдық бақылау жүргізеді, нормативтік құқықтық актілердің жобаларын талқылайды, азаматтық қоғам институттарының ұсыныстарын жеткізеді.'
              : 'Акиматтың бюджеттік бағдарламаларын, жергілікті қоғамдық маңызы бар мәселелерді талқылайды және қоғамдық мониторинг жүргізеді.',
          term_start: termStart,
          term_end: termEnd,
          created_by: actor.id,
          created_at: new Date(`${termStart}T04:00:00Z`),
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(actor, 'councils.council.created', 'council', council.id, new Date(`${termStart}T04:00:00Z`), {
        body: p.body,
      });

      // Members: chair, deputy, secretary and members.
      const size = p.level === 'national' ? 11 : 7 + Math.floor(random() * 4);
      const memberRows = Array.from({ length: size }, (_, k) => ({
        council_id: council.id,
        user_id: null,
        full_name: person(),
        role: (k === 0 ? 'chair' : k === 1 ? 'deputy' : k === 2 ? 'secretary' : 'member') as
          'chair' | 'deputy' | 'secretary' | 'member',
        affiliation: k === 2 ? 'Әкімдік аппараты / Аппарат акимата' : any(AFFILIATIONS),
        term_start: termStart,
        term_end: termEnd,
        selection_id: null,
      }));
      const memberIds = (await trx.insertInto('council_members').values(memberRows).returning('id').execute()).map(
        (m) => m.id,
      );

      // Meetings: three held (with minutes, decisions and responses), one upcoming, sometimes a cancelled one.
      const meetings: { at: Date; status: 'held' | 'planned' | 'cancelled' }[] = [
        { at: workday(today, -(60 + planIndex), '10:00'), status: 'held' },
        { at: workday(today, -(250 + planIndex * 3), '15:00'), status: 'held' },
        { at: workday(today, -(25 + planIndex), '11:00'), status: 'held' },
        { at: workday(today, 8 + planIndex, '10:00'), status: 'planned' },
        ...(planIndex % 3 === 0
          ? [{ at: workday(today, -(90 + planIndex), '16:00'), status: 'cancelled' as const }]
          : []),
      ];
      let topic = planIndex;
      for (const [mi, mt] of meetings.entries()) {
        const [title, agenda] = MEETING_TOPICS[topic++ % MEETING_TOPICS.length];
        const present = mt.status === 'held' ? memberIds.filter(() => random() < 0.8) : [];
        const m = await trx
          .insertInto('council_meetings')
          .values({
            council_id: council.id,
            title,
            starts_at: mt.at,
            ends_at: new Date(mt.at.getTime() + 2 * HOUR),
            location:
              p.level === 'national'
                ? 'Астана, Мәңгілік Ел даңғылы, 8, «Министрліктер үйі», 3-кіреберіс'
                : 'Әкімдік ғимараты, мәжіліс залы',
            agenda: JSON.stringify(agenda),
            status: mt.status,
            attendance: JSON.stringify(present),
            minutes:
              mt.status === 'held'
                ? `Отырысты кеңес төрағасы ашты. Кворум бар: ${present.length} мүше қатысты.\n1. ${agenda[0]} бойынша баяндама тыңдалды, сұрақтар қойылды.\n2. Кеңес шешім қабылдады (төменде).`
                : null,
            cancel_reason:
              mt.status === 'cancelled' ? 'Кворум болмауына байланысты / В связи с отсутствием кворума' : null,
            created_at: new Date(mt.at.getTime() - 20 * 24 * HOUR),
            updated_at:
              mt.status === 'planned'
                ? new Date(mt.at.getTime() - 20 * 24 * HOUR)
                : new Date(mt.at.getTime() + 3 * HOUR),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(
          actor,
          `councils.meeting.${mt.status === 'planned' ? 'scheduled' : mt.status}`,
          'council_meeting',
          m.id,
          mt.status === 'planned' ? now : new Date(mt.at.getTime() + 3 * HOUR),
        );
        if (mt.status !== 'held') continue;
        const n = mi === 2 ? 2 : 1;
        for (let d = 1; d <= n; d++) {
          // The most recent meeting's last decision still awaits the body's response.
          const awaiting = mi === 2 && d === n;
          const resp = RESPONSES[(planIndex + mi + d) % RESPONSES.length];
          const votesFor = present.length - 1 - Math.floor(random() * 2);
          const dec = await trx
            .insertInto('council_decisions')
            .values({
              meeting_id: m.id,
              number: d,
              text: DECISIONS[(planIndex + mi + d) % DECISIONS.length],
              votes_for: Math.max(1, votesFor),
              votes_against: present.length - Math.max(1, votesFor) > 0 ? 1 : 0,
              votes_abstain: 0,
              response_status: awaiting ? 'awaiting' : resp.status,
              response_text: awaiting ? null : resp.text,
              responded_at: awaiting ? null : new Date(mt.at.getTime() + 10 * 24 * HOUR),
              responded_by: awaiting ? null : actor.id,
              created_at: mt.at,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await audit(
            actor,
            'councils.decision.recorded',
            'council_decision',
            dec.id,
            new Date(mt.at.getTime() + 3 * HOUR),
          );
          if (!awaiting)
            await audit(
              actor,
              'councils.decision.responded',
              'council_decision',
              dec.id,
              new Date(mt.at.getTime() + 10 * 24 * HOUR),
              { outcome: resp.status },
            );
        }
      }

      // A call for members in the state the plan asks for.
      if (p.selection) {
        const opened = p.selection === 'open' ? workday(today, -4, '09:00') : workday(today, -40, '09:00');
        const closesOn =
          p.selection === 'open'
            ? addWorkingDays(earliestSelectionClose(almatyDate(opened)), 2)
            : earliestSelectionClose(almatyDate(opened));
        const seats = p.selection === 'decided' ? 2 : 3;
        const sel = await trx
          .insertInto('council_selections')
          .values({
            council_id: council.id,
            title:
              p.level === 'national'
                ? 'Қоғамдық кеңестің құрамына қосымша іріктеу'
                : 'Конкурс в состав общественного совета',
            seats,
            applications_close_on: closesOn,
            description:
              'Кандидаттар: 18 жастан асқан Қазақстан азаматтары және ҮЕҰ өкілдері; мемлекеттік қызметшілер қатыса алмайды. Комиссия дауыс беру арқылы шешім қабылдайды.',
            status: p.selection,
            commission_size: p.selection === 'decided' ? 7 : null,
            decided_at: p.selection === 'decided' ? workday(today, -20, '12:00') : null,
            decision_note:
              p.selection === 'cancelled' ? 'Өтінімдер саны орындар санынан аз / Заявок меньше, чем мест' : null,
            created_by: actor.id,
            created_at: opened,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(actor, 'councils.selection.opened', 'council_selection', sel.id, opened, { seats });
        const votes = [
          [6, 1, 0],
          [5, 1, 1],
          [3, 3, 1],
          [2, 4, 1],
        ];
        const who =
          p.selection === 'cancelled' ? applicants.slice(0, 1) : applicants.slice(0, p.selection === 'open' ? 2 : 4);
        for (const [k, u] of who.entries()) {
          const viaNgo = k === 1 && !!ngoBin && p.selection !== 'open';
          const selected = p.selection === 'decided' && k < 2;
          const app2 = await trx
            .insertInto('council_applications')
            .values({
              selection_id: sel.id,
              user_id: u.id,
              full_name: u.name,
              applicant_kind: viaNgo ? 'ngo' : 'citizen',
              organization_bin: viaNgo ? ngoBin! : null,
              motivation:
                'Қаладағы әлеуметтік мәселелерді шешуге үлес қосқым келеді; азаматтардың дауысын мемлекеттік органға жеткізу маңызды деп санаймын.',
              experience:
                '10 жылдан астам қоғамдық жұмыс тәжірибесі, еріктілер жобаларын үйлестірдім, қоғамдық мониторингке қатыстым.',
              file_id: null,
              status: p.selection === 'decided' ? (selected ? 'selected' : 'not_selected') : 'submitted',
              votes_for: p.selection === 'decided' ? votes[k][0] : null,
              votes_against: p.selection === 'decided' ? votes[k][1] : null,
              votes_abstain: p.selection === 'decided' ? votes[k][2] : null,
              created_at: new Date(opened.getTime() + (k + 1) * 24 * HOUR),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (selected) {
            await trx
              .insertInto('council_members')
              .values({
                council_id: council.id,
                user_id: u.id,
                full_name: u.name,
                role: 'member',
                affiliation: 'Азамат / Гражданин',
                term_start: almatyDate(workday(today, -20, '12:00')),
                term_end: termEnd,
                selection_id: sel.id,
              })
              .execute();
          }
          void app2;
        }
        if (p.selection !== 'open')
          await audit(
            actor,
            `councils.selection.${p.selection === 'decided' ? 'decided' : p.selection}`,
            'council_selection',
            sel.id,
            workday(today, -20, '12:00'),
          );
      }

      // Monitoring reports: an NGO's (answered) and the council's (awaiting the answer).
      if (planIndex < 3) {
        const r1 = await trx
          .insertInto('council_reports')
          .values({
            council_id: council.id,
            author_kind: 'ngo',
            organization_bin: ngoBin ?? null,
            author_id: ngoUser?.id ?? null,
            author_name: ngoBin ? '«Болашақ» қоғамдық бірлестігі' : 'ОФ «Мейирим»',
            title: 'Мемлекеттік әлеуметтік тапсырыстың ашықтығына мониторинг',
            findings:
              '1. Конкурс нәтижелерінің 30%-ы кешігіп жарияланған.\n2. Техникалық ерекшеліктер қазақ тілінде толық емес.\nҰсыныс: нәтижелерді 5 жұмыс күні ішінде жариялау.',
            status: 'answered',
            body_answer:
              'Ескертулер ескерілді: 2026 жылдан бастап нәтижелер порталда 5 жұмыс күні ішінде жарияланады, техникалық ерекшеліктер екі тілде дайындалады.',
            answered_at: workday(today, -15, '12:00'),
            answered_by: actor.id,
            published_at: workday(today, -35, '12:00'),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(
          ngoUser ?? null,
          'councils.report.published',
          'council_report',
          r1.id,
          workday(today, -35, '12:00'),
        );
        await audit(actor, 'councils.report.answered', 'council_report', r1.id, workday(today, -15, '12:00'));
        const r2 = await trx
          .insertInto('council_reports')
          .values({
            council_id: council.id,
            author_kind: 'council',
            organization_bin: null,
            author_id: null,
            author_name: p.ru,
            title: 'Мониторинг качества оказания государственных услуг',
            findings:
              'Рабочая группа совета посетила 6 центров обслуживания населения.\nВыявлено: очереди более 40 минут в 3 центрах; нет пандусов в 2 центрах.\nРекомендации: электронная очередь, оборудование пандусов до конца года.',
            published_at: workday(today, -5, '12:00'),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(null, 'councils.report.published', 'council_report', r2.id, workday(today, -5, '12:00'));
      }
      planIndex++;
    }

    // Hearings in every state.
    const citizen = await trx
      .selectFrom('users')
      .select(['id', 'name'])
      .where('email', '=', 'citizen@demo.qogam.kz')
      .executeTakeFirst();
    const askers = [citizen ?? applicants[0], applicants[1], applicants[2], applicants[3]];
    const councilsByBody = new Map(
      (
        await trx
          .selectFrom('councils as c')
          .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
          .select(['c.id', 'b.code'])
          .execute()
      ).map((r) => [r.code, r.id]),
    );
    const HEARINGS: {
      body: string;
      status: 'announced' | 'held' | 'answered' | 'cancelled';
      title: string;
      description: string;
      offset: number;
    }[] = [
      {
        body: 'mip',
        status: 'announced',
        title: '«Қоғамдық кеңестер туралы» заңға өзгерістер жобасы бойынша қоғамдық тыңдау',
        description:
          'Жоба қоғамдық кеңестердің мүшелерін іріктеудің ашық конкурстық тәртібін және кеңес шешімдеріне мемлекеттік органның міндетті жауабын енгізеді. Материалдар: заң жобасы, түсіндірме жазба, салыстырмалы кесте.',
        offset: 4,
      },
      {
        body: 'akimat-almaty-city',
        status: 'announced',
        title: 'Общественные слушания по проекту детальной планировки микрорайона «Алатау»',
        description:
          'Проект детальной планировки: жилая застройка, школа на 1200 мест, парк 5 га, транспортная развязка. Материалы: пояснительная записка, генплан, схема транспорта.',
        offset: 1,
      },
      {
        body: 'akimat-shymkent',
        status: 'held',
        title: 'Қалалық қоғамдық көлік тарифтері бойынша тыңдау',
        description: 'Автобус жол ақысын 2026 жылдан бастап өзгерту ұсынысы және жеңілдіктер жүйесі.',
        offset: -12,
      },
      {
        body: 'akimat-astana',
        status: 'answered',
        title: 'Общественные слушания по проекту благоустройства набережной реки Есиль',
        description:
          'Проект благоустройства: велодорожки, освещение, зоны отдыха, доступность для маломобильных граждан.',
        offset: -30,
      },
      {
        body: 'akimat-karaganda',
        status: 'cancelled',
        title: 'Өнеркәсіптік аймақты кеңейту жобасы бойынша тыңдау',
        description: 'Өнеркәсіптік аймақтың шекарасын кеңейту жобасы (экологиялық әсерді бағалау).',
        offset: 6,
      },
    ];
    for (const [hi, hp] of HEARINGS.entries()) {
      const body = bodies.get(hp.body)!;
      const actor = hp.body === 'mip' ? (mipOfficial ?? official) : official;
      const announcedOn =
        hp.offset > 0
          ? almatyDate(workday(today, -hp.offset, '09:00'))
          : almatyDate(workday(today, hp.offset - 20, '09:00'));
      const date =
        hp.status === 'announced' || hp.status === 'cancelled'
          ? addWorkingDays(earliestHearingDate(announcedOn), hi)
          : almatyDate(workday(today, hp.offset, '09:00'));
      const startsAt = almatyInstant(date, '15:00')!;
      const announcedAt = almatyInstant(announcedOn, '09:30')!;
      const past = hp.status === 'held' || hp.status === 'answered';
      const h = await trx
        .insertInto('hearings')
        .values({
          state_body_id: body.id,
          council_id: councilsByBody.get(hp.body) ?? null,
          region: body.region,
          title: hp.title,
          description: hp.description,
          location:
            hp.body === 'mip'
              ? 'Астана, «Министрліктер үйі», мәжіліс залы; онлайн: https://meet.qogam.kz/mip'
              : 'Әкімдіктің мәжіліс залы; онлайн трансляция',
          starts_at: startsAt,
          announced_at: announcedAt,
          status: hp.status,
          minutes: past
            ? `Тыңдауды ұйымдастырушы ашты. ${40 + hi * 7} адам қатысты (онлайн және залда).\nБаяндама тыңдалды, сұрақтар мен ұсыныстар түсті; әрқайсысына жауап осы бетте жарияланады.`
            : null,
          participants_count: past ? 40 + hi * 7 : null,
          cancel_reason:
            hp.status === 'cancelled'
              ? 'Жоба әзірлеушіге пысықтауға қайтарылды / Проект возвращён разработчику на доработку'
              : null,
          answered_at: hp.status === 'answered' ? new Date(startsAt.getTime() + 5 * 24 * HOUR) : null,
          created_by: actor.id,
          created_at: announcedAt,
          updated_at: past ? new Date(startsAt.getTime() + 4 * HOUR) : announcedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(actor, 'councils.hearing.announced', 'hearing', h.id, announcedAt);
      if (hp.status === 'cancelled')
        await audit(actor, 'councils.hearing.cancelled', 'hearing', h.id, new Date(announcedAt.getTime() + 48 * HOUR));
      if (past) await audit(actor, 'councils.hearing.held', 'hearing', h.id, new Date(startsAt.getTime() + 4 * HOUR));
      if (hp.status === 'answered')
        await audit(actor, 'councils.hearing.answered', 'hearing', h.id, new Date(startsAt.getTime() + 5 * 24 * HOUR));
      for (const [k, u] of askers.slice(0, hp.status === 'cancelled' ? 1 : 3).entries()) {
        await trx
          .insertInto('hearing_registrations')
          .values({
            hearing_id: h.id,
            user_id: u.id,
            full_name: u.name,
            mode: k % 2 ? 'online' : 'in_person',
            created_at: new Date(announcedAt.getTime() + (k + 1) * 24 * HOUR),
          })
          .execute();
      }
      if (hp.status === 'cancelled') continue;
      const qs: {
        kind: 'question' | 'proposal';
        text: string;
        outcome: 'answered' | 'accepted' | 'partly_accepted' | 'rejected';
        answer: string;
      }[] = [
        {
          kind: 'question',
          text: 'Жобаның толық мәтінін қай жерден оқуға болады және ескертулерді қашанға дейін жіберуге болады?',
          outcome: 'answered',
          answer: 'Мәтін осы беттегі материалдарда; ескертулер тыңдау аяқталғанға дейін қабылданады.',
        },
        {
          kind: 'proposal',
          text: 'Предлагаю предусмотреть пандусы и тактильную плитку на всех входах и остановках.',
          outcome: 'accepted',
          answer: 'Предложение принято и включено в проект.',
        },
        {
          kind: 'proposal',
          text: 'Жұмыс уақытынан тыс кешкі онлайн-тыңдау өткізуді ұсынамын.',
          outcome: 'partly_accepted',
          answer:
            'Ішінара қабылданды: трансляцияның жазбасы жарияланады, кешкі тыңдау бюджетке байланысты мүмкін емес.',
        },
        {
          kind: 'proposal',
          text: 'Предлагаю перенести объект на другой участок.',
          outcome: 'rejected',
          answer: 'Отклонено: участок определён генеральным планом; перенос потребует изменения генплана.',
        },
      ];
      for (const [k, q] of qs.entries()) {
        const askedAt = new Date((past ? startsAt.getTime() : now.getTime()) - (4 - k) * 24 * HOUR);
        // Held: the last proposal still awaits an answer; announced: only the first question is answered.
        const answered =
          hp.status === 'answered' || (hp.status === 'held' && k < 3) || (hp.status === 'announced' && k === 0);
        await trx
          .insertInto('hearing_questions')
          .values({
            hearing_id: h.id,
            user_id: askers[k].id,
            author_name: askers[k].name,
            kind: q.kind,
            phase: k === 3 && past ? 'during' : 'before',
            text: q.text,
            created_at: k === 3 && past ? new Date(startsAt.getTime() + HOUR) : askedAt,
            answer: answered ? q.answer : null,
            outcome: answered ? q.outcome : null,
            answered_at: answered ? new Date(askedAt.getTime() + 24 * HOUR) : null,
            answered_by: answered ? actor.id : null,
          })
          .execute();
      }
    }
    await trx.insertInto('audit_log').values(audits).execute();
  });
}
