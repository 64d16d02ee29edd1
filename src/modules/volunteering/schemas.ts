/**
 * Zod schemas of the module's forms and API. Form bodies arrive as strings (arrays for checkboxes);
 * messages are i18n keys that the platform's fieldErrors translates.
 */
import { z } from 'zod';
import { areaCodes, isIsoDate, regionCodes, type IsoDate } from '../../reference/index.ts';
import { asArray } from '../../platform/http/validation.ts';
import {
  MAX_DONATION_TIYN,
  MIN_DONATION_TIYN,
  OPPORTUNITY_ACTIONS,
  parseHours,
  parseTenge,
  validIban,
} from './domain.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : v);
export const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
export const required = (max: number) =>
  z.preprocess(orEmpty, z.string().trim().min(1, 'errors.required').max(max, 'errors.tooBig'));
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === true, z.boolean());

/** 'YYYY-MM-DD' (a date input) or 'DD.MM.YYYY' (what people type in Kazakhstan). */
export function toIsoDate(s: string): IsoDate | null {
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDate(iso) ? iso : null;
}

const dateField = required(20).transform((v, ctx) => {
  const d = toIsoDate(v);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: 'volunteering.errors.date' });
    return z.NEVER;
  }
  return d;
});

const intField = (min: number, max: number, message: string) =>
  required(12).transform((v, ctx) => {
    const n = /^\d+$/.test(v.replace(/\s/g, '')) ? Number(v.replace(/\s/g, '')) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });
const optionalInt = (min: number, max: number, message: string) =>
  text(12).transform((v, ctx) => {
    if (v === '') return null;
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });

/** Comma- or line-separated list → trimmed, distinct, at most 20 items. */
export const listField = text(1000).transform((v) =>
  [
    ...new Set(
      v
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, 20),
);

const regionField = z.preprocess(
  orEmpty,
  z.string().refine((v) => (regionCodes as readonly string[]).includes(v), 'volunteering.errors.region'),
);
const areaField = z.preprocess(
  orEmpty,
  z.string().refine((v) => (areaCodes as readonly string[]).includes(v), 'volunteering.errors.area'),
);

export const LANGUAGES = ['kk', 'ru', 'en', 'other'] as const;

// ------------------------------------------------------------------ volunteers

export const profileSchema = (thisYear: number) =>
  z.object({
    region: regionField,
    birthYear: intField(thisYear - 100, thisYear - 7, 'volunteering.errors.birthYear'),
    skills: listField,
    languages: z.preprocess(
      asArray,
      z.array(z.enum(LANGUAGES, 'errors.invalidOption')).min(1, 'volunteering.errors.languages'),
    ),
    about: text(2000),
  });
export type ProfileInput = z.infer<ReturnType<typeof profileSchema>>;
export const PROFILE_ORDER = ['region', 'birthYear', 'languages', 'skills', 'about'];

export const signUpSchema = z.object({ motivation: text(2000) });
export const decideSchema = z.object({
  decision: z.preprocess(orEmpty, z.enum(['accept', 'decline'], 'volunteering.errors.chooseDecision')),
});
export const hoursSchema = z.object({
  hours: required(10).transform((v, ctx) => {
    const t = parseHours(v);
    if (t === null) {
      ctx.addIssue({ code: 'custom', message: 'volunteering.errors.hours' });
      return z.NEVER;
    }
    return t;
  }),
});
export const revokeSchema = z.object({ reason: required(500) });
export const opportunityActionSchema = z.object({
  action: z.preprocess(orEmpty, z.enum(OPPORTUNITY_ACTIONS as [string, ...string[]], 'errors.invalidOption')),
  version: z.coerce.number().int().min(1),
});

// -------------------------------------------------------------- opportunities

/** `today`: the earliest start allowed (for an edit, the start already saved may be earlier). */
export const opportunitySchema = (today: IsoDate) =>
  z
    .object({
      organizer: z.preprocess(
        orEmpty,
        z.string().regex(/^(organization|state_body):[0-9a-zA-Z-]+$/, 'volunteering.errors.organizer'),
      ),
      title: required(200),
      description: required(5000),
      area: areaField,
      online: checkbox,
      region: text(40),
      settlement: text(100),
      startsOn: dateField,
      endsOn: dateField,
      places: intField(1, 10000, 'volunteering.errors.places'),
      skills: listField,
      minAge: optionalInt(7, 100, 'volunteering.errors.age'),
      maxAge: optionalInt(7, 100, 'volunteering.errors.age'),
    })
    // Runs even when other fields failed, so every problem is reported at once (values may then be raw input).
    .superRefine(
      (v, ctx) => {
        const iso = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
        const online = v.online === true;
        const region = typeof v.region === 'string' ? v.region : '';
        if (!online && !(regionCodes as readonly string[]).includes(region))
          ctx.addIssue({ code: 'custom', path: ['region'], message: 'volunteering.errors.regionOrOnline' });
        if (online && region && !(regionCodes as readonly string[]).includes(region))
          ctx.addIssue({ code: 'custom', path: ['region'], message: 'volunteering.errors.region' });
        if (iso(v.startsOn) && v.startsOn < today)
          ctx.addIssue({ code: 'custom', path: ['startsOn'], message: 'volunteering.errors.datePast' });
        if (iso(v.startsOn) && iso(v.endsOn) && v.endsOn < v.startsOn)
          ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'volunteering.errors.endBeforeStart' });
        if (typeof v.minAge === 'number' && typeof v.maxAge === 'number' && v.minAge > v.maxAge)
          ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'volunteering.errors.ageOrder' });
      },
      { when: () => true },
    );
