/**
 * Zod schemas of the funding forms and API. Form bodies arrive as strings (arrays for checkboxes);
 * messages are i18n keys. Lines of a textarea ("name; unit; target") are parsed here, and money is
 * typed in tenge and kept in tiyn.
 */
import { z } from 'zod';
import { areaCodes, isIsoDate, regionCodes } from '../../reference/index.ts';
import { asArray } from '../../platform/http/validation.ts';
import { CONFLICT_KINDS, GRANT_TYPES, INSTRUMENTS, parseTenge } from './domain.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? String(v[0] ?? '') : v);
export const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
export const required = (max: number, min = 1) =>
  z.preprocess(
    orEmpty,
    z
      .string()
      .trim()
      .min(min, min > 1 ? 'errors.tooSmall' : 'errors.required')
      .max(max, 'errors.tooBig'),
  );
const checkboxes = z.preprocess((v) => asArray(v), z.array(z.string()));

export const dateField = required(10).refine(
  (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isIsoDate(v),
  'funding.errors.date',
);
export const optionalDate = text(10).refine(
  (v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isIsoDate(v)),
  'funding.errors.date',
);
export const timeField = text(5)
  .transform((v) => v || '18:00')
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'funding.errors.time');
export const tengeField = required(20).transform((v, ctx) => {
  const t = parseTenge(v);
  if (t === null) {
    ctx.addIssue({ code: 'custom', message: 'funding.errors.money' });
    return z.NEVER;
  }
  return t;
});
export const optionalTenge = text(20).transform((v, ctx) => {
  if (v === '') return null;
  const t = parseTenge(v);
  if (t === null) {
    ctx.addIssue({ code: 'custom', message: 'funding.errors.money' });
    return z.NEVER;
  }
  return t;
});
const intField = (min: number, max: number) =>
  required(12).transform((v, ctx) => {
    const n = Number(v.replace(/\s/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: 'funding.errors.integer' });
      return z.NEVER;
    }
    return n;
  });
const region = text(40)
  .refine((v) => v === '' || (regionCodes as readonly string[]).includes(v), 'errors.invalidOption')
  .transform((v) => v || null);
const area = required(40).refine((v) => (areaCodes as readonly string[]).includes(v), 'errors.invalidOption');
const uuidOrNull = text(40)
  .refine((v) => v === '' || /^[0-9a-f-]{36}$/.test(v), 'errors.invalid')
  .transform((v) => v || null);

/** "name; unit; target" per line. */
export const indicatorLines = (min: number) =>
  text(4000).transform((v, ctx) => {
    const out: { name: string; unit: string; target: number }[] = [];
    for (const line of v
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [name, unit, target] = line.split(';').map((s) => s.trim());
      const n = Number(target);
      if (!name || !unit || !Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: 'funding.errors.indicatorLine' });
        return z.NEVER;
      }
      out.push({ name, unit, target: n });
    }
    if (out.length < min) {
      ctx.addIssue({ code: 'custom', message: 'funding.errors.indicatorsRequired' });
      return z.NEVER;
    }
    return out;
  });

/** "first; second" per line into pairs (activities: title; period — team: name; role). */
const pairLines = (a: string, b: string) =>
  text(4000).transform((v, ctx) => {
    const out: Record<string, string>[] = [];
    for (const line of v
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [x, ...rest] = line.split(';');
      const y = rest.join(';').trim();
      if (!x.trim() || !y) {
        ctx.addIssue({ code: 'custom', message: 'funding.errors.pairLine' });
        return z.NEVER;
      }
      out.push({ [a]: x.trim(), [b]: y });
    }
    return out;
  });
export const linkLines = text(4000).transform((v, ctx) => {
  const links = v
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (links.some((l) => !/^https?:\/\/\S+$/.test(l))) {
    ctx.addIssue({ code: 'custom', message: 'funding.errors.links' });
    return z.NEVER;
  }
  return links;
});

export const planSchema = z.object({
  stateBodyId: required(40),
  instrument: z.enum(INSTRUMENTS, { message: 'errors.invalidOption' }),
  year: intField(2000, 2100),
  title: required(300, 5),
});

export const topicSchema = z.object({
  title: required(300, 5),
  description: text(4000),
  area,
  region,
  evidence: required(4000, 10),
  evidenceLinks: linkLines,
});

export const discussionSchema = z.object({ endsOn: dateField });
export const commentSchema = z.object({ body: required(4000, 5), topicId: uuidOrNull });
export const answerSchema = z.object({ answer: required(4000, 5) });

