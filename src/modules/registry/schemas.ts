/**
 * Zod schemas of every registry form and endpoint. Form bodies arrive as strings (and arrays
 * for checkboxes); messages are i18n keys translated by the platform's fieldErrors.
 */
import { z } from 'zod';
import { areaCodes, isIsoDate, legalFormCodes, regionCodes, validateBin, type IsoDate } from '../../reference/index.ts';
import { asArray } from '../../platform/http/validation.ts';
import { parseTenge } from './domain.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : v);
/** Optional text: trimmed, '' when absent. */
export const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
export const required = (max: number) =>
  z.preprocess(orEmpty, z.string().trim().min(1, 'errors.required').max(max, 'errors.tooBig'));
const nullIfEmpty = (s: string) => (s === '' ? null : s);

/** A BIN with its check digit; format and checksum failures have distinct messages. */
export const binField = required(40).transform((v, ctx) => {
  const r = validateBin(v);
  if (r.ok) return r.value;
  ctx.addIssue({
    code: 'custom',
    message: r.reason === 'checksum' ? 'registry.errors.binChecksum' : 'registry.errors.binFormat',
  });
  return z.NEVER;
});

/** 'YYYY-MM-DD' (what a date input sends) or 'DD.MM.YYYY' (what people type in Kazakhstan). */
export function toIsoDate(s: string): IsoDate | null {
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDate(iso) ? iso : null;
}

export const EARLIEST_FOUNDING: IsoDate = '1991-01-01';

const foundedOnField = (today: IsoDate) =>
  required(20).transform((v, ctx) => {
    const d = toIsoDate(v);
    const message = !d
      ? 'registry.errors.dateFormat'
      : d < EARLIEST_FOUNDING
        ? 'registry.errors.dateTooEarly'
        : d > today
          ? 'registry.errors.dateFuture'
          : null;
    if (message) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return d!;
  });

const websiteField = text(300).transform((v, ctx) => {
  if (!v) return null;
  const withScheme = /^https?:\/\//i.test(v) ? v : `https://${v}`;
  try {
    const u = new URL(withScheme);
    if (u.hostname.includes('.') && !/\s/.test(v)) return u.toString();
  } catch {
    /* reported below */
  }
  ctx.addIssue({ code: 'custom', message: 'registry.errors.website' });
  return z.NEVER;
});

const emailField = text(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'registry.errors.email')
  .transform(nullIfEmpty);

const phoneField = text(50)
  .refine((v) => v === '' || (/^\+?[\d\s()-]+$/.test(v) && /^(\D*\d){5,15}\D*$/.test(v)), 'registry.errors.phone')
  .transform(nullIfEmpty);

/** One leader a line, "Full name; position" (a dash or a comma also separates). */
export function parseLeaders(s: string): { name: string; position: string }[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.+?)\s*(?:;|\s[—–-]\s|,)\s*(.*)$/.exec(line);
      return m ? { name: m[1].trim(), position: m[2].trim() } : { name: line, position: '' };
    });
}
export const leadersToText = (ls: { name: string; position: string }[]) =>
  ls.map((l) => (l.position ? `${l.name}; ${l.position}` : l.name)).join('\n');

const leadersField = text(4000)
  .transform(parseLeaders)
  .refine((ls) => ls.length <= 20, 'registry.errors.tooManyLines')
  .refine((ls) => ls.every((l) => l.name.length <= 200 && l.position.length <= 200), 'registry.errors.lineTooLong');
const foundersField = text(8000)
  .transform((s) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((name) => ({ name })),
  )
  .refine((fs) => fs.length <= 50, 'registry.errors.tooManyLines')
  .refine((fs) => fs.every((f) => f.name.length <= 300), 'registry.errors.lineTooLong');

/** The profile fields a representative fills in (registration and editing), validated for `today` (Almaty). */
export const profileSchema = (today: IsoDate) =>
  z.object({
    nameKk: required(300),
    nameRu: required(300),
    nameEn: text(300).transform(nullIfEmpty),
    shortName: text(100).transform(nullIfEmpty),
    legalForm: z.enum(legalFormCodes, { error: 'registry.errors.chooseLegalForm' }),
    region: z.enum(regionCodes, { error: 'registry.errors.chooseRegion' }),
    settlement: required(200),
    areas: z.preprocess(
      asArray,
      z
        .array(z.enum(areaCodes, { error: 'errors.invalidOption' }))
        .min(1, 'registry.errors.chooseArea')
        .max(areaCodes.length),
    ),
    foundedOn: foundedOnField(today),
    website: websiteField,
    email: emailField,
    phone: phoneField,
    address: text(500).transform(nullIfEmpty),
    description: text(5000).transform(nullIfEmpty),
    leaders: leadersField,
    founders: foundersField,
  });
export type ProfileInput = z.infer<ReturnType<typeof profileSchema>>;

export const registerSchema = (today: IsoDate) => profileSchema(today).extend({ bin: binField });
export type RegisterInput = z.infer<ReturnType<typeof registerSchema>>;

