import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { JobQueue } from './index.ts';
import { queueMail } from '../mail/index.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => t.close());

test('a job runs once, in order, and is marked done', async () => {
  const q = new JobQueue(t.db);
  const seen: number[] = [];
  q.register('test.order', async (p) => {
    seen.push(p.n);
  });
  for (const n of [1, 2, 3]) await q.enqueue('test.order', { n });
  assert.equal(await q.drain(), 3);
  assert.deepEqual(seen, [1, 2, 3]);
  assert.equal(await q.drain(), 0);
  const open = await t.db
    .selectFrom('jobs')
    .select('id')
    .where('queue', '=', 'test.order')
    .where('done_at', 'is', null)
    .execute();
  assert.equal(open.length, 0);
});

test('a dedupe key makes enqueueing idempotent', async () => {
  const q = new JobQueue(t.db);
  await q.enqueue('test.dedupe', {}, { dedupeKey: 'once' });
  await q.enqueue('test.dedupe', {}, { dedupeKey: 'once' });
  const rows = await t.db.selectFrom('jobs').select('id').where('queue', '=', 'test.dedupe').execute();
  assert.equal(rows.length, 1);
});

test('a failing job is retried later, then given up after its attempts', async () => {
  const q = new JobQueue(t.db);
  let calls = 0;
  q.register('test.fail', async () => {
    calls++;
    throw new Error('smtp down');
  });
  await q.enqueue('test.fail', {}, { maxAttempts: 2 });
  assert.equal(await q.drain(), 1);
  let row = await t.db.selectFrom('jobs').selectAll().where('queue', '=', 'test.fail').executeTakeFirstOrThrow();
  assert.equal(row.last_error, 'smtp down');
  assert.equal(row.failed_at, null);
  assert.ok(new Date(row.run_at).getTime() > Date.now(), 'retry is scheduled in the future');
  assert.equal(await q.drain(), 0, 'not due yet');
  await t.db
    .updateTable('jobs')
    .set({ run_at: new Date(Date.now() - 1000) })
    .where('id', '=', row.id)
    .execute();
  assert.equal(await q.drain(), 1);
  row = await t.db.selectFrom('jobs').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  assert.ok(row.failed_at, 'gave up after max attempts');
  assert.equal(calls, 2);
});

test('a job whose worker died is picked up again once its lock runs out', async () => {
  const q = new JobQueue(t.db);
  let ran = 0;
  q.register('test.lock', async () => {
    ran++;
  });
  await q.enqueue('test.lock', {});
  await t.db
    .updateTable('jobs')
    .set({ locked_until: new Date(Date.now() + 60_000) })
    .where('queue', '=', 'test.lock')
    .execute();
  assert.equal(await q.drain(), 0, 'locked by another worker');
  await t.db
    .updateTable('jobs')
    .set({ locked_until: new Date(Date.now() - 1) })
    .where('queue', '=', 'test.lock')
    .execute();
  assert.equal(await q.drain(), 1);
  assert.equal(ran, 1);
});

test('mail written in a rolled-back transaction is never queued', async () => {
  const q = new JobQueue(t.db);
  await assert.rejects(
    t.db.transaction().execute(async (trx) => {
      await queueMail(trx, q, { to: 'rollback@example.kz', subject: 's', text: 'x' });
      throw new Error('abort');
    }),
  );
  const rows = await t.db
    .selectFrom('mail_outbox')
    .select('id')
    .where('to_address', '=', 'rollback@example.kz')
    .execute();
  assert.equal(rows.length, 0);
  await t.db.transaction().execute((trx) => queueMail(trx, q, { to: 'ok@example.kz', subject: 's', text: 'x' }));
  const kept = await t.db.selectFrom('mail_outbox').select('id').where('to_address', '=', 'ok@example.kz').execute();
  assert.equal(kept.length, 1);
  const job = await t.db.selectFrom('jobs').select('payload').where('queue', '=', 'mail.deliver').execute();
  assert.ok(job.some((j) => (j.payload as { id: number }).id === kept[0].id));
});
