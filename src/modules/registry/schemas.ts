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

export * from './schemas/search.ts';
export * from './schemas/api.ts';
