// The online reception in a browser with JavaScript off: a citizen sends an appeal (a validation
// error first), an official answers it from the queue, the citizen reads and rates the answer;
// an overdue appeal is counted on the public scorecard. Russian, one browser, steps in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_PASSWORD, expectFieldError, MAIN_SUBMIT, signIn, signOut, textOf, tr } from './steps.ts';

const L = 'ru' as const;
const t = tr(L);
let server: Server;
let browser: Browser;
let number = '';
const SUBJECT = 'Не работает освещение во дворе';
const ANSWER = 'Освещение во дворе будет восстановлено до конца месяца.';

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ javaScriptEnabled: false });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a citizen sends an appeal: a validation error first, then a registration number', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/appeals`, 'appeals-home', { lang: L });
  await Promise.all([page.waitForURL(/\/appeals\/new$/), page.click('#main a.button')]);
  await checkPage(page, 'appeals-new', { lang: L });
  await page.selectOption('#f-body', 'mip');
  await page.fill('#f-subject', SUBJECT);
  await page.fill('#f-text', 'Темно.');
  let res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'appeals-new-errors', { status: 400, response: res, lang: L });
  await expectFieldError(page, L, 'text', t('appeals.errors.textShort'), res?.status());
  assert.equal(await page.inputValue('#f-subject'), SUBJECT, 'the subject is kept');
  assert.equal(await page.inputValue('#f-body'), 'mip', 'the body is kept');

  await page.check('#f-kind-3');
  await page.fill(
    '#f-text',
    'Во дворе дома 12 по улице Абая уже месяц не горит ни один фонарь, дети возвращаются из школы в темноте.',
  );
  await page.check('#f-consent');
  await page.setInputFiles('#f-attachments', {
    name: 'фото-двора.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%demo\n'),
  });
  res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'appeals-registered', { status: 200, response: res, lang: L });
  number = /QA-\d{4}-\d{6}/.exec(page.url())?.[0] ?? '';
  assert.ok(number, `a registration number in ${page.url()}`);
  assert.ok((await textOf(page, '.flash')).includes(t('appeals.flash.registered')));
  assert.ok((await textOf(page, 'h1')).includes(number));
  assert.ok((await textOf(page, '#main')).includes('фото-двора.pdf'));
  await signOut(page, L);
});

test('an official answers it from the queue', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'official@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/appeals/queue?body=mip&sort=registered`, 'appeals-queue', { lang: L });
  const link = page.locator(`#main table a:text-is("${number}")`);
  assert.equal(await link.count(), 1, 'the new appeal is in the queue');
  await Promise.all([page.waitForURL(new RegExp(`/appeals/${number}$`)), link.click()]);
  await checkPage(page, 'appeals-official-view', { lang: L });
  await page.fill('#f-answer', ANSWER);
  const res = await submit(page, 'form[action$="/answer"] button');
  await checkPage(page, 'appeals-answered', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('appeals.flash.answer')));
  await signOut(page, L);
});

test('the citizen sees the answer and rates it', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/appeals/mine`, 'appeals-mine', { lang: L });
  await Promise.all([
    page.waitForURL(new RegExp(`/appeals/${number}$`)),
    page.click(`#main table a:text-is("${number}")`),
  ]);
  await checkPage(page, 'appeals-citizen-answer', { lang: L });
  assert.ok((await textOf(page, '#main')).includes(ANSWER));
  await page.check('#f-rating-1');
  await page.fill('#f-comment', 'Спасибо за быстрый ответ.');
  const res = await submit(page, 'form[action$="/rate"] button');
  await checkPage(page, 'appeals-rated', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '#main')).includes(t('appeals.appeal.ratingValue', { rating: 4 })));
  await signOut(page, L);
});

test('an overdue appeal appears on the public scorecard', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/appeals/bodies`, 'appeals-bodies', { lang: L });
  const row = page.locator('#main table tbody tr', { hasText: 'Министерство информации' });
  assert.equal(await row.count(), 1);
  // The overdue count is highlighted in red when it is not zero.
  const overdue = Number((await row.locator('.tag-red').innerText()).replace(/\D/g, ''));
  assert.ok(overdue >= 1, `the ministry has overdue appeals (${overdue})`);
  await Promise.all([page.waitForURL(/\/appeals\/bodies\/mip/), row.locator('a').first().click()]);
  await checkPage(page, 'appeals-body-mip', { lang: L });
  assert.ok((await page.locator('#main .tag-red').count()) >= 1, 'overdue highlighted');
  await visit(page, `${server.baseUrl}/${L}/appeals/published`, 'appeals-published', { lang: L });
});
