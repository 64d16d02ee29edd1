/** The JSON API's query parameters, path parameters and response bodies (OpenAPI is made from them). */
import { z } from 'zod';
import { areaCodes, regionCodes } from '../../../reference/index.ts';
import { INSTRUMENTS } from '../domain.ts';

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
