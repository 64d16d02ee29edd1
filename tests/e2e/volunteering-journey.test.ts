// Journey: an NGO posts an opportunity (a form with errors first); a new volunteer fills the
// profile and signs up; the organiser accepts and confirms the hours; the volunteer downloads the
// certificate (PDF) and anyone checks it at the URL printed on it. In Kazakh, every page through axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { almatyDate } from '../../src/reference/index.ts';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import {
  DEMO_PASSWORD,
  expectFieldError,
  MAIN_SUBMIT,
  registerAccount,
  signIn,
  signOut,
  textOf,
  tr,
  uniqueEmail,
} from './steps.ts';

const L = 'kk' as const;
const t = tr(L);
const NGO = 'ngo@demo.qogam.kz';
const VOLUNTEER = 'Ерікті Сынақұлы';
const PASSWORD = 'correct horse battery staple';
const TITLE = 'Кітапханада балаларға кітап оқу';
let server: Server;
let browser: Browser;
let oppPath = '';
const email = uniqueEmail();
const today = almatyDate(new Date());

/** No catalogue key of this module shows through as text. */
async function noRawKeys() {
  const raw = /\bvolunteering\.[a-z][\w.]*[a-zA-Z]/.exec(await browser.page.locator('body').innerText());
  assert.equal(raw, null, `untranslated key ${raw?.[0]} on ${browser.page.url()}`);
}

before(async () => {
  // The real application with the whole demo (the shared e2e template).
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an NGO posts an opportunity: errors first, then published', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, NGO, DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/volunteering`, 'vol-list', { lang: L });
  await noRawKeys();
  await Promise.all([page.waitForURL(/\/volunteering\/new$/), page.click(`#main a[href="/${L}/volunteering/new"]`)]);
  await checkPage(page, 'vol-new', { lang: L });
  await page.fill('#f-title', TITLE);
  let res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'vol-new-errors', { status: 400, response: res, lang: L });
  await expectFieldError(page, L, 'description', t('errors.required'), res?.status());
  assert.equal(await page.inputValue('#f-title'), TITLE, 'the title typed is kept');

  await page.fill('#f-description', 'Сенбі сайын 7-10 жастағы балаларға ертегі оқимыз.');
  await page.selectOption('#f-area', 'education-science-sport');
  await page.selectOption('#f-region', 'astana');
  await page.fill('#f-settlement', 'Астана');
  await page.fill('#f-startsOn', today);
  await page.fill('#f-endsOn', today);
  await page.fill('#f-places', '5');
  await page.fill('#f-minAge', '16');
  res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'vol-opportunity-posted', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('volunteering.flash.posted')));
  assert.equal(await textOf(page, 'h1'), TITLE);
  oppPath = new URL(page.url()).pathname;
  await signOut(page, L);
});

test('a volunteer creates a profile and signs up', async () => {
  const { page } = browser;
  await registerAccount(page, server.baseUrl, L, VOLUNTEER, email, PASSWORD);
  await visit(page, `${server.baseUrl}${oppPath}`, 'vol-opportunity-as-volunteer', { lang: L });
  assert.ok((await textOf(page, '#signup-h')).length > 0);
  await Promise.all([
    page.waitForURL(/\/volunteering\/profile/),
    page.click('section[aria-labelledby="signup-h"] a[href*="/volunteering/profile"]'),
  ]);
  await checkPage(page, 'vol-profile', { lang: L });
  await page.fill('#f-birthYear', '19');
  let res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'vol-profile-errors', { status: 400, response: res, lang: L });
  await expectFieldError(page, L, 'birthYear', t('volunteering.errors.birthYear'), res?.status());
  await page.selectOption('#f-region', 'astana');
  await page.fill('#f-birthYear', '2002');
  await page.check('#f-languages');
  await page.fill('#f-skills', 'мәнерлеп оқу, ағылшын тілі');
  res = await submit(page, MAIN_SUBMIT);
  assert.equal(new URL(page.url()).pathname, oppPath, 'back to the opportunity');
  await checkPage(page, 'vol-opportunity-with-profile', { status: 200, response: res, lang: L });
  await page.fill('#f-motivation', 'Кітап оқығанды жақсы көремін.');
  res = await submit(page, 'section[aria-labelledby="signup-h"] form button[type="submit"]');
  await checkPage(page, 'vol-signed-up', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('volunteering.flash.applied')));
  assert.ok((await textOf(page, '#main')).includes(t('volunteering.application.status.applied')));
  await signOut(page, L);
});

