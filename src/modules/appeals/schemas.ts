/** Zod schemas of the reception's forms and API. Form bodies are strings; messages are i18n keys. */
import { z } from 'zod';
import { APPEAL_KINDS, APPEAL_STATUSES } from './domain.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : v);
const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
const required = (max: number) =>
  z.preprocess(orEmpty, z.string().trim().min(1, 'errors.required').max(max, 'errors.tooBig'));
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .preprocess(
      orEmpty,
      z.string().refine((v) => (values as readonly string[]).includes(v), message),
    )
    .transform((v) => v as T[number]);
const checkbox = z
  .preprocess((v) => (Array.isArray(v) ? v[v.length - 1] : v), z.string().optional())
  .transform((v) => v === 'yes');

export const submitSchema = z.object({
  kind: choice(APPEAL_KINDS, 'appeals.errors.kind'),
  body: required(100),
  subject: z.preprocess(orEmpty, z.string().trim().min(5, 'appeals.errors.subjectShort').max(200, 'errors.tooBig')),
  text: z.preprocess(orEmpty, z.string().trim().min(20, 'appeals.errors.textShort').max(10000, 'errors.tooBig')),
  consent: checkbox,
});
export type SubmitInput = z.infer<typeof submitSchema>;
/** The new-appeal page's query: the addressee chosen elsewhere (a body's page); anything else is ignored. */
export const newAppealQuery = z.object({ body: z.string().max(100).optional().catch(undefined) });
export const SUBMIT_ORDER = ['kind', 'body', 'subject', 'text', 'attachments', 'consent'];

export const redirectSchema = z.object({
  toBody: required(100),
  redirectReason: z.preprocess(
    orEmpty,
    z.string().trim().min(5, 'appeals.errors.reasonShort').max(1000, 'errors.tooBig'),
  ),
});

export const extendSchema = z.object({
  days: z
    .preprocess(
      orEmpty,
      z
        .string()
        .trim()
        .min(1, 'errors.required')
        .regex(/^\d{1,3}$/, 'appeals.errors.days'),
    )
    .transform(Number),
  extendReason: z.preprocess(
    orEmpty,
    z.string().trim().min(5, 'appeals.errors.reasonShort').max(1000, 'errors.tooBig'),
  ),
});

const version = z.preprocess(orEmpty, z.string().regex(/^\d{1,9}$/, 'errors.invalid')).transform(Number);

export const answerSchema = z.object({
  answer: z.preprocess(orEmpty, z.string().trim().min(10, 'appeals.errors.answerShort').max(20000, 'errors.tooBig')),
  version,
});

export const assignSchema = z.object({ assignee: text(40), version });

export const rateSchema = z.object({
  rating: z.preprocess(orEmpty, z.string().regex(/^[1-5]$/, 'appeals.errors.rating')).transform(Number),
  comment: text(2000),
});

export const publishSchema = z.object({
  publicSubject: required(200),
  publicBody: required(10000),
  publicAnswer: required(20000),
});

const MAX_PAGE = 10000;
export const pageField = z.coerce.number().int().min(1).max(MAX_PAGE).default(1);

export const QUEUE_STATUSES = ['open', ...APPEAL_STATUSES] as const;
/** The queue's filters; unknown values fall back to the default rather than an error page. */
export const queueQuery = z.object({
  body: z.string().max(100).optional().catch(undefined),
  status: z.enum(QUEUE_STATUSES).optional().catch(undefined),
  kind: z.enum(APPEAL_KINDS).optional().catch(undefined),
  overdue: z.enum(['yes']).optional().catch(undefined),
  mine: z.enum(['yes']).optional().catch(undefined),
  sort: z.enum(['due', 'due_desc', 'registered']).optional().catch(undefined),
  page: pageField.catch(1),
});

// ------------------------------------------------------------------------ API

const localized = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
export const apiError = z.object({ error: z.string(), message: z.string().optional() });
export const bodyJson = z.object({
  code: z.string(),
  kind: z.string(),
  region: z.string().nullable(),
  names: localized,
});

export const statisticsQuery = z.object({
  year: z.coerce
    .number({ error: 'appeals.errors.year' })
    .int('appeals.errors.year')
    .min(2000, 'appeals.errors.year')
    .max(2100, 'appeals.errors.year')
    .optional(),
  body: z.string().max(100).optional().describe('State body code, e.g. mip or akimat-astana'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export const statisticsItem = z.object({
  body: bodyJson,
  year: z.number().int(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  answeredOnTimePercent: z.number().nullable(),
  overdue: z.number().int().describe('Answered after the due date, or unanswered past it'),
  averageRating: z.number().nullable(),
  initiatives: z
    .object({
      received: z.number().int(),
      answered: z.number().int(),
      answeredOnTime: z.number().int(),
      overdue: z.number().int(),
    })
    .nullable(),
});
export const statisticsList = z.object({
  items: z.array(statisticsItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const listQuery = z.object({
  body: z.string().max(100).optional().describe('State body code'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const publishedJson = z.object({
  id: z.string().describe('Registration number'),
  kind: z.enum(APPEAL_KINDS),
  language: z.string(),
  body: bodyJson,
  subject: z.string(),
  text: z.string(),
  answer: z.string(),
  registeredOn: z.string(),
  dueOn: z.string(),
  answeredOn: z.string().nullable(),
  answeredOnTime: z.boolean(),
  rating: z.number().int().nullable(),
  publishedAt: z.string(),
});
export const publishedList = z.object({
  items: z.array(publishedJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const numberParams = z.object({ id: z.string().max(40) });

export const mineJson = z.object({
  id: z.string().describe('Registration number'),
  kind: z.enum(APPEAL_KINDS),
  status: z.enum(APPEAL_STATUSES),
  subject: z.string(),
  body: z.object({ code: z.string(), names: localized }),
  registeredAt: z.string(),
  dueOn: z.string(),
  answeredOn: z.string().nullable(),
  overdue: z.boolean(),
  rating: z.number().int().nullable(),
  published: z.boolean(),
});
export const mineList = z.object({
  items: z.array(mineJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
