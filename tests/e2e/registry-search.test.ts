// Journey (a): a reader searches the registry in each language and opens a profile.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer, visit, type Browser, type Server } from './helpers.ts';
import { searchRegistry, textOf, tr } from './steps.ts';

let server: Server;
let browser: Browser;
/** A word from a demo organisation's Kazakh and Russian names, as a reader would type it. */
let wordKk: string;
let wordRu: string;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const r = await fetch(`${server.baseUrl}/api/v1/organizations?pageSize=1&page=3`);
  assert.equal(r.status, 200);
  const body = (await r.json()) as { items: { bin: string; names: { kk: string; ru: string } }[]; total: number };
  assert.ok(body.total >= 100, `the demo has organisations (${body.total})`);
  // The distinctive part of a name is in the quotes: «Жаңа Алаш» қоғамдық бірлестігі.
  const longest = (s: string) =>
    (/«([^»]+)»/.exec(s)?.[1] ?? s).split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
  wordKk = longest(body.items[0].names.kk);
  wordRu = longest(body.items[0].names.ru);
  assert.ok(wordKk && wordRu, `words to search for from ${JSON.stringify(body.items[0])}`);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('search the registry in Kazakh, Russian and English', async () => {
  const { page } = browser;
  for (const [locale, word] of [
    ['kk', wordKk],
    ['ru', wordRu],
    ['en', wordKk],
  ] as const) {
    const rows = await searchRegistry(page, server.baseUrl, locale, word, 'a');
    assert.ok(rows > 0, `"${word}" finds organisations in ${locale}`);
    // The results heading is in the reader's language, and the table says what it holds.
    assert.ok(await page.locator('#main table caption').count(), 'the results table has a caption');
    const heading = await textOf(page, '#results');
    assert.ok(heading.length > 0 && !heading.includes('registry.search'), `translated results heading: ${heading}`);
    // The first result opens its profile.
    const first = page.locator('#main table tbody tr').first().locator('a').first();
    const name = ((await first.textContent()) ?? '').trim();
    await Promise.all([page.waitForURL(/\/registry\/\d{12}$/), first.click()]);
    await visit(page, page.url(), `a-profile-${locale}`, { lang: locale });
    assert.equal(await textOf(page, 'h1'), name.replace(/\s+/g, ' '));
    assert.ok((await textOf(page, '.tags')).length > 0, 'the profile shows its verification state');
  }
});

test('a search with no match says so, and a BIN finds its organisation', async () => {
  const { page } = browser;
  const t = tr('en');
  assert.equal(await searchRegistry(page, server.baseUrl, 'en', 'zzqxjw', 'a-none'), 0);
  assert.ok((await textOf(page, '#main')).includes(t('registry.search.none')));

  const r = (await (await fetch(`${server.baseUrl}/api/v1/organizations?pageSize=1&page=7`)).json()) as {
    items: { bin: string }[];
  };
  const bin = r.items[0].bin;
  assert.equal(
    await searchRegistry(page, server.baseUrl, 'en', bin, 'a-bin'),
    1,
    'a BIN finds exactly one organisation',
  );
  assert.ok((await textOf(page, '#main table tbody')).includes(bin));
});

test('the statistics page and the open-data export', async () => {
  const { page } = browser;
  for (const locale of ['kk', 'en'] as const) {
    await visit(page, `${server.baseUrl}/${locale}/registry/statistics`, `a-statistics-${locale}`, { lang: locale });
    assert.ok(await page.locator('#main table').count(), 'the figures are in a table (readable without the chart)');
  }
  const csv = await fetch(`${server.baseUrl}/open-data/organizations.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const lines = (await csv.text()).trim().split('\n');
  assert.ok(lines.length > 300, `a header and a line per organisation (${lines.length})`);
});
