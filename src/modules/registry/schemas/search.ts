/** The search page's and the API's filters, each parsed on its own so one bad value does not discard the others. */
import { z } from 'zod';
import { areaCodes, legalFormCodes, regionCodes } from '../../../reference/index.ts';

export const SORTS = ['relevance', 'name', 'founded', 'rating'] as const;
export const REPORT_FILTERS = ['on_time', 'late', 'missing'] as const;
export type Sort = (typeof SORTS)[number];

/** What a search asks for, from the page's form or the API's query string. */
export interface SearchQuery {
  q?: string;
  region?: (typeof regionCodes)[number];
  area?: (typeof areaCodes)[number];
  legalForm?: (typeof legalFormCodes)[number];
  verified?: boolean;
  reportStatus?: (typeof REPORT_FILTERS)[number];
  sort: Sort;
  page: number;
  pageSize: number;
}

export const MAX_PAGE = 10_000;
const pageNumber = z.coerce
  .number({ error: 'registry.errors.page' })
  .int('registry.errors.page')
  .min(1, 'registry.errors.page')
  .max(MAX_PAGE, 'registry.errors.page');

/** Each filter of the search page on its own, so one bad value does not discard the others. */
const searchFields = {
  q: z.string().trim().max(200, 'errors.tooBig'),
  region: z.enum(regionCodes, { error: 'registry.errors.unknownRegion' }),
  area: z.enum(areaCodes, { error: 'registry.errors.unknownArea' }),
  legalForm: z.enum(legalFormCodes, { error: 'registry.errors.unknownLegalForm' }),
  verified: z.enum(['yes', 'no'], { error: 'errors.invalidOption' }),
  reportStatus: z.enum(REPORT_FILTERS, { error: 'errors.invalidOption' }),
  sort: z.enum(SORTS, { error: 'errors.invalidOption' }),
  page: pageNumber,
} as const;
export const SEARCH_FIELDS = Object.keys(searchFields) as (keyof typeof searchFields)[];

/**
 * Reads the search page's query string leniently: a bad value becomes an error (an i18n key)
 * for its field and is left out of the search; everything else still applies.
 */
export function parseSearchPage(
  raw: Record<string, unknown>,
  pageSize = 20,
): { query: SearchQuery; errors: Record<string, string>; values: Record<string, string> } {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  const ok: Record<string, unknown> = {};
  for (const key of SEARCH_FIELDS) {
    const v = raw[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') {
      errors[key] = 'errors.invalidType';
      continue;
    }
    values[key] = v;
    const r = (searchFields[key] as z.ZodType).safeParse(v);
    if (r.success) ok[key] = r.data;
    else errors[key] = r.error.issues[0].message;
  }
  const q = ok.q as string | undefined;
  return {
    query: {
      q: q || undefined,
      region: ok.region as SearchQuery['region'],
      area: ok.area as SearchQuery['area'],
      legalForm: ok.legalForm as SearchQuery['legalForm'],
      verified: ok.verified === undefined ? undefined : ok.verified === 'yes',
      reportStatus: ok.reportStatus as SearchQuery['reportStatus'],
      sort: (ok.sort as Sort | undefined) ?? (q ? 'relevance' : 'name'),
      page: (ok.page as number | undefined) ?? 1,
      pageSize,
    },
    errors,
    values,
  };
}
