// The councils' commands on a real database (PGlite, or PostgreSQL with DATABASE_URL): policies,
// state machines, optimistic locking and audit entries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUser, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { JobQueue } from '../../../platform/jobs/index.ts';
import { almatyDate, generateBin } from '../../../reference/index.ts';
import { almatyInstant, earliestHearingDate, earliestSelectionClose, nextDay } from '../domain.ts';
import {
  councilMembers,
  findDecision,
  findHearing,
  findMeeting,
  findSelection,
  selectionApplications,
} from '../repository/index.ts';
import { addDecision } from './addDecision.ts';
import { addMember } from './addMember.ts';
import { announceHearing } from './announceHearing.ts';
import { answerQuestion } from './answerQuestion.ts';
import { answerReport } from './answerReport.ts';
import { applyToCouncil } from './applyToCouncil.ts';
import { askQuestion } from './askQuestion.ts';
import { cancelHearing } from './cancelHearing.ts';
import { closeSelection } from './closeSelection.ts';
import { createCouncil } from './createCouncil.ts';
import { decideSelection } from './decideSelection.ts';
import { hideQuestion } from './hideQuestion.ts';
import { openSelection } from './openSelection.ts';
import { publishHearingAnswers } from './publishHearingAnswers.ts';
import { publishReport } from './publishReport.ts';
import { recordHearing } from './recordHearing.ts';
import { recordMeeting } from './recordMeeting.ts';
import { registerForHearing } from './registerForHearing.ts';
import { respondToDecision } from './respondToDecision.ts';
import { scheduleMeeting } from './scheduleMeeting.ts';

let t: TestApp;
let official: Actor;
let otherOfficial: Actor;
let citizen: Actor;
let citizen2: Actor;
let ngo: Actor;
let bodyId: string;
let councilId: string;
const bin = generateBin(90210, '1905');
const now = new Date();
const today = almatyDate(now);

const actor = (u: { id: string; name: string; email: string }, over: Partial<Actor> = {}): Actor => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});
const deps = (a: Actor | null) => ({ db: t.db, jobs: new JobQueue(t.db), actor: a, requestId: 'test' });
const audits = async (action: string) =>
  await t.db.selectFrom('audit_log').select(['entity_id', 'is_public']).where('action', '=', action).execute();

before(async () => {
  t = await testApp();
  const body = await t.db
    .selectFrom('state_bodies')
    .select('id')
    .where('code', '=', 'akimat-pavlodar')
    .executeTakeFirstOrThrow();
  bodyId = body.id;
  await t.db
    .insertInto('organizations')
    .values({
      bin,
      name_kk: '«Сынақ» қоғамдық бірлестігі',
      name_ru: 'ОО «Сынак»',
      legal_form: 'public-association',
      region: 'pavlodar',
      settlement: 'Павлодар',
      areas: ['youth'],
      founded_on: '2019-05-01',
    } as any)
    .execute();
  official = actor(await makeUser(t.db, { name: 'Официал Бірінші', stateBodies: [bodyId] }), {
    roles: ['citizen', 'official'],
    stateBodies: [bodyId],
  });
  otherOfficial = actor(await makeUser(t.db, { name: 'Официал Екінші', stateBodies: [bodyId] }), {
    roles: ['citizen', 'official'],
    stateBodies: [bodyId],
  });
  citizen = actor(await makeUser(t.db, { name: 'Азамат Бірінші' }));
  citizen2 = actor(await makeUser(t.db, { name: 'Азамат Екінші' }));
  ngo = actor(await makeUser(t.db, { name: 'ҮЕҰ Өкілі', organizations: [bin] }), { organizations: [bin] });
});
after(async () => t?.close());

