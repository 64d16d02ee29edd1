// Funding journeys (4) an expert with a conflict of interest is blocked from scoring; (5) the
// operator draws a panel and anyone re-runs the draw from the published seed. English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_PASSWORD, signIn, signOut, textOf, tr } from './steps.ts';
import { press } from './funding-steps.ts';

const L = 'en' as const;
const t = tr(L);
let server: Server;
let browser: Browser;

before(async () => {
  // A server of its own seeded from scratch: the shared template may be rebuilt by others meanwhile.
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an expert declares a conflict of interest and cannot score that application', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'expert@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/funding/my`, 'funding-my-expert', { lang: L });
  await page.click('#main a[href$="/review"]');
  await checkPage(page, 'funding-review-declare', { lang: L });
  await page.check('input[name="kinds"][value="board"]');
  let res = await press(page, 'form[action$="/conflict"] button');
  assert.equal(res?.status(), 400, 'the declaration must be confirmed');
  await checkPage(page, 'funding-review-declare-error', { lang: L });
  assert.ok((await textOf(page, '#f-confirm-error')).includes(t('funding.errors.confirmDeclaration')));
  await page.check('input[name="kinds"][value="board"]');
  await page.check('input[name="confirm"]');
  res = await press(page, 'form[action$="/conflict"] button');
  await checkPage(page, 'funding-review-blocked', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '#main')).includes('You declared a conflict of interest'));
  assert.equal(await page.locator('input[name="relevance"]').count(), 0, 'no scoring form');
  await signOut(page, L);
});

test('the operator draws a panel; the draw is re-run from the published seed', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'operator@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/funding/calls?status=closed`, 'funding-calls-closed', { lang: L });
  await page.click('#main table tbody a[href*="/funding/calls/"]');
  await checkPage(page, 'funding-call-closed', { lang: L });
  let res = await press(page, 'form[action$="/draw"] button');
  await checkPage(page, 'funding-panel-drawn', { status: 200, response: res, lang: L });
  assert.match(page.url(), /\/panel$/);
  const seed = await textOf(page, 'code.break');
  assert.match(seed, /^[0-9a-f]{64}$/);
  const panelUrl = page.url().replace(/\?.*$/, '');
  await signOut(page, L);
  // A visitor re-runs it with the published values (the form is prefilled with them).
  await visit(page, panelUrl, 'funding-panel-public', { lang: L });
  res = await press(page, 'form[method="get"] button');
  await checkPage(page, 'funding-panel-rerun', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '#rerun-result-box')).includes('The result matches the published panel.'));
  // Another seed gives another result, shown as such.
  await page.fill('#f-seed', seed.replace(/^./, seed[0] === '0' ? '1' : '0'));
  res = await press(page, 'form[method="get"] button');
  await checkPage(page, 'funding-panel-rerun-other', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '#rerun-result-box')).includes('does not follow'));
});
