/**
 * Demo data of local participation, deterministic by seed: district akimats of Almaty and
 * Shymkent, one participatory budget in every stage of the cycle (built through the commands,
 * so the audit trail and the computed results are real), photos of works, and three years of
 * residents' assessments of every akimat.
 */
import type { FastifyInstance } from 'fastify';
import type { Insertable, Kysely } from 'kysely';
import { createUser, addMembership } from '../accounts/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CommandDeps } from '../../platform/commands.ts';
import { seededRandom } from '../../platform/random.ts';
import { regions } from '../../reference/index.ts';
import { advanceCycle } from './commands/advanceCycle.ts';
import { castBallot } from './commands/castBallot.ts';
import { createCycle } from './commands/createCycle.ts';
import { recordProgress } from './commands/recordProgress.ts';
import { reviewProposal } from './commands/reviewProposal.ts';
import { submitProposal } from './commands/submitProposal.ts';
import { sitePhoto } from './demoImage.ts';
import type { CycleStatus, ImplementationStatus } from './domain.ts';
import { findCycle, listProposals } from './repository.ts';
import type { BallotForm } from './schemas.ts';
import type { DB, Db } from '../../platform/db/schema.ts';

const DEMO_PASSWORD = 'qogam-demo-2026';
const DAY = 86_400_000;

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
const IDEAS: [string, string, string, number][] = [
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

interface CyclePlan {
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

const PLANS: CyclePlan[] = [
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

const STAGES: CycleStatus[] = ['draft', 'proposals', 'review', 'voting', 'results', 'implementation', 'closed'];

function actorFor(u: { id: string; name: string; email: string }, bodies: string[]): Actor {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: ['citizen', ...(bodies.length ? (['official'] as const) : [])],
    organizations: [],
    stateBodies: bodies,
    emailConfirmed: true,
    via: 'session',
  };
}

/** Synthetic residents who vote and rate (they never sign in: their password hash matches nothing). */
async function residents(db: Db, n: number) {
  const names = [
    'Айжан',
    'Бекзат',
    'Гүлмира',
    'Дамир',
    'Елена',
    'Жандос',
    'Зарина',
    'Ирина',
    'Қайрат',
    'Ләззат',
    'Мадина',
    'Нұржан',
    'Ольга',
    'Руслан',
    'Сәуле',
    'Тимур',
  ];
  const values = Array.from({ length: n }, (_, i) => ({
    email: `local-resident-${i + 1}@demo.qogam.kz`,
    name: `${names[i % names.length]} ${String.fromCharCode(1040 + (i % 28))}.`,
    password_hash: 'scrypt$demo$no-password',
    roles: ['citizen'],
    email_confirmed_at: new Date(),
  }));
  const rows = await db.insertInto('users').values(values).returning(['id', 'name', 'email']).execute();
  return rows as { id: string; name: string; email: string }[];
}

export async function seedLocalDemo(app: FastifyInstance, opts: { seed: number }) {
  const db = app.db;
  const random = seededRandom(opts.seed + 7);
  const deps = (actor: Actor): CommandDeps => ({ db: app.db, jobs: app.jobs, actor });

  // District akimats (the reference list has the regions' and cities' akimats).
  await db
    .insertInto('state_bodies')
    .values(
      DISTRICT_AKIMATS.map((d) => ({
        code: d.code,
        kind: 'akimat',
        name_kk: d.kk,
        name_ru: d.ru,
        name_en: d.en,
        region: d.region,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const bodies = new Map(
    (await db.selectFrom('state_bodies').select(['id', 'code', 'region']).where('kind', '=', 'akimat').execute()).map(
      (b) => [b.code, b],
    ),
  );

  // One demo official (local-1@) acts for every akimat that runs a demo budget; the demo
  // official@ also acts for Bostandyk district, whose budget collects proposals.
  const email = 'local-1@demo.qogam.kz';
  const name = 'Әкімдік қызметкері / Сотрудник акимата';
  const created = await createUser(app.db, {
    email,
    name,
    password: DEMO_PASSWORD,
    roles: ['citizen'],
    confirmed: true,
  });
  if (!created.ok) throw new Error(`local demo: ${created.reason}`);
  const planBodies = [...new Set(PLANS.map((p) => bodies.get(p.body)!.id))];
  for (const id of planBodies) await addMembership(app.db, email, 'state_body', id);
  const official = actorFor({ id: created.value.id, name, email }, planBodies);
  await addMembership(app.db, 'official@demo.qogam.kz', 'state_body', bodies.get('akimat-almaty-city-bostandyk')!.id);

  const people = await residents(app.db, 160);
  let nextPerson = 0;
  const person = () => people[nextPerson++ % people.length];

  for (const plan of PLANS) {
    const body = bodies.get(plan.body)!;
    const start = Date.UTC(plan.year, 2, 1) + Math.floor(random() * 10) * DAY;
    const at = (days: number) => new Date(Math.min(start + days * DAY, Date.now() - DAY));
    const c = await createCycle(deps(official), {
      stateBodyId: body.id,
      district: plan.district ?? null,
      year: plan.year,
      titleKk: plan.titleKk,
      titleRu: plan.titleRu,
      titleEn: plan.titleEn,
      description:
        'Әкімдік бюджеттің бір бөлігін тұрғындар ұсынған және дауыс берген жобаларға бағыттайды. / Акимат направляет часть бюджета на проекты, предложенные и выбранные жителями.',
      budget: plan.budgetM * 1_000_000 * 100,
      maxChoices: plan.maxChoices,
    });
    if (!c.ok) throw new Error(`local demo: ${c.reason}`);
    const id = c.value.id;
    const target = STAGES.indexOf(plan.stage);
    const advance = async (when: Date) => {
      const cycle = (await findCycle(db, id))!;
      const r = await advanceCycle(deps(official), { id, version: cycle.version }, when);
      if (!r.ok) throw new Error(`local demo: advance ${r.reason}`);
    };
    if (target < 1) continue;
    await advance(at(0));

    for (const [i, idea] of plan.ideas.entries()) {
      const [title, description, location, costM] = IDEAS[idea];
      // The voting cycle keeps the round estimates (the browser journey sums them); others vary.
      const cost = Math.round(costM * (plan.stage === 'voting' ? 1 : 0.85 + random() * 0.3)) * 1_000_000 * 100;
      await submitProposal(
        deps(actorFor(person(), [])),
        { cycleId: id, title, description, location, cost: Math.min(cost, plan.budgetM * 1_000_000 * 100) },
        at(3 + i * 2),
      );
    }
    if (target < 2) continue;
    await advance(at(30));

    const proposals = await listProposals(db, id);
    // In the review stage one proposal is left for the akimat to decide.
    const toReview = plan.stage === 'review' ? proposals.slice(0, -1) : proposals;
    for (const [i, p] of toReview.entries()) {
      const infeasible = i % 4 === 2;
      await reviewProposal(
        deps(official),
        {
          proposalId: p.id,
          decision: infeasible ? 'infeasible' : 'feasible',
          reason: infeasible
            ? 'Жер учаскесі республикалық меншікте, әкімдік онда құрылыс жүргізе алмайды. / Участок в республиканской собственности: акимат не может там строить.'
            : 'Смета тексерілді, жер учаскесі әкімдіктің меншігінде, жоба бір жылда іске асады. / Смета проверена, участок в собственности акимата, проект реализуем за год.',
        },
        at(32 + i),
      );
    }
    if (target < 3) continue;
    await advance(at(45));

    const cycle = (await findCycle(db, id))!;
    const feasible = (await listProposals(db, id, { status: 'feasible' })).sort((a, b) => a.cost - b.cost);
    for (let b = 0; b < plan.ballots; b++) {
      // Each voter picks favourites at random (weighted towards the first ideas) until the budget or the choices run out.
      const order = [...feasible].sort(() => random() - 0.45);
      const choices: string[] = [];
      let spent = 0;
      for (const p of order) {
        if (choices.length >= cycle.max_choices) break;
        if (spent + p.cost <= cycle.budget && random() < 0.8) {
          choices.push(p.id);
          spent += p.cost;
        }
      }
      if (!choices.length) choices.push(feasible[0].id);
      const who = person();
      await castBallot(
        deps(actorFor(who, [])),
        { cycleId: id, region: cycle.region as BallotForm['region'], district: cycle.district, choices },
        at(46 + (b % 20)),
      );
    }
    if (target < 4) continue;
    await advance(at(70));
    if (target < 5) continue;
    await advance(at(80));

    const selected = (await listProposals(db, id)).filter((p) => p.status === 'selected');
    const hue: [number, number, number][] = [
      [200, 120, 60],
      [120, 120, 200],
      [220, 180, 60],
    ];
    for (const [i, p] of selected.entries()) {
      const steps: [ImplementationStatus, string, number][] =
        plan.stage === 'closed' || i === 0
          ? [
              ['in_progress', 'Мердігер анықталды, жұмыс басталды. / Подрядчик определён, работы начаты.', 0.3],
              ['completed', 'Нысан пайдалануға берілді. / Объект сдан в эксплуатацию.', 1],
            ]
          : i === 1
            ? [['in_progress', 'Іргетас құйылды. / Залит фундамент.', 0.4]]
            : i === 2 && plan.stage === 'implementation'
              ? [
                  [
                    'cancelled',
                    'Жер учаскесінде инженерлік желілер табылды, жоба келесі циклге ауыстырылды. / На участке обнаружены инженерные сети, проект перенесён в следующий цикл.',
                    0,
                  ],
                ]
              : [];
      for (const [j, [status, note, progress]] of steps.entries()) {
        const photo =
          progress > 0
            ? {
                field: 'photo',
                filename: `works-${i + 1}-${j + 1}.png`,
                mime: 'image/png',
                data: sitePhoto(progress, hue[i % hue.length]),
              }
            : undefined;
        await recordProgress(
          deps(official),
          { proposalId: p.id, implementation: status, note, photo, storage: app.storage },
          at(90 + j * 60 + i * 5),
        );
      }
    }
    if (target < 6) continue;
    await advance(at(300));
  }

  await seedAssessments(app.db, random, people, [...bodies.values()]);
}

/** Residents' ratings of every akimat for the last eight quarters (a handful each, scores around a body's own mean). */
async function seedAssessments(
  db: Db,
  random: () => number,
  people: { id: string }[],
  bodies: { id: string; code: string; region: string | null }[],
) {
  const now = new Date();
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const periods: { period: string; at: Date }[] = [];
  for (let i = 7; i >= 0; i--) {
    const q = quarter - i;
    const y = year + Math.floor((q - 1) / 4);
    const qq = ((((q - 1) % 4) + 4) % 4) + 1;
    periods.push({
      period: `${y}-Q${qq}`,
      at: new Date(Math.min(Date.UTC(y, (qq - 1) * 3 + 1, 10), now.getTime() - DAY)),
    });
  }
  const comments = [
    'Жолдар жөнделді, рақмет. / Дороги отремонтировали, спасибо.',
    'Қоқыс уақытында шығарылмайды. / Мусор вывозят не вовремя.',
    'Өтінішке тез жауап берді. / На обращение ответили быстро.',
    'Аулада жарық жоқ. / Во дворе нет освещения.',
    'Саябақ әдемі болды. / Парк стал красивым.',
    null,
    null,
    null,
  ];
  const rows: Insertable<DB['local_assessments']>[] = [];
  for (const b of bodies) {
    if (!b.region || !regions.some((r) => r.code === b.region)) continue;
    const mean = 2.6 + random() * 1.8;
    for (const [pi, p] of periods.entries()) {
      const n = 4 + Math.floor(random() * 9);
      const offset = Math.floor(random() * people.length);
      for (let i = 0; i < n; i++) {
        const score = Math.max(1, Math.min(5, Math.round(mean + pi * 0.05 + (random() - 0.5) * 2.4)));
        rows.push({
          state_body_id: b.id,
          user_id: people[(offset + i) % people.length].id,
          period: p.period,
          score,
          comment: comments[Math.floor(random() * comments.length)],
          residence_region: b.region,
          created_at: p.at,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('local_assessments')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
