// The petitions module over HTTP and the database: drafting with duplicate suggestion, moderation,
// signing with real CMS signatures (201, 409 on a second signature, 422 with the reason), the
// batcher under concurrent signatures, the threshold, the addressee's answer, open data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser, signInAs, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { generateIin } from '../../reference/index.ts';
import { translator } from '../../platform/i18n/index.ts';
import { createTestCa, issueCertificate, signCms, type TestCa } from '../../platform/pki/index.ts';
import { bodyInitiativeRecord } from './index.ts';
import { answeredOnTimeIndicator, signaturesIndicator } from './openData.ts';
import { expireInitiative } from './commands/expire.ts';

let t: TestApp;
let ca: TestCa;
let author: { id: string; name: string };
let moderator: { id: string };
let official: { id: string };
let akimatId: string;
let initiativeId: string;
let seq = 0;
const kk = translator('kk');

const sign = async (payload: Uint8Array, opts: { iin?: string; detached?: boolean; alg?: 'RSA' | 'ECDSA' } = {}) => {
  const iin = opts.iin ?? generateIin(new Date(Date.UTC(1980, 0, 1 + seq)), seq % 2 ? 'male' : 'female', 7000 + seq++);
  const cert = await issueCertificate(ca, {
    iin,
    surname: 'Сейітова',
    givenName: 'Дана',
    keyAlgorithm: opts.alg ?? 'ECDSA',
  });
  return { iin, cms: await signCms(payload, cert.certPem, cert.keyPem, { detached: opts.detached ?? true }) };
};
const payloadOf = async (id: string) => {
  const r = await t.app.inject({ method: 'GET', url: `/api/v1/initiatives/${id}/signing-payload` });
  assert.equal(r.statusCode, 200, r.body);
  const j = r.json() as { payloadBase64: string; text: string };
  assert.equal(Buffer.from(j.payloadBase64, 'base64').toString('utf8'), j.text);
  return new Uint8Array(Buffer.from(j.payloadBase64, 'base64'));
};
const postSignature = (id: string, cms: Uint8Array | string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/initiatives/${id}/signatures`,
    payload: { cms: typeof cms === 'string' ? cms : Buffer.from(cms).toString('base64') },
  });

before(async () => {
  t = await testApp();
  ca = await createTestCa(t.app.config.trustedCaDir!);
  author = await makeUser(t.db, { name: 'Сәуле Ахметова' });
  moderator = await makeUser(t.db, { roles: ['citizen', 'moderator'] });
  akimatId = (
    await t.db
      .selectFrom('state_bodies')
      .select('id')
      .where('code', '=', 'akimat-almaty-city')
      .executeTakeFirstOrThrow()
  ).id;
  official = await makeUser(t.db, { email: 'akimat-official@example.kz', stateBodies: [akimatId] });
});
after(async () => {
  await t?.close();
});

test('a citizen drafts, checks for similar initiatives, submits; a moderator approves', async () => {
  const c = new Client(t.app);
  await signInAs(c, t.db, author.id);
  // Bad input: 400 with the messages next to the fields, what was typed kept.
  let r = await c.post('/ru/initiatives/new', {
    title: 'Abc',
    body: 'коротко',
    addressee: 'mip',
    area: 'health',
    language: 'ru',
    action: 'save',
  });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /f-title-error/);
  assert.match(r.body, /f-addressee-error/);
  assert.match(r.body, /value="Abc"/);
  const form = {
    title: 'Велосипед жолдарының біртұтас желісін салу',
    body: 'Алматы қаласының әкімдігінен негізгі көшелер бойымен бөлінген велосипед жолдарының біртұтас желісін салуды сұраймыз.',
    addressee: 'akimat-almaty-city',
    area: 'environment',
    language: 'kk',
  };
  r = await c.post('/kk/initiatives/new', { ...form, action: 'save' });
  assert.equal(r.statusCode, 303, r.body);
  initiativeId = /initiatives\/([0-9a-f-]{36})/.exec(r.headers.location as string)![1];
  // A draft is not public.
  assert.equal((await new Client(t.app).get(`/kk/initiatives/${initiativeId}`)).statusCode, 404);
  r = await c.get(`/kk/initiatives/${initiativeId}`);
  assert.equal(r.statusCode, 200);
  const version = /name="version" value="(\d+)"/.exec(r.body)![1];
  r = await c.post(`/kk/initiatives/${initiativeId}/submit`, { version });
  assert.equal(r.statusCode, 303, r.body);
  // Submitting twice (a stale tab) is refused with a message, not a 500.
  r = await c.post(`/kk/initiatives/${initiativeId}/submit`, { version });
  assert.equal(r.statusCode, 409);

  const m = new Client(t.app);
  await signInAs(m, t.db, moderator.id);
  r = await m.get('/en/initiatives/moderation');
  assert.equal(r.statusCode, 200);
  assert.ok(r.body.includes(form.title));
  r = await m.get(`/en/initiatives/${initiativeId}`);
  const v2 = /name="version" value="(\d+)"/.exec(r.body)![1];
  // Rejecting needs a category and a reason.
  r = await m.post(`/en/initiatives/${initiativeId}/moderate`, { version: v2, decision: 'reject', reason: '' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /f-category-error/);
  r = await m.post(`/en/initiatives/${initiativeId}/moderate`, { version: v2, decision: 'approve' });
  assert.equal(r.statusCode, 303, r.body);
  const row = await t.db.selectFrom('initiatives').selectAll().where('id', '=', initiativeId).executeTakeFirstOrThrow();
  assert.equal(row.status, 'collecting');
  assert.equal(row.threshold, 2500);
  const job = await t.db
    .selectFrom('jobs')
    .select(['queue', 'run_at'])
    .where('dedupe_key', '=', `petitions.expire:${initiativeId}`)
    .executeTakeFirst();
  assert.equal(job?.queue, 'petitions.expire');

  // A second citizen drafting the same thing is shown the existing initiative.
  const other = await makeUser(t.db);
  const c2 = new Client(t.app);
  await signInAs(c2, t.db, other.id);
  const similarDraft = { ...form, title: 'Алматыда велосипед жолдарының желісін салу', action: 'check' };
  r = await c2.post('/kk/initiatives/new', similarDraft);
  assert.equal(r.statusCode, 200);
  assert.ok(
    !r.body.includes(`/kk/initiatives/${initiativeId}`),
    'below 50 signatures it is reachable only by link, not suggested',
  );
  await t.db.updateTable('initiatives').set({ signature_count: 50 }).where('id', '=', initiativeId).execute();
  r = await c2.post('/kk/initiatives/new', similarDraft);
  assert.ok(r.body.includes(`/kk/initiatives/${initiativeId}`), 'the similar initiative is suggested');
  await t.db.updateTable('initiatives').set({ signature_count: 0 }).where('id', '=', initiativeId).execute();
  r = await c2.post('/kk/initiatives/new', {
    ...form,
    title: 'Мектептерде тегін ыстық тамақ беру',
    body: 'Барлық бастауыш сынып оқушыларына тегін ыстық тамақ беруді сұраймыз.',
    action: 'check',
  });
  assert.ok(!r.body.includes(`/kk/initiatives/${initiativeId}`), 'an unrelated draft gets no suggestion');
});

test('signing through the API: 201, 409 for the same IIN, 422 with the reason', async () => {
  const payload = await payloadOf(initiativeId);
  const first = await sign(payload, { detached: true });
  let r = await postSignature(initiativeId, first.cms);
  assert.equal(r.statusCode, 201, r.body);
  assert.equal(r.json().signatureCount, 1);
  const receiptUrl = r.json().receiptUrl as string;
  // The same person with another certificate (attached this time, RSA): already signed.
  const again = await sign(payload, { iin: first.iin, detached: false, alg: 'RSA' });
  r = await postSignature(initiativeId, again.cms);
  assert.equal(r.statusCode, 409, r.body);
  assert.equal(r.json().error, 'already_signed');
  // Over other bytes, and garbage.
  const wrong = await sign(new TextEncoder().encode('something else'), { detached: false });
  r = await postSignature(initiativeId, wrong.cms);
  assert.equal(r.statusCode, 422);
  assert.equal(r.json().error, 'content_mismatch');
  assert.ok(r.json().message.length > 5);
  r = await postSignature(initiativeId, 'bm90IGEgc2lnbmF0dXJl');
  assert.equal(r.statusCode, 422);
  assert.equal(r.json().error, 'malformed');

  const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}` })).json();
  assert.equal(detail.signatureCount, 1);
  const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const path of [
    '/api/v1/initiatives',
    '/api/v1/initiatives/{id}',
    '/api/v1/initiatives/{id}/signing-payload',
    '/api/v1/initiatives/{id}/signatures',
  ])
    assert.ok(openapi.paths[path], path);
  assert.equal(detail.threshold, 2500);
  assert.equal(detail.status, 'collecting');
  // Below 50 signatures: not listed, but reachable by its link.
  const list = (await t.app.inject({ method: 'GET', url: '/api/v1/initiatives?q=велосипед' })).json();
  assert.equal(
    list.items.some((i: { id: string }) => i.id === initiativeId),
    false,
  );

  // The receipt shows the signer's own signature and lets them download it; the IIN is stored only hashed.
  const c = new Client(t.app);
  r = await c.get(receiptUrl);
  assert.equal(r.statusCode, 200);
  assert.ok(r.body.includes('Дана С.'));
  const token = receiptUrl.split('/').pop();
  r = await c.get(`/initiatives/receipts/${token}/signature.p7s`);
  assert.equal(r.statusCode, 200);
  assert.deepEqual(new Uint8Array(r.rawPayload), first.cms);
  const stored = await t.db
    .selectFrom('initiative_signatures')
    .select(['iin_hash', 'public_name'])
    .where('initiative_id', '=', initiativeId)
    .execute();
  assert.equal(stored.length, 1);
  assert.ok(!stored[0].iin_hash.includes(first.iin));
});