/** Staff also record the legal status (a liquidation in the state register). */
export const editSchema = (today: IsoDate, staff: boolean) =>
  staff
    ? profileSchema(today).extend({ status: z.enum(['active', 'liquidated'], { error: 'errors.invalidOption' }) })
    : profileSchema(today);

/** The order fields appear in on the profile form, for the error summary. */
export const PROFILE_ORDER = [
  'bin',
  'nameKk',
  'nameRu',
  'nameEn',
  'shortName',
  'legalForm',
  'region',
  'settlement',
  'areas',
  'foundedOn',
  'website',
  'email',
  'phone',
  'address',
  'description',
  'leaders',
  'founders',
  'status',
];

// ------------------------------------------------------------ annual report

export const INCOME_SOURCES = [
  'stateSocialOrder',
  'grants',
  'donations',
  'membershipFees',
  'business',
  'foreign',
] as const;
export const SPENDING_CATEGORIES = ['programmes', 'salaries', 'administration', 'property', 'taxes', 'other'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

const count = required(12)
  .refine((v) => /^\d{1,9}$/.test(v), 'registry.errors.wholeNumber')
  .transform(Number);
const money = text(40).transform((v, ctx) => {
  const r = parseTenge(v);
  if (r.ok) return r.tiyn;
  const key = {
    invalid: 'moneyInvalid',
    negative: 'moneyNegative',
    decimals: 'moneyDecimals',
    too_large: 'moneyTooLarge',
  }[r.reason];
  ctx.addIssue({ code: 'custom', message: `registry.errors.${key}` });
  return z.NEVER;
});

export const incomeField = (s: IncomeSource) => `income_${s}`;
export const spendingField = (c: SpendingCategory) => `spending_${c}`;

export const reportSchema = z
  .object({
    activities: required(10000),
    membersCount: count,
    foundersCount: count,
    property: text(5000),
    beneficiaries: count,
    staff: count,
    volunteers: count,
    ...Object.fromEntries(INCOME_SOURCES.map((s) => [incomeField(s), money])),
    ...Object.fromEntries(SPENDING_CATEGORIES.map((c) => [spendingField(c), money])),
  })
  .transform((v: Record<string, any>) => ({
    activities: v.activities as string,
    membersCount: v.membersCount as number,
    foundersCount: v.foundersCount as number,
    property: v.property as string,
    income: Object.fromEntries(INCOME_SOURCES.map((s) => [s, v[incomeField(s)] as number])) as Record<
      IncomeSource,
      number
    >,
    spending: Object.fromEntries(SPENDING_CATEGORIES.map((c) => [c, v[spendingField(c)] as number])) as Record<
      SpendingCategory,
      number
    >,
    beneficiaries: v.beneficiaries as number,
    staff: v.staff as number,
    volunteers: v.volunteers as number,
  }));
export type ReportData = z.infer<typeof reportSchema>;
export const REPORT_ORDER = [
  'activities',
  'membersCount',
  'foundersCount',
  'property',
  ...INCOME_SOURCES.map(incomeField),
  ...SPENDING_CATEGORIES.map(spendingField),
  'beneficiaries',
  'staff',
  'volunteers',
];

/** ?year= of the report form: a plain year; the policy decides whether it can be filed. */
export const reportYearQuery = z.object({ year: z.coerce.number().int().min(1991).max(2200).optional() });

// -------------------------------------------------------- moderator forms

export const verificationDecisionSchema = z
  .object({
    decision: z.enum(['verify', 'refuse'], { error: 'registry.errors.chooseDecision' }),
    reason: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'refuse' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'registry.errors.reasonRequired' });
  });

export const socialApplicationSchema = z
  .object({
    category: z.enum(['1', '2', '3', '4'], { error: 'registry.errors.chooseCategory' }).transform(Number),
    activities: required(5000),
    employeesTotal: count,
    employeesVulnerable: text(12)
      .refine((v) => v === '' || /^\d{1,9}$/.test(v), 'registry.errors.wholeNumber')
      .transform((v) => (v === '' ? null : Number(v))),
  })
  .superRefine((v, ctx) => {
    if (v.employeesVulnerable !== null && v.employeesVulnerable > v.employeesTotal) {
      ctx.addIssue({ code: 'custom', path: ['employeesVulnerable'], message: 'registry.errors.vulnerableTooMany' });
    }
  });
export type SocialApplicationInput = z.infer<typeof socialApplicationSchema>;

export const socialDecisionSchema = z
  .object({
    seDecision: z.enum(['approve', 'refuse'], { error: 'registry.errors.chooseDecision' }),
    seReason: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.seDecision === 'refuse' && !v.seReason)
      ctx.addIssue({ code: 'custom', path: ['seReason'], message: 'registry.errors.reasonRequired' });
  });

// ----------------------------------------------------------------- search

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

// -------------------------------------------------------------------- API

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
