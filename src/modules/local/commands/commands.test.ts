// The commands of local participation on a real database (PGlite, or PostgreSQL with DATABASE_URL).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, makeUser, type TestApp } from '../../../../tests/helpers/app.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { localDiskStorage } from '../../../platform/files/index.ts';
import { sitePhoto } from '../demoImage.ts';
import { advanceCycle } from './advanceCycle.ts';
import { castBallot } from './castBallot.ts';
import { createCycle } from './createCycle.ts';
import { rateBody } from './rateBody.ts';
import { recordProgress } from './recordProgress.ts';
import { reviewProposal } from './reviewProposal.ts';
import { submitProposal } from './submitProposal.ts';
import { findCycle, listProgress, listProposals } from '../repository/index.ts';

let t: TestApp;
let akimat: string;
let official: Actor;
const residents: Actor[] = [];
const M = 1_000_000 * 100; // a million tenge in tiyn

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
/** A result without an absent field or its failure kind (the kind follows from the reason), to compare with deepEqual. */
const norm = <T>(r: { ok: boolean; reason?: string; field?: string; value?: T }) =>
  JSON.parse(JSON.stringify({ ...r, kind: undefined }));
const deps = (actor: Actor | null): CommandDeps => ({ db: t.db, jobs: t.app.jobs, actor });

before(async () => {
  t = await testApp();
  akimat = (
    await t.db.selectFrom('state_bodies').select('id').where('code', '=', 'akimat-abai').executeTakeFirstOrThrow()
  ).id;
  official = actorOf(await makeUser(t.db, { stateBodies: [akimat] }), [akimat]);
  for (let i = 0; i < 4; i++) residents.push(actorOf(await makeUser(t.db)));
});
after(async () => t?.close());

async function version(id: string) {
  return (await findCycle(t.db, id))!.version;
}