test('an official registers a council of their body; others may not', async () => {
  const input = {
    stateBodyId: bodyId,
    level: 'local' as const,
    nameKk: 'Павлодар облысының қоғамдық кеңесі',
    nameRu: 'Общественный совет Павлодарской области',
    nameEn: null,
    description: '',
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
  };
  assert.deepEqual(await createCouncil(deps(citizen), input), { ok: false, kind: 'forbidden', reason: 'not_official' });
  const r = await createCouncil(deps(official), input);
  assert.ok(r.ok);
  councilId = r.value.id;
  const c = await t.db.selectFrom('councils').selectAll().where('id', '=', councilId).executeTakeFirstOrThrow();
  assert.equal(c.region, 'pavlodar', 'the region is the body’s');
  assert.equal(
    (await audits('councils.council.created')).some((a) => a.entity_id === councilId && a.is_public),
    true,
  );
  const m = await addMember(deps(official), {
    councilId,
    fullName: 'Төраға Бірінші',
    role: 'chair',
    affiliation: '',
    termStart: '2025-01-01',
    termEnd: null,
  });
  assert.ok(m.ok);
  await addMember(deps(official), {
    councilId,
    fullName: 'Төраға Екінші',
    role: 'chair',
    affiliation: '',
    termStart: '2025-06-01',
    termEnd: null,
  });
  const roles = (await councilMembers(t.db, councilId)).map((x) => [x.full_name, x.role]);
  assert.deepEqual(
    roles.filter(([, r]) => r === 'chair'),
    [['Төраға Екінші', 'chair']],
    'one chair at a time',
  );
});

test('competitive selection: the legal period, applications, closing, the vote and new members', async () => {
  const tooSoon = await openSelection(deps(official), {
    councilId,
    title: 'Конкурс',
    description: '',
    seats: 1,
    closesOn: today,
  });
  assert.deepEqual(tooSoon, { ok: false, kind: 'invalid', reason: 'closes_too_soon', field: 'closesOn' });
  const closesOn = earliestSelectionClose(today);
  const r = await openSelection(deps(official), {
    councilId,
    title: 'Конкурс',
    description: '',
    seats: 1,
    closesOn,
  });
  assert.ok(r.ok);
  const selId = r.value.id;
  assert.equal(
    (
      await openSelection(deps(official), {
        councilId,
        title: 'Екінші',
        description: '',
        seats: 1,
        closesOn,
      })
    ).ok,
    false,
    'one call at a time',
  );

  const application = {
    kind: 'citizen' as const,
    bin: null,
    motivation: 'Қоғамдық кеңесте азаматтардың дауысы болғым келеді.',
    experience: 'Еріктімін',
  };
  assert.ok((await applyToCouncil(deps(citizen), { selectionId: selId, ...application })).ok);
  assert.deepEqual(await applyToCouncil(deps(citizen), { selectionId: selId, ...application }), {
    ok: false,
    kind: 'conflict',
    reason: 'already_applied',
  });
  assert.deepEqual(await applyToCouncil(deps(official), { selectionId: selId, ...application }), {
    ok: false,
    kind: 'forbidden',
    reason: 'own_body',
  });
  assert.deepEqual(await applyToCouncil(deps(citizen2), { selectionId: selId, ...application, kind: 'ngo', bin }), {
    ok: false,
    kind: 'forbidden',
    reason: 'not_representative',
  });
  assert.ok((await applyToCouncil(deps(ngo), { selectionId: selId, ...application, kind: 'ngo', bin })).ok);
  assert.ok((await applyToCouncil(deps(citizen2), { selectionId: selId, ...application })).ok);
  const afterClose = almatyInstant(nextDay(closesOn), '09:00')!;
  assert.deepEqual(await applyToCouncil(deps(citizen2), { selectionId: selId, ...application }, afterClose), {
    ok: false,
    kind: 'conflict',
    reason: 'applications_closed',
  });

  let sel = (await findSelection(t.db, selId))!;
  assert.deepEqual(await closeSelection(deps(official), { id: selId, version: sel.version }), {
    ok: false,
    kind: 'conflict',
    reason: 'still_open',
  });
  assert.deepEqual(await closeSelection(deps(citizen), { id: selId, version: sel.version }, afterClose), {
    ok: false,
    kind: 'forbidden',
    reason: 'not_official',
  });
  assert.ok((await closeSelection(deps(official), { id: selId, version: sel.version }, afterClose)).ok);
  sel = (await findSelection(t.db, selId))!;
  assert.equal(sel.status, 'review');

  const apps = await selectionApplications(t.db, selId);
  const [a1, a2, a3] = apps;
  const votes = {
    [a1.id]: { for: 5, against: 2, abstain: 0 },
    [a2.id]: { for: 6, against: 1, abstain: 0 },
    [a3.id]: { for: 2, against: 5, abstain: 0 },
  };
  assert.deepEqual(
    await decideSelection(deps(official), { id: selId, version: sel.version, commissionSize: 6, note: '', votes }),
    { ok: false, kind: 'invalid', reason: 'votes_exceed_commission', field: a1.id },
  );
  assert.deepEqual(
    await decideSelection(deps(official), {
      id: selId,
      version: sel.version,
      commissionSize: 7,
      note: '',
      votes: { [a1.id]: votes[a1.id] },
    }),
    { ok: false, kind: 'invalid', reason: 'votes_missing', field: a2.id },
  );
  // Another official decided meanwhile: the stale version is refused.
  assert.deepEqual(
    await decideSelection(deps(otherOfficial), {
      id: selId,
      version: sel.version + 5,
      commissionSize: 7,
      note: '',
      votes,
    }),
    { ok: false, kind: 'conflict', reason: 'stale' },
  );
  const d = await decideSelection(deps(official), {
    id: selId,
    version: sel.version,
    commissionSize: 7,
    note: 'Комиссия 7 адам',
    votes,
  });
  assert.deepEqual(d, { ok: true, value: { selected: [a2.id] } });
  const after2 = await selectionApplications(t.db, selId);
  assert.deepEqual(
    after2.map((a) => [a.status, a.votes_for]),
    [
      ['not_selected', 5],
      ['selected', 6],
      ['not_selected', 2],
    ],
  );
  assert.ok(
    (await councilMembers(t.db, councilId)).some((m) => m.user_id === a2.user_id && m.selection_id === selId),
    'the selected candidate is a member',
  );
  assert.equal((await audits('councils.selection.decided')).length, 1);
});

