import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { almatyDate, generateBin } from '../../../reference/index.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { makeUser, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { addDays, joinTexts, minimumLastDay, parseDraftText, type BilingualUnit } from '../domain.ts';
import { commentsOf, findDraft, findVersion, type Db } from '../repository/index.ts';
import { addComment } from './addComment.ts';
import { addVersion } from './addVersion.ts';
import { answerComment } from './answerComment.ts';
import { attachConclusion } from './attachConclusion.ts';
import { createDraft } from './createDraft.ts';
import { editDraft } from './editDraft.ts';
import { openDiscussion } from './openDiscussion.ts';
import { publishSummary } from './publishSummary.ts';
import { supportComment } from './supportComment.ts';

let t: TestApp;
let db: Db;
let official: Actor;
let otherOfficial: Actor;
let citizen: Actor;
let citizen2: Actor;
let ngo: Actor;
let bodyId: string;
const BIN = generateBin(8123, '1205');

const KK =
  '1-бап. Мақсаты\n1. Осы бұйрық гранттар беру тәртібін айқындайды.\n2. Өтінімдер 20 күн ішінде қабылданады.\n1) электрондық түрде;\n2) қағаз түрінде.';
const RU =
  'Статья 1. Цель\n1. Настоящий приказ определяет порядок предоставления грантов.\n2. Заявки принимаются в течение 20 дней.\n1) в электронной форме;\n2) в бумажной форме.';
const units = (kk: string, ru: string): BilingualUnit[] => {
  const r = joinTexts(parseDraftText(kk), parseDraftText(ru));
  assert.ok(r.ok);
  return r.units;
};
const content = {
  kind: 'order' as const,
  titleKk: 'Гранттар туралы бұйрық жобасы',
  titleRu: 'Проект приказа о грантах',
  noteKk: 'Түсіндірме',
  noteRu: 'Пояснение',
  units: units(KK, RU),
};

async function actorOf(opts: { organizations?: string[]; stateBodies?: string[]; name?: string }): Promise<Actor> {
  const u = await makeUser(t.db, { ...opts, roles: ['citizen'] });
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: ['citizen'],
    organizations: opts.organizations ?? [],
    stateBodies: opts.stateBodies ?? [],
    emailConfirmed: true,
    via: 'session',
  };
}
const deps = (actor: Actor | null): CommandDeps => ({ db: t.db, jobs: t.app.jobs, actor, requestId: 'test' });
const audits = (id: string) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'is_public', 'actor_id'])
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
const day = 86_400_000;

before(async () => {
  t = await testApp();
  db = t.db;
  bodyId = (await db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow()).id;
  const other = (
    await db.selectFrom('state_bodies').select('id').where('code', '=', 'akimat-astana').executeTakeFirstOrThrow()
  ).id;
  await sql`insert into organizations (bin, name_kk, name_ru, legal_form, region, areas, founded_on) values (${BIN}, 'Үміт', 'Умит', 'public-association', 'astana', '{youth}', '2015-01-01')`.execute(
    t.db,
  );
  official = await actorOf({ stateBodies: [bodyId], name: 'Динара Ахметова' });
  otherOfficial = await actorOf({ stateBodies: [other] });
  citizen = await actorOf({ name: 'Айгерім Нұрланқызы' });
  citizen2 = await actorOf({});
  ngo = await actorOf({ organizations: [BIN], name: 'Ерлан Сәрсенбаев' });
});
after(() => t.close());

