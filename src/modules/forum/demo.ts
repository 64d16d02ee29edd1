/**
 * Demo data of the Civil Forum, deterministic by seed: the national Civil Forum of 2023 with its
 * dialogue platforms, ~60 recommendations and an action plan in every state (done on time and
 * late with evidence, in progress, planned, overdue, cancelled); a concluded regional forum of
 * 2024; a regional forum deliberating and one open to proposals in 2026; a planned one for 2027.
 * Everything goes through the commands, so the audit trail is the real one.
 */
import type { FastifyInstance } from 'fastify';
import PDFDocument from 'pdfkit';
import { addMembership, createUser, insertDemoPeople } from '../accounts/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CommandDeps } from '../../platform/commands.ts';
import { seededRandom } from '../../platform/random.ts';
import type { AreaCode } from '../../reference/index.ts';
import { adoptRecommendation } from './commands/adoptRecommendation.ts';
import { addEvidence } from './commands/addEvidence.ts';
import { advanceForum } from './commands/advanceForum.ts';
import { createForum } from './commands/createForum.ts';
import { createPlanItem } from './commands/createPlanItem.ts';
import { proposeToForum } from './commands/proposeToForum.ts';
import { supportProposal } from './commands/supportProposal.ts';
import { updateItemStatus } from './commands/updateItemStatus.ts';
import { ACTIONS, FORUMS, PROPOSALS, recTexts, STAGES, SUBJECTS, type ForumPlan, type L3 } from './demoData.ts';
import {
  findForum,
  findItem,
  listForumProposals,
  listPlatforms,
  listRecommendations,
  listStateBodies,
} from './repository/index.ts';
import type { Db } from '../../platform/db/schema.ts';

const DEMO_PASSWORD = 'qogam-demo-2026';
const FONT = new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url).pathname;

/** A one-page PDF "document" for evidence (an order, a report) in Kazakh and Russian. */
async function evidencePdf(title: string, body: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok) => doc.on('end', () => ok(Buffer.concat(chunks))));
  doc.font(FONT).fontSize(14).text(title).moveDown().fontSize(11).text(body);
  doc.end();
  return done;
}

function actorOf(u: { id: string; name: string; email: string }, stateBodies: string[]): Actor {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: ['citizen', 'official'],
    organizations: [],
    stateBodies,
    emailConfirmed: true,
    via: 'session',
  };
}

async function participants(db: Db, n: number) {
  const names = ['Әлия', 'Бауыржан', 'Виктория', 'Ғалым', 'Данияр', 'Еркежан', 'Жанар', 'Игорь', 'Камила', 'Лаура'];
  return insertDemoPeople(
    db,
    Array.from({ length: n }, (_, i) => ({
      email: `forum-participant-${i + 1}@demo.qogam.kz`,
      name: `${names[i % names.length]} ${String.fromCharCode(1040 + ((i * 7) % 28))}.`,
    })),
  );
}