test('concurrent signatures are batched, none lost or doubled; the threshold notifies the addressee', async () => {
  // A low threshold for the test: the batch that crosses it moves the initiative on.
  await t.db.updateTable('initiatives').set({ threshold: 25 }).where('id', '=', initiativeId).execute();
  const payload = await payloadOf(initiativeId);
  const signed = await Promise.all(Array.from({ length: 30 }, () => sign(payload)));
  // Two of them twice, at the same moment.
  const all = [...signed, signed[0], signed[1]];
  const results = await Promise.all(all.map((s) => postSignature(initiativeId, s.cms)));
  const codes = results.map((r) => r.statusCode);
  const created = codes.filter((c) => c === 201).length;
  const row = await t.db
    .selectFrom('initiatives')
    .select(['signature_count', 'status', 'answer_due'])
    .where('id', '=', initiativeId)
    .executeTakeFirstOrThrow();
  const stored = await t.db
    .selectFrom('initiative_signatures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirstOrThrow();
  // 1 before; up to 24 more fit before the threshold closes collection; the rest are refused.
  assert.equal(Number(stored.n), row.signature_count);
  assert.equal(row.signature_count, 1 + created);
  assert.ok(created >= 24, `accepted ${created}`);
  assert.ok(
    codes.every((c) => c === 201 || c === 409),
    codes.join(','),
  );
  assert.equal(row.status, 'threshold_reached');
  assert.ok(row.answer_due);
  const mail = await t.db
    .selectFrom('mail_outbox')
    .select(['to_address', 'text_body'])
    .where('to_address', '=', 'akimat-official@example.kz')
    .executeTakeFirst();
  assert.ok(mail, 'the addressee’s official was notified');
  // Signing is refused now.
  const late = await sign(payload);
  const r = await postSignature(initiativeId, late.cms);
  assert.equal(r.statusCode, 409);
  assert.equal(r.json().error, 'not_collecting');
});

test('the addressee takes it into review and answers; the answer page and the record show it', async () => {
  const c = new Client(t.app);
  await signInAs(c, t.db, official.id);
  let r = await c.get('/kk/initiatives/addressee');
  assert.ok(r.body.includes(`/kk/initiatives/${initiativeId}`));
  r = await c.get(`/kk/initiatives/${initiativeId}`);
  let version = /action="\/kk\/initiatives\/[^"]+\/review"[\s\S]*?name="version" value="(\d+)"/.exec(r.body)?.[1];
  assert.ok(version, 'the official sees "take into review"');
  // Someone else cannot.
  const stranger = new Client(t.app);
  await signInAs(stranger, t.db, author.id);
  assert.equal((await stranger.post(`/kk/initiatives/${initiativeId}/review`, { version })).statusCode, 403);
  r = await c.post(`/kk/initiatives/${initiativeId}/review`, { version });
  assert.equal(r.statusCode, 303);
  r = await c.get(`/ru/initiatives/${initiativeId}/answer`);
  version = /name="version" value="(\d+)"/.exec(r.body)![1];
  r = await c.post(`/ru/initiatives/${initiativeId}/answer`, { version, decision: '', answer: 'да' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /f-decision-error/);
  assert.match(r.body, /f-answer-error/);
  r = await c.post(`/ru/initiatives/${initiativeId}/answer`, {
    version,
    decision: 'accepted',
    answer: 'Акимат поддерживает инициативу и включит сеть велодорожек в план на 2027 год.',
  });
  assert.equal(r.statusCode, 303, r.body);
  r = await new Client(t.app).get(`/en/initiatives/${initiativeId}/answer`);
  assert.equal(r.statusCode, 200);
  assert.ok(r.body.includes('включит сеть велодорожек'));
  const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}` })).json();
  assert.equal(detail.status, 'answered');
  assert.equal(detail.answer.onTime, true);
  const year = new Date().getUTCFullYear();
  const rec = await bodyInitiativeRecord(t.db, akimatId, year);
  assert.deepEqual(rec, { received: 1, answered: 1, answeredOnTime: 1, overdue: 0 });
  const onTime = await answeredOnTimeIndicator(t.db);
  assert.ok(onTime.some((v) => v.region === null && v.value === 100));
  const sigs = await signaturesIndicator(t.db);
  assert.ok(sigs.some((v) => v.region === 'almaty-city' && v.value >= 25));
  // The public page lists every step.
  r = await new Client(t.app).get(`/kk/initiatives/${initiativeId}`);
  for (const step of ['submitted', 'approved', 'threshold_reached', 'review_started', 'answered']) {
    assert.ok(r.body.includes(kk(`petitions.history.${step}`)), step);
  }
  // Listed now, in the open data (no personal data), the feed and the SDG pages.
  const dataset = t.app.openData.dataset('initiatives')!;
  const rows = [];
  for await (const batch of dataset.batches(t.db)) rows.push(...batch);
  const mine = rows.find((x) => x.id === initiativeId)!;
  assert.equal(mine.status, 'answered');
  assert.equal(mine.answered_on_time, true);
  assert.ok(!JSON.stringify(rows).includes('Дана'), 'no signer names in open data');
  assert.ok(!JSON.stringify(rows).includes(author.name), 'no author names in open data');
  assert.equal((await dataset.stats(t.db)).records, rows.length);
  const sdg = t.app.openData.sdgContributors.find((c) => c.kind === 'initiatives')!;
  assert.equal(
    (await sdg.list(t.db, { areas: ['environment'], locale: 'en', limit: 5 }))[0]?.href,
    `/en/initiatives/${initiativeId}`,
  );
  assert.deepEqual(await sdg.list(t.db, { areas: ['veterans'], locale: 'en', limit: 5 }), []);
  const feed = t.app.openData.feeds.find((f) => f.id === 'initiatives')!;
  assert.ok(Array.isArray(await feed.entries(t.db, 'kk', 10)));
});

test('a collection whose six months have passed expires: signing is refused at once, the job records it', async () => {
  const { id } = await t.db
    .insertInto('initiatives')
    .values({
      title: 'Мерзімі өткен бастама',
      body: 'Алты айда шекке жетпеген бастаманың мәтіні, сынақ үшін.',
      language: 'kk',
      addressee_id: akimatId,
      addressee_code: 'akimat-almaty-city',
      region: 'almaty-city',
      area: 'health',
      status: 'collecting',
      threshold: 2500,
      author_id: author.id,
      author_name: author.name,
      collecting_from: new Date('2025-01-10T06:00:00Z'),
      collection_ends: '2025-07-09',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const s = await sign(await payloadOf(id));
  const r = await postSignature(id, s.cms);
  assert.equal(r.statusCode, 409);
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/initiatives/${id}` })).json().status, 'expired');
  const job = { db: t.db, jobs: t.app.jobs, actor: null };
  assert.deepEqual(await expireInitiative(job, { id }, new Date('2025-07-09T12:00:00Z')), {
    ok: false,
    kind: 'conflict',
    reason: 'still_collecting',
  });
  assert.equal((await expireInitiative(job, { id })).ok, true);
  assert.equal(
    (await t.db.selectFrom('initiatives').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
    'expired',
  );
  assert.equal((await expireInitiative(job, { id })).ok, false, 'idempotent');
});