export const REQUIRED_DOCUMENT_KINDS = ['charter', 'budget', 'cv', 'letters', 'workplan'] as const;

export const lotFields = {
  lotTitle: required(300, 5),
  lotDescription: text(4000),
  area,
  region,
  budget: tengeField,
  durationMonths: intField(1, 36),
  expectedResults: text(4000),
  indicators: indicatorLines(0),
  grantType: text(20)
    .refine((v) => v === '' || (GRANT_TYPES as readonly string[]).includes(v), 'errors.invalidOption')
    .transform((v) => (v || null) as (typeof GRANT_TYPES)[number] | null),
  prize: optionalTenge,
  splitRule: text(20)
    .refine((v) => v === '' || v === 'single' || v === 'equal_split', 'errors.invalidOption')
    .transform((v) => (v || null) as 'single' | 'equal_split' | null),
  topicId: uuidOrNull,
};
export const lotSchema = z.object(lotFields);

export const callSchema = z.object({
  stateBodyId: required(40),
  planId: uuidOrNull,
  instrument: z.enum(INSTRUMENTS, { message: 'errors.invalidOption' }),
  title: required(300, 5),
  description: text(8000),
  opensOn: dateField,
  opensTime: timeField,
  closesOn: dateField,
  closesTime: timeField,
  requiredDocuments: checkboxes.refine(
    (a) => a.every((k) => (REQUIRED_DOCUMENT_KINDS as readonly string[]).includes(k)),
    'errors.invalidOption',
  ),
  panelSize: intField(1, 15),
  ...lotFields,
});

/** Rows of the budget table on the application form (without JavaScript the form has a fixed number). */
export const BUDGET_ROWS = 8;

/** The application form's text fields; the budget rows are read by `budgetRows`. */
export const applicationSchema = z.object({
  language: z.enum(['kk', 'ru'], { message: 'errors.invalidOption' }),
  title: text(300),
  summary: text(2000),
  description: text(20000),
  activities: pairLines('title', 'period'),
  indicators: indicatorLines(0),
  team: pairLines('name', 'role'),
  beneficiariesPlanned: text(12)
    .refine((v) => v === '' || /^\d{1,9}$/.test(v), 'funding.errors.integer')
    .transform((v) => (v ? Number(v) : 0)),
  requested: text(20),
  version: intField(1, 1_000_000_000),
  docKind: text(20),
});

/** Budget rows budget.<i>.item / budget.<i>.amount / budget.<i>.own: lines, and amount format errors by field. */
export function budgetRows(body: Record<string, unknown>): {
  lines: { item: string; amountTiyn: number; ownDevelopment: boolean }[];
  errors: Record<string, string>;
} {
  const lines: { item: string; amountTiyn: number; ownDevelopment: boolean }[] = [];
  const errors: Record<string, string> = {};
  for (let i = 0; i < BUDGET_ROWS; i++) {
    const item = String(body[`budget.${i}.item`] ?? '')
      .trim()
      .slice(0, 300);
    const amount = String(body[`budget.${i}.amount`] ?? '').trim();
    if (!item && !amount) continue;
    const t = amount === '' ? 0 : parseTenge(amount);
    if (t === null) errors[`budget.${lines.length}.amount`] = 'funding.errors.money';
    lines.push({
      item,
      amountTiyn: t ?? 0,
      ownDevelopment: body[`budget.${i}.own`] === 'on' || body[`budget.${i}.own`] === 'true',
    });
  }
  return { lines, errors };
}

