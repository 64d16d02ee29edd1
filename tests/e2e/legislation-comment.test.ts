// Journey: a citizen comments on a paragraph of a draft under discussion (a mistake first, then the
// comment), the developer's official answers it (a refusal without reasons first), and the citizen
// sees the answer on the draft page. JavaScript off, three languages, axe on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_PASSWORD, expectFieldError, MAIN_SUBMIT, signIn, signOut, textOf, tr } from './steps.ts';

let server: Server;
let browser: Browser;
const COMMENT = `Өтінімдерді қабылдау мерзімін күнтізбелік 30 күнге дейін ұзартуды ұсынамын (${Date.now() % 100000}).`;
const REASON = 'Конкурс кестесі 25 күннен ұзақ мерзімге мүмкіндік бермейді; мерзім 25 күнге дейін ұзартылды.';
let draftPath = '';

/** The module's keys never show through as text. */
async function noRawKeys(page: Page) {
  const raw = /legislation\.[a-z][\w.]*[a-zA-Z]/.exec(await page.locator('body').innerText());
  assert.equal(raw, null, `an untranslated key "${raw?.[0]}" shows on ${page.url()}`);
}

before(async () => {
  // Without the shared template (built under a 120 s limit): the whole demo takes longer on a busy machine.
  server = await startServer();
  browser = await launchBrowser({ javaScriptEnabled: false });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a citizen finds an open draft and comments on a paragraph (kk)', async () => {
  const { page } = browser;
  const t = tr('kk');
  await signIn(page, server.baseUrl, 'kk', 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/kk/legislation`, 'leg-list-kk', { lang: 'kk' });
  await noRawKeys(page);
  // Only discussions open now, searched by a word of the title (a GET form: works without JS).
  await page.check('#f-open');
  await page.fill('#f-q', 'гранттарды');
  const res = await submit(page, 'form.filters button[type="submit"]');
  await checkPage(page, 'leg-list-kk-open', { status: 200, response: res, lang: 'kk' });
  assert.equal(new URL(page.url()).searchParams.get('open'), '1');
  const link = page.locator('#main table tbody tr a').first();
  assert.equal(await page.locator('#main table tbody tr').count(), 1, 'one open draft about grants');
  await Promise.all([page.waitForURL(/\/kk\/legislation\/[0-9a-f-]{36}$/), link.click()]);
  draftPath = new URL(page.url()).pathname.replace(/^\/kk/, '');
  await checkPage(page, 'leg-draft-kk', { lang: 'kk' });
  await noRawKeys(page);
  assert.ok((await textOf(page, '.tags')).includes(t('legislation.state.open')));

  // Comment on article 2, paragraph 1: sent empty first.
  await Promise.all([page.waitForURL(/\/comment\?unit=a2\.p1$/), page.click('#u-a2\\.p1 .leg-unit-meta a')]);
  await checkPage(page, 'leg-comment-form-kk', { lang: 'kk' });
  assert.equal(await page.inputValue('#f-unit'), 'a2.p1', 'the paragraph is chosen');
  let r = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'leg-comment-form-kk-error', { status: 400, response: r, lang: 'kk' });
  await expectFieldError(page, 'kk', 'body', t('errors.required'), r?.status());
  assert.equal(await page.inputValue('#f-unit'), 'a2.p1', 'the choice is kept');
  await page.fill('#f-body', COMMENT);
  r = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'leg-draft-kk-commented', { status: 200, response: r, lang: 'kk' });
  assert.ok((await textOf(page, '.flash')).includes(t('legislation.flash.commented')));
  assert.ok((await textOf(page, '#u-a2\\.p1')).includes(COMMENT), 'the comment is under its paragraph');
  await signOut(page, 'kk');
});

test('the developer answers it (ru): reasons are required for a refusal', async () => {
  const { page } = browser;
  const t = tr('ru');
  await signIn(page, server.baseUrl, 'ru', 'official@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/ru${draftPath}/summary`, 'leg-summary-ru-official', { lang: 'ru' });
  await noRawKeys(page);
  const row = page.locator('#main table tbody tr', { hasText: COMMENT });
  assert.equal(await row.count(), 1, 'the new comment is in the table');
  assert.ok((await row.textContent())?.includes(t('legislation.answer.none')));
  await Promise.all([page.waitForURL(/\/answer$/), row.locator('a').first().click()]);
  await checkPage(page, 'leg-answer-ru', { lang: 'ru' });
  await page.check('#f-status-2'); // rejected
  let r = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'leg-answer-ru-error', { status: 400, response: r, lang: 'ru' });
  await expectFieldError(page, 'ru', 'reason', t('legislation.errors.reasonRequired'), r?.status());
  assert.ok(await page.isChecked('#f-status-2'), 'the decision is kept');
  await page.fill('#f-reason', REASON);
  r = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'leg-answered-ru', { status: 200, response: r, lang: 'ru' });
  assert.ok((await textOf(page, '.flash')).includes(t('legislation.flash.answered')));
  // The summary cannot be published while the discussion is open and comments wait.
  await visit(page, `${server.baseUrl}/ru${draftPath}/summary`, 'leg-summary-ru-after', { lang: 'ru' });
  assert.equal(await page.locator('form[action$="/summary"]').count(), 0, 'no publish button yet');

  // The developer's other pages: a new draft (sent empty: every required field listed), and
  // the opening form of the draft in preparation, with the legal minimum as the earliest day.
  await visit(page, `${server.baseUrl}/ru/legislation/new`, 'leg-new-ru', { lang: 'ru' });
  r = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'leg-new-ru-errors', { status: 400, response: r, lang: 'ru' });
  await expectFieldError(page, 'ru', 'titleKk', t('errors.required'), r?.status());
  await visit(page, `${server.baseUrl}/ru/legislation?status=draft`, 'leg-list-ru-preparation', { lang: 'ru' });
  await Promise.all([
    page.waitForURL(/\/ru\/legislation\/[0-9a-f-]{36}$/),
    page.locator('#main table tbody tr a').first().click(),
  ]);
  await checkPage(page, 'leg-draft-ru-preparation', { lang: 'ru' });
  await Promise.all([page.waitForURL(/\/open$/), page.click('#main ul.actions a[href$="/open"]')]);
  await checkPage(page, 'leg-open-ru', { lang: 'ru' });
  assert.match(await page.inputValue('#f-lastDay'), /^\d{4}-\d{2}-\d{2}$/, 'the earliest last day is offered');
  await signOut(page, 'ru');
});

test('the citizen sees the answer (en: the Russian text with a note), and the printable summary', async () => {
  const { page } = browser;
  const t = tr('en');
  await signIn(page, server.baseUrl, 'en', 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/en${draftPath}`, 'leg-draft-en-answered', { lang: 'en' });
  await noRawKeys(page);
  assert.ok((await textOf(page, '.notice')).includes(t('legislation.draft.russianTextNote')));
  const comment = page.locator('.leg-comment', { hasText: COMMENT });
  assert.equal(await comment.count(), 1);
  const text = (await comment.textContent()) ?? '';
  assert.ok(text.includes(t('legislation.answer.rejected')), 'the decision is shown in words');
  assert.ok(text.includes(REASON), 'with the reasons');
  await visit(page, `${server.baseUrl}/en${draftPath}/summary/print`, 'leg-summary-print-en', { lang: 'en' });
  assert.ok((await textOf(page, '#main table')).includes(REASON));
});
