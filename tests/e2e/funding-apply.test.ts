// Funding journeys (1) an NGO applies to an open lot, with a validation error first; (2) its
// project in delivery is reported and the ministry accepts and evaluates it; (3) a visitor finds
// the project page with its evaluation. Russian, one browser, JavaScript on (the no-JS path is the
// same forms: they are plain POST-redirect-GET).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, visit, type Browser, type Server } from './helpers.ts';
import { DEMO_PASSWORD, MAIN_SUBMIT, signIn, signOut, textOf, tr } from './steps.ts';
import { hrefOf, press } from './funding-steps.ts';

const L = 'ru' as const;
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

test('an NGO applies: a budget that does not add up is refused field by field, then the application is submitted', async () => {
  const { page } = browser;
  await signIn(page, server.baseUrl, L, 'ngo@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/funding/calls?status=published`, 'funding-calls-open', { lang: L });
  // The ministry's call open now (another published one opens later).
  await page.click('#main table tbody tr:has-text("MIP-") a[href*="/funding/calls/"]');
  await checkPage(page, 'funding-call-open', { lang: L });
  await page.click('#main table a[href*="/funding/lots/"]');
  await checkPage(page, 'funding-lot-open', { lang: L });
  let res = await press(page, 'form[action$="/apply"] button');
  assert.match(page.url(), /\/funding\/applications\/[0-9a-f-]{36}\/edit$/);
  await checkPage(page, 'funding-application-form', { status: 200, response: res, lang: L });
  await page.fill('#f-title', 'Молодёжный ресурсный центр «Бастау»');
  await page.fill('#f-summary', 'Ресурсный центр для молодёжи моногорода: консультации, кружки, проекты.');
  await page.fill(
    '#f-description',
    'Центр открыт ежедневно. Молодёжь получает консультации, участвует в кружках и реализует свои проекты при поддержке наставников. Итоги публикуются.',
  );
  await page.fill('#f-activities', 'Открытие центра; 1–2 месяц\nРабота кружков; 3–22 месяц');
  await page.fill('#f-indicators', 'Молодёжь, вовлечённая в проекты; человек; 1500');
  await page.fill('#f-team', 'Айгерим Сатпаева; руководитель\nДанияр Касымов; координатор');
  await page.fill('#f-beneficiariesPlanned', '1500');
  await page.fill('#f-budget-0-item', 'Аренда помещения');
  await page.fill('#f-budget-0-amount', '6 000 000');
  await page.fill('#f-budget-1-item', 'Оплата наставников');
  await page.fill('#f-budget-1-amount', '10 000 000');
  await page.fill('#f-requested', '18 000 000');
  await page.selectOption('#f-docKind', 'charter');
  await page.setInputFiles('#f-document', {
    name: 'ustav.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 устав'),
  });
  res = await press(page, 'button[value="submit"]');
  assert.equal(res?.status(), 400);
  await checkPage(page, 'funding-application-error', { lang: L });
  const message = t('funding.errors.budgetSumMismatch');
  assert.ok((await textOf(page, '.error-summary')).includes(message), 'the summary names the problem');
  assert.ok((await textOf(page, '#f-requested-error')).includes(message), 'next to the requested amount');
  assert.equal(await page.inputValue('#f-title'), 'Молодёжный ресурсный центр «Бастау»', 'typed values are kept');
  // The document was saved with the draft; the remaining required ones are uploaded now.
  await page.fill('#f-requested', '16 000 000');
  await page.selectOption('#f-docKind', 'budget');
  await page.setInputFiles('#f-document', {
    name: 'smeta.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('PK smeta'),
  });
  res = await press(page, 'button[value="save"]');
  await checkPage(page, 'funding-application-saved', { lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('funding.flash.draftSaved')));
  await page.selectOption('#f-docKind', 'cv');
  await page.setInputFiles('#f-document', {
    name: 'cv.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 cv'),
  });
  res = await press(page, 'button[value="submit"]');
  await checkPage(page, 'funding-application-submitted', { status: 200, response: res, lang: L });
  assert.match(page.url(), /\/funding\/applications\/[0-9a-f-]{36}$/);
  assert.ok((await textOf(page, '.flash')).includes(t('funding.flash.submitted')));
  assert.ok((await textOf(page, '#main')).includes(t('funding.status.submitted')));
});

let projectTitle = '';
test('the NGO reports on its project; the ministry accepts the final report and evaluates the project', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/funding/my`, 'funding-my-ngo', { lang: L });
  const project = await hrefOf(page, '#main table a[href*="/funding/projects/"]');
  await visit(page, `${server.baseUrl}${project}`, 'funding-project-ngo', { lang: L });
  projectTitle = await textOf(page, 'h1');
  await page.click(`a[href$="/reports/new"]`);
  await checkPage(page, 'funding-report-form', { lang: L });
  await page.selectOption('#f-kind', 'final');
  await page.fill('#f-period', 'Весь срок проекта');
  await page.fill(
    '#f-narrative',
    'Все мероприятия проведены: школа выпустила слушателей, жители подали инициативы в акиматы.',
  );
  await page.fill('#f-beneficiariesReached', '420');
  const indicators = await page.locator('input[name^="ind."]').count();
  for (let i = 0; i < indicators; i++) await page.fill(`#f-ind-${i}`, '410');
  let res = await press(page, MAIN_SUBMIT);
  await checkPage(page, 'funding-report-submitted', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('funding.flash.reportSubmitted')));
  await signOut(page, L);

  await signIn(page, server.baseUrl, L, 'official@demo.qogam.kz', DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}${project}`, 'funding-project-official', { lang: L });
  await page.selectOption('form[action*="/funding/reports/"] select[name="decision"]', 'accept');
  res = await press(page, 'form[action*="/funding/reports/"] button');
  await checkPage(page, 'funding-report-accepted', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '#main')).includes(t('funding.status.completed')));
  await page.click('a[href$="/evaluate"]');
  await checkPage(page, 'funding-evaluate-form', { lang: L });
  await page.fill('#f-socialValue', '45 000 000');
  await page.fill(
    '#f-outcomes',
    'Школа гражданского участия выпустила 410 слушателей; 32 инициативы поданы в акиматы, 11 приняты.',
  );
  res = await press(page, MAIN_SUBMIT);
  await checkPage(page, 'funding-project-evaluated', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('funding.flash.evaluated')));
  assert.ok((await textOf(page, '#main')).includes(t('funding.evaluation.sroi')));
  await signOut(page, L);
});

test('a visitor finds the project page with its reports and evaluation', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/funding`, 'funding-overview', { lang: L });
  await page.click(`#main a[href="/${L}/funding/projects"]`);
  await checkPage(page, 'funding-projects', { lang: L });
  await page.fill('#f-q', projectTitle.slice(0, 20));
  await press(page, '#main form button');
  await checkPage(page, 'funding-projects-found', { lang: L });
  await page.click(`#main table a:has-text("${projectTitle.slice(0, 15)}")`);
  await checkPage(page, 'funding-project-public', { lang: L });
  assert.equal(await textOf(page, 'h1'), projectTitle);
  assert.ok((await textOf(page, '#main')).includes(t('funding.status.evaluated')));
  assert.equal(await page.locator('img[src$="/qr.svg"]').count(), 1, 'the survey QR code');
});