test('the organiser accepts and confirms the hours', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, NGO, DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}${oppPath}`, 'vol-opportunity-as-organiser', { lang: L });
  const row = page.locator('section[aria-labelledby="organiser-h"] table tbody tr', { hasText: VOLUNTEER });
  assert.equal(await row.count(), 1, 'the volunteer is listed');
  await Promise.all([page.waitForURL(/\/applications\//), row.locator('a').first().click()]);
  await checkPage(page, 'vol-application', { lang: L });
  assert.ok((await textOf(page, '#main')).includes('Кітап оқығанды жақсы көремін.'));
  let res = await submit(page, 'button[name="decision"][value="accept"]');
  await checkPage(page, 'vol-application-accepted', { status: 200, response: res, lang: L });
  await page.fill('#f-hours', 'төрт');
  res = await submit(page, 'section[aria-labelledby="hours-h"] form button[type="submit"]');
  await checkPage(page, 'vol-hours-error', { status: 400, response: res, lang: L });
  await expectFieldError(page, L, 'hours', t('volunteering.errors.hours'), res?.status());
  await page.fill('#f-hours', '4,5');
  res = await submit(page, 'section[aria-labelledby="hours-h"] form button[type="submit"]');
  await checkPage(page, 'vol-hours-confirmed', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('volunteering.flash.confirmed')));
  await signOut(page, L);
});

test('the volunteer downloads the certificate and anyone verifies it', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, email, PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/volunteering/me`, 'vol-me', { lang: L });
  await noRawKeys();
  assert.ok((await textOf(page, '#history-h')).length > 0);
  const link = page.locator(`#main table a[href^="/${L}/volunteering/certificates/"][href$="/pdf"]`).first();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const pdf = readFileSync((await download.path())!);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = pdf.toString('latin1');
  const url = /https?:\/\/[^\s()<>]+\/kk\/volunteering\/certificates\/[0-9a-f]{16}/.exec(text)?.[0];
  assert.ok(url, 'the verify URL is printed in the PDF');
  assert.ok(url.startsWith(server.baseUrl), url);
  assert.ok(/DejaVuSans/.test(text), 'the DejaVu font is embedded');
  await signOut(page, L);
  // Signed out: the public check.
  await visit(page, url, 'vol-certificate-verify', { lang: L });
  await noRawKeys();
  const main = await textOf(page, '#main');
  assert.ok(main.includes(VOLUNTEER) && main.includes(TITLE) && main.includes('4,5'), main);
  assert.ok(main.includes(t('volunteering.verify.validTag')));
  await visit(page, `${server.baseUrl}/${L}/volunteering/certificates/ffffffffffffffff`, 'vol-certificate-missing', {
    status: 404,
    lang: L,
  });
});

test('charity: a visitor donates through the development provider', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/charity?phase=active`, 'charity-list', { lang: L });
  await noRawKeys();
  await Promise.all([page.waitForURL(/\/charity\/[0-9a-f-]{36}$/), page.locator('#main .result h3 a').first().click()]);
  await checkPage(page, 'charity-campaign', { lang: L });
  const before = await textOf(page, '.progress');
  await Promise.all([page.waitForURL(/\/donate$/), page.click('#main a.button')]);
  await checkPage(page, 'charity-donate', { lang: L });
  await page.fill('#f-amount', '2 500');
  await page.check('#f-anonymous');
  let res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'charity-dev-pay', { status: 200, response: res, lang: L });
  res = await submit(page, 'button[name="outcome"][value="confirmed"]');
  await checkPage(page, 'charity-donated', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('volunteering.flash.donated')));
  assert.notEqual(await textOf(page, '.progress'), before, 'the progress moved');
});
