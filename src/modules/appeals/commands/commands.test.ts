import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { makeUser, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { bodyAppealRecord } from '../index.ts';
import { onTimeIndicator, receivedIndicator, statisticsRows } from '../openData.ts';
import { findAppealByNumber, type Db } from '../repository/index.ts';
import { setBodyHead } from './setBodyHead.ts';
import { answerAppeal } from './answerAppeal.ts';
import { assignAppeal } from './assignAppeal.ts';
import { escalateOverdue, ESCALATE_QUEUE } from './escalateOverdue.ts';
import { extendAppeal } from './extendAppeal.ts';
import { publishAppeal } from './publishAppeal.ts';
import { rateAppeal } from './rateAppeal.ts';
import { redirectAppeal } from './redirectAppeal.ts';
import { startAppeal } from './startAppeal.ts';
import { submitAppeal, type SubmitAppealInput } from './submitAppeal.ts';

let t: TestApp;
let db: Db;
let citizen: Actor;
let other: Actor;
let official: Actor;
let colleague: Actor;
let head: Actor;
let akimatOfficial: Actor;
const body: Record<string, string> = {};
// Wednesday 18 March 2026, 10:00 in Almaty: the Nauryz holidays follow.
const MARCH_18 = new Date('2026-03-18T05:00:00Z');

async function actor(name: string, stateBodies: string[] = []): Promise<Actor> {
  const u = await makeUser(t.db, { name, stateBodies });
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: ['citizen'],
    organizations: [],
    stateBodies,
    emailConfirmed: true,
    via: 'session',
  };
}
const deps = (a: Actor | null): CommandDeps => ({ db: t.db, jobs: t.app.jobs, actor: a, requestId: 'test' });
const input = (over: Partial<SubmitAppealInput> = {}): SubmitAppealInput => ({
  kind: 'complaint',
  bodyId: body.mip,
  subject: 'Көше жарығы',
  text: 'Мен, Айгүл Серікова, көшеде шам жанбайтынын хабарлаймын. Тел. +7 701 234 56 78.',
  consent: true,
  lang: 'kk',
  files: [],
  storage: t.app.storage,
  ...over,
});
const mails = (to: string) =>
  db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('id').execute();
const auditOf = (number: string) =>
  db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', 'appeal')
    .where('entity_id', '=', number)
    .orderBy('id')
    .execute();

before(async () => {
  t = await testApp();
  db = t.db;
  for (const b of await db.selectFrom('state_bodies').select(['id', 'code']).execute()) body[b.code] = b.id;
  citizen = await actor('Айгүл Серікова');
  other = await actor('Бөтен Адам');
  official = await actor('Динара Ахметова', [body.mip]);
  colleague = await actor('Самат Жақсылықов', [body.mip]);
  head = await actor('Басшы Басшыев', [body.mip]);
  akimatOfficial = await actor('Әкімдік Қызметкері', [body['akimat-astana']]);
});
after(() => t.close());