test('meetings: minutes once started, optimistic locking, decisions and the body’s response', async () => {
  const start = new Date(now.getTime() + 3_600_000);
  const r = await scheduleMeeting(deps(official), {
    councilId,
    title: 'Отырыс',
    location: 'Павлодар',
    agenda: ['Бюджет'],
    startsAt: start,
    endsAt: new Date(start.getTime() + 7_200_000),
  });
  assert.ok(r.ok);
  const mId = r.value.id;
  const members = await councilMembers(t.db, councilId);
  const m = (await findMeeting(t.db, mId))!;
  assert.deepEqual(
    await recordMeeting(deps(official), { id: mId, version: m.version, minutes: 'Хаттама', present: [members[0].id] }),
    { ok: false, kind: 'conflict', reason: 'not_started' },
  );
  assert.deepEqual(
    await addDecision(deps(official), {
      meetingId: mId,
      text: 'Ұсыныс',
      votesFor: 1,
      votesAgainst: 0,
      votesAbstain: 0,
    }),
    { ok: false, kind: 'conflict', reason: 'not_held' },
  );
  const later = new Date(start.getTime() + 3_600_000);
  assert.deepEqual(
    await recordMeeting(
      deps(official),
      { id: mId, version: m.version, minutes: 'Хаттама', present: ['00000000-0000-4000-8000-000000000000'] },
      later,
    ),
    { ok: false, kind: 'invalid', reason: 'unknown_member', field: 'present' },
  );
  assert.ok(
    (
      await recordMeeting(
        deps(official),
        { id: mId, version: m.version, minutes: 'Хаттама', present: [members[0].id] },
        later,
      )
    ).ok,
  );
  // The second official still had the old version open.
  assert.deepEqual(
    await recordMeeting(deps(otherOfficial), { id: mId, version: m.version, minutes: 'Басқа', present: [] }, later),
    { ok: false, kind: 'conflict', reason: 'wrong_state' },
  );
  const held = (await findMeeting(t.db, mId))!;
  assert.equal(held.status, 'held');
  assert.equal(held.minutes, 'Хаттама');

  const dec = await addDecision(deps(official), {
    meetingId: mId,
    text: 'Бюджетті жариялауды ұсыну',
    votesFor: 5,
    votesAgainst: 1,
    votesAbstain: 1,
  });
  assert.ok(dec.ok);
  assert.equal(dec.value.number, 1);
  assert.equal(
    (
      await addDecision(deps(official), {
        meetingId: mId,
        text: 'Екінші',
        votesFor: 5,
        votesAgainst: 0,
        votesAbstain: 0,
      })
    ).ok && true,
    true,
  );
  const d0 = (await findDecision(t.db, dec.value.id))!;
  assert.deepEqual(
    await respondToDecision(deps(citizen), { id: d0.id, version: d0.version, outcome: 'accepted', response: 'ok' }),
    { ok: false, kind: 'forbidden', reason: 'not_official' },
  );
  assert.ok(
    (
      await respondToDecision(deps(official), {
        id: d0.id,
        version: d0.version,
        outcome: 'partly_accepted',
        response: 'Ішінара қабылданды',
      })
    ).ok,
  );
  assert.deepEqual(
    await respondToDecision(deps(otherOfficial), {
      id: d0.id,
      version: d0.version,
      outcome: 'rejected',
      response: 'Жоқ',
    }),
    { ok: false, kind: 'conflict', reason: 'already_answered' },
  );
  assert.equal((await findDecision(t.db, d0.id))!.response_status, 'partly_accepted');
});

