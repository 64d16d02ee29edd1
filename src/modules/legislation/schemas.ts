/**
 * Zod schemas of every legislation form and endpoint. Form bodies arrive as strings; messages are
 * i18n keys translated by the platform (translateIssue). The structure of a draft's text is read
 * by domain.parseDraftText and checked here so a mismatch shows next to the text field.
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../../reference/index.ts';
import type { T } from '../../platform/i18n/index.ts';
import type { FieldErrors } from '../../platform/views/forms.tsx';
import {
  ANSWER_STATUSES,
  DRAFT_STATES,
  joinTexts,
  keyParts,
  parseDraftText,
  type BilingualUnit,
  type StructureProblem,
} from './domain.ts';
import { CONCLUSION_KINDS, DRAFT_KINDS } from './repository/index.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : v);
export const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
export const required = (max: number) =>
  z.preprocess(orEmpty, z.string().trim().min(1, 'errors.required').max(max, 'errors.tooBig'));
const lockField = z.preprocess(
  orEmpty,
  z
    .string()
    .regex(/^\d{1,9}$/, 'errors.invalid')
    .transform(Number),
);

/** 'YYYY-MM-DD' (a date input) or 'DD.MM.YYYY' (what people type in Kazakhstan). */
export function toIsoDate(s: string): IsoDate | null {
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDate(iso) ? iso : null;
}
const dateField = required(20).transform((v, ctx) => {
  const d = toIsoDate(v);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: 'legislation.errors.dateFormat' });
    return z.NEVER;
  }
  return d;
});

export const draftFormSchema = z.object({
  stateBody: z.preprocess(orEmpty, z.string().min(1, 'legislation.errors.chooseBody').max(40)),
  kind: z.enum(DRAFT_KINDS, { error: 'legislation.errors.chooseKind' }),
  titleKk: required(500),
  titleRu: required(500),
  textKk: required(200_000),
  textRu: required(200_000),
  noteKk: required(20_000),
  noteRu: required(20_000),
});
/** Editing a draft in preparation: its body stays; the lock catches two officials saving at once. */
export const draftEditSchema = draftFormSchema.omit({ stateBody: true }).extend({ lockVersion: lockField });
export const DRAFT_FORM_ORDER = [
  'stateBody',
  'kind',
  'titleKk',
  'titleRu',
  'textKk',
  'textRu',
  'noteKk',
  'noteRu',
  'lockVersion',
];

export const versionFormSchema = z.object({
  textKk: required(200_000),
  textRu: required(200_000),
  noteKk: required(20_000),
  noteRu: required(20_000),
  changesKk: required(20_000),
  changesRu: required(20_000),
  lastDay: dateField,
  lockVersion: lockField,
});
export const VERSION_FORM_ORDER = ['textKk', 'textRu', 'noteKk', 'noteRu', 'changesKk', 'changesRu', 'lastDay'];

export const openFormSchema = z.object({ lastDay: dateField, lockVersion: lockField });

export const commentFormSchema = z.object({
  unit: z.preprocess(orEmpty, z.string().min(1, 'legislation.errors.chooseUnit').max(80)),
  body: required(5000),
  onBehalf: text(20),
});

export const answerFormSchema = z
  .object({
    status: z.enum(ANSWER_STATUSES, { error: 'legislation.errors.chooseAnswer' }),
    reason: text(5000),
    answerVersion: lockField,
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'accepted' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'legislation.errors.reasonRequired' });
  });

export const conclusionFormSchema = z.object({
  kind: z.enum(CONCLUSION_KINDS, { error: 'legislation.errors.chooseConclusionKind' }),
  organization: z.preprocess(orEmpty, z.string().regex(/^\d{12}$/, 'legislation.errors.chooseOrganization')),
  summary: required(2000),
});

/** A unit's key for people: "article 3, paragraph 2, sub-paragraph 1" in the reader's language. */
export function unitName(t: T, key: string): string {
  if (key === 'preamble') return t('legislation.unit.preamble');
  const p = keyParts(key);
  const parts: string[] = [];
  if (p.article) parts.push(t('legislation.unit.article', { n: p.article }));
  if (p.paragraph) parts.push(t('legislation.unit.paragraph', { n: p.paragraph }));
  if (p.sub) parts.push(t('legislation.unit.sub', { n: p.sub }));
  return parts.join(', ');
}

function problemMessage(t: T, p: StructureProblem): [string, string] {
  const field = p.kind === 'noParagraphs' ? 'textKk' : p.lang === 'kk' ? 'textKk' : 'textRu';
  if (p.kind === 'empty') return [field, t('legislation.errors.textEmpty')];
  if (p.kind === 'noParagraphs') return [field, t('legislation.errors.noStructure')];
  return [field, t('legislation.errors.structureMismatch', { unit: unitName(t, p.key) })];
}

