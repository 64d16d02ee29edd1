// Journey: a reader follows a Civil Forum recommendation to its action-plan item and its
// evidence, then reads the plan by responsible body with its progress chart. In English, JS off.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, visit, type Browser, type Server } from './helpers.ts';
import { textOf, tr } from './steps.ts';

const L = 'en' as const;
const t = tr(L);
let server: Server;
let browser: Browser;
let forumId: string;
let platformId: string;
let recId: string;
let itemId: string;
let documentHref: string;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ javaScriptEnabled: false });
  const api = async (path: string) => (await fetch(`${server.baseUrl}${path}`)).json();
  const forums = (await api('/api/v1/forums?year=2023&kind=national')) as { items: { id: string }[] };
  assert.equal(forums.items.length, 1, 'the demo has the Civil Forum of 2023');
  forumId = forums.items[0].id;
  // A done item with a document among its evidence, and the platform of its first recommendation.
  const done = (await api(`/api/v1/action-plan?forum=${forumId}&status=done&pageSize=100`)) as {
    items: { id: string }[];
  };
  for (const i of done.items) {
    const d = (await api(`/api/v1/action-plan/${i.id}`)) as {
      recommendations: { id: string }[];
      evidence: { url: string }[];
    };
    const doc = d.evidence.find((e) => e.url.startsWith('/forum/evidence/'));
    if (!doc) continue;
    itemId = i.id;
    recId = d.recommendations[0].id;
    documentHref = doc.url;
    break;
  }
  assert.ok(itemId, 'a done item with a document');
  const forum = (await api(`/api/v1/forums/${forumId}`)) as {
    platforms: { id: string; recommendations: { id: string }[] }[];
  };
  platformId = forum.platforms.find((p) => p.recommendations.some((r) => r.id === recId))!.id;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const follow = async (selector: string, url: RegExp) => {
  const { page } = browser;
  const link = page.locator(selector).first();
  assert.equal(await link.count(), 1, `a link ${selector}`);
  await Promise.all([page.waitForURL(url), link.click()]);
};

test('from the forum to a recommendation, to its action-plan item and its evidence', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/forum`, 'forum-list', { lang: L });
  await follow(`#main a[href="/${L}/forum/${forumId}"]`, new RegExp(`/forum/${forumId}$`));
  await checkPage(page, 'forum-2023', { lang: L });
  assert.ok((await textOf(page, 'h1')).includes('Civil Forum 2023'));
  await follow(`#main a[href="/${L}/forum/platforms/${platformId}"]`, /\/forum\/platforms\//);
  await checkPage(page, 'forum-platform', { lang: L });
  await follow(`#main a[href="/${L}/forum/recommendations/${recId}"]`, /\/forum\/recommendations\//);
  await checkPage(page, 'forum-recommendation', { lang: L });
  assert.ok((await textOf(page, 'h1')).startsWith('Recommendation No.'));
  await follow(`#main a[href="/${L}/forum/action-plan/${itemId}"]`, /\/forum\/action-plan\/[0-9a-f-]+$/);
  await checkPage(page, 'forum-item', { lang: L });
  // The item shows where it comes from, who is responsible, and the evidence that it is done.
  assert.equal(
    await page.locator(`#main a[href="/${L}/forum/recommendations/${recId}"]`).count(),
    1,
    'back to its recommendation',
  );
  assert.ok(
    (await textOf(page, '.summary-list')).includes(t('forum.itemState.done')) ||
      (await textOf(page, '.summary-list')).includes(t('forum.itemState.done_late')),
  );
  const evidence = page.locator('section[aria-labelledby="evidence-h"]');
  assert.equal(await evidence.locator(`a[href="${documentHref}"]`).count(), 1, 'the document is listed');
  const res = await fetch(`${server.baseUrl}${documentHref}`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.equal((await res.arrayBuffer()).byteLength > 500, true, 'a real PDF');
});

test('the plan read by responsible body and by region, with overdue items flagged', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/forum/action-plan?forum=${forumId}`, 'forum-plan-by-body', { lang: L });
  assert.equal(await page.locator('#main figure.chart svg').count(), 1, 'a progress chart');
  await visit(
    page,
    `${server.baseUrl}/${L}/forum/action-plan?forum=${forumId}&view=region&overdue=true`,
    'forum-plan-overdue-by-region',
    { lang: L },
  );
  const tags = await page.locator('section[aria-labelledby="items-h"] table tbody .tag').allTextContents();
  assert.ok(tags.length > 0, 'overdue items exist');
  assert.ok(
    tags.every((s) => s.trim() === t('forum.itemState.overdue')),
    'all flagged overdue',
  );
  await visit(page, `${server.baseUrl}/kk/forum/action-plan?view=topic`, 'forum-plan-by-topic-kk', { lang: 'kk' });
  await visit(page, `${server.baseUrl}/ru/forum`, 'forum-list-ru', { lang: 'ru' });
});
