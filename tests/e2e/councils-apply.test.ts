// Journey: a citizen applies to a public council (a validation error first) and finds their name
// in the public list of candidates; then reads a meeting's decisions with the body's responses
// and a hearing's answers. Kazakh and Russian, axe-core on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_PASSWORD, signIn, textOf, tr } from './steps.ts';

const L = 'kk' as const;
const t = tr(L);
const CITIZEN = 'citizen@demo.qogam.kz';
const CITIZEN_NAME = 'Айгерім Нұрланқызы';
const SUBMIT = '#main form[enctype="multipart/form-data"] button[type="submit"]';
let server: Server;
let browser: Browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a citizen applies to a public council and appears in the public list of candidates', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, CITIZEN, DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/councils`, 'councils-list', { lang: L });
  const call = page.locator('section[aria-labelledby="calls-title"] a').first();
  assert.equal(await call.count(), 1, 'an open call is announced on the list');
  await Promise.all([page.waitForURL(/\/councils\/selections\/[0-9a-f-]+$/), call.click()]);
  await checkPage(page, 'councils-selection', { lang: L });
  const selectionUrl = page.url();
  assert.ok(
    !(await textOf(page, 'section[aria-labelledby="candidates-title"]')).includes(CITIZEN_NAME),
    'not a candidate yet',
  );

  await Promise.all([page.waitForURL(/\/apply$/), page.click(`a[href$="/apply"]`)]);
  await checkPage(page, 'councils-apply-form', { lang: L });

  // Too short a motivation and no experience: the form says so next to each field.
  await page.selectOption('#f-kind', 'citizen');
  await page.fill('#f-motivation', 'Қатысқым келеді');
  let res = await submit(page, SUBMIT);
  await checkPage(page, 'councils-apply-errors', { status: 400, response: res, lang: L });
  assert.ok((await textOf(page, '.error-summary')).includes(t('councils.errors.motivationShort')));
  assert.ok((await textOf(page, '#f-experience-error')).includes(t('errors.required')));
  assert.equal(await page.inputValue('#f-motivation'), 'Қатысқым келеді', 'what was typed is kept');

  await page.fill(
    '#f-motivation',
    'Қаладағы мүгедектігі бар адамдардың қолжетімділік мәселелерін кеңесте көтергім келеді.',
  );
  await page.fill('#f-experience', 'Бес жыл «Мейірім» қорында ерікті болдым, пандустарға мониторинг жүргіздім.');
  res = await submit(page, SUBMIT);
  assert.equal(page.url().split('#')[0], selectionUrl, 'back to the call');
  await checkPage(page, 'councils-applied', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('councils.flash.applied')));
  const list = await textOf(page, 'section[aria-labelledby="candidates-title"] table');
  assert.ok(list.includes(CITIZEN_NAME), 'the name is on the public list');
  assert.ok(list.includes('кедергісіз') || list.includes('қолжетімділік'), 'with the motivation');

  // The list is public: a reader in Russian sees it too.
  await visit(page, selectionUrl.replace(`/${L}/`, '/ru/'), 'councils-selection-ru', { lang: 'ru' });
  assert.ok((await textOf(page, 'section[aria-labelledby="candidates-title"]')).includes(CITIZEN_NAME));
});

test('a meeting’s decisions lead to the body’s response; a hearing shows its answers', async () => {
  const { page } = browser;
  const councils = await (await fetch(`${server.baseUrl}/api/v1/councils?body=mip`)).json();
  const council = await (await fetch(`${server.baseUrl}/api/v1/councils/${councils.items[0].id}`)).json();
  await visit(page, `${server.baseUrl}/${L}/councils/${council.id}`, 'councils-council', { lang: L });
  const decision = page.locator('section[aria-labelledby="decisions-title"] tbody tr a').first();
  await Promise.all([page.waitForURL(/\/councils\/meetings\//), decision.click()]);
  await checkPage(page, 'councils-meeting', { lang: L });
  assert.ok((await textOf(page, '#main')).includes(t('councils.decision.response')));
  const ics = await fetch(`${server.baseUrl}/api/v1/councils/${council.id}/meetings.ics`);
  assert.match(await ics.text(), /BEGIN:VEVENT/);

  const hearings = await (await fetch(`${server.baseUrl}/api/v1/hearings?status=answered`)).json();
  await visit(page, `${server.baseUrl}/en/hearings/${hearings.items[0].id}`, 'councils-hearing-answered', {
    lang: 'en',
  });
  assert.ok((await textOf(page, 'section[aria-labelledby="questions-title"]')).includes('Answer'));
  await visit(page, `${server.baseUrl}/ru/hearings`, 'councils-hearings-ru', { lang: 'ru' });
});