test('a participatory budget from draft to closed, with its rules enforced at each stage', async () => {
  const notOfficial = await createCycle(deps(residents[0]), {
    stateBodyId: akimat,
    district: null,
    year: 2026,
    titleKk: 'Абай: бюджет',
    titleRu: 'Абай: бюджет',
    titleEn: null,
    description: null,
    budget: 100 * M,
    maxChoices: 2,
  });
  assert.deepEqual(norm(notOfficial), { ok: false, reason: 'not_official', field: 'stateBodyId' });
  const badDistrict = await createCycle(deps(official), {
    stateBodyId: akimat,
    district: 'Медеу ауданы',
    year: 2026,
    titleKk: 'Абай',
    titleRu: 'Абай',
    titleEn: null,
    description: null,
    budget: 100 * M,
    maxChoices: 2,
  });
  assert.equal(badDistrict.ok, false);
  const c = await createCycle(deps(official), {
    stateBodyId: akimat,
    district: null,
    year: 2026,
    titleKk: 'Абай: бюджет',
    titleRu: 'Абай: бюджет',
    titleEn: null,
    description: null,
    budget: 100 * M,
    maxChoices: 2,
  });
  assert.ok(c.ok);
  const id = c.value.id;

  // Proposals only once proposals are open.
  const early = await submitProposal(deps(residents[0]), {
    cycleId: id,
    title: 'Балалар алаңы',
    description: 'Аулада балалар алаңын салу қажет, қазір ойнайтын жер жоқ.',
    cost: 10 * M,
    location: 'Абай к-сі 1',
  });
  assert.deepEqual(norm(early), { ok: false, reason: 'not_collecting' });
  assert.equal((await advanceCycle(deps(official), { id, version: await version(id) })).ok, true);
  assert.deepEqual(norm(await advanceCycle(deps(official), { id, version: await version(id) })), {
    ok: false,
    reason: 'no_proposals',
  });

  const tooDear = await submitProposal(deps(residents[0]), {
    cycleId: id,
    title: 'Стадион',
    description: 'Жаңа стадион салу керек, ескісі қираған және қауіпті.',
    cost: 101 * M,
    location: 'Орталық',
  });
  assert.deepEqual(norm(tooDear), { ok: false, reason: 'cost_over_budget', field: 'cost' });
  const ideas: [string, number][] = [
    ['Балалар алаңы', 70],
    ['Жарық', 40],
    ['Орындықтар', 25],
    ['Жол', 50],
  ];
  for (const [title, cost] of ideas) {
    const r = await submitProposal(deps(residents[0]), {
      cycleId: id,
      title,
      description: `${title}: тұрғындар үшін өте қажет жоба, сипаттамасы.`,
      cost: cost * M,
      location: 'Семей',
    });
    assert.ok(r.ok);
  }
  const stale = await advanceCycle(deps(official), { id, version: (await version(id)) - 1 });
  assert.deepEqual(norm(stale), { ok: false, reason: 'stale' }, 'a second official on an old page');
  assert.ok((await advanceCycle(deps(official), { id, version: await version(id) })).ok);

  // Review: every proposal before the vote, with reasons; residents cannot review.
  const proposals = await listProposals(t.db, id);
  const byTitle = new Map(proposals.map((p) => [p.title, p.id]));
  assert.deepEqual(
    norm(
      await reviewProposal(deps(residents[1]), {
        proposalId: byTitle.get('Жол')!,
        decision: 'feasible',
        reason: 'Жарамды жоба, рұқсат бар.',
      }),
    ),
    { ok: false, reason: 'not_official' },
  );
  for (const p of proposals.filter((p) => p.title !== 'Жол'))
    assert.ok(
      (
        await reviewProposal(deps(official), {
          proposalId: p.id,
          decision: 'feasible',
          reason: 'Смета тексерілді, жер бар.',
        })
      ).ok,
    );
  assert.deepEqual(norm(await advanceCycle(deps(official), { id, version: await version(id) })), {
    ok: false,
    reason: 'unreviewed',
  });
  assert.ok(
    (
      await reviewProposal(deps(official), {
        proposalId: byTitle.get('Жол')!,
        decision: 'infeasible',
        reason: 'Жол республикалық меншікте.',
      })
    ).ok,
  );
  assert.ok((await advanceCycle(deps(official), { id, version: await version(id) })).ok);
  const history = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', byTitle.get('Жол')!)
    .where('is_public', '=', true)
    .execute();
  assert.deepEqual(
    history.map((h) => h.action),
    ['local.proposal.infeasible'],
  );

  // Voting: residence, rules, one ballot per person.
  const A = byTitle.get('Балалар алаңы')!;
  const L = byTitle.get('Жарық')!;
  const S = byTitle.get('Орындықтар')!;
  assert.deepEqual(
    norm(await castBallot(deps(residents[0]), { cycleId: id, region: 'astana', district: null, choices: [A] })),
    { ok: false, reason: 'not_resident_region', field: 'region' },
  );
  assert.deepEqual(
    norm(await castBallot(deps(residents[0]), { cycleId: id, region: 'abai', district: null, choices: [A, L] })),
    { ok: false, reason: 'over_budget', field: 'choices' },
  );
  assert.deepEqual(
    norm(
      await castBallot(deps(residents[0]), {
        cycleId: id,
        region: 'abai',
        district: null,
        choices: [byTitle.get('Жол')!],
      }),
    ),
    { ok: false, reason: 'unknown_choice', field: 'choices' },
  );
  assert.deepEqual(
    norm(await castBallot(deps(residents[0]), { cycleId: id, region: 'abai', district: null, choices: [A, S, L] })),
    { ok: false, reason: 'too_many_choices', field: 'choices' },
  );
  assert.ok(
    (await castBallot(deps(residents[0]), { cycleId: id, region: 'abai', district: null, choices: [A, S] })).ok,
  );
  assert.deepEqual(
    norm(await castBallot(deps(residents[0]), { cycleId: id, region: 'abai', district: null, choices: [L] })),
    { ok: false, reason: 'already_voted' },
  );
  assert.ok((await castBallot(deps(residents[1]), { cycleId: id, region: 'abai', district: null, choices: [A] })).ok);
  assert.ok(
    (await castBallot(deps(residents[2]), { cycleId: id, region: 'abai', district: null, choices: [L, S] })).ok,
  );
  const ballot = await t.db
    .selectFrom('budget_ballots')
    .select(['residence_region'])
    .where('voter_id', '=', residents[0].id)
    .executeTakeFirstOrThrow();
  assert.equal(ballot.residence_region, 'abai', 'the declared residence stays on the ballot');

  // Results: A (2 votes, 70) selected, then S (2 votes, 25) selected → 5 left, L (1 vote, 40) skipped.
  assert.ok((await advanceCycle(deps(official), { id, version: await version(id) })).ok);
  const cycle = (await findCycle(t.db, id))!;
  assert.equal(cycle.status, 'results');
  assert.deepEqual(
    cycle.result_steps!.map((s) => [s.proposalId, s.votes, s.decision, s.remainingAfter / M]),
    [
      [S, 2, 'selected', 75],
      [A, 2, 'selected', 5],
      [L, 1, 'skipped', 5],
    ],
  );
  const after = new Map((await listProposals(t.db, id)).map((p) => [p.id, p]));
  assert.equal(after.get(A)!.status, 'selected');
  assert.equal(after.get(L)!.status, 'not_selected');
  assert.equal(after.get(byTitle.get('Жол')!)!.status, 'infeasible');

  // Implementation with a photo; a cancelled or completed project stays so.
  const storage = localDiskStorage('/tmp/qogam-local-test-uploads');
  assert.deepEqual(
    norm(
      await recordProgress(deps(official), { proposalId: L, implementation: 'in_progress', note: 'Басталды', storage }),
    ),
    { ok: false, reason: 'not_selected' },
  );
  assert.ok((await advanceCycle(deps(official), { id, version: await version(id) })).ok);
  const photo = { field: 'photo', filename: 'site.png', mime: 'image/png', data: sitePhoto(0.5, [200, 100, 50]) };
  assert.ok(
    (
      await recordProgress(deps(official), {
        proposalId: A,
        implementation: 'in_progress',
        note: 'Іргетас құйылды',
        photo,
        storage,
      })
    ).ok,
  );
  assert.deepEqual(
    norm(
      await recordProgress(deps(official), { proposalId: A, implementation: 'not_started', note: 'Қайта', storage }),
    ),
    { ok: false, reason: 'bad_transition', field: 'implementation' },
  );
  assert.ok(
    (
      await recordProgress(deps(official), {
        proposalId: A,
        implementation: 'completed',
        note: 'Пайдалануға берілді',
        storage,
      })
    ).ok,
  );
  const progress = await listProgress(t.db, [A]);
  assert.deepEqual(
    progress.map((g) => [g.implementation, !!g.photo_file_id]),
    [
      ['in_progress', true],
      ['completed', false],
    ],
  );
  assert.ok((await advanceCycle(deps(official), { id, version: await version(id) })).ok);
  assert.deepEqual(norm(await advanceCycle(deps(official), { id, version: await version(id) })), {
    ok: false,
    reason: 'closed',
  });
  const actions = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', id)
    .where('is_public', '=', true)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    actions.map((a) => a.action),
    [
      'local.cycle.created',
      'local.cycle.proposals',
      'local.cycle.review',
      'local.cycle.voting',
      'local.cycle.results',
      'local.cycle.implementation',
      'local.cycle.closed',
    ],
  );
});

