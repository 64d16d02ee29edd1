// Journey (e): every page works without JavaScript — the registry search and the registration
// error journey again, in Russian, with scripts disabled in the browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, visit, type Browser, type Server } from './helpers.ts';
import {
  correctBinAndRegister,
  freshBin,
  registerAccount,
  registerOrganisationWithBinError,
  searchRegistry,
  textOf,
  uniqueEmail,
  type OrgInput,
} from './steps.ts';

const L = 'ru' as const;
let server: Server;
let browser: Browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ javaScriptEnabled: false });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('(e) search the registry without JavaScript', async () => {
  const { page } = browser;
  const r = (await (await fetch(`${server.baseUrl}/api/v1/organizations?pageSize=1&page=5`)).json()) as {
    items: { names: { ru: string } }[];
  };
  const word = (/«([^»]+)»/.exec(r.items[0].names.ru)?.[1] ?? r.items[0].names.ru)
    .split(/[^\p{L}\p{N}]+/u)
    .sort((a, b) => b.length - a.length)[0];
  const rows = await searchRegistry(page, server.baseUrl, L, word, 'e');
  assert.ok(rows > 0, `"${word}" finds organisations`);
  // Filters are plain form fields: a region narrows the search without any script.
  await page.selectOption('#f-region', { index: 1 });
  await Promise.all([page.waitForNavigation(), page.click('form.filters button[type="submit"]')]);
  assert.ok(new URL(page.url()).searchParams.get('region'), 'the region is in the address');
  await checkPage(page, 'e-registry-region', { lang: L });
  // Pagination is links.
  await visit(page, `${server.baseUrl}/${L}/registry`, 'e-registry-all', { lang: L });
  await Promise.all([page.waitForURL(/page=2/), page.click('nav.pagination a[rel="next"]')]);
  await checkPage(page, 'e-registry-page-2', { lang: L });
  assert.equal(await textOf(page, 'nav.pagination [aria-current="page"]'), '2');
});

test('(e) register an organisation without JavaScript: BIN error, then success', async () => {
  const { page } = browser;
  await registerAccount(page, server.baseUrl, L, 'Тест Без Скриптов', uniqueEmail());
  const org: OrgInput = {
    bin: freshBin(),
    nameKk: '«Скриптсіз» қоғамдық бірлестігі',
    nameRu: 'Общественное объединение «Без скриптов»',
    settlement: 'Караганда',
    // With scripts off the date field is still a date input; typed as the hint suggests.
    foundedOn: '2018-11-02',
  };
  await registerOrganisationWithBinError(page, server.baseUrl, L, org, 'e');
  // Scripts really are off: app.js would have moved focus to the error summary. Without it the
  // summary is still first in <main> and links to the field.
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false), false);
  assert.equal(await page.locator('#main .error-summary a[href="#f-bin"]').count(), 1);
  await correctBinAndRegister(page, L, org, 'e');
  assert.ok((await textOf(page, 'h1')).includes('Без скриптов'));
});
