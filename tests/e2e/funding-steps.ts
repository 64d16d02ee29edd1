// Steps shared by the funding journeys.
import type { Page } from 'playwright-core';
import { submit } from './helpers.ts';

/** The href of the first link in #main whose URL matches. */
export async function hrefOf(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no link ${selector} on ${page.url()}`);
  return href;
}

/** Clicks a submit button and returns the response of the page it leads to. */
export const press = (page: Page, selector: string) => submit(page, selector);
