/** Zod schemas of the petitions module: HTML forms (messages are i18n keys) and the JSON API. */
import { z } from 'zod';
import { areaCodes, regionCodes } from '../../reference/index.ts';
import { ADDRESSEE_CODES, STATUSES } from './domain.ts';
import { BANNED_TOPIC_CODES } from './topics.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : v);
const trimmed = (min: number, max: number, minKey: string) =>
  z.preprocess(orEmpty, z.string().trim().min(1, 'errors.required').min(min, minKey).max(max, 'errors.tooBig'));
const choice = (codes: readonly string[], key: string) =>
  z.preprocess(
    orEmpty,
    z
      .string()
      .min(1, key)
      .refine((v) => codes.includes(v), key),
  );

export const draftSchema = z.object({
  title: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : orEmpty(v)),
    z.string().trim().min(1, 'errors.required').min(5, 'petitions.errors.titleShort').max(200, 'errors.tooBig'),
  ),
  body: trimmed(20, 20000, 'petitions.errors.bodyShort'),
  addressee: choice(ADDRESSEE_CODES, 'petitions.errors.addressee'),
  area: choice(areaCodes, 'petitions.errors.area'),
  language: choice(['kk', 'ru', 'en'], 'errors.invalidOption'),
});
export type DraftInput = z.infer<typeof draftSchema>;
export const DRAFT_FIELDS = ['title', 'body', 'addressee', 'area', 'language'];

/** Approve, or reject with a banned-topic category and a reason (both shown publicly). */
export const moderationSchema = z
  .object({
    decision: choice(['approve', 'reject'], 'petitions.errors.decision'),
    category: z.preprocess(orEmpty, z.string()),
    reason: z.preprocess(orEmpty, z.string().trim().max(2000, 'errors.tooBig')),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'reject') return;
    if (!BANNED_TOPIC_CODES.includes(v.category))
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'petitions.errors.category' });
    if (v.reason.length < 10)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: v.reason ? 'petitions.errors.reasonShort' : 'errors.required',
      });
  });
export type ModerationInput = z.infer<typeof moderationSchema>;

const ANSWER_DECISIONS = ['accepted', 'partly', 'declined'] as const;
export const answerSchema = z.object({
  decision: choice([...ANSWER_DECISIONS], 'petitions.errors.answerDecision').transform(
    (v) => v as (typeof ANSWER_DECISIONS)[number],
  ),
  answer: trimmed(20, 20000, 'petitions.errors.answerShort'),
});

// ----------------------------------------------------------------------- API

export const statusEnum = z.enum(STATUSES);

export const apiListQuery = z.object({
  status: statusEnum.optional(),
  addressee: z.string().max(60).optional(),
  region: z.enum(regionCodes).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const idParams = z.object({ id: z.string().uuid() });

const deadlines = z.object({
  moderationDue: z.string().nullable(),
  collectionEnds: z.string().nullable(),
  answerDue: z.string().nullable(),
  answerOverdue: z.boolean(),
});

export const initiativeItemJson = z.object({
  id: z.string(),
  title: z.string(),
  status: statusEnum,
  addressee: z.object({ code: z.string(), name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }) }),
  region: z.string().nullable(),
  area: z.string(),
  signatureCount: z.number(),
  threshold: z.number().nullable(),
  collectionEnds: z.string().nullable(),
  url: z.string(),
});

export const initiativeListJson = z.object({
  items: initiativeItemJson.array(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const initiativeDetailJson = initiativeItemJson.extend({
  text: z.string(),
  language: z.string(),
  authorName: z.string(),
  deadlines,
  rejection: z.object({ category: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  answer: z
    .object({
      decision: z.string().nullable(),
      text: z.string().nullable(),
      answeredAt: z.string().nullable(),
      onTime: z.boolean().nullable(),
    })
    .nullable(),
  thresholdReachedAt: z.string().nullable(),
  collectingFrom: z.string().nullable(),
});

export const payloadJson = z.object({ payloadBase64: z.string(), text: z.string() });
export const signBody = z.object({ cms: z.string().min(1).max(200_000) });
export const signedJson = z.object({ signatureCount: z.number(), receiptUrl: z.string() });
export const apiError = z.object({ error: z.string(), message: z.string() });
