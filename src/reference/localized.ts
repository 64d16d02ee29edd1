/**
 * A user-facing name in the platform's three languages. Kazakh is the state
 * language and the default, so it comes first; none of the three may be
 * missing, because every page must render fully in the reader's language.
 */
export interface Localized {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The text for one locale; `localize(region.name, 'ru')`. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Shorthand for data tables: `l('Астана', 'Астана', 'Astana')`. */
export function l(kk: string, ru: string, en: string): Localized {
  return Object.freeze({ kk, ru, en });
}