/** Reads both texts of a draft; the units, or errors for the text fields. */
export function readTexts(
  t: T,
  textKk: string,
  textRu: string,
): { ok: true; units: BilingualUnit[] } | { ok: false; errors: FieldErrors } {
  const joined = joinTexts(parseDraftText(textKk), parseDraftText(textRu));
  if (joined.ok) return joined;
  const [field, message] = problemMessage(t, joined.problem);
  return { ok: false, errors: { [field]: message } };
}

// ------------------------------------------------------------------- lists

export const LIST_FIELDS = ['q', 'status', 'body', 'open', 'page'] as const;
const listFields = {
  q: z.string().trim().max(200, 'errors.tooBig'),
  status: z.enum(DRAFT_STATES, { error: 'errors.invalidOption' }),
  body: z.string().regex(/^[a-z0-9-]{2,40}$/, 'errors.invalidOption'),
  open: z.enum(['1'], { error: 'errors.invalidOption' }),
  page: z.coerce
    .number({ error: 'legislation.errors.page' })
    .int('legislation.errors.page')
    .min(1, 'legislation.errors.page')
    .max(10_000, 'legislation.errors.page'),
} as const;

/** The list page's filters, read leniently: a bad value is reported next to its field and left out. */
export function parseListQuery(raw: Record<string, unknown>) {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  const ok: Record<string, unknown> = {};
  for (const key of LIST_FIELDS) {
    const v = raw[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') {
      errors[key] = 'errors.invalidType';
      continue;
    }
    values[key] = v;
    const r = (listFields[key] as z.ZodType).safeParse(v);
    if (r.success) ok[key] = r.data;
    else errors[key] = r.error.issues[0].message;
  }
  return {
    filter: {
      q: (ok.q as string | undefined) || undefined,
      status: ok.status as (typeof DRAFT_STATES)[number] | undefined,
      bodyCode: ok.body as string | undefined,
      openNow: ok.open === '1',
      page: (ok.page as number | undefined) ?? 1,
    },
    errors,
    values,
  };
}

// --------------------------------------------------------------------- API

export const apiListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words of the title, in Kazakh or Russian'),
  status: z.enum(DRAFT_STATES).optional().describe('State as of now (an open discussion past its last day is closed)'),
  stateBody: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional()
    .describe('Code of the developing state body, e.g. mip or akimat-astana'),
  openNow: z.enum(['true', 'false']).optional().describe('Only discussions open at this moment'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const idParams = z.object({ id: z.string().max(40) });

const bodyJson = z.object({
  code: z.string(),
  names: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  region: z.string().nullable(),
});
const bilingual = z.object({ kk: z.string(), ru: z.string() });

export const draftListItemJson = z.object({
  id: z.string(),
  title: bilingual,
  kind: z.enum(DRAFT_KINDS),
  status: z.enum(DRAFT_STATES),
  stateBody: bodyJson,
  version: z.number().int(),
  openedAt: z.string().nullable(),
  lastDay: z.string().nullable().describe('Last day of the current discussion (Asia/Almaty)'),
  closesAt: z.string().nullable(),
  comments: z.number().int(),
  url: z.string(),
});
export const draftListJson = z.object({
  items: z.array(draftListItemJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const unitJson = z.object({
  key: z.string(),
  kind: z.enum(['preamble', 'article', 'paragraph', 'subparagraph']),
  label: z.string(),
  heading: bilingual,
  text: bilingual,
  comments: z.number().int(),
});
const answerJson = z
  .object({ status: z.enum(ANSWER_STATUSES), reason: z.string().nullable(), answeredAt: z.string() })
  .nullable();
const commentJson = z.object({
  id: z.string(),
  version: z.number().int(),
  unit: z.string(),
  author: z.string(),
  organization: z.object({ bin: z.string(), name: bilingual }).nullable(),
  body: z.string(),
  lang: z.string(),
  createdAt: z.string(),
  supports: z.number().int(),
  answer: answerJson,
});
export const draftDetailJson = draftListItemJson.extend({
  note: bilingual,
  summaryPublishedAt: z.string().nullable(),
  structure: z.array(unitJson),
  versions: z.array(
    z.object({
      number: z.number().int(),
      openedAt: z.string().nullable(),
      lastDay: z.string().nullable(),
      changes: bilingual,
      comments: z.number().int(),
      url: z.string(),
    }),
  ),
  commentCounts: z.object({
    total: z.number().int(),
    answered: z.number().int(),
    accepted: z.number().int(),
    partlyAccepted: z.number().int(),
    rejected: z.number().int(),
  }),
  comments: z.array(commentJson),
  conclusions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(CONCLUSION_KINDS),
      version: z.number().int(),
      organization: z.object({ bin: z.string(), name: bilingual }),
      summary: z.string(),
      createdAt: z.string(),
      fileUrl: z.string(),
    }),
  ),
});
export const apiError = z.object({ error: z.string(), message: z.string().optional() });