export async function seedForumDemo(app: FastifyInstance, opts: { seed: number }) {
  const db = app.db;
  const random = seededRandom(opts.seed + 11);
  const bodies = new Map((await listStateBodies(db)).map((b) => [b.code, b.id]));
  const mip = bodies.get('mip')!;
  const email = 'forum-1@demo.qogam.kz';
  const name = 'Форум хатшылығы / Секретариат форума';
  const created = await createUser(app.db, {
    email,
    name,
    password: DEMO_PASSWORD,
    roles: ['citizen'],
    confirmed: true,
  });
  if (!created.ok) throw new Error(`forum demo: ${created.reason}`);
  const member = await addMembership(db, email, 'state_body', mip);
  if (!member.ok) throw new Error(`forum demo: membership: ${member.reason}`);
  const organiser = actorOf({ id: created.value.id, name, email }, [mip]);
  const deps = (actor: Actor): CommandDeps => ({ db: app.db, jobs: app.jobs, actor });
  const people = await participants(app.db, 40);
  const person = (i: number) => actorOf(people[i % people.length], []);
  const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }, what: string): T => {
    if (!r.ok) throw new Error(`forum demo: ${what}: ${r.reason}`);
    return r.value;
  };

  for (const plan of FORUMS) {
    const { id } = must(
      await createForum(deps(organiser), {
        organiserBodyId: mip,
        kind: plan.kind,
        region: plan.region as never,
        year: plan.year,
        titleKk: plan.titles[0],
        titleRu: plan.titles[1],
        titleEn: plan.titles[2],
        description:
          'Азаматтық қоғам, мемлекеттік органдар мен бизнестің диалог алаңы. / Площадка диалога гражданского общества, государственных органов и бизнеса.',
        heldOn: plan.heldOn,
        topics: plan.topics,
      }),
      'forum',
    );
    const target = STAGES.indexOf(plan.stage);
    const advance = async () =>
      must(await advanceForum(deps(organiser), { id, version: (await findForum(db, id))!.version }), 'advance');
    if (target < 1) continue;
    await advance();
    const platforms = await listPlatforms(db, id);
    const held = new Date(`${plan.heldOn}T10:00:00+05:00`);
    const before = (days: number) => new Date(Math.min(held.getTime() - days * 86_400_000, Date.now() - 86_400_000));

    // Participants' proposals and supports on every platform.
    let k = 0;
    for (const p of platforms) {
      for (let j = 0; j < 3; j++) {
        const [title, body] = PROPOSALS[(k + j) % PROPOSALS.length];
        const author = person(k * 3 + j);
        const { id: pid } = must(
          await proposeToForum(deps(author), { platformId: p.id, title, body }, before(30 - j)),
          'proposal',
        );
        const supporters = Math.floor(random() * (plan.year === 2023 ? 12 : 8));
        for (let s = 1; s <= supporters; s++)
          await supportProposal(deps(person(k * 3 + j + s)), { proposalId: pid }, before(20 - (s % 10)));
      }
      k++;
    }
    if (target < 2) continue;
    await advance();

    // Recommendations adopted by each platform (the first ones from its best-supported proposal).
    const perPlatform = plan.stage === 'deliberation' ? 1 : plan.year === 2023 ? 8 : 3;
    let n = 0;
    for (const p of platforms) {
      const subjects = SUBJECTS[p.topic as AreaCode] ?? [[p.title_kk, p.title_ru, p.title_en ?? p.title_ru]];
      const best = (await listForumProposals(db, p.id))[0];
      for (let j = 0; j < perPlatform; j++) {
        const [kk, ru, en] = recTexts(subjects[j % subjects.length], ACTIONS[(n + j) % ACTIONS.length]);
        must(
          await adoptRecommendation(
            deps(organiser),
            { platformId: p.id, textKk: kk, textRu: ru, textEn: en, proposalId: j === 0 && best ? best.id : null },
            held,
          ),
          'adopt',
        );
      }
      n++;
    }
    if (target < 3) continue;
    await advance();
    await seedPlan(app, deps(organiser), id, plan, bodies, random);
  }
}