export type OpportunityInput = z.infer<ReturnType<typeof opportunitySchema>>;
export const OPPORTUNITY_ORDER = [
  'organizer',
  'title',
  'description',
  'area',
  'online',
  'region',
  'settlement',
  'startsOn',
  'endsOn',
  'places',
  'skills',
  'minAge',
  'maxAge',
];

// -------------------------------------------------------------------- charity

const tengeField = (min: number, max: number) =>
  required(30).transform((v, ctx) => {
    const t = parseTenge(v);
    if (t === null) {
      ctx.addIssue({ code: 'custom', message: 'volunteering.errors.amount' });
      return z.NEVER;
    }
    if (t < min || t > max) {
      ctx.addIssue({ code: 'custom', message: 'volunteering.errors.amountRange' });
      return z.NEVER;
    }
    return t;
  });

export const campaignSchema = (today: IsoDate) =>
  z
    .object({
      bin: z.preprocess(orEmpty, z.string().regex(/^\d{12}$/, 'volunteering.errors.organizer')),
      title: required(200),
      purpose: required(5000),
      area: areaField,
      goal: tengeField(10_000_00, 100_000_000_000_00),
      startsOn: dateField,
      endsOn: dateField,
      iban: required(40).transform((v, ctx) => {
        const s = v.replace(/\s/g, '').toUpperCase();
        if (!validIban(s)) {
          ctx.addIssue({ code: 'custom', message: 'volunteering.errors.iban' });
          return z.NEVER;
        }
        return s;
      }),
      bank: text(200),
    })
    .superRefine(
      (v, ctx) => {
        const iso = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
        if (iso(v.startsOn) && iso(v.endsOn) && v.endsOn < v.startsOn)
          ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'volunteering.errors.endBeforeStart' });
        else if (iso(v.endsOn) && v.endsOn < today)
          ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'volunteering.errors.datePast' });
      },
      { when: () => true },
    );
export type CampaignInput = z.infer<ReturnType<typeof campaignSchema>>;
export const CAMPAIGN_ORDER = ['bin', 'title', 'purpose', 'area', 'goal', 'startsOn', 'endsOn', 'iban', 'bank'];

export const donateSchema = z
  .object({
    amount: tengeField(MIN_DONATION_TIYN, MAX_DONATION_TIYN),
    name: text(200),
    anonymous: checkbox,
  })
  .superRefine(
    (v, ctx) => {
      if (v.anonymous !== true && !(typeof v.name === 'string' && v.name.trim()))
        ctx.addIssue({ code: 'custom', path: ['name'], message: 'volunteering.errors.nameOrAnonymous' });
    },
    { when: () => true },
  );
