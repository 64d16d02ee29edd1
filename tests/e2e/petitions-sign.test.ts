// Journey: a citizen finds an initiative collecting signatures, signs it by uploading a CMS file
// (made here with the pki test tooling against the server's demo CA), sees the count change,
// tries again and is told they already signed. JavaScript off: the plain form is the product.
// Then the public list, an answer page and a moderator's queue in the three languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestCa, issueCertificate, signCms } from '../../src/platform/pki/index.ts';
import { generateIin } from '../../src/reference/index.ts';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_MODERATOR, DEMO_PASSWORD, signIn, signOut, textOf, tr } from './steps.ts';

let server: Server;
let browser: Browser;
let initiative: { id: string; title: string; signatureCount: number };
let cmsFile: string;

before(async () => {
  // Its own seeding (env given: no shared template), with time for a busy machine.
  server = await startServer();
  browser = await launchBrowser({ javaScriptEnabled: false });
  // The demo initiative to the Almaty city akimat collects signatures (1,240 of 2,500).
  const list = (await (
    await fetch(`${server.baseUrl}/api/v1/initiatives?status=collecting&addressee=akimat-almaty-city`)
  ).json()) as { items: (typeof initiative)[] };
  assert.ok(list.items.length >= 1, 'a demo initiative collecting signatures');
  initiative = list.items[0];
  // The server trusts the demo test CA in its data dir (QOGAM_TRUSTED_CA unset, demo mode).
  const ca = await createTestCa(join(server.dataDir, 'pki/test-ca'));
  const iin = generateIin(new Date(Date.UTC(1990, 4, 17)), 'female', Date.now() % 100000);
  const cert = await issueCertificate(ca, { iin, surname: 'ЖҰМАБАЕВА', givenName: 'ГҮЛНАР', keyAlgorithm: 'ECDSA' });
  const payload = (await (
    await fetch(`${server.baseUrl}/api/v1/initiatives/${initiative.id}/signing-payload`)
  ).json()) as { payloadBase64: string };
  const cms = await signCms(new Uint8Array(Buffer.from(payload.payloadBase64, 'base64')), cert.certPem, cert.keyPem, {
    detached: true,
  });
  cmsFile = join(mkdtempSync(join(tmpdir(), 'qogam-e2e-cms-')), 'signature.p7s');
  writeFileSync(cmsFile, cms);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const count = async () =>
  Number((await browser.page.getAttribute('#main [data-signature-count]', 'data-signature-count')) ?? NaN);

test('a citizen signs by uploading a CMS file, sees the count change, and cannot sign twice', async () => {
  const { page } = browser;
  const L = 'ru';
  const t = tr(L);
  await visit(page, `${server.baseUrl}/${L}/initiatives/${initiative.id}`, 'petitions-page-ru', { lang: L });
  const before = await count();
  assert.equal(before, initiative.signatureCount);
  await Promise.all([page.waitForURL(/\/sign$/), page.click(`#main a[href$="/initiatives/${initiative.id}/sign"]`)]);
  await checkPage(page, 'petitions-sign-ru', { lang: L });
  assert.ok(
    (await textOf(page, '#signing-payload')).includes(`initiative: ${initiative.id}`),
    'the exact text being signed is shown',
  );
  assert.ok(
    (await textOf(page, '#main')).includes(t('petitions.sign.publicName').slice(0, 30)),
    'what will be public is said',
  );
  assert.equal(await page.locator('form[data-ncalayer] textarea[name="cms"]').count(), 1);

  await page.setInputFiles('#f-file', cmsFile);
  let res = await submit(page, 'form[data-ncalayer] button[type="submit"]');
  await checkPage(page, 'petitions-receipt-ru', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('petitions.flash.signed')));
  assert.ok((await textOf(page, '#main')).includes('Гүлнар Ж.'), 'the receipt shows the public name');
  assert.equal(
    await page.locator('#main a[href$="/signature.p7s"]').count(),
    1,
    'the signer can download their signature',
  );

  await visit(page, `${server.baseUrl}/${L}/initiatives/${initiative.id}`, 'petitions-page-after-ru', { lang: L });
  assert.equal(await count(), before + 1, 'the count went up by one');

  await visit(page, `${server.baseUrl}/${L}/initiatives/${initiative.id}/sign`, 'petitions-sign-again-ru', { lang: L });
  await page.setInputFiles('#f-file', cmsFile);
  res = await submit(page, 'form[data-ncalayer] button[type="submit"]');
  await checkPage(page, 'petitions-already-signed-ru', { status: 400, response: res, lang: L });
  assert.ok((await textOf(page, '.error-summary')).includes(t('petitions.sign.alreadySigned')));
  await visit(page, `${server.baseUrl}/${L}/initiatives/${initiative.id}`, 'petitions-page-final-ru', { lang: L });
  assert.equal(await count(), before + 1, 'still counted once');
});

test('the list, an answer and the pages in three languages', async () => {
  const { page } = browser;
  for (const L of ['kk', 'en'] as const) {
    await visit(page, `${server.baseUrl}/${L}/initiatives`, `petitions-list-${L}`, { lang: L });
    assert.ok((await page.locator('#main .result').count()) >= 3, 'listed initiatives');
  }
  await visit(page, `${server.baseUrl}/kk/initiatives?status=answered`, 'petitions-list-answered-kk', { lang: 'kk' });
  await Promise.all([page.waitForURL(/initiatives\/[0-9a-f-]{36}$/), page.click('#main .result h3 a')]);
  await checkPage(page, 'petitions-answered-kk', { lang: 'kk' });
  await Promise.all([page.waitForURL(/\/answer$/), page.click('#main a[href$="/answer"]')]);
  await checkPage(page, 'petitions-answer-kk', { lang: 'kk' });
  // A bad filter is reported next to its field, not a 500.
  await visit(page, `${server.baseUrl}/en/initiatives?region=atlantis`, 'petitions-list-bad-filter', {
    status: 400,
    lang: 'en',
  });
  // Drafting with a similar-initiative check, as the demo citizen.
  await signIn(page, server.baseUrl, 'kk', 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/kk/initiatives/new`, 'petitions-new-kk', { lang: 'kk' });
  await page.fill('#f-title', 'Алматыда велосипед жолдарын салу');
  await page.fill('#f-body', 'Алматы қаласында велосипед жолдарының желісін салуды сұраймыз.');
  const res = await submit(page, '#main form button[value="check"]');
  await checkPage(page, 'petitions-similar-kk', { status: 200, response: res, lang: 'kk' });
  assert.ok((await page.locator('#similar-title').count()) === 1);
  assert.ok(
    (await page.locator(`#main a[href="/kk/initiatives/${initiative.id}"]`).count()) === 1,
    'the collecting initiative is suggested',
  );

  // The addressee's official answers the initiative under review; a moderator sees the queue.
  await signOut(page, 'kk');
  await signIn(page, server.baseUrl, 'ru', 'official@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/ru/initiatives/addressee`, 'petitions-addressee-ru', { lang: 'ru' });
  const row = page.locator('#main table tbody tr', { hasText: tr('ru')('petitions.status.under_review') }).first();
  await Promise.all([page.waitForURL(/initiatives\/[0-9a-f-]{36}$/), row.locator('a').first().click()]);
  await checkPage(page, 'petitions-under-review-ru', { lang: 'ru' });
  await Promise.all([page.waitForURL(/\/answer$/), page.click('#main a.button[href$="/answer"]')]);
  await checkPage(page, 'petitions-answer-form-ru', { lang: 'ru' });
  let r = await submit(page, '#main form button[type="submit"]');
  await checkPage(page, 'petitions-answer-errors-ru', { status: 400, response: r, lang: 'ru' });
  await page.check('#f-decision');
  await page.fill(
    '#f-answer',
    'Акимат поддерживает инициативу: навесы появятся на всех остановках к концу следующего года.',
  );
  r = await submit(page, '#main form button[type="submit"]');
  await checkPage(page, 'petitions-answered-ru', { status: 200, response: r, lang: 'ru' });
  assert.ok((await textOf(page, '#main')).includes('навесы появятся'));
  await signOut(page, 'ru');
  await signIn(page, server.baseUrl, 'en', DEMO_MODERATOR, DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/en/initiatives/moderation`, 'petitions-moderation-en', { lang: 'en' });
  assert.ok((await page.locator('#main table tbody tr').count()) >= 2, 'initiatives wait for moderation');
});