test('signing from the page without JavaScript: upload a file, then told you already signed', async () => {
  // A fresh collecting initiative, straight in the database.
  const { id } = await t.db
    .insertInto('initiatives')
    .values({
      title: 'Шымкентте саябақтарға су құдықшалары',
      body: 'Барлық қалалық саябақтарға тегін ауыз су құдықшаларын орнатуды сұраймыз.',
      language: 'kk',
      addressee_id: akimatId,
      addressee_code: 'akimat-almaty-city',
      region: 'almaty-city',
      area: 'health',
      status: 'collecting',
      threshold: 2500,
      author_id: author.id,
      author_name: author.name,
      collecting_from: new Date(),
      collection_ends: '2099-01-01',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const c = new Client(t.app);
  let r = await c.get(`/ru/initiatives/${id}/sign`);
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /data-ncalayer/);
  assert.match(r.body, /<textarea[^>]+name="cms"/);
  assert.match(r.body, /src="\/static\/ncalayer.js"/);
  const payload = await payloadOf(id);
  const s = await sign(payload, { detached: false });
  r = await c.postMultipart(`/ru/initiatives/${id}/sign`, { cms: '' }, [
    { field: 'file', filename: 'signature.p7s', mime: 'application/pkcs7-signature', data: Buffer.from(s.cms) },
  ]);
  assert.equal(r.statusCode, 303, r.body);
  assert.match(r.headers.location as string, /\/ru\/initiatives\/receipts\//);
  // A refused signature is told next to the field, with the kit's status for that (400).
  r = await c.postMultipart(`/ru/initiatives/${id}/sign`, { cms: Buffer.from(s.cms).toString('base64') }, []);
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /f-cms-error/);
  r = await c.postMultipart(`/ru/initiatives/${id}/sign`, { cms: 'мусор' }, []);
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /error-summary/);
  r = await c.postMultipart(`/ru/initiatives/${id}/sign`, { cms: '' }, []);
  assert.equal(r.statusCode, 400);
  for (const lang of ['kk', 'ru', 'en']) {
    assert.equal((await c.get(`/${lang}/initiatives`)).statusCode, 200);
    assert.equal((await c.get(`/${lang}/initiatives/${id}`)).statusCode, 200);
  }
});
