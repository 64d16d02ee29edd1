import { z } from 'zod';

const localized = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const indicatorJson = z.object({
  id: z.string(),
  module: z.string(),
  unit: z.enum(['count', 'percent', 'tenge', 'hours', 'score']),
  title: localized,
  definition: localized,
  expectedResults: z
    .array(z.number().int())
    .describe('Numbers of the Concept’s expected results (Chapter 4) this indicator measures'),
  available: z.boolean().describe('false when the figure could not be computed just now'),
  values: z.array(
    z.object({
      region: z.string().nullable().describe('Region code; null is the national figure'),
      year: z.number().int(),
      value: z.number(),
    }),
  ),
});

export const indicatorListJson = z.object({
  items: z.array(indicatorJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const sdgJson = z.object({ goal: z.number().int(), name: localized, areas: z.array(z.string()) });
export const sdgListJson = z.object({
  items: z.array(sdgJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const sdgDetailJson = sdgJson.extend({
  contributions: z.array(
    z.object({ kind: z.string(), title: localized, items: z.array(z.object({ title: z.string(), url: z.string() })) }),
  ),
});

export const idParams = z.object({ id: z.string().max(100) });
export const goalParams = z.object({ goal: z.coerce.number().int().min(1).max(17) });
export const apiError = z.object({ error: z.string(), message: z.string() });