describe('appeals commands', () => {
  test('submit: sequential numbers per year, due date in working days, files, audit, confirmation mail', async () => {
    assert.deepEqual(await submitAppeal(deps(null), input()), { ok: false, kind: 'forbidden', reason: 'sign_in' });
    const file = {
      field: 'attachments',
      filename: 'фото.pdf',
      mime: 'application/pdf',
      data: Buffer.from('%PDF-1.4 test'),
    };
    const a = await submitAppeal(deps(citizen), input({ files: [file] }), MARCH_18);
    const b = await submitAppeal(deps(citizen), input(), MARCH_18);
    assert.ok(a.ok && b.ok);
    assert.equal(a.value.number, 'QA-2026-000001');
    assert.equal(b.value.number, 'QA-2026-000002');
    assert.equal(a.value.dueOn, '2026-04-13');
    const next = await submitAppeal(deps(citizen), input(), new Date('2027-01-05T05:00:00Z'));
    assert.ok(next.ok && next.value.number === 'QA-2027-000001', 'numbering restarts each year');
    const files = await db
      .selectFrom('appeal_files')
      .innerJoin('files', 'files.id', 'appeal_files.file_id')
      .select('files.original_name')
      .where('appeal_id', '=', a.value.id)
      .execute();
    assert.deepEqual(
      files.map((f) => f.original_name),
      ['фото.pdf'],
    );
    assert.deepEqual(
      (await auditOf(a.value.number)).map((r) => r.action),
      ['appeals.registered'],
    );
    const m = await mails(citizen.email);
    assert.ok(m.some((x) => x.subject.includes('QA-2026-000001') && x.text_body.includes('2026-04-13')));
    assert.deepEqual(await submitAppeal(deps(citizen), input({ bodyId: '00000000-0000-0000-0000-000000000000' })), {
      ok: false,
      kind: 'invalid',
      reason: 'unknown_body',
      field: 'body',
    });
  });

  test('concurrent submissions get distinct numbers', async () => {
    const rs = await Promise.all(
      [1, 2, 3, 4].map(() => submitAppeal(deps(other), input({ bodyId: body.cscs }), new Date('2028-02-01T05:00:00Z'))),
    );
    const numbers = rs.map((r) => (r.ok ? r.value.number : r.reason)).sort();
    assert.deepEqual(numbers, ['QA-2028-000001', 'QA-2028-000002', 'QA-2028-000003', 'QA-2028-000004']);
  });

  test('redirect: only officials, within 3 working days (across Nauryz), once; the citizen is told', async () => {
    const r = await submitAppeal(deps(citizen), input(), MARCH_18);
    assert.ok(r.ok);
    const to = { id: r.value.id, toBodyId: body['akimat-astana'], reason: 'Әкімдіктің құзыреті' };
    assert.equal(((await redirectAppeal(deps(other), to, MARCH_18)) as { reason: string }).reason, 'not_official');
    // 27 March is the fourth working day after 18 March (23–25 March are days off).
    assert.deepEqual(await redirectAppeal(deps(official), to, new Date('2026-03-27T05:00:00Z')), {
      ok: false,
      kind: 'conflict',
      reason: 'redirect_window_passed',
    });
    assert.deepEqual(await redirectAppeal(deps(official), { ...to, toBodyId: body.mip }, MARCH_18), {
      ok: false,
      kind: 'invalid',
      reason: 'same_body',
      field: 'toBody',
    });
    const done = await redirectAppeal(deps(official), to, new Date('2026-03-26T05:00:00Z'));
    // The term starts again at the competent body: 26 March + 15 working days.
    assert.deepEqual(done, { ok: true, value: { dueOn: '2026-04-16' } });
    const a = (await findAppealByNumber(db, r.value.number))!;
    assert.equal(a.status, 'redirected');
    assert.equal(a.body_code, 'akimat-astana');
    assert.ok(
      (await mails(citizen.email)).some(
        (m) => m.subject.includes(r.value.number) && m.text_body.includes('2026-04-16'),
      ),
    );
    // The ministry's official no longer handles it; the akimat cannot forward it again.
    assert.equal(((await startAppeal(deps(official), { id: a.id })) as { reason: string }).reason, 'not_official');
    assert.equal(
      (
        (await redirectAppeal(
          deps(akimatOfficial),
          { ...to, toBodyId: body.mip },
          new Date('2026-03-26T06:00:00Z'),
        )) as { reason: string }
      ).reason,
      'redirect_not_allowed',
    );
    assert.deepEqual(
      (await auditOf(a.number)).map((x) => x.action),
      ['appeals.registered', 'appeals.redirected'],
    );
  });

  test('start, assign to a colleague, extend once up to the maximum, answer with optimistic locking, rate once', async () => {
    const r = await submitAppeal(deps(citizen), input(), MARCH_18);
    assert.ok(r.ok);
    const id = r.value.id;
    assert.deepEqual(await startAppeal(deps(official), { id }), { ok: true, value: undefined });
    let a = (await findAppealByNumber(db, r.value.number))!;
    assert.equal(a.status, 'in_progress');
    assert.equal(a.assigned_to, official.id);
    assert.equal(((await startAppeal(deps(official), { id })) as { reason: string }).reason, 'bad_transition');

    assert.equal(
      (
        (await assignAppeal(deps(official), { id, assigneeId: akimatOfficial.id, version: a.version })) as {
          reason: string;
        }
      ).reason,
      'not_colleague',
    );
    assert.equal(
      (
        (await assignAppeal(deps(official), { id, assigneeId: colleague.id, version: a.version - 1 })) as {
          reason: string;
        }
      ).reason,
      'stale',
    );
    assert.ok((await assignAppeal(deps(official), { id, assigneeId: colleague.id, version: a.version })).ok);
    assert.ok((await mails(colleague.email)).some((m) => m.subject.includes(r.value.number)));

    const at = new Date('2026-04-01T05:00:00Z');
    assert.deepEqual(await extendAppeal(deps(official), { id, days: 31, reason: 'Тексеру' }, at), {
      ok: false,
      kind: 'invalid',
      reason: 'extension_too_long',
      field: 'days',
    });
    assert.deepEqual(await extendAppeal(deps(official), { id, days: 10, reason: 'Жерге шығып тексеру' }, at), {
      ok: true,
      value: { dueOn: '2026-04-27' },
    });
    assert.equal(
      ((await extendAppeal(deps(official), { id, days: 5, reason: 'Тағы' }, at)) as { reason: string }).reason,
      'already_extended',
    );
    assert.ok(
      (await mails(citizen.email)).some(
        (m) => m.text_body.includes('2026-04-27') && m.text_body.includes('Жерге шығып тексеру'),
      ),
    );

    // Two officials opened the answer form at the same version: the second one is refused.
    a = (await findAppealByNumber(db, r.value.number))!;
    const v = a.version;
    const first = await answerAppeal(
      deps(colleague),
      { id, answer: 'Шамдар ай соңына дейін жөнделеді.', version: v },
      new Date('2026-04-20T05:00:00Z'),
    );
    assert.deepEqual(first, { ok: true, value: { onTime: true } });
    const second = await answerAppeal(
      deps(official),
      { id, answer: 'Басқа жауап мәтіні.', version: v },
      new Date('2026-04-20T06:00:00Z'),
    );
    assert.equal((second as { reason: string }).reason, 'already_answered');
    a = (await findAppealByNumber(db, r.value.number))!;
    assert.equal(a.answer, 'Шамдар ай соңына дейін жөнделеді.');
    assert.equal(a.answered_on, '2026-04-20');

    assert.equal(
      ((await rateAppeal(deps(other), { id, rating: 1, comment: '' })) as { reason: string }).reason,
      'not_yours',
    );
    assert.ok((await rateAppeal(deps(citizen), { id, rating: 4, comment: 'Рақмет' })).ok);
    assert.equal(
      ((await rateAppeal(deps(citizen), { id, rating: 5, comment: '' })) as { reason: string }).reason,
      'not_answered',
    );
    assert.deepEqual(
      (await auditOf(a.number)).map((x) => x.action),
      [
        'appeals.registered',
        'appeals.started',
        'appeals.assigned',
        'appeals.extended',
        'appeals.answered',
        'appeals.rated',
      ],
    );
  });

  test('answer on a stale version while open is refused with "stale"', async () => {
    const r = await submitAppeal(deps(citizen), input(), MARCH_18);
    assert.ok(r.ok);
    const a = (await findAppealByNumber(db, r.value.number))!;
    assert.ok((await assignAppeal(deps(colleague), { id: a.id, assigneeId: colleague.id, version: a.version })).ok);
    assert.equal(
      (
        (await answerAppeal(deps(official), {
          id: a.id,
          answer: 'Кеш қалған нұсқа бойынша жауап.',
          version: a.version,
        })) as { reason: string }
      ).reason,
      'stale',
    );
    assert.equal((await findAppealByNumber(db, r.value.number))!.answer, null);
  });

  test('publish: needs consent and an answer; personal data masked; edits audited', async () => {
    const noConsent = await submitAppeal(deps(citizen), input({ consent: false }), MARCH_18);
    const r = await submitAppeal(deps(citizen), input(), MARCH_18);
    assert.ok(r.ok && noConsent.ok);
    const texts = {
      publicSubject: 'Көше жарығы',
      publicBody: 'Мен, Айгүл Серікова, хабарлаймын.',
      publicAnswer: 'Жөнделеді.',
    };
    assert.equal(
      ((await publishAppeal(deps(official), { id: r.value.id, ...texts })) as { reason: string }).reason,
      'not_answered',
    );
    for (const x of [r, noConsent]) {
      const a = (await findAppealByNumber(db, x.value.number))!;
      assert.ok(
        (
          await answerAppeal(
            deps(official),
            { id: a.id, answer: 'Серікова ханым, шамдар жөнделеді.', version: a.version },
            new Date('2026-03-30T05:00:00Z'),
          )
        ).ok,
      );
    }
    assert.equal(
      ((await publishAppeal(deps(official), { id: noConsent.value.id, ...texts })) as { reason: string }).reason,
      'no_consent',
    );
    assert.equal(
      ((await publishAppeal(deps(citizen), { id: r.value.id, ...texts })) as { reason: string }).reason,
      'not_official',
    );
    assert.ok((await publishAppeal(deps(official), { id: r.value.id, ...texts })).ok);
    const a = (await findAppealByNumber(db, r.value.number))!;
    assert.ok(a.published_at);
    assert.equal(a.public_body, 'Мен, ••• •••, хабарлаймын.');
    const log = await db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('entity_id', '=', a.number)
      .where('action', '=', 'appeals.published')
      .executeTakeFirstOrThrow();
    assert.deepEqual((log.data as { edited: string[] }).edited, ['body', 'answer']);
  });

  test('escalation job: overdue appeals go to the head (or all officials), once; counted overdue', async () => {
    // Akimat of Astana has no head: all its officials are told. The ministry gets a head.
    assert.deepEqual(await setBodyHead(deps(null), { bodyCode: 'mip', email: citizen.email }), {
      ok: false,
      kind: 'invalid',
      reason: 'not_member',
    });
    assert.deepEqual(await setBodyHead(deps(null), { bodyCode: 'mip', email: head.email }), {
      ok: true,
      value: undefined,
    });
    const open = await submitAppeal(deps(citizen), input(), MARCH_18);
    const akimat = await submitAppeal(deps(citizen), input({ bodyId: body['akimat-astana'] }), MARCH_18);
    assert.ok(open.ok && akimat.ok);
    const now = new Date('2026-04-20T05:00:00Z');
    const n = await escalateOverdue(t.db, t.app.jobs, now);
    assert.ok(n >= 2, `escalated ${n}`);
    assert.ok((await findAppealByNumber(db, open.value.number))!.escalated_at);
    assert.ok((await mails(head.email)).some((m) => m.subject.includes(open.value.number)));
    assert.ok(
      !(await mails(official.email)).some((m) => m.subject.includes(open.value.number)),
      'with a head, officials are not mailed',
    );
    assert.ok((await mails(akimatOfficial.email)).some((m) => m.subject.includes(akimat.value.number)));
    assert.equal(await escalateOverdue(t.db, t.app.jobs, now), 0, 'a second run changes nothing');
    assert.ok((await auditOf(open.value.number)).some((x) => x.action === 'appeals.escalated'));

    const rec = await bodyAppealRecord(t.db, body.mip, 2026);
    assert.ok(rec.received >= 6 && rec.overdue >= 1 && rec.answered >= 3, JSON.stringify(rec));
    assert.equal(rec.averageRating, 4);
    assert.deepEqual(await bodyAppealRecord(t.db, body['maslikhat-abai'], 2026), {
      received: 0,
      answered: 0,
      answeredOnTime: 0,
      overdue: 0,
      averageRating: null,
    });
  });

  test('the escalation sweep runs as a job and schedules the next night', async () => {
    const late = await submitAppeal(deps(citizen), input({ bodyId: body.cscs }), MARCH_18);
    assert.ok(late.ok);
    await t.app.jobs.enqueue(ESCALATE_QUEUE, {});
    await t.app.jobs.drain();
    assert.ok((await findAppealByNumber(db, late.value.number))!.escalated_at, 'escalated by the job');
    const next = await db
      .selectFrom('jobs')
      .select(['run_at', 'dedupe_key'])
      .where('queue', '=', ESCALATE_QUEUE)
      .where('done_at', 'is', null)
      .execute();
    assert.equal(next.length, 1);
    assert.ok(next[0].run_at > new Date() && next[0].dedupe_key!.startsWith(`${ESCALATE_QUEUE}:`));
  });

  test('open data: statistics rows and indicators without personal data', async () => {
    const rows = await statisticsRows(t.db);
    const mip = rows.find((r) => r.body_code === 'mip' && r.year === 2026)!;
    assert.equal(mip.received, (await bodyAppealRecord(t.db, body.mip, 2026)).received);
    assert.ok(!JSON.stringify(rows).includes('Серікова'));
    const received = await receivedIndicator(t.db);
    const astana = received.find((v) => v.region === 'astana' && v.year === 2026);
    assert.ok(astana && astana.value >= 2, JSON.stringify(astana));
    const national = received.find((v) => v.region === null && v.year === 2026)!;
    assert.ok(national.value > astana.value);
    const onTime = await onTimeIndicator(t.db);
    for (const v of onTime) assert.ok(v.value >= 0 && v.value <= 100);
    assert.ok(onTime.some((v) => v.region === null && v.year === 2026));
  });
});