export const complianceSchema = z.object({
  decision: z.enum(['admit', 'reject'], { message: 'errors.invalidOption' }),
  note: text(2000),
});
export const conflictSchema = z.object({
  kinds: checkboxes.refine(
    (a) => a.every((k) => (CONFLICT_KINDS as readonly string[]).includes(k)),
    'errors.invalidOption',
  ),
  note: text(2000),
  confirm: z.preprocess(
    orEmpty,
    z.string().refine((v) => v === 'yes', 'funding.errors.confirmDeclaration'),
  ),
});
export const decideSchema = z.object({ winners: checkboxes, reasons: required(8000, 10), commission: text(2000) });
export const correctionSchema = z.object({
  applicationId: required(40),
  to: z.enum(['awarded', 'not_awarded'], { message: 'errors.invalidOption' }),
  reason: required(4000, 10),
});
export const contractSchema = z.object({ startsOn: dateField });
export const reviewReportSchema = z.object({
  decision: z.enum(['accept', 'return'], { message: 'errors.invalidOption' }),
  note: text(2000),
});
export const visitSchema = z.object({
  visitedOn: dateField,
  outcome: z.enum(['ok', 'remarks', 'violations'], { message: 'errors.invalidOption' }),
  findings: required(4000, 10),
});
export const surveySchema = z.object({
  score: z
    .preprocess(
      orEmpty,
      z.string().refine((v) => /^[1-5]$/.test(v), 'funding.errors.chooseScore'),
    )
    .transform(Number),
  comment: text(2000),
});
export const expertSchema = z.object({
  displayName: required(200, 3),
  areas: checkboxes
    .refine((a) => a.length > 0, 'funding.errors.chooseArea')
    .refine((a) => a.every((k) => (areaCodes as readonly string[]).includes(k)), 'errors.invalidOption'),
  bio: text(2000),
  public: z.preprocess(orEmpty, z.string()).transform((v) => v === 'yes'),
});
export const reportSchema = z.object({
  kind: z.enum(['interim', 'final'], { message: 'errors.invalidOption' }),
  period: required(100),
  narrative: required(20000, 20),
  beneficiariesReached: intField(0, 100_000_000),
});
export const evaluationSchema = z.object({
  outcomes: required(8000, 20),
  beneficiaries: intField(0, 100_000_000),
  socialValue: optionalTenge,
});

// ------------------------------------------------------------------ API

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
export const callsQuery = z.object({
  ...pageQuery,
  status: z.enum(['published', 'closed', 'review', 'decided', 'cancelled']).optional(),
  instrument: z.enum(INSTRUMENTS).optional(),
});
export const projectsQuery = z.object({
  ...pageQuery,
  status: z.enum(['delivering', 'final_submitted', 'completed', 'evaluated', 'terminated']).optional(),
  region: z.enum(regionCodes).optional(),
  area: z.enum(areaCodes).optional(),
  instrument: z.enum(INSTRUMENTS).optional(),
  bin: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
});
export const idParams = z.object({ id: z.string().uuid() });

const lotJson = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  area: z.string(),
  region: z.string().nullable(),
  budgetTiyn: z.number(),
  durationMonths: z.number(),
  expectedResults: z.string(),
  indicators: z.array(z.object({ name: z.string(), unit: z.string(), target: z.number() })),
  grantType: z.string().nullable(),
  prizeTiyn: z.number().nullable(),
  splitRule: z.string().nullable(),
});
export const callJson = z.object({
  id: z.string(),
  number: z.string(),
  instrument: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.string(),
  stateBody: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  opensAt: z.string(),
  closesAt: z.string(),
  announcedAt: z.string().nullable(),
  requiredDocuments: z.array(z.string()),
  rubric: z.array(z.object({ key: z.string(), max: z.number() })),
  lots: z.array(lotJson),
  url: z.string(),
});
export const callListJson = z.object({
  items: z.array(callJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export { lotJson };
export const applicationJson = z.object({
  id: z.string(),
  callId: z.string(),
  lotId: z.string(),
  bin: z.string(),
  status: z.string(),
  language: z.string(),
  title: z.string(),
  summary: z.string(),
  requestedTiyn: z.number(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  submittedAt: z.string().nullable(),
  version: z.number(),
  url: z.string(),
});
export const applicationListJson = z.object({
  items: z.array(applicationJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const projectJson = z.object({
  id: z.string(),
  number: z.string(),
  instrument: z.string(),
  title: z.string(),
  bin: z.string(),
  stateBodyId: z.string(),
  area: z.string(),
  region: z.string().nullable(),
  amountTiyn: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  signedAt: z.string(),
  status: z.string(),
  callId: z.string(),
  lotId: z.string(),
  url: z.string(),
  evaluation: z
    .object({
      score: z.number(),
      achievement: z.number(),
      beneficiaries: z.number(),
      costPerBeneficiaryTiyn: z.number().nullable(),
      sroi: z.number().nullable(),
    })
    .nullable()
    .optional(),
});
export const projectListJson = z.object({
  items: z.array(projectJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const reportJson = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.string(),
  period: z.string(),
  status: z.string(),
  narrative: z.string(),
  beneficiariesReached: z.number(),
  indicatorValues: z.record(z.string(), z.number()),
  submittedAt: z.string(),
  reviewNote: z.string().nullable(),
});
export const reportListJson = z.object({
  items: z.array(reportJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const apiError = z.object({ error: z.string(), message: z.string() });
