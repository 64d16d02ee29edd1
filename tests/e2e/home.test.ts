import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer, visit, type Browser, type Server } from './helpers.ts';

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

const HEADINGS = { kk: /./, ru: /./, en: /Society and the state/ };

test('the home page in each language, and the language switch', async () => {
  const { page } = browser;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await visit(page, `${server.baseUrl}/${lang}`, `home-${lang}`, { lang });
    assert.match((await page.textContent('h1')) ?? '', HEADINGS[lang]);
    assert.match(await page.title(), / — Qogam$/);
    // The skip link leads to the main region.
    assert.equal(await page.getAttribute('a.skip-link', 'href'), '#main');
  }
  // Switch from English to Russian with the language menu.
  await page.goto(`${server.baseUrl}/en`);
  await Promise.all([page.waitForURL(`${server.baseUrl}/ru`), page.click('a[hreflang="ru"]')]);
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
});

test('the root redirects to a language chosen from Accept-Language', async () => {
  const r = await fetch(`${server.baseUrl}/`, { redirect: 'manual', headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), '/ru');
});

test('the open-data page lists the datasets and the API', async () => {
  const { page } = browser;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await visit(page, `${server.baseUrl}/${lang}/open-data`, `open-data-${lang}`, { lang });
    assert.ok(await page.locator('a[href="/open-data/organizations.csv"]').count(), 'link to the CSV export');
    assert.ok(await page.locator('a[href="/api/docs"]').count(), 'link to the API docs');
  }
  // The OpenAPI document the page links to is served.
  const r = await fetch(`${server.baseUrl}/api/openapi.json`);
  assert.equal(r.status, 200);
  assert.equal(((await r.json()) as { openapi: string }).openapi, '3.1.0');
});

test("an unknown page is a 404 in the reader's language", async () => {
  await visit(browser.page, `${server.baseUrl}/en/no-such-page`, 'not-found-en', { status: 404, lang: 'en' });
  assert.ok(await browser.page.locator('h1').count());
});