test('an assessment per person, akimat and quarter, by residents of its region', async () => {
  const at = new Date('2026-05-10T10:00:00Z');
  assert.deepEqual(
    norm(await rateBody(deps(residents[3]), { bodyId: akimat, score: 4, comment: null, region: 'astana' }, at)),
    { ok: false, reason: 'not_resident_region', field: 'region' },
  );
  assert.deepEqual(
    norm(await rateBody(deps(residents[3]), { bodyId: akimat, score: 4, comment: 'Жақсы', region: 'abai' }, at)),
    { ok: true, value: { period: '2026-Q2' } },
  );
  assert.deepEqual(
    norm(await rateBody(deps(residents[3]), { bodyId: akimat, score: 2, comment: null, region: 'abai' }, at)),
    { ok: false, reason: 'already_rated' },
  );
  assert.ok(
    (
      await rateBody(
        deps(residents[3]),
        { bodyId: akimat, score: 2, comment: null, region: 'abai' },
        new Date('2026-07-02T10:00:00Z'),
      )
    ).ok,
    'next quarter',
  );
  const mip = (await t.db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow())
    .id;
  assert.deepEqual(
    norm(await rateBody(deps(residents[3]), { bodyId: mip, score: 2, comment: null, region: 'abai' }, at)),
    { ok: false, reason: 'not_akimat' },
  );
});
