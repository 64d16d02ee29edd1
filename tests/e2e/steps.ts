// Steps the journeys share: what a person does on a page, each page checked (axe, screenshot).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { translator, type Locale } from '../../src/platform/i18n/index.ts';
import { generateBin } from '../../src/reference/identity.ts';
import { checkPage, submit, visit } from './helpers.ts';

/** Expected texts come from the catalogues, so a reworded message does not break a journey. */
export const tr = (locale: Locale) => translator(locale);

/** The demo accounts (src/demo.ts). */
export const DEMO_PASSWORD = 'qogam-demo-2026';
export const DEMO_MODERATOR = 'moderator@demo.qogam.kz';

/** The submit button of the page's main form (the header holds the sign-out form). */
export const MAIN_SUBMIT = '#main form button[type="submit"]';

export function uniqueEmail(): string {
  return `e2e-${randomBytes(5).toString('hex')}@example.kz`;
}

/** A BIN that passes the check digit, not in the demo data. */
export function freshBin(): string {
  return generateBin(100_000 + Math.floor(Math.random() * 800_000_000), '2005');
}

/** The same BIN with a wrong check digit. */
export function withWrongCheckDigit(bin: string): string {
  return bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10);
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
}

/** Asserts the GOV.UK error pattern: status 400, "Error:" title, summary linking to the field, message next to it. */
export async function expectFieldError(
  page: Page,
  locale: Locale,
  field: string,
  message: string,
  status: number | undefined,
) {
  const t = tr(locale);
  if (status !== undefined) assert.equal(status, 400, 'a form with errors answers 400');
  assert.ok(
    (await page.title()).startsWith(t('common.errorPrefix')),
    `title starts with "${t('common.errorPrefix')}": ${await page.title()}`,
  );
  const summary = page.locator('.error-summary');
  assert.equal(await summary.count(), 1, 'one error summary');
  assert.ok((await summary.textContent())?.includes(message), `the summary says "${message}"`);
  assert.equal(await summary.locator(`a[href="#f-${field}"]`).count(), 1, `the summary links to #f-${field}`);
  assert.ok(
    (await textOf(page, `#f-${field}-error`)).includes(message),
    `the message "${message}" is next to the field`,
  );
  assert.equal(await page.getAttribute(`#f-${field}`, 'aria-invalid'), 'true');
  const describedBy = (await page.getAttribute(`#f-${field}`, 'aria-describedby')) ?? '';
  assert.ok(describedBy.split(' ').includes(`f-${field}-error`), 'the field is described by its error');
}

/** Registers a new account through the form; ends on the account page, signed in. */
export async function registerAccount(
  page: Page,
  base: string,
  locale: Locale,
  name: string,
  email: string,
  password = 'correct horse battery staple',
) {
  const t = tr(locale);
  await visit(page, `${base}/${locale}/register`, `${locale}-register`, { lang: locale });
  await page.fill('#f-name', name);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await page.fill('#f-passwordConfirm', password);
  const res = await submit(page, MAIN_SUBMIT);
  assert.equal(new URL(page.url()).pathname, `/${locale}/account`, 'registration leads to the account page');
  await checkPage(page, `${locale}-account-new`, { status: 200, response: res, lang: locale });
  assert.ok(
    (await textOf(page, '.flash')).includes(t('accounts.flash.registered')),
    'the flash says the account is created',
  );
  assert.ok((await textOf(page, '.account-nav')).includes(name), 'the header shows the person signed in');
}

export async function signOut(page: Page, locale: Locale) {
  const t = tr(locale);
  await submit(page, '.account-nav form button');
  assert.equal(await page.locator('.account-nav form').count(), 0, 'signed out');
  assert.ok((await textOf(page, '.flash')).includes(t('accounts.flash.signedOut')));
}

export async function signIn(page: Page, base: string, locale: Locale, email: string, password: string) {
  const t = tr(locale);
  await visit(page, `${base}/${locale}/login`, `${locale}-login`, { lang: locale });
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  const res = await submit(page, MAIN_SUBMIT);
  assert.equal(res?.status(), 200, `signed in (${page.url()})`);
  assert.ok((await textOf(page, '.flash')).includes(t('accounts.flash.signedIn')), 'the flash says signed in');
}

