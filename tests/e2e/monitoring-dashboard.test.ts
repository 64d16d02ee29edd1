// Journey: a visitor reads the Concept dashboard (in each language, by region, then one indicator),
// goes to the open-data portal and downloads a dataset, which parses and matches the catalogue.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import { textOf } from './steps.ts';

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

test('a visitor reads the dashboard of the Concept’s expected results', async () => {
  const { page } = browser;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    await visit(page, `${server.baseUrl}/${lang}/monitoring`, `monitoring-${lang}`, { lang });
    assert.equal(await page.locator('#main section.concept-result').count(), 13, 'the thirteen expected results');
    assert.ok(await page.locator('#main article.indicator svg').count(), 'charts drawn on the server');
    assert.ok(await page.locator('#main article.indicator table').count(), 'the figures in tables');
  }
  // The region filter is a plain form: it works the same with or without JavaScript.
  await page.selectOption('#f-region', 'kyzylorda');
  await submit(page, '#main form.filters button[type="submit"]');
  assert.match(page.url(), /region=kyzylorda/);
  assert.match(await textOf(page, '#main'), /Kyzylorda Region/);
  // One indicator, every region by year.
  await Promise.all([
    page.waitForURL(/\/en\/monitoring\/indicators\/registry\.activeNgos$/),
    page.locator('a[href="/en/monitoring/indicators/registry.activeNgos"]').first().click(),
  ]);
  await visit(page, page.url(), 'monitoring-indicator', { lang: 'en' });
  assert.match(await textOf(page, '#main'), /Abai Region/);
});

test('a visitor downloads a dataset from the open-data portal', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/ru/open-data`, 'open-data-ru', { lang: 'ru' });
  const index = (await (await fetch(`${server.baseUrl}/open-data/index.json`)).json()) as {
    datasets: { id: string; records: number | null }[];
  };
  assert.ok(index.datasets.length >= 2, 'the catalogue lists datasets');
  const orgs = index.datasets.find((d) => d.id === 'organizations');
  assert.ok(orgs && orgs.records && orgs.records > 100);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[href="/open-data/organizations.csv"]').first().click(),
  ]);
  const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  assert.equal(rows.length, orgs.records, 'the file holds as many records as the catalogue says');
  assert.match(rows[0].bin, /^\d{12}$/);
});
