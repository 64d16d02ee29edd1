/** Zod schemas of the councils' JSON API: its queries, params and responses (OpenAPI is generated from them). */
import { z } from 'zod';
import { regionCodes } from '../../../reference/index.ts';
import { COUNCIL_LEVELS, COUNCIL_ROLES, HEARING_STATUSES } from '../domain.ts';

const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
export const councilsApiQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the council or state body name, any language'),
  level: z.enum(COUNCIL_LEVELS).optional(),
  region: z.enum(regionCodes).optional(),
  body: z.string().max(60).optional().describe('State body code, e.g. mip or akimat-almaty'),
  ...pageQuery,
});
export const hearingsApiQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(HEARING_STATUSES).optional(),
  region: z.enum(regionCodes).optional(),
  body: z.string().max(60).optional(),
  ...pageQuery,
});
export const idParams = z.object({ id: z.string().max(60) });

const names = z.object({ kk: z.string(), ru: z.string(), en: z.string().nullable() });
const bodyJson = z.object({ code: z.string(), names: z.object({ kk: z.string(), ru: z.string(), en: z.string() }) });
const docJson = z.object({ title: z.string(), url: z.string(), mime: z.string() });

export const councilItemJson = z.object({
  id: z.string(),
  names,
  level: z.enum(COUNCIL_LEVELS),
  region: z.string().nullable(),
  stateBody: bodyJson,
  termStart: z.string(),
  termEnd: z.string(),
  status: z.enum(['active', 'dissolved']),
  url: z.string(),
  meetingsIcs: z.string(),
});
export const councilListJson = z.object({
  items: z.array(councilItemJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const councilDetailJson = councilItemJson.extend({
  description: z.string(),
  members: z.array(
    z.object({
      name: z.string(),
      role: z.enum(COUNCIL_ROLES),
      affiliation: z.string(),
      termStart: z.string(),
      termEnd: z.string().nullable(),
    }),
  ),
  selections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      seats: z.number().int(),
      applicationsCloseOn: z.string(),
      status: z.string(),
      commissionSize: z.number().int().nullable(),
      candidates: z.array(
        z.object({
          name: z.string(),
          kind: z.enum(['citizen', 'ngo']),
          organizationBin: z.string().nullable(),
          status: z.string(),
          votesFor: z.number().int().nullable(),
          votesAgainst: z.number().int().nullable(),
          votesAbstain: z.number().int().nullable(),
        }),
      ),
    }),
  ),
  meetings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      location: z.string(),
      status: z.string(),
      agenda: z.array(z.string()),
      minutes: z.string().nullable(),
      attendance: z.number().int(),
      documents: z.array(docJson),
      decisions: z.array(
        z.object({
          number: z.number().int(),
          text: z.string(),
          votesFor: z.number().int(),
          votesAgainst: z.number().int(),
          votesAbstain: z.number().int(),
          response: z.object({
            status: z.string(),
            text: z.string().nullable(),
            respondedAt: z.string().nullable(),
            dueOn: z.string(),
          }),
        }),
      ),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      authorKind: z.enum(['council', 'ngo']),
      author: z.string(),
      organizationBin: z.string().nullable(),
      findings: z.string(),
      publishedAt: z.string(),
      status: z.string(),
      bodyAnswer: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
});

export const hearingItemJson = z.object({
  id: z.string(),
  title: z.string(),
  stateBody: bodyJson,
  region: z.string().nullable(),
  councilId: z.string().nullable(),
  startsAt: z.string(),
  announcedAt: z.string(),
  location: z.string(),
  status: z.enum(HEARING_STATUSES),
  url: z.string(),
});
export const hearingListJson = z.object({
  items: z.array(hearingItemJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const hearingDetailJson = hearingItemJson.extend({
  description: z.string(),
  minutes: z.string().nullable(),
  participants: z.number().int().nullable(),
  registrations: z.number().int(),
  materials: z.array(docJson),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['question', 'proposal']),
      phase: z.enum(['before', 'during']),
      author: z.string(),
      text: z.string(),
      askedAt: z.string(),
      answer: z.string().nullable(),
      outcome: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
});
export const apiError = z.object({ error: z.string(), message: z.string().optional() });
