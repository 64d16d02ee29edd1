/** Zod schemas of local participation: forms (messages are i18n keys) and the JSON API. */
import { z } from 'zod';
import { regionCodes } from '../../reference/index.ts';
import { asArray } from '../../platform/http/validation.ts';
import { CYCLE_STATUSES, IMPLEMENTATION_STATUSES, PROPOSAL_STATUSES } from './domain.ts';

const trimmed = (min: number, max: number, minKey = 'errors.required') =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z
      .string()
      .min(min, min <= 1 ? 'errors.required' : minKey)
      .max(max, 'errors.tooBig'),
  );
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
    z.string().max(max, 'errors.tooBig').nullable(),
  );

/**
 * An amount typed in tenge ("1 500 000", "250000,50") as integer tiyn; spaces and non-breaking
 * spaces are group separators. Must be positive and below 10^13 tenge.
 */
export const tengeAmount = z.preprocess(
  (v) => {
    if (typeof v !== 'string' || v.trim() === '') return undefined;
    const s = v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (!/^\d+(\.\d{1,2})?$/.test(s)) return NaN;
    return Math.round(Number(s) * 100);
  },
  z
    .number({ error: (i) => (i.input === undefined ? 'errors.required' : 'local.errors.amount') })
    .int()
    .positive('local.errors.amount')
    .max(1e15, 'local.errors.amount'),
);

const region = z.enum(regionCodes, { error: 'local.errors.region' });

export const cycleForm = z.object({
  stateBodyId: z.string({ error: 'local.errors.body' }).uuid('local.errors.body'),
  district: optionalText(200),
  year: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined),
    z
      .number({ error: 'local.errors.year' })
      .int('local.errors.year')
      .min(2020, 'local.errors.year')
      .max(2100, 'local.errors.year'),
  ),
  titleKk: trimmed(3, 200, 'local.errors.short'),
  titleRu: trimmed(3, 200, 'local.errors.short'),
  titleEn: optionalText(200),
  description: optionalText(4000),
  budget: tengeAmount,
  maxChoices: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined),
    z
      .number({ error: 'local.errors.maxChoices' })
      .int('local.errors.maxChoices')
      .min(1, 'local.errors.maxChoices')
      .max(10, 'local.errors.maxChoices'),
  ),
});
export type CycleForm = z.infer<typeof cycleForm>;

export const proposalForm = z.object({
  title: trimmed(5, 200, 'local.errors.short'),
  description: trimmed(20, 4000, 'local.errors.describe'),
  cost: tengeAmount,
  location: trimmed(3, 300, 'local.errors.short'),
});
export type ProposalForm = z.infer<typeof proposalForm>;

export const reviewForm = z.object({
  decision: z.enum(['feasible', 'infeasible'], { error: 'local.errors.decision' }),
  reason: trimmed(10, 2000, 'local.errors.reason'),
});

export const ballotForm = z.object({
  region,
  district: optionalText(200),
  choices: z.preprocess(asArray, z.array(z.string().uuid('local.errors.no_choice')).min(1, 'local.errors.no_choice')),
});
export type BallotForm = z.infer<typeof ballotForm>;

export const advanceForm = z.object({
  version: z.preprocess((v) => Number(v), z.number().int().positive()),
});

export const progressForm = z.object({
  implementation: z.enum(IMPLEMENTATION_STATUSES, { error: 'local.errors.implementation' }),
  note: trimmed(5, 2000, 'local.errors.short'),
});

export const assessmentForm = z.object({
  score: z.preprocess(
    (v) => (typeof v === 'string' && v !== '' ? Number(v) : undefined),
    z
      .number({ error: 'local.errors.score' })
      .int('local.errors.score')
      .min(1, 'local.errors.score')
      .max(5, 'local.errors.score'),
  ),
  comment: optionalText(2000),
  region,
});

// ----------------------------------------------------------------- API

export const cycleListQuery = z.object({
  q: z.string().max(200).optional(),
  region: z.enum(regionCodes).optional(),
  status: z.enum(CYCLE_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const idParams = z.object({ id: z.string().uuid() });

const names = z.object({ kk: z.string(), ru: z.string(), en: z.string().nullable() });

export const cycleJson = z.object({
  id: z.string(),
  title: names,
  stateBody: z.object({ code: z.string(), name: names }),
  region: z.string(),
  district: z.string().nullable(),
  year: z.number(),
  budgetTiyn: z.number(),
  maxChoices: z.number(),
  status: z.enum(CYCLE_STATUSES),
  ballots: z.number(),
  url: z.string(),
});

export const proposalJson = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  costTiyn: z.number(),
  status: z.enum(PROPOSAL_STATUSES),
  reviewReason: z.string().nullable(),
  votes: z.number(),
  implementation: z.enum(IMPLEMENTATION_STATUSES).nullable(),
  submittedAt: z.string(),
});

export const resultStepJson = z.object({
  proposalId: z.string(),
  votes: z.number(),
  costTiyn: z.number(),
  remainingBeforeTiyn: z.number(),
  decision: z.enum(['selected', 'skipped']),
  remainingAfterTiyn: z.number(),
});

export const cycleListJson = z.object({
  items: z.array(cycleJson),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const cycleDetailJson = cycleJson.extend({
  description: z.string().nullable(),
  proposals: z.array(proposalJson),
  results: z
    .object({ computedAt: z.string().nullable(), algorithm: z.string(), steps: z.array(resultStepJson) })
    .nullable(),
});
export const apiError = z.object({ error: z.string(), message: z.string() });
