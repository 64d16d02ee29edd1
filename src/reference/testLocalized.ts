import assert from 'node:assert/strict';
import type { Localized } from './localized.ts';

/**
 * Shared data-quality check for tests: every language present and trimmed,
 * Kazakh and Russian in Cyrillic, English in Latin. It catches the usual
 * copy-paste slips (a Russian name in the kk slot, a Latin "A" in Cyrillic).
 */
export function assertLocalized(text: Localized, context = ''): void {
  const where = `${context} ${JSON.stringify(text)}`;
  for (const key of ['kk', 'ru', 'en'] as const) {
    assert.equal(typeof text[key], 'string', where);
    assert.ok(text[key].length > 0 && text[key] === text[key].trim(), where);
  }
  assert.doesNotMatch(text.kk, /[A-Za-z]/, `Latin letter in kk: ${where}`);
  assert.doesNotMatch(text.ru, /[A-Za-z]/, `Latin letter in ru: ${where}`);
  assert.doesNotMatch(text.en, /[\u0400-\u04FF]/, `Cyrillic letter in en: ${where}`);
  // Russian has no Kazakh-specific letters; finding one means kk text landed in ru.
  assert.doesNotMatch(text.ru, /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/, `Kazakh letter in ru: ${where}`);
}
