// The forum's commands on a real database (PGlite, or PostgreSQL with DATABASE_URL).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUser, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { localDiskStorage } from '../../../platform/files/index.ts';
import { addEvidence } from './addEvidence.ts';
import { adoptRecommendation } from './adoptRecommendation.ts';
import { advanceForum } from './advanceForum.ts';
import { createForum } from './createForum.ts';
import { createPlanItem } from './createPlanItem.ts';
import { proposeToForum } from './proposeToForum.ts';
import { supportProposal } from './supportProposal.ts';
import { updateItemStatus } from './updateItemStatus.ts';
import { findForum, findItem, listPlatforms } from '../repository/index.ts';

let t: TestApp;
let mip: string;
let akimat: string;
let organiser: Actor;
let responsible: Actor;
let a: Actor;
let b: Actor;
const storage = localDiskStorage('/tmp/qogam-forum-test-uploads');
const actorOf = (u: { id: string; name: string; email: string }, stateBodies: string[] = []): Actor => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roles: ['citizen'],
  organizations: [],
  stateBodies,
  emailConfirmed: true,
  via: 'session',
});
const deps = (actor: Actor | null): CommandDeps => ({ db: t.db, jobs: t.app.jobs, actor });
const why = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

before(async () => {
  t = await testApp();
  const ids = new Map(
    (await t.db.selectFrom('state_bodies').select(['id', 'code']).execute()).map((x) => [x.code, x.id]),
  );
  mip = ids.get('mip')!;
  akimat = ids.get('akimat-jambyl')!;
  organiser = actorOf(await makeUser(t.db, { stateBodies: [mip] }), [mip]);
  responsible = actorOf(await makeUser(t.db, { stateBodies: [akimat] }), [akimat]);
  a = actorOf(await makeUser(t.db));
  b = actorOf(await makeUser(t.db));
});
after(async () => t?.close());

