/** Zod schemas of the registry's JSON API: its query, params and responses (OpenAPI is written from them). */
import { z } from 'zod';
import { areaCodes, legalFormCodes, regionCodes } from '../../../reference/index.ts';
import { MAX_PAGE, REPORT_FILTERS, SORTS } from './search.ts';

export const apiListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Name in any language (partial words and small misspellings match), or a 12-digit BIN'),
  region: z.enum(regionCodes).optional(),
  area: z.enum(areaCodes).optional(),
  legalForm: z.enum(legalFormCodes).optional(),
  verified: z.enum(['true', 'false']).optional(),
  reportStatus: z.enum(REPORT_FILTERS).optional().describe("Status of the previous year's annual report"),
  sort: z.enum(SORTS).optional().describe('Default: relevance with q, name without'),
  page: z.coerce
    .number({ error: 'registry.errors.pageNumber' })
    .int('registry.errors.pageNumber')
    .min(1, 'registry.errors.pageNumber')
    .max(MAX_PAGE, 'registry.errors.pageNumber')
    .default(1),
  pageSize: z.coerce
    .number({ error: 'registry.errors.pageSize' })
    .int('registry.errors.pageSize')
    .min(1, 'registry.errors.pageSize')
    .max(100, 'registry.errors.pageSize')
    .default(20),
  lang: z.enum(['kk', 'ru', 'en']).optional().describe('Language of name sorting'),
});

export const binParams = z.object({ bin: z.string().max(40) });

const localizedJson = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const namesJson = z.object({ kk: z.string(), ru: z.string(), en: z.string().nullable() });

export const orgListItemJson = z.object({
  bin: z.string(),
  names: namesJson,
  shortName: z.string().nullable(),
  legalForm: z.string(),
  region: z.string(),
  settlement: z.string(),
  areas: z.array(z.string()),
  foundedOn: z.string(),
  status: z.enum(['active', 'liquidated']),
  verification: z.enum(['pending', 'verified', 'refused']),
  url: z.string(),
});

export const orgListJson = z.object({
  items: z.array(orgListItemJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const orgDetailJson = orgListItemJson.extend({
  verificationReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  description: z.string().nullable(),
  leaders: z.array(z.object({ name: z.string(), position: z.string() })),
  founders: z.array(z.object({ name: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  reports: z.array(
    z.object({
      year: z.number().int(),
      status: z.enum(['on_time', 'late', 'missing', 'not_due']),
      dueDate: z.string(),
      submittedAt: z.string().nullable(),
    }),
  ),
  rating: z.object({
    total: z.number(),
    inputs: z.array(z.object({ key: z.string(), value: z.number(), weight: z.number(), source: z.string() })),
  }),
  eligibleForStateFunding: z.boolean(),
  socialEntrepreneur: z
    .object({
      listYear: z.number().int(),
      category: z.number().int(),
      status: z.enum(['applied', 'approved', 'refused']),
    })
    .nullable(),
});

export const apiError = z.object({ error: z.string(), message: z.string().optional() });
export const regionJson = z.object({
  code: z.string(),
  kind: z.enum(['city', 'oblast']),
  names: localizedJson,
  ngoCount: z.number().int(),
});
export const areaJson = z.object({ code: z.string(), names: localizedJson });
export const legalFormJson = z.object({
  code: z.string(),
  names: localizedJson,
  short: localizedJson,
  ngoEligible: z.boolean(),
});
