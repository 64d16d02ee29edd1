/**
 * Demo drafts in every state of the lifecycle, made through the module's own commands at past
 * instants (so the audit log, the closing jobs and the rules are the real ones): a draft being
 * prepared, a discussion open now with comments, supports, an answer and an NGO's conclusion, one
 * closed and awaiting answers, one with its summary published, and one in its second version with
 * changes, discussed again. Deterministic by seed; dates are relative to today.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import PDFDocument from 'pdfkit';
import { addWorkingDays, almatyDate, almatyDayStart, type IsoDate } from '../../reference/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CommandDeps } from '../../platform/commands.ts';
import { seededRandom } from '../../platform/random.ts';
import { createUser, addMembership, demoPerson } from '../accounts/index.ts';
import { addComment } from './commands/addComment.ts';
import { addVersion } from './commands/addVersion.ts';
import { answerComment } from './commands/answerComment.ts';
import { attachConclusion } from './commands/attachConclusion.ts';
import { closeDiscussion } from './commands/closeDiscussion.ts';
import { createDraft } from './commands/createDraft.ts';
import { openDiscussion } from './commands/openDiscussion.ts';
import { publishSummary } from './commands/publishSummary.ts';
import { supportComment } from './commands/supportComment.ts';
import { addDays, closingInstant, joinTexts, minimumLastDay, parseDraftText } from './domain.ts';
import {
  ANSWERS,
  COMMENTS,
  DATABASE_RULES_V1,
  DATABASE_RULES_V2,
  DEMO_OFFICIALS,
  DEMO_PEOPLE,
  GRANTS_ORDER,
  IMPROVEMENT_RULES,
  PREPARATION,
  TRANSPORT_DECISION,
  type DemoDraft,
} from './demoTexts.ts';
import { findDraft, stateBodiesList } from './repository/index.ts';

const FONT = fileURLToPath(new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url));
const PASSWORD = 'qogam-demo-2026';

async function actorOf(app: FastifyInstance, email: string): Promise<Actor> {
  const u = await demoPerson(app.db, email);
  if (!u) throw new Error(`no demo account ${email}`);
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: u.roles as Actor['roles'],
    emailConfirmed: true,
    via: 'session',
    organizations: u.memberships.filter((m) => m.org_type === 'organization').map((m) => m.org_id),
    stateBodies: u.memberships.filter((m) => m.org_type === 'state_body').map((m) => m.org_id),
  };
}

/** 10:00 plus `minutes` in Almaty on a civil date. */
const at = (d: IsoDate, minutes = 0) => new Date(almatyDayStart(d).getTime() + (10 * 60 + minutes) * 60_000);

function conclusionPdf(title: string, org: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Сараптамалық қорытынды' } });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', FONT);
    doc.font('regular').fontSize(16).text('Сараптамалық қорытынды / Экспертное заключение');
    doc.moveDown().fontSize(11).text(title);
    doc.moveDown().text(org);
    doc
      .moveDown()
      .text(
        'Жобада сыбайлас жемқорлық тәуекелдерін туғызатын нормалар анықталған жоқ. Өтінімдерді бағалау өлшемшарттарын нақтылау ұсынылады.',
      );
    doc
      .moveDown()
      .text(
        'В проекте не выявлено норм, создающих коррупционные риски. Рекомендуется уточнить критерии оценки заявок.',
      );
    doc.end();
  });
}