export interface OrgInput {
  bin: string;
  nameKk: string;
  nameRu: string;
  settlement: string;
  foundedOn: string;
}

/** Fills the organisation form (the first legal form, region and area offered). */
export async function fillOrganisation(page: Page, o: OrgInput) {
  await page.fill('#f-bin', o.bin);
  await page.fill('#f-nameKk', o.nameKk);
  await page.fill('#f-nameRu', o.nameRu);
  await page.selectOption('#f-legalForm', { index: 1 });
  await page.fill('#f-foundedOn', o.foundedOn);
  await page.selectOption('#f-region', { index: 1 });
  await page.fill('#f-settlement', o.settlement);
  if (!(await page.isChecked('#f-areas'))) await page.check('#f-areas');
}

/**
 * Registers an organisation with a BIN whose check digit is wrong first: the form comes back
 * with the error summary, the message next to the BIN field and everything typed kept.
 */
export async function registerOrganisationWithBinError(
  page: Page,
  base: string,
  locale: Locale,
  o: OrgInput,
  tag: string,
) {
  const t = tr(locale);
  await visit(page, `${base}/${locale}/registry/new`, `${tag}-org-new`, { lang: locale });
  const wrong = withWrongCheckDigit(o.bin);
  await fillOrganisation(page, { ...o, bin: wrong });
  const res = await submit(page, MAIN_SUBMIT);
  await checkPage(page, `${tag}-org-new-bin-error`, { status: 400, response: res, lang: locale });
  await expectFieldError(page, locale, 'bin', t('registry.errors.binChecksum'), res?.status());
  // Nothing typed is lost.
  assert.equal(await page.inputValue('#f-bin'), wrong);
  assert.equal(await page.inputValue('#f-nameKk'), o.nameKk);
  assert.equal(await page.inputValue('#f-nameRu'), o.nameRu);
  assert.equal(await page.inputValue('#f-settlement'), o.settlement);
  assert.equal(await page.inputValue('#f-foundedOn'), o.foundedOn);
  assert.notEqual(await page.inputValue('#f-legalForm'), '');
  assert.notEqual(await page.inputValue('#f-region'), '');
  assert.ok(await page.isChecked('#f-areas'), 'the chosen area stays chosen');
  // Only the BIN was wrong.
  assert.equal(await page.locator('.error-summary li').count(), 1, 'one error listed');
}

/** Corrects the BIN and sends the form again; ends on the new profile, awaiting verification. */
export async function correctBinAndRegister(page: Page, locale: Locale, o: OrgInput, tag: string) {
  const t = tr(locale);
  await page.fill('#f-bin', o.bin);
  const res = await submit(page, MAIN_SUBMIT);
  assert.equal(new URL(page.url()).pathname, `/${locale}/registry/${o.bin}`, 'registration leads to the profile');
  await checkPage(page, `${tag}-org-profile-pending`, { status: 200, response: res, lang: locale });
  assert.ok((await textOf(page, '.flash')).includes(t('registry.flash.registered')));
  assert.equal(await textOf(page, 'h1'), locale === 'ru' ? o.nameRu : o.nameKk);
  assert.ok(
    (await textOf(page, '.tags')).includes(t('registry.verification.pending')),
    'the profile shows "awaiting verification"',
  );
}

/** Searches from the registry page's own form; returns the number of result rows. */
export async function searchRegistry(
  page: Page,
  base: string,
  locale: Locale,
  q: string,
  tag: string,
): Promise<number> {
  await visit(page, `${base}/${locale}/registry`, `${tag}-registry-${locale}`, { lang: locale });
  await page.fill('#f-q', q);
  const res = await submit(page, 'form.filters button[type="submit"]');
  const url = new URL(page.url());
  assert.equal(url.pathname, `/${locale}/registry`);
  assert.equal(url.searchParams.get('q'), q, 'the query is in the address (a GET form: shareable, works without JS)');
  await checkPage(page, `${tag}-registry-${locale}-results`, { status: 200, response: res, lang: locale });
  assert.equal(await page.inputValue('#f-q'), q, 'the query stays in the box');
  return page.locator('#main table tbody tr').count();
}