/** The action plan of a concluded forum: items from its recommendations, in every state. */
async function seedPlan(
  app: FastifyInstance,
  deps: CommandDeps,
  forumId: string,
  plan: ForumPlan,
  bodies: Map<string, string>,
  random: () => number,
) {
  const db = app.db;
  const recs = await listRecommendations(db, { forumId });
  const responsible =
    plan.kind === 'national'
      ? [
          'mip',
          'government',
          'cscs',
          'mip',
          'akimat-almaty-city',
          'akimat-astana',
          'akimat-shymkent',
          'akimat-abai',
          'akimat-turkistan',
          'mip',
        ]
      : [`akimat-${plan.region}`, `maslikhat-${plan.region}`, 'mip'];
  const regional = ['almaty-city', 'astana', 'shymkent', 'abai', 'turkistan'];
  const count = plan.kind === 'national' ? 40 : 6;
  const base = Date.UTC(plan.year + 1, 0, 1);
  const now = Date.now();
  let report: Buffer | undefined;
  for (let i = 0; i < count; i++) {
    const r = recs[(i * 3) % recs.length];
    const second = i % 4 === 0 ? recs[(i * 3 + 1) % recs.length] : null;
    const body = responsible[i % responsible.length];
    const region =
      body.startsWith('akimat-') || body.startsWith('maslikhat-')
        ? body.replace(/^(akimat|maslikhat)-/, '')
        : plan.kind === 'regional'
          ? plan.region
          : i % 9 === 5
            ? regional[i % regional.length]
            : null;
    // Deadlines spread over the four years after the forum, at the end of a quarter.
    const quarterEnd = new Date(base + ((i * 977) % 1400) * 86_400_000);
    const deadline = `${quarterEnd.getUTCFullYear()}-${String(Math.floor(quarterEnd.getUTCMonth() / 3) * 3 + 3).padStart(2, '0')}-${[0, 3].includes(Math.floor(quarterEnd.getUTCMonth() / 3)) ? '31' : '30'}`;
    const title: L3 = [
      r.text_kk.replace(/\.$/, ''),
      r.text_ru.replace(/\.$/, ''),
      (r.text_en ?? r.text_ru).replace(/\.$/, ''),
    ];
    const created = new Date(base - 40 * 86_400_000);
    const made = await createPlanItem(
      deps,
      {
        forumId,
        titleKk: title[0],
        titleRu: title[1],
        titleEn: title[2],
        topic: r.topic as AreaCode,
        region: region as never,
        bodyId: bodies.get(body)!,
        deadline,
        recommendations: second ? [r.number, second.number] : [r.number],
      },
      created,
    );
    if (!made.ok) throw new Error(`forum demo: item: ${made.reason}`);
    const id = made.value.id;
    const due = new Date(`${deadline}T18:00:00+05:00`).getTime();
    const past = due < now;
    // The fate of the item: most past items done (some late), some overdue, one cancelled; future ones under way or planned.
    const roll = random();
    const fate = past
      ? i % 13 === 6
        ? 'cancelled'
        : roll < 0.55
          ? 'done'
          : roll < 0.7
            ? 'late'
            : roll < 0.85
              ? 'overdue_progress'
              : 'overdue'
      : roll < 0.45
        ? 'progress'
        : roll < 0.6
          ? 'early'
          : 'planned';
    const version = async () => (await findItem(db, id))!.version;
    const startAt = new Date(Math.min(created.getTime() + 30 * 86_400_000, now - 86_400_000));
    if (fate === 'planned' || fate === 'overdue') continue;
    if (fate === 'cancelled') {
      await updateItemStatus(
        deps,
        {
          itemId: id,
          version: await version(),
          status: 'cancelled',
          note: 'Іс-шара 2024 жылғы заң өзгерістерімен қамтылды. / Мероприятие поглощено изменениями закона 2024 года.',
        },
        startAt,
      );
      continue;
    }
    await updateItemStatus(deps, { itemId: id, version: await version(), status: 'in_progress', note: null }, startAt);
    if (fate === 'progress' || fate === 'overdue_progress') continue;
    const doneAt = new Date(
      Math.min(fate === 'late' ? due + 45 * 86_400_000 : due - 20 * 86_400_000, now - 86_400_000),
    );
    if (i % 3 === 0) {
      // One report reused: drawing a PDF with its font is the dearest step of the demo.
      report ??= await evidencePdf(
        'Орындау туралы есеп / Отчёт об исполнении',
        'Іс-шара орындалды; нәтижелері қоса беріледі.\n\nМероприятие исполнено; результаты прилагаются.',
      );
      const data = report;
      await addEvidence(
        deps,
        {
          itemId: id,
          description: 'Орындау туралы есеп / Отчёт об исполнении (PDF)',
          url: null,
          document: { field: 'document', filename: `report-${i + 1}.pdf`, mime: 'application/pdf', data },
          storage: app.storage,
        },
        doneAt,
      );
    } else {
      await addEvidence(
        deps,
        {
          itemId: id,
          description: 'Бұйрық жарияланды / Опубликован приказ',
          url: `https://adilet.zan.kz/kaz/docs/V${plan.year + 1}000${3000 + i}`,
          storage: app.storage,
        },
        doneAt,
      );
    }
    if (i % 5 === 1)
      await addEvidence(
        deps,
        {
          itemId: id,
          description: 'Министрліктің жаңалығы / Новость министерства',
          url: `https://www.gov.kz/memleket/entities/qogam/press/news/details/${500000 + i * 17}`,
          storage: app.storage,
        },
        doneAt,
      );
    await updateItemStatus(deps, { itemId: id, version: await version(), status: 'done', note: null }, doneAt);
  }
}