export const DONATE_ORDER = ['amount', 'name', 'anonymous'];

export const reportSchema = z.object({ text: required(10000), spent: tengeField(0, 100_000_000_000_00) });

// ------------------------------------------------------------------------ API

const MAX_PAGE = 10_000;
const pageFields = {
  page: z.coerce
    .number({ error: 'volunteering.errors.page' })
    .int('volunteering.errors.page')
    .min(1, 'volunteering.errors.page')
    .max(MAX_PAGE, 'volunteering.errors.page')
    .default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const opportunityListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words in the title, description, place or skills'),
  region: z.enum(regionCodes).optional(),
  area: z.enum(areaCodes).optional(),
  online: z.enum(['true', 'false']).optional(),
  status: z.enum(['open', 'closed', 'completed', 'cancelled']).optional(),
  ...pageFields,
});

export const campaignListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  region: z.enum(regionCodes).optional(),
  area: z.enum(areaCodes).optional(),
  phase: z.enum(['upcoming', 'active', 'ended', 'reported']).optional(),
  bin: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  ...pageFields,
});

/** The pages' filter forms: the same fields, as typed ('' means no filter). */
export const opportunityPageQuery = opportunityListQuery.extend({
  q: text(200),
  region: z.preprocess(orEmpty, z.union([z.literal(''), z.enum(regionCodes, 'errors.invalidOption')])),
  area: z.preprocess(orEmpty, z.union([z.literal(''), z.enum(areaCodes, 'errors.invalidOption')])),
  online: z.preprocess(orEmpty, z.union([z.literal(''), z.enum(['true', 'false'], 'errors.invalidOption')])),
  status: z.preprocess(
    orEmpty,
    z.union([z.literal(''), z.enum(['open', 'closed', 'completed', 'cancelled'], 'errors.invalidOption')]),
  ),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const campaignPageQuery = campaignListQuery.extend({
  q: text(200),
  region: z.preprocess(orEmpty, z.union([z.literal(''), z.enum(regionCodes, 'errors.invalidOption')])),
  area: z.preprocess(orEmpty, z.union([z.literal(''), z.enum(areaCodes, 'errors.invalidOption')])),
  phase: z.preprocess(
    orEmpty,
    z.union([z.literal(''), z.enum(['upcoming', 'active', 'ended', 'reported'], 'errors.invalidOption')]),
  ),
});

export const idParams = z.object({ id: z.string().uuid() });
export const apiError = z.object({ error: z.string(), message: z.string().optional() });
const localized = z.object({ kk: z.string(), ru: z.string(), en: z.string().nullable() });

export const opportunityJson = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  organizer: z.object({ type: z.enum(['organization', 'state_body']), id: z.string(), name: localized }),
  area: z.string(),
  online: z.boolean(),
  region: z.string().nullable(),
  settlement: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  places: z.number().int(),
  placesTaken: z.number().int(),
  skills: z.array(z.string()),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  status: z.enum(['open', 'closed', 'completed', 'cancelled']),
  url: z.string(),
});
export const opportunityListJson = z.object({
  items: z.array(opportunityJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const campaignJson = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  organization: z.object({ bin: z.string(), name: localized }),
  area: z.string(),
  region: z.string(),
  goalTiyn: z.number().int(),
  raisedTiyn: z.number().int(),
  donors: z.number().int(),
  progressPercent: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  account: z.object({ iban: z.string(), bank: z.string() }),
  phase: z.enum(['upcoming', 'active', 'ended', 'reported']),
  reportDueOn: z.string(),
  reportOverdue: z.boolean(),
  report: z.object({ text: z.string(), spentTiyn: z.number().int(), publishedAt: z.string() }).nullable(),
  url: z.string(),
});
export const campaignListJson = z.object({
  items: z.array(campaignJson),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** The body a provider's webhook sends (the development provider's shape; a real one maps to it). */
export const webhookBody = z.object({
  paymentId: z.string().min(1).max(200),
  status: z.enum(['confirmed', 'failed']),
  idempotencyKey: z.string().min(1).max(200),
  signature: z.string().min(1).max(200),
});
