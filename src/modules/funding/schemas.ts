/**
 * Zod schemas of the funding forms and API. Form bodies arrive as strings (arrays for checkboxes);
 * messages are i18n keys. The fields they are made of are in schemas/fields.ts, the API's
 * schemas in schemas/api.ts (both re-exported here); money is typed in tenge and kept in tiyn.
 */
import { z } from 'zod';
import { areaCodes } from '../../reference/index.ts';
import { CONFLICT_KINDS, GRANT_TYPES, INSTRUMENTS, parseTenge } from './domain.ts';
import {
  area,
  checkboxes,
  dateField,
  indicatorLines,
  intField,
  linkLines,
  optionalTenge,
  orEmpty,
  pairLines,
  region,
  required,
  tengeField,
  text,
  timeField,
  uuidOrNull,
} from './schemas/fields.ts';

export * from './schemas/fields.ts';
export * from './schemas/api.ts';

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
