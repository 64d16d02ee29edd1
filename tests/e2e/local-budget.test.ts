// Journey: a resident votes in a participatory budget (over the budget first), the akimat closes
// the vote, and the resident sees the computed result. In Russian, one browser, steps in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_PASSWORD, MAIN_SUBMIT, signIn, signOut, textOf, tr } from './steps.ts';

const L = 'ru' as const;
const t = tr(L);
let server: Server;
let browser: Browser;
let cycle: {
  id: string;
  budgetTiyn: number;
  proposals: { id: string; costTiyn: number; status: string; title: string }[];
};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const list = (await (
    await fetch(`${server.baseUrl}/api/v1/budget-cycles?status=voting&region=almaty-city`)
  ).json()) as { items: { id: string }[] };
  assert.equal(list.items.length, 1, 'the demo has a budget in voting in Almaty');
  cycle = (await (await fetch(`${server.baseUrl}/api/v1/budget-cycles/${list.items[0].id}`)).json()) as typeof cycle;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a resident votes: over the budget first, then within it', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/local`, 'local-list', { lang: L });
  await Promise.all([
    page.waitForURL(new RegExp(`/local/budgets/${cycle.id}$`)),
    page.locator(`#main a[href$="/local/budgets/${cycle.id}"]`).first().click(),
  ]);
  await checkPage(page, 'local-cycle-voting', { lang: L });
  await Promise.all([page.waitForURL(/\/vote$/), page.locator('#main a[href$="/vote"]').click()]);
  await checkPage(page, 'local-ballot', { lang: L });

  const feasible = cycle.proposals.filter((p) => p.status === 'feasible').sort((a, b) => b.costTiyn - a.costTiyn);
  const dear = feasible.slice(0, 3);
  assert.ok(dear.reduce((s, p) => s + p.costTiyn, 0) > cycle.budgetTiyn, 'three dear projects exceed the budget');
  await page.selectOption('#f-region', 'almaty-city');
  for (const p of dear) await page.check(`input[name="choices"][value="${p.id}"]`);
  let res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'local-ballot-over-budget', { status: 400, response: res, lang: L });
  assert.ok((await page.title()).startsWith(t('common.errorPrefix')));
  assert.equal(
    await page.locator('.error-summary a[href="#f-choices"]').count(),
    1,
    'the summary links to the choices',
  );
  assert.ok(
    (await textOf(page, '#f-choices-error')).includes('Выбранные проекты стоят больше бюджета'),
    'the message is next to the choices',
  );
  for (const p of dear)
    assert.equal(await page.isChecked(`input[name="choices"][value="${p.id}"]`), true, 'the choices are kept');
  assert.equal(await page.inputValue('#f-region'), 'almaty-city', 'the region is kept');

  // The dearest one out: the other two fit.
  await page.uncheck(`input[name="choices"][value="${dear[0].id}"]`);
  res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'local-voted', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('local.flash.voted')));
  assert.ok((await textOf(page, '#my-ballot')).includes('Вы проголосовали'));
  assert.equal(await page.locator('#main a[href$="/vote"]').count(), 0, 'no second ballot');
  await signOut(page, L);
});

test('the akimat closes the vote and the resident sees the result, step by step', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'local-1@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/local/budgets/${cycle.id}`, 'local-cycle-official', { lang: L });
  const res = await submit(page, '#manage-h ~ form button');
  await checkPage(page, 'local-cycle-results-official', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('local.flash.moved.results')));
  await signOut(page, L);

  await signIn(page, server.baseUrl, L, 'citizen@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/local/budgets/${cycle.id}`, 'local-cycle-results', { lang: L });
  const results = page.locator('section[aria-labelledby="results-h"]');
  assert.equal(await results.count(), 1, 'the result is published');
  assert.ok((await results.textContent())!.includes(t('local.results.selected')));
  assert.ok((await results.locator('table tbody tr').count()) >= 3, 'every step is shown');
  const summary = await results.locator('p').last().textContent();
  assert.match(summary ?? '', /Выбран/);
  await visit(page, `${server.baseUrl}/en/local/assessments`, 'local-assessments-en', { lang: 'en' });
  await visit(page, `${server.baseUrl}/kk/local/assessments/akimat-almaty-city`, 'local-assessment-body-kk', {
    lang: 'kk',
  });
});