export async function seedLegislationDemo(app: FastifyInstance, opts: { seed: number }) {
  const db = app.db;
  const random = seededRandom(opts.seed + 5);
  const now = new Date();
  const today = almatyDate(now);
  const bodies = new Map((await stateBodiesList(db)).map((b) => [b.code, b.id]));

  // People: citizens who comment, and officials of the other developing bodies.
  for (const [name, email] of DEMO_PEOPLE)
    await createUser(app.db, { email, name, password: PASSWORD, roles: ['citizen'], confirmed: true });
  for (const [name, email, body] of DEMO_OFFICIALS) {
    await createUser(app.db, { email, name, password: PASSWORD, roles: ['citizen'], confirmed: true });
    const bodyId = bodies.get(body);
    if (!bodyId) throw new Error(`legislation demo: no state body ${body}`);
    await addMembership(app.db, email, 'state_body', bodyId);
  }
  const citizens = [
    ...(await Promise.all(DEMO_PEOPLE.map(([, e]) => actorOf(app, e)))),
    await actorOf(app, 'citizen@demo.qogam.kz'),
  ];
  const ngo = await actorOf(app, 'ngo@demo.qogam.kz');
  const officials = new Map<string, Actor>([['mip', await actorOf(app, 'official@demo.qogam.kz')]]);
  for (const [, email, body] of DEMO_OFFICIALS) officials.set(body, await actorOf(app, email));
  const deps = (actor: Actor | null): CommandDeps => ({ db: app.db, jobs: app.jobs, actor, requestId: 'demo' });
  const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }, what: string): T => {
    if (!r.ok) throw new Error(`legislation demo: ${what}: ${r.reason}`);
    return r.value;
  };

  async function create(d: DemoDraft, day: IsoDate) {
    const joined = joinTexts(parseDraftText(d.textKk), parseDraftText(d.textRu));
    if (!joined.ok)
      throw new Error(`legislation demo: texts of "${d.titleRu}" differ: ${JSON.stringify(joined.problem)}`);
    const official = officials.get(d.body)!;
    const r = await createDraft(
      deps(official),
      {
        stateBodyId: bodies.get(d.body)!,
        kind: d.kind,
        titleKk: d.titleKk,
        titleRu: d.titleRu,
        noteKk: d.noteKk,
        noteRu: d.noteRu,
        units: joined.units,
      },
      at(day, -60),
    );
    return { id: must(r, 'create').id, official };
  }
  async function open(id: string, official: Actor, day: IsoDate, lastDay: IsoDate) {
    const d = (await findDraft(db, id))!;
    must(await openDiscussion(deps(official), { id, lockVersion: d.lock_version, lastDay }, at(day)), 'open');
  }
  /** Comments spread over the open days, by people chosen at random; a few supports each. */
  async function comment(
    id: string,
    texts: [string, string, 'kk' | 'ru'][],
    from: IsoDate,
    lastDay: IsoDate,
    opts: { ngoFirst?: boolean } = {},
  ) {
    const span = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(from)) / 86_400_000));
    const ids: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      const [unitKey, body, lang] = texts[i];
      const author = opts.ngoFirst && i === 1 ? ngo : citizens[Math.floor(random() * citizens.length)];
      const when = at(
        addDays(from, Math.min(span - 1, Math.floor(((i + 1) * span) / (texts.length + 1)))),
        30 + Math.floor(random() * 400),
      );
      const r = await addComment(
        deps(author),
        { draftId: id, unitKey, body, onBehalf: author === ngo ? (ngo.organizations[0] ?? null) : null, lang },
        when,
      );
      const cid = must(r, 'comment').id;
      ids.push(cid);
      const supporters = citizens.filter((c) => c.id !== author.id && random() < 0.45);
      for (const s of supporters)
        must(await supportComment(deps(s), { commentId: cid }, new Date(when.getTime() + 3_600_000)), 'support');
    }
    return ids;
  }
  async function answer(official: Actor, ids: string[], answers: [string, string][], when: Date) {
    for (let i = 0; i < Math.min(ids.length, answers.length); i++) {
      const [status, reason] = answers[i];
      must(
        await answerComment(
          deps(official),
          { commentId: ids[i], status: status as 'accepted', reason, answerVersion: 0 },
          new Date(when.getTime() + i * 600_000),
        ),
        'answer',
      );
    }
  }

  // In preparation: only the ministry's officials see it.
  await create(PREPARATION, addDays(today, -1));

  // Open now, with comments, supports, one answer and an NGO's conclusion.
  {
    const opened = addDays(today, -6);
    const { id, official } = await create(GRANTS_ORDER, addDays(opened, -2));
    await open(id, official, opened, addWorkingDays(opened, 15));
    const ids = await comment(id, COMMENTS.grants, opened, today, { ngoFirst: true });
    await answer(official, ids, ANSWERS.grants, at(addDays(today, -1), 120));
    if (ngo.organizations[0]) {
      const pdf = await conclusionPdf(GRANTS_ORDER.titleKk, ngo.organizations[0]);
      must(
        await attachConclusion(
          deps(ngo),
          {
            draftId: id,
            kind: 'anti_corruption',
            bin: ngo.organizations[0],
            storage: app.storage,
            summary:
              'Сыбайлас жемқорлық тәуекелдері анықталған жоқ. Сараптамалық кеңесті қалыптастыру тәртібін және бағалау өлшемшарттарын нақтылауды ұсынамыз.',
            document: { field: 'document', filename: 'qorytyndy-granttar.pdf', mime: 'application/pdf', data: pdf },
          },
          at(addDays(today, -2), 200),
        ),
        'conclusion',
      );
    }
  }

  // Closed, awaiting answers: the developer answered two of five during the discussion.
  {
    const opened = addDays(today, -30);
    const lastDay = minimumLastDay(opened);
    const { id, official } = await create(TRANSPORT_DECISION, addDays(opened, -3));
    await open(id, official, opened, lastDay);
    const ids = await comment(id, COMMENTS.transport, opened, lastDay);
    await answer(official, ids, ANSWERS.transport, at(lastDay, -30));
    must(await closeDiscussion(deps(null), { id }, closingInstant(lastDay)), 'close');
  }

  // Summary published: every comment answered after the close.
  {
    const opened = addDays(today, -45);
    const lastDay = minimumLastDay(opened);
    const { id, official } = await create(IMPROVEMENT_RULES, addDays(opened, -5));
    await open(id, official, opened, lastDay);
    const ids = await comment(id, COMMENTS.improvement, opened, lastDay);
    const after = addWorkingDays(lastDay, 2);
    await answer(official, ids, ANSWERS.improvement, at(after));
    must(await publishSummary(deps(official), { id }, at(after, 240)), 'summary');
  }

  // Second version with changes, discussed again now.
  {
    const opened = addDays(today, -70);
    const lastDay = minimumLastDay(opened);
    const { id, official } = await create(DATABASE_RULES_V1, addDays(opened, -4));
    await open(id, official, opened, lastDay);
    const ids = await comment(id, COMMENTS.database1, opened, lastDay);
    const after = addWorkingDays(lastDay, 3);
    await answer(official, ids, ANSWERS.database1, at(after));
    must(await publishSummary(deps(official), { id }, at(after, 300)), 'summary v1');
    const reopened = addDays(today, -3);
    const joined = joinTexts(parseDraftText(DATABASE_RULES_V2.textKk), parseDraftText(DATABASE_RULES_V2.textRu));
    if (!joined.ok) throw new Error('legislation demo: version 2 texts differ');
    const d = (await findDraft(db, id))!;
    must(
      await addVersion(
        deps(official),
        {
          id,
          lockVersion: d.lock_version,
          units: joined.units,
          noteKk: DATABASE_RULES_V1.noteKk,
          noteRu: DATABASE_RULES_V1.noteRu,
          changesKk: DATABASE_RULES_V2.changesKk,
          changesRu: DATABASE_RULES_V2.changesRu,
          lastDay: minimumLastDay(reopened),
        },
        at(reopened),
      ),
      'version 2',
    );
    await comment(id, COMMENTS.database2, reopened, today);
  }
}
