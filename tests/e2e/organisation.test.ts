// Journeys (b) register an account and an organisation (a wrong BIN first), (c) file its annual
// report, (d) a moderator verifies it. One story, in Kazakh, one browser; the steps run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, launchBrowser, startServer, submit, visit, type Browser, type Server } from './helpers.ts';
import {
  correctBinAndRegister,
  DEMO_MODERATOR,
  DEMO_PASSWORD,
  freshBin,
  MAIN_SUBMIT,
  registerAccount,
  registerOrganisationWithBinError,
  signIn,
  signOut,
  textOf,
  tr,
  uniqueEmail,
  type OrgInput,
} from './steps.ts';

const L = 'kk' as const;
const t = tr(L);
let server: Server;
let browser: Browser;
const email = uniqueEmail();
const org: OrgInput = {
  bin: freshBin(),
  nameKk: '«Сынақ Жолы» қоғамдық бірлестігі',
  nameRu: 'Общественное объединение «Сынак Жолы»',
  settlement: 'Түркістан',
  foundedOn: '2019-03-15',
};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('(b) register an account, confirm the address from the mailbox', async () => {
  const { page } = browser;
  await registerAccount(page, server.baseUrl, L, 'Сынақ Пайдаланушы', email);
  // The confirmation mail waits in the development mailbox.
  await visit(page, `${server.baseUrl}/${L}/dev/mail`, 'b-dev-mail', { lang: L });
  const row = page.locator('#main table tbody tr', { hasText: email }).first();
  assert.equal(await row.count(), 1, 'a mail to the new address');
  await Promise.all([page.waitForURL(/\/dev\/mail\/\d+$/), row.locator('a').first().click()]);
  await checkPage(page, 'b-dev-mail-confirm', { lang: L });
  const link = /https?:\/\/\S+\/confirm\/\S+/.exec(await textOf(page, '.mail-body'))?.[0];
  assert.ok(link, 'the mail holds a confirmation link');
  assert.ok(link.startsWith(server.baseUrl), `the link points at this server (BASE_URL): ${link}`);
  const res = await page.goto(link);
  await checkPage(page, 'b-confirmed', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('accounts.flash.emailConfirmed')));
});

test('(b) register an organisation: a wrong BIN first, then the right one', async () => {
  const { page } = browser;
  await registerOrganisationWithBinError(page, server.baseUrl, L, org, 'b');
  // app.js moves focus to the error summary so screen readers announce it.
  assert.equal(
    await page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false),
    true,
    'the error summary has focus',
  );
  await correctBinAndRegister(page, L, org, 'b');
  // The registry finds it by its BIN, awaiting verification.
  await visit(page, `${server.baseUrl}/${L}/registry?q=${org.bin}`, 'b-search-new-org', { lang: L });
  assert.ok((await textOf(page, '#main table tbody')).includes(t('registry.verification.pending')));
});

test('(c) file the annual report', async () => {
  const { page } = browser;
  await visit(page, `${server.baseUrl}/${L}/registry/${org.bin}`, 'c-profile', { lang: L });
  const fileLink = page.locator('#main ul.actions a[href*="/reports/new"]');
  assert.equal(await fileLink.count(), 1, 'the representative sees "file the annual report"');
  const year = Number(/year=(\d{4})/.exec((await fileLink.getAttribute('href')) ?? '')?.[1]);
  assert.ok(year >= 2019, `a report year (${year})`);
  await Promise.all([page.waitForURL(/\/reports\/new/), fileLink.click()]);
  await checkPage(page, 'c-report-form', { lang: L });
  assert.equal(await textOf(page, 'h1'), t('registry.reportForm.title', { year }));

  // Sent empty first: required fields are listed.
  let res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, 'c-report-form-errors', { status: 400, response: res, lang: L });
  assert.ok((await page.locator('.error-summary a[href="#f-activities"]').count()) === 1, 'activities is required');

  await page.fill('#f-activities', 'Ауыл балаларына арналған кітапхана және жазғы мектеп.');
  for (const f of ['membersCount', 'foundersCount', 'beneficiaries', 'staff', 'volunteers'])
    await page.fill(`#f-${f}`, '12');
  await page.fill('#f-income_grants', '1 500 000');
  await page.fill('#f-spending_programmes', '1 200 000');
  res = await submit(page, MAIN_SUBMIT);
  assert.equal(new URL(page.url()).pathname, `/${L}/registry/${org.bin}`, 'back to the profile');
  await checkPage(page, 'c-profile-report-filed', { status: 200, response: res, lang: L });
  const flash = await textOf(page, '.flash');
  assert.ok(
    flash.includes(t('registry.flash.reportFiled')) || flash.includes(t('registry.flash.reportFiledLate')),
    `filed: ${flash}`,
  );
  const reportRow = page.locator(
    `section[aria-labelledby="reports-h"] table tbody tr:has(a[href$="/reports/${year}"])`,
  );
  assert.equal(await reportRow.count(), 1, `the ${year} report is listed`);
  // The filed report is public.
  await Promise.all([page.waitForURL(new RegExp(`/reports/${year}$`)), reportRow.locator('a').first().click()]);
  await checkPage(page, 'c-report-public', { lang: L });
  assert.ok((await textOf(page, '#main')).includes('Ауыл балаларына арналған кітапхана'));
});

test('(d) a moderator verifies the organisation', async () => {
  const { page } = browser;
  await signOut(page, L);
  await signIn(page, server.baseUrl, L, DEMO_MODERATOR, DEMO_PASSWORD);
  await visit(page, `${server.baseUrl}/${L}/admin`, 'd-admin', { lang: L });
  await visit(page, `${server.baseUrl}/${L}/admin/registry`, 'd-queue', { lang: L });
  assert.ok(await page.locator('#main table tbody tr').count(), 'the queue lists organisations');
  // The profile shows moderators the way to the review.
  await visit(page, `${server.baseUrl}/${L}/registry/${org.bin}`, 'd-profile-as-moderator', { lang: L });
  const review = page.locator(`#main ul.actions a[href$="/admin/registry/${org.bin}"]`);
  assert.equal(await review.count(), 1, 'a moderator sees "review"');
  await Promise.all([page.waitForURL(new RegExp(`/admin/registry/${org.bin}$`)), review.click()]);
  await checkPage(page, 'd-review', { lang: L });

  // No decision chosen: the form says so.
  let res = await submit(page, 'section[aria-labelledby="decision-h"] form button[type="submit"]');
  await checkPage(page, 'd-review-error', { status: 400, response: res, lang: L });
  assert.ok((await textOf(page, '.error-summary')).includes(t('registry.errors.chooseDecision')));

  await page.check('input[name="decision"][value="verify"]');
  res = await submit(page, 'section[aria-labelledby="decision-h"] form button[type="submit"]');
  assert.equal(new URL(page.url()).pathname, `/${L}/admin/registry`);
  await checkPage(page, 'd-queue-after', { status: 200, response: res, lang: L });
  assert.ok((await textOf(page, '.flash')).includes(t('registry.flash.verified')));

  await visit(page, `${server.baseUrl}/${L}/registry/${org.bin}`, 'd-profile-verified', { lang: L });
  const tags = await textOf(page, '.tags');
  assert.ok(tags.includes(t('registry.verification.verified')), `the profile shows verified: ${tags}`);
  assert.ok(!tags.includes(t('registry.verification.pending')));
  // The open API says the same.
  const api = (await (await fetch(`${server.baseUrl}/api/v1/organizations/${org.bin}`)).json()) as {
    verification: string;
  };
  assert.equal(api.verification, 'verified');
});