test('monitoring reports: an NGO publishes through its representative, the body answers once', async () => {
  const input = { kind: 'ngo' as const, bin, title: 'Мониторинг', findings: 'Қорытынды' };
  assert.deepEqual(await publishReport(deps(citizen), { councilId, ...input }), {
    ok: false,
    kind: 'forbidden',
    reason: 'not_representative',
  });
  assert.deepEqual(await publishReport(deps(citizen), { councilId, ...input, kind: 'council', bin: null }), {
    ok: false,
    kind: 'forbidden',
    reason: 'not_member',
  });
  const r = await publishReport(deps(ngo), { councilId, ...input });
  assert.ok(r.ok);
  const row = await t.db
    .selectFrom('council_reports')
    .selectAll()
    .where('id', '=', r.value.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.author_name, 'ОО «Сынак»');
  assert.ok((await answerReport(deps(official), { id: r.value.id, version: row.version, answer: 'Ескерілді' })).ok);
  assert.deepEqual(await answerReport(deps(official), { id: r.value.id, version: row.version + 1, answer: 'Тағы' }), {
    ok: false,
    kind: 'conflict',
    reason: 'already_answered',
  });
});

test('hearings: notice period, registration, questions, minutes, every proposal answered before the response', async () => {
  const base = {
    stateBodyId: bodyId,
    councilId,
    title: 'Тыңдау',
    description: 'Жоба',
    location: 'Павлодар',
    time: '15:00',
  };
  const early = addDaysIso(today, 3);
  assert.deepEqual(
    await announceHearing(deps(official), { ...base, date: early, startsAt: almatyInstant(early, '15:00')! }),
    { ok: false, kind: 'invalid', reason: 'notice_too_short', field: 'date' },
  );
  const date = earliestHearingDate(today);
  assert.deepEqual(await announceHearing(deps(citizen), { ...base, date, startsAt: almatyInstant(date, '15:00')! }), {
    ok: false,
    kind: 'forbidden',
    reason: 'not_official',
  });
  const r = await announceHearing(deps(official), { ...base, date, startsAt: almatyInstant(date, '15:00')! });
  assert.ok(r.ok);
  const id = r.value.id;
  const startsAt = almatyInstant(date, '15:00')!;

  assert.ok((await registerForHearing(deps(citizen), { hearingId: id, mode: 'online' })).ok);
  assert.deepEqual(await registerForHearing(deps(citizen), { hearingId: id, mode: 'online' }), {
    ok: false,
    kind: 'conflict',
    reason: 'already_registered',
  });
  assert.deepEqual(
    await registerForHearing(deps(citizen2), { hearingId: id, mode: 'online' }, new Date(startsAt.getTime() + 1000)),
    { ok: false, kind: 'conflict', reason: 'registration_closed' },
  );

  const q1 = await askQuestion(deps(citizen), { hearingId: id, kind: 'question', text: 'Материалдар қайда?' });
  const q2 = await askQuestion(
    deps(citizen2),
    { hearingId: id, kind: 'proposal', text: 'Аялдама қосуды ұсынамын' },
    new Date(startsAt.getTime() + 600_000),
  );
  const q3 = await askQuestion(deps(citizen2), { hearingId: id, kind: 'proposal', text: 'Жарнама жарнама жарнама' });
  assert.ok(q1.ok && q2.ok && q3.ok);
  const phase = await t.db
    .selectFrom('hearing_questions')
    .select(['id', 'phase'])
    .where('hearing_id', '=', id)
    .execute();
  assert.equal(phase.find((p) => p.id === q2.value.id)!.phase, 'during');
  assert.equal(phase.find((p) => p.id === q1.value.id)!.phase, 'before');
  assert.deepEqual(await hideQuestion(deps(citizen), { id: q3.value.id, reason: 'Жарнама' }), {
    ok: false,
    kind: 'forbidden',
    reason: 'not_official',
  });
  assert.ok((await hideQuestion(deps(official), { id: q3.value.id, reason: 'Жарнама' })).ok);

  let h = (await findHearing(t.db, id))!;
  assert.deepEqual(
    await recordHearing(deps(official), { id, version: h.version, minutes: 'Хаттама', participants: 12 }),
    { ok: false, kind: 'conflict', reason: 'not_started' },
  );
  const after = new Date(startsAt.getTime() + 3 * 3_600_000);
  assert.ok(
    (await recordHearing(deps(official), { id, version: h.version, minutes: 'Хаттама', participants: 12 }, after)).ok,
  );
  assert.deepEqual(await askQuestion(deps(citizen), { hearingId: id, kind: 'question', text: 'Кеш қалдым ба?' }), {
    ok: false,
    kind: 'conflict',
    reason: 'questions_closed',
  });
  h = (await findHearing(t.db, id))!;
  assert.deepEqual(await publishHearingAnswers(deps(official), { id, version: h.version }), {
    ok: false,
    kind: 'conflict',
    reason: 'unanswered',
  });

  const qv = async (qid: string) =>
    (await t.db.selectFrom('hearing_questions').select('version').where('id', '=', qid).executeTakeFirstOrThrow())
      .version;
  assert.deepEqual(
    await answerQuestion(deps(official), {
      id: q1.value.id,
      version: await qv(q1.value.id),
      outcome: 'accepted',
      answer: 'x',
    }),
    { ok: false, kind: 'invalid', reason: 'wrong_outcome', field: 'outcome' },
  );
  assert.ok(
    (
      await answerQuestion(deps(official), {
        id: q1.value.id,
        version: await qv(q1.value.id),
        outcome: 'answered',
        answer: 'Осы бетте',
      })
    ).ok,
  );
  const v2 = await qv(q2.value.id);
  assert.ok(
    (
      await answerQuestion(deps(official), {
        id: q2.value.id,
        version: v2,
        outcome: 'rejected',
        answer: 'Бас жоспарға сай емес',
      })
    ).ok,
  );
  assert.deepEqual(
    await answerQuestion(deps(otherOfficial), {
      id: q2.value.id,
      version: v2,
      outcome: 'accepted',
      answer: 'Қабылданды',
    }),
    { ok: false, kind: 'conflict', reason: 'stale' },
  );
  assert.ok((await publishHearingAnswers(deps(official), { id, version: h.version })).ok);
  assert.equal((await findHearing(t.db, id))!.status, 'answered');
  assert.deepEqual(await cancelHearing(deps(official), { id, version: h.version + 1, reason: 'x' }), {
    ok: false,
    kind: 'conflict',
    reason: 'wrong_state',
  });
  assert.ok((await audits('councils.hearing.answered')).some((a) => a.entity_id === id && a.is_public));
});

function addDaysIso(d: string, n: number) {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
