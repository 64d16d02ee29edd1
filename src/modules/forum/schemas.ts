/** Zod schemas of the Civil Forum: forms (messages are i18n keys) and the JSON API. */
import { z } from 'zod';
import { areaCodes, isIsoDate, regionCodes } from '../../reference/index.ts';
import { asArray } from '../../platform/http/validation.ts';
import { FORUM_STATUSES, ITEM_STATUSES, parseNumbers } from './domain.ts';

const trimmed = (min: number, max: number, minKey: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z.string().min(1, 'errors.required').min(min, minKey).max(max, 'errors.tooBig'),
  );
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
    z.string().max(max, 'errors.tooBig').nullable(),
  );
const isoDate = (key: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z.string().refine((s) => isIsoDate(s), key),
  );
const optionalRegion = z.preprocess(
  (v) => (typeof v === 'string' && v !== '' ? v : null),
  z.enum(regionCodes, { error: 'forum.errors.region' }).nullable(),
);

export const forumForm = z
  .object({
    organiserBodyId: z.string({ error: 'forum.errors.body' }).uuid('forum.errors.body'),
    kind: z.enum(['national', 'regional'], { error: 'forum.errors.kind' }),
    region: optionalRegion,
    year: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined),
      z
        .number({ error: 'forum.errors.year' })
        .int('forum.errors.year')
        .min(2020, 'forum.errors.year')
        .max(2100, 'forum.errors.year'),
    ),
    titleKk: trimmed(5, 200, 'forum.errors.short'),
    titleRu: trimmed(5, 200, 'forum.errors.short'),
    titleEn: optionalText(200),
    description: optionalText(4000),
    heldOn: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
      z
        .string()
        .refine((s) => isIsoDate(s), 'forum.errors.date')
        .nullable(),
    ),
    topics: z.preprocess(
      asArray,
      z.array(z.enum(areaCodes, { error: 'errors.invalidOption' })).min(1, 'forum.errors.topics'),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'regional' && !v.region)
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'forum.errors.regionRequired' });
  });
export type ForumForm = z.infer<typeof forumForm>;

export const proposalForm = z.object({
  title: trimmed(5, 200, 'forum.errors.short'),
  body: trimmed(20, 4000, 'forum.errors.describe'),
});

export const recommendationForm = z.object({
  textKk: trimmed(10, 4000, 'forum.errors.describe'),
  textRu: trimmed(10, 4000, 'forum.errors.describe'),
  textEn: optionalText(4000),
  proposalId: z.preprocess(
    (v) => (typeof v === 'string' && v !== '' ? v : null),
    z.string().uuid('forum.errors.bad_proposal').nullable(),
  ),
});

export const itemForm = z.object({
  forumId: z.string({ error: 'forum.errors.forum' }).uuid('forum.errors.forum'),
  titleKk: trimmed(5, 500, 'forum.errors.short'),
  titleRu: trimmed(5, 500, 'forum.errors.short'),
  titleEn: optionalText(500),
  topic: z.enum(areaCodes, { error: 'forum.errors.topic' }),
  region: optionalRegion,
  bodyId: z.string({ error: 'forum.errors.responsible' }).uuid('forum.errors.responsible'),
  deadline: isoDate('forum.errors.date'),
  recommendations: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? [] : (parseNumbers(v) ?? ['bad'])) : v),
    z.array(z.number({ error: 'forum.errors.numbers' })).min(1, 'forum.errors.numbersRequired'),
  ),
});
export type ItemForm = z.infer<typeof itemForm>;

export const statusForm = z.object({
  version: z.preprocess((v) => Number(v), z.number().int().positive()),
  status: z.enum(ITEM_STATUSES, { error: 'forum.errors.status' }),
  note: optionalText(2000),
});

export const evidenceForm = z.object({
  description: trimmed(3, 500, 'forum.errors.short'),
  url: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
    z
      .string()
      .url('forum.errors.url')
      .regex(/^https?:\/\//, 'forum.errors.url')
      .max(1000, 'errors.tooBig')
      .nullable(),
  ),
});

// ----------------------------------------------------------------- API

const page = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const forumListQuery = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(['national', 'regional']).optional(),
  region: z.enum(regionCodes).optional(),
  status: z.enum(FORUM_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ...page,
});

export const itemListQuery = z.object({
  q: z.string().max(200).optional(),
  forum: z.string().uuid().optional(),
  body: z.string().max(100).optional(),
  topic: z.enum(areaCodes).optional(),
  region: z.union([z.enum(regionCodes), z.literal('national')]).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...page,
});

export const idParams = z.object({ id: z.string().uuid() });
const names = z.object({ kk: z.string(), ru: z.string(), en: z.string().nullable() });

export const forumJson = z.object({
  id: z.string(),
  kind: z.enum(['national', 'regional']),
  region: z.string().nullable(),
  year: z.number(),
  title: names,
  organiser: z.object({ code: z.string(), name: names }),
  heldOn: z.string().nullable(),
  status: z.enum(FORUM_STATUSES),
  url: z.string(),
});
export const recommendationJson = z.object({
  id: z.string(),
  number: z.number(),
  topic: z.string(),
  text: names,
  adoptedAt: z.string(),
  url: z.string(),
});
export const forumDetailJson = forumJson.extend({
  description: z.string().nullable(),
  platforms: z.array(
    z.object({
      id: z.string(),
      topic: z.string(),
      title: names,
      proposals: z.number(),
      recommendations: z.array(recommendationJson),
    }),
  ),
});
export const forumListJson = z.object({
  items: z.array(forumJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const itemJson = z.object({
  id: z.string(),
  forumId: z.string(),
  number: z.number(),
  title: names,
  topic: z.string(),
  region: z.string().nullable(),
  responsibleBody: z.object({ code: z.string(), name: names }),
  deadline: z.string(),
  status: z.enum(ITEM_STATUSES),
  state: z.enum(['done', 'done_late', 'cancelled', 'overdue', 'in_progress', 'planned']),
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  statusNote: z.string().nullable(),
  url: z.string(),
});
export const itemDetailJson = itemJson.extend({
  recommendations: z.array(z.object({ id: z.string(), number: z.number(), text: names, url: z.string() })),
  evidence: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['document', 'link']),
      description: z.string(),
      url: z.string(),
      addedAt: z.string(),
    }),
  ),
});
export const itemListJson = z.object({
  items: z.array(itemJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const apiError = z.object({ error: z.string(), message: z.string() });