describe('legislation commands', () => {
  test('a draft goes from preparation through discussion, answers and summary to a second version', async () => {
    // Only an official of the body prepares it; version 1 with the units of both texts.
    assert.equal((await createDraft(deps(citizen), { ...content, stateBodyId: bodyId })).ok, false);
    assert.deepEqual(await createDraft(deps(otherOfficial), { ...content, stateBodyId: bodyId }), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_official',
      field: 'stateBody',
    });
    const created = await createDraft(deps(official), { ...content, stateBodyId: bodyId });
    assert.ok(created.ok);
    const id = created.value.id;
    let draft = (await findDraft(db, id))!;
    assert.equal(draft.status, 'draft');

    // Two officials editing: the second save with the old lock is refused.
    assert.deepEqual(
      (await editDraft(deps(official), { id, lockVersion: 0, ...content, titleRu: 'Проект приказа о грантах НПО' })).ok,
      true,
    );
    assert.deepEqual(await editDraft(deps(official), { id, lockVersion: 0, ...content }), {
      ok: false,
      kind: 'conflict',
      reason: 'stale',
    });
    assert.equal((await findDraft(db, id))!.title_ru, 'Проект приказа о грантах НПО');

    // Opening: the last day may not be before the legal minimum in working days.
    const openedAt = new Date(Date.now() - 3 * day);
    const minimum = minimumLastDay(almatyDate(openedAt));
    draft = (await findDraft(db, id))!;
    assert.deepEqual(
      await openDiscussion(
        deps(official),
        { id, lockVersion: draft.lock_version, lastDay: addDays(minimum, -1) },
        openedAt,
      ),
      { ok: false, kind: 'invalid', reason: 'tooShort', field: 'lastDay' },
    );
    assert.equal(
      (await openDiscussion(deps(citizen), { id, lockVersion: draft.lock_version, lastDay: minimum }, openedAt)).ok,
      false,
    );
    const opened = await openDiscussion(
      deps(official),
      { id, lockVersion: draft.lock_version, lastDay: minimum },
      openedAt,
    );
    assert.ok(opened.ok);
    const job = await db
      .selectFrom('jobs')
      .select(['run_at', 'queue'])
      .where('dedupe_key', '=', `legislation.close:${id}:1`)
      .executeTakeFirstOrThrow();
    assert.equal(
      new Date(job.run_at).toISOString(),
      opened.value.closesAt.toISOString(),
      'the closing job runs when the period ends',
    );
    assert.equal(
      (await editDraft(deps(official), { id, lockVersion: (await findDraft(db, id))!.lock_version, ...content })).ok,
      false,
      'no edits once published',
    );

    // Comments on a paragraph: signed in, not the developer, an existing paragraph.
    const now = new Date();
    assert.deepEqual(
      await addComment(deps(null), { draftId: id, unitKey: 'a1.p2', body: 'x', onBehalf: null, lang: 'kk' }, now),
      { ok: false, kind: 'forbidden', reason: 'sign_in' },
    );
    assert.deepEqual(
      await addComment(deps(official), { draftId: id, unitKey: 'a1.p2', body: 'x', onBehalf: null, lang: 'kk' }, now),
      { ok: false, kind: 'forbidden', reason: 'developer_comment' },
    );
    assert.deepEqual(
      await addComment(deps(citizen), { draftId: id, unitKey: 'a9.p9', body: 'x', onBehalf: null, lang: 'kk' }, now),
      { ok: false, kind: 'invalid', reason: 'unknown_unit', field: 'unit' },
    );
    assert.deepEqual(
      await addComment(deps(citizen), { draftId: id, unitKey: 'a1.p2', body: 'x', onBehalf: BIN, lang: 'kk' }, now),
      { ok: false, kind: 'forbidden', reason: 'not_ngo', field: 'onBehalf' },
    );
    const c1 = await addComment(
      deps(citizen),
      { draftId: id, unitKey: 'a1.p2', body: 'Мерзімді 30 күнге ұзарту керек.', onBehalf: null, lang: 'kk' },
      now,
    );
    const c2 = await addComment(
      deps(ngo),
      { draftId: id, unitKey: 'a1.p2.s2', body: 'Сохранить бумажную форму для сёл.', onBehalf: BIN, lang: 'ru' },
      now,
    );
    assert.ok(c1.ok && c2.ok);

    // Supports: not one's own, once per person.
    assert.deepEqual(await supportComment(deps(citizen), { commentId: c1.value.id }, now), {
      ok: false,
      kind: 'forbidden',
      reason: 'own_comment',
    });
    assert.ok((await supportComment(deps(citizen2), { commentId: c1.value.id }, now)).ok);
    assert.deepEqual(await supportComment(deps(citizen2), { commentId: c1.value.id }, now), {
      ok: false,
      kind: 'conflict',
      reason: 'already_supported',
    });
    assert.ok((await supportComment(deps(ngo), { commentId: c1.value.id }, now)).ok);

    // NGOs attach conclusions; a citizen cannot.
    const document = {
      field: 'document',
      filename: 'qorytyndy.pdf',
      mime: 'application/pdf',
      data: Buffer.from('%PDF-1.4 test'),
    };
    assert.equal(
      (
        await attachConclusion(
          deps(citizen),
          { draftId: id, kind: 'expert', bin: BIN, summary: 's', document, storage: t.app.storage },
          now,
        )
      ).ok,
      false,
    );
    assert.ok(
      (
        await attachConclusion(
          deps(ngo),
          { draftId: id, kind: 'anti_corruption', bin: BIN, summary: 'Тәуекел жоқ', document, storage: t.app.storage },
          now,
        )
      ).ok,
    );

    // Answers: only the developer; reasons unless accepted; two officials at once -> stale.
    assert.deepEqual(
      await answerComment(
        deps(otherOfficial),
        { commentId: c1.value.id, status: 'accepted', reason: '', answerVersion: 0 },
        now,
      ),
      { ok: false, kind: 'forbidden', reason: 'not_developer' },
    );
    assert.deepEqual(
      await answerComment(
        deps(official),
        { commentId: c1.value.id, status: 'rejected', reason: ' ', answerVersion: 0 },
        now,
      ),
      { ok: false, kind: 'invalid', reason: 'reason_required', field: 'reason' },
    );
    assert.ok(
      (
        await answerComment(
          deps(official),
          { commentId: c1.value.id, status: 'partly_accepted', reason: '25 күнге ұзартылады.', answerVersion: 0 },
          now,
        )
      ).ok,
    );
    assert.deepEqual(
      await answerComment(
        deps(official),
        { commentId: c1.value.id, status: 'accepted', reason: '', answerVersion: 0 },
        now,
      ),
      { ok: false, kind: 'conflict', reason: 'stale' },
    );

    // The summary: not while open; not with a comment unanswered; then published.
    assert.deepEqual(await publishSummary(deps(official), { id }, now), {
      ok: false,
      kind: 'conflict',
      reason: 'state_publishSummary',
    });
    const afterClose = new Date((await findDraft(db, id))!.closes_at!.getTime() + 1000);
    assert.deepEqual(await publishSummary(deps(official), { id }, afterClose), {
      ok: false,
      kind: 'conflict',
      reason: 'unanswered',
    });
    assert.equal(
      (
        await addComment(
          deps(citizen2),
          { draftId: id, unitKey: 'a1.p1', body: 'Кеш', onBehalf: null, lang: 'kk' },
          afterClose,
        )
      ).ok,
      false,
      'no comments after the close',
    );
    assert.ok(
      (
        await answerComment(
          deps(official),
          {
            commentId: c2.value.id,
            status: 'rejected',
            reason: 'Қағаз нысаны 2027 жылға дейін сақталады.',
            answerVersion: 0,
          },
          afterClose,
        )
      ).ok,
    );
    const summary = await publishSummary(deps(official), { id }, afterClose);
    assert.deepEqual(summary, { ok: true, value: { comments: 2 } });
    draft = (await findDraft(db, id))!;
    assert.equal(draft.status, 'summary_published');
    assert.ok((await findVersion(db, id, 1))!.summary_published_at);
    const comments = await commentsOf(db, id);
    assert.deepEqual(
      comments.map((c) => [c.unit_key, c.supports, c.answer_status]),
      [
        ['a1.p2', 2, 'partly_accepted'],
        ['a1.p2.s2', 0, 'rejected'],
      ],
    );
    assert.equal(
      (
        await answerComment(
          deps(official),
          { commentId: c2.value.id, status: 'accepted', reason: '', answerVersion: 1 },
          afterClose,
        )
      ).ok,
      false,
      'answers are final once published',
    );

    // A second version reopens the discussion; comments go to version 2.
    const v2 = units(
      KK.replace('20 күн', '25 күн').replace('2) қағаз түрінде.', '2) қағаз түрінде;\n3) eGov арқылы.'),
      RU.replace('20 дней', '25 дней').replace('2) в бумажной форме.', '2) в бумажной форме;\n3) через eGov.'),
    );
    const reopenAt = new Date(afterClose.getTime() + day);
    const lastDay2 = minimumLastDay(almatyDate(reopenAt));
    assert.deepEqual(
      await addVersion(
        deps(official),
        {
          id,
          lockVersion: draft.lock_version - 1,
          units: v2,
          noteKk: 'Т',
          noteRu: 'П',
          changesKk: 'Ө',
          changesRu: 'И',
          lastDay: lastDay2,
        },
        reopenAt,
      ),
      { ok: false, kind: 'conflict', reason: 'stale' },
    );
    const added = await addVersion(
      deps(official),
      {
        id,
        lockVersion: draft.lock_version,
        units: v2,
        noteKk: 'Т',
        noteRu: 'П',
        changesKk: 'Ө',
        changesRu: 'И',
        lastDay: lastDay2,
      },
      reopenAt,
    );
    assert.deepEqual(added, { ok: true, value: { version: 2 } });
    draft = (await findDraft(db, id))!;
    assert.equal(draft.status, 'open');
    const c3 = await addComment(
      deps(citizen),
      { draftId: id, unitKey: 'a1.p2.s3', body: 'Жақсы', onBehalf: null, lang: 'kk' },
      new Date(reopenAt.getTime() + 1000),
    );
    assert.ok(c3.ok);
    assert.equal((await commentsOf(db, id, (await findVersion(db, id, 2))!.id)).length, 1);

    // Every state change is in the audit log; the body's acts are public.
    const log = await audits(id);
    assert.deepEqual(
      [...new Set(log.map((l) => l.action))],
      [
        'legislation.draft.created',
        'legislation.draft.edited',
        'legislation.draft.opened',
        'legislation.comment.added',
        'legislation.comment.supported',
        'legislation.conclusion.attached',
        'legislation.comment.answered',
        'legislation.draft.closed',
        'legislation.summary.published',
        'legislation.version.published',
      ],
    );
    assert.ok(log.filter((l) => l.action === 'legislation.comment.answered').every((l) => l.is_public));
    assert.equal(
      log.find((l) => l.action === 'legislation.draft.closed')!.actor_id,
      null,
      'the law closes the discussion, not a person',
    );
  });

  test('the closing job closes a discussion whose period has ended', async () => {
    const created = await createDraft(deps(official), { ...content, stateBodyId: bodyId });
    assert.ok(created.ok);
    const id = created.value.id;
    const openedAt = new Date(Date.now() - 30 * day);
    assert.ok(
      (
        await openDiscussion(
          deps(official),
          { id, lockVersion: 0, lastDay: minimumLastDay(almatyDate(openedAt)) },
          openedAt,
        )
      ).ok,
    );
    assert.equal((await findDraft(db, id))!.status, 'open', 'stored open until the job runs');
    await t.app.jobs.drain();
    assert.equal((await findDraft(db, id))!.status, 'closed');
    assert.equal((await audits(id)).filter((a) => a.action === 'legislation.draft.closed').length, 1);
    // At least once delivery: running it again changes nothing.
    await t.app.jobs.enqueue('legislation.close', { draftId: id, version: 1 });
    await t.app.jobs.drain();
    assert.equal((await audits(id)).filter((a) => a.action === 'legislation.draft.closed').length, 1);
  });
});
