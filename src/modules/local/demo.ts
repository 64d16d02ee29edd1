/**
 * Demo data of local participation, deterministic by seed: district akimats of Almaty and
 * Shymkent, one participatory budget in every stage of the cycle (built through the commands,
 * so the audit trail and the computed results are real), photos of works, and three years of
 * residents' assessments of every akimat.
 */
import type { FastifyInstance } from 'fastify';
import { addMembership, createUser, insertDemoPeople } from '../accounts/index.ts';
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
import {
  findCycle,
  insertDemoAssessments,
  insertDistrictAkimats,
  listAkimats,
  listProposals,
  type DemoAssessment,
} from './repository/index.ts';
import type { BallotForm } from './schemas.ts';
import type { Db } from '../../platform/db/schema.ts';
import { DISTRICT_AKIMATS, IDEAS, PLANS } from './demoData.ts';

const DEMO_PASSWORD = 'qogam-demo-2026';
const DAY = 86_400_000;

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

/** Synthetic residents who vote and rate (they never sign in: accounts gives them no password). */
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
  }));
  return insertDemoPeople(db, values);
}

export async function seedLocalDemo(app: FastifyInstance, opts: { seed: number }) {
  const db = app.db;
  const random = seededRandom(opts.seed + 7);
  const deps = (actor: Actor): CommandDeps => ({ db: app.db, jobs: app.jobs, actor });

  // District akimats (the reference list has the regions' and cities' akimats).
  await insertDistrictAkimats(
    db,
    DISTRICT_AKIMATS.map((d) => ({ code: d.code, name_kk: d.kk, name_ru: d.ru, name_en: d.en, region: d.region })),
  );
  const bodies = new Map((await listAkimats(db)).map((b) => [b.code, b]));

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
  const rows: DemoAssessment[] = [];
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
  await insertDemoAssessments(db, rows);
}