test('a forum from announcement to its action plan: proposals, supports, recommendations, items, evidence', async () => {
  assert.equal(
    why(
      await createForum(deps(a), {
        organiserBodyId: mip,
        kind: 'national',
        region: null,
        year: 2026,
        titleKk: 'Азаматтық форум',
        titleRu: 'Гражданский форум',
        titleEn: null,
        description: null,
        heldOn: null,
        topics: ['youth'],
      }),
    ),
    'not_organiser',
  );
  const f = await createForum(deps(organiser), {
    organiserBodyId: mip,
    kind: 'national',
    region: null,
    year: 2026,
    titleKk: 'Азаматтық форум',
    titleRu: 'Гражданский форум',
    titleEn: null,
    description: null,
    heldOn: '2026-11-20',
    topics: ['youth', 'charity'],
  });
  assert.ok(f.ok);
  const id = f.value.id;
  const version = async () => (await findForum(t.db, id))!.version;
  const [youth] = await listPlatforms(t.db, id);
  assert.equal(youth.topic, 'youth');

  assert.equal(
    why(
      await proposeToForum(deps(a), {
        platformId: youth.id,
        title: 'Жастар орталығы',
        body: 'Әр аудан орталығында жастар орталығын ашу керек.',
      }),
    ),
    'not_open',
  );
  assert.equal(why(await advanceForum(deps(organiser), { id, version: await version() })), 'ok');
  assert.equal(why(await advanceForum(deps(organiser), { id, version: 1 })), 'stale');
  const p = await proposeToForum(deps(a), {
    platformId: youth.id,
    title: 'Жастар орталығы',
    body: 'Әр аудан орталығында жастар орталығын ашу керек.',
  });
  assert.ok(p.ok);
  assert.equal(why(await supportProposal(deps(a), { proposalId: p.value.id })), 'own_proposal');
  assert.equal(why(await supportProposal(deps(b), { proposalId: p.value.id })), 'ok');
  assert.equal(why(await supportProposal(deps(b), { proposalId: p.value.id })), 'already_supported');
  const row = await t.db
    .selectFrom('forum_proposals')
    .select('supports')
    .where('id', '=', p.value.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.supports, 1);

  assert.equal(
    why(
      await adoptRecommendation(deps(organiser), {
        platformId: youth.id,
        textKk: 'Жастар орталықтарын ашу.',
        textRu: 'Открыть молодёжные центры.',
        textEn: null,
        proposalId: null,
      }),
    ),
    'not_deliberating',
  );
  assert.equal(why(await advanceForum(deps(organiser), { id, version: await version() })), 'ok');
  assert.equal(why(await supportProposal(deps(organiser), { proposalId: p.value.id })), 'not_open');
  assert.equal(
    why(
      await adoptRecommendation(deps(a), {
        platformId: youth.id,
        textKk: 'Жастар орталықтарын ашу.',
        textRu: 'Открыть молодёжные центры.',
        textEn: null,
        proposalId: null,
      }),
    ),
    'not_organiser',
  );
  const r1 = await adoptRecommendation(deps(organiser), {
    platformId: youth.id,
    textKk: 'Жастар орталықтарын ашу.',
    textRu: 'Открыть молодёжные центры.',
    textEn: null,
    proposalId: p.value.id,
  });
  const r2 = await adoptRecommendation(deps(organiser), {
    platformId: youth.id,
    textKk: 'Жастарға гранттар.',
    textRu: 'Гранты молодёжи.',
    textEn: 'Grants for youth.',
    proposalId: null,
  });
  assert.ok(r1.ok && r2.ok);
  assert.deepEqual([r1.value.number, r2.value.number], [1, 2], 'numbered within the forum');

  const item = {
    forumId: id,
    titleKk: 'Жастар орталықтарын ашу',
    titleRu: 'Открыть молодёжные центры',
    titleEn: null,
    topic: 'youth' as const,
    region: 'jambyl' as const,
    bodyId: akimat,
    deadline: '2027-06-30',
    recommendations: [1, 2],
  };
  assert.equal(why(await createPlanItem(deps(organiser), item)), 'not_concluded');
  assert.equal(why(await advanceForum(deps(organiser), { id, version: await version() })), 'ok');
  assert.equal(
    why(await createPlanItem(deps(organiser), { ...item, recommendations: [1, 9] })),
    'unknown_recommendations',
  );
  const it = await createPlanItem(deps(organiser), item);
  assert.ok(it.ok);
  const sources = await t.db
    .selectFrom('action_plan_sources')
    .select('recommendation_id')
    .where('item_id', '=', it.value.id)
    .execute();
  assert.equal(sources.length, 2);

  // Nothing done without evidence; the responsible akimat reports.
  const v = async () => (await findItem(t.db, it.value.id))!.version;
  assert.equal(
    why(
      await updateItemStatus(deps(a), { itemId: it.value.id, version: await v(), status: 'in_progress', note: null }),
    ),
    'not_responsible',
  );
  assert.equal(
    why(
      await updateItemStatus(deps(responsible), {
        itemId: it.value.id,
        version: await v(),
        status: 'in_progress',
        note: null,
      }),
    ),
    'ok',
  );
  const noEvidence = await updateItemStatus(deps(responsible), {
    itemId: it.value.id,
    version: await v(),
    status: 'done',
    note: null,
  });
  assert.deepEqual([why(noEvidence), noEvidence.ok ? null : noEvidence.field], ['no_evidence', 'status']);
  assert.equal(
    why(await addEvidence(deps(responsible), { itemId: it.value.id, description: 'Нет ничего', url: null, storage })),
    'no_evidence',
  );
  const doc = {
    field: 'document',
    filename: 'order.pdf',
    mime: 'application/pdf',
    data: Buffer.from('%PDF-1.4\n%%EOF\n'),
  };
  assert.equal(
    why(
      await addEvidence(deps(responsible), {
        itemId: it.value.id,
        description: 'Әкімдік қаулысы',
        url: null,
        document: doc,
        storage,
      }),
    ),
    'ok',
  );
  assert.equal(
    why(await updateItemStatus(deps(responsible), { itemId: it.value.id, version: 1, status: 'done', note: null })),
    'stale',
  );
  assert.equal(
    why(
      await updateItemStatus(
        deps(responsible),
        { itemId: it.value.id, version: await v(), status: 'done', note: null },
        new Date('2027-05-01T10:00:00Z'),
      ),
    ),
    'ok',
  );
  const done = (await findItem(t.db, it.value.id))!;
  assert.equal(done.status, 'done');
  assert.ok(done.done_at);
  assert.equal(
    why(
      await addEvidence(deps(responsible), {
        itemId: it.value.id,
        description: 'Кейін',
        url: 'https://example.kz',
        storage,
      }),
    ),
    'item_closed',
  );
  const actions = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', it.value.id)
    .where('is_public', '=', true)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    actions.map((x) => x.action),
    ['forum.item.created', 'forum.item.in_progress', 'forum.item.evidence', 'forum.item.done'],
  );

  // Cancelling needs a reason.
  const it2 = await createPlanItem(deps(organiser), { ...item, recommendations: [2] });
  assert.ok(it2.ok);
  const c = await updateItemStatus(deps(organiser), {
    itemId: it2.value.id,
    version: 1,
    status: 'cancelled',
    note: null,
  });
  assert.deepEqual([why(c), c.ok ? null : c.field], ['no_reason', 'note']);
  assert.equal(
    why(
      await updateItemStatus(deps(organiser), {
        itemId: it2.value.id,
        version: 1,
        status: 'cancelled',
        note: 'Заң өзгерді',
      }),
    ),
    'ok',
  );
});
