/**
 * Zod schemas of the councils' and hearings' forms and API. Form bodies arrive as strings (arrays
 * for checkboxes); messages are i18n keys translated by the platform (fieldErrors).
 */
import { z } from 'zod';
import { regionCodes, validateBin } from '../../reference/index.ts';
import { asArray } from '../../platform/http/validation.ts';
import { COUNCIL_LEVELS, COUNCIL_ROLES, HEARING_STATUSES, RESPONSES, almatyInstant } from './domain.ts';

const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : v);
export const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
export const required = (max: number) =>
  z.preprocess(orEmpty, z.string().trim().min(1, 'errors.required').max(max, 'errors.tooBig'));
const nullIfEmpty = (s: string) => (s === '' ? null : s);

/** 'YYYY-MM-DD' (a date input) or 'DD.MM.YYYY' (as people type in Kazakhstan). */
export function toIsoDate(s: string): string | null {
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : s;
  return almatyInstant(iso, '00:00') ? iso : null;
}
const dateField = required(20).transform((v, ctx) => {
  const d = toIsoDate(v);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: 'councils.errors.date' });
    return z.NEVER;
  }
  return d;
});
const optionalDate = text(20).transform((v, ctx) => {
  if (!v) return null;
  const d = toIsoDate(v);
  if (!d) {
    ctx.addIssue({ code: 'custom', message: 'councils.errors.date' });
    return z.NEVER;
  }
  return d;
});
const timeField = required(5).refine((v) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(v), 'councils.errors.time');
const count = (max: number) =>
  required(6)
    .refine((v) => /^\d{1,5}$/.test(v) && Number(v) <= max, 'councils.errors.wholeNumber')
    .transform(Number);
const version = z.preprocess(
  orEmpty,
  z
    .string()
    .regex(/^\d{1,9}$/, 'errors.invalid')
    .transform(Number),
);
const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'errors.invalidOption');
/** Lines of a textarea, without the empty ones. */
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

// ---------------------------------------------------------------- councils

export const councilSchema = z
  .object({
    stateBodyId: z.preprocess(orEmpty, uuid),
    level: z.enum(COUNCIL_LEVELS, { error: 'councils.errors.chooseLevel' }),
    nameKk: required(300),
    nameRu: required(300),
    nameEn: text(300).transform(nullIfEmpty),
    description: text(5000),
    termStart: dateField,
    termEnd: dateField,
  })
  .superRefine((v, ctx) => {
    if (v.termEnd <= v.termStart)
      ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'councils.errors.termOrder' });
  });
export type CouncilInput = z.infer<typeof councilSchema>;
export const COUNCIL_ORDER = [
  'stateBodyId',
  'level',
  'nameKk',
  'nameRu',
  'nameEn',
  'description',
  'termStart',
  'termEnd',
];

export const memberSchema = z
  .object({
    fullName: required(200),
    role: z.enum(COUNCIL_ROLES, { error: 'councils.errors.chooseRole' }),
    affiliation: text(300),
    termStart: dateField,
    termEnd: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.termEnd && v.termEnd <= v.termStart)
      ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'councils.errors.termOrder' });
  });
export type MemberInput = z.infer<typeof memberSchema>;

/** A call for members; the closing day is checked against the minimum period by the command. */
export const selectionSchema = z.object({
  title: required(300),
  description: text(5000),
  seats: count(50).refine((n) => n >= 1, 'councils.errors.seats'),
  closesOn: dateField,
});
export type SelectionInput = z.infer<typeof selectionSchema>;

export const applicationSchema = z
  .object({
    kind: z.enum(['citizen', 'ngo'], { error: 'councils.errors.chooseKind' }),
    bin: text(20),
    motivation: required(5000).refine((v) => v.length >= 30, 'councils.errors.motivationShort'),
    experience: required(5000),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'ngo') return;
    if (!v.bin) ctx.addIssue({ code: 'custom', path: ['bin'], message: 'councils.errors.chooseOrganization' });
    else if (!validateBin(v.bin).ok)
      ctx.addIssue({ code: 'custom', path: ['bin'], message: 'councils.errors.chooseOrganization' });
  })
  .transform((v) => ({ ...v, bin: v.kind === 'ngo' ? v.bin : null }));
export type ApplicationInput = z.infer<typeof applicationSchema>;
export const APPLICATION_ORDER = ['kind', 'bin', 'motivation', 'experience', 'document'];

/** The commission's votes: totals per candidate (votes_<field>_<applicationId>) and the number who voted. */
export function decisionVotesSchema(applicationIds: string[]) {
  const shape: Record<string, z.ZodType> = {
    commissionSize: count(100).refine((n) => n >= 1, 'councils.errors.commissionSize'),
    note: text(2000),
    version,
  };
  for (const id of applicationIds) for (const f of ['for', 'against', 'abstain']) shape[`${f}_${id}`] = count(100);
  return z.object(shape);
}

export const meetingSchema = z
  .object({
    title: required(300),
    date: dateField,
    startTime: timeField,
    endTime: timeField,
    location: required(300),
    agenda: required(5000)
      .transform(lines)
      .refine((ls) => ls.length <= 30, 'councils.errors.tooManyLines'),
  })
  .transform((v, ctx) => {
    const startsAt = almatyInstant(v.date, v.startTime.padStart(5, '0'))!;
    const endsAt = almatyInstant(v.date, v.endTime.padStart(5, '0'))!;
    if (endsAt <= startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'councils.errors.endBeforeStart' });
      return z.NEVER;
    }
    return { title: v.title, location: v.location, agenda: v.agenda, startsAt, endsAt };
  });
export type MeetingInput = z.infer<typeof meetingSchema>;
export const MEETING_ORDER = ['title', 'date', 'startTime', 'endTime', 'location', 'agenda', 'document'];

export const minutesSchema = z.object({
  minutes: required(20000),
  present: z.preprocess(asArray, z.array(uuid).max(200)),
  version,
});

export const decisionSchema = z.object({
  text: required(5000),
  votesFor: count(1000),
  votesAgainst: count(1000),
  votesAbstain: count(1000),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const responseSchema = z.object({
  outcome: z.enum(RESPONSES, { error: 'councils.errors.chooseOutcome' }),
  response: required(5000),
  version,
});

export const cancelSchema = z.object({ reason: required(2000), version });

export const reportSchema = z
  .object({
    kind: z.enum(['council', 'ngo'], { error: 'councils.errors.chooseAuthor' }),
    bin: text(20),
    title: required(300),
    findings: required(20000),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'ngo' && !validateBin(v.bin).ok)
      ctx.addIssue({ code: 'custom', path: ['bin'], message: 'councils.errors.chooseOrganization' });
  })
  .transform((v) => ({ ...v, bin: v.kind === 'ngo' ? v.bin : null }));
export type ReportInput = z.infer<typeof reportSchema>;
export const REPORT_ORDER = ['kind', 'bin', 'title', 'findings', 'document'];

export const reportAnswerSchema = z.object({ answer: required(10000), version });

// ---------------------------------------------------------------- hearings

export const hearingSchema = z
  .object({
    stateBodyId: z.preprocess(orEmpty, uuid),
    councilId: text(40).transform(nullIfEmpty),
    title: required(300),
    description: required(10000),
    location: required(300),
    date: dateField,
    time: timeField,
  })
  .transform((v) => ({ ...v, startsAt: almatyInstant(v.date, v.time.padStart(5, '0'))! }));
export type HearingInput = z.infer<typeof hearingSchema>;
export const HEARING_ORDER = [
  'stateBodyId',
  'councilId',
  'title',
  'description',
  'location',
  'date',
  'time',
  'document',
];

export const registrationSchema = z.object({
  mode: z.enum(['in_person', 'online'], { error: 'councils.errors.chooseMode' }),
});
export const questionSchema = z.object({
  kind: z.enum(['question', 'proposal'], { error: 'councils.errors.chooseQuestionKind' }),
  text: required(3000).refine((v) => v.length >= 10, 'councils.errors.questionShort'),
});
export const answerSchema = z.object({
  outcome: z.enum(['accepted', 'partly_accepted', 'rejected', 'answered'], { error: 'councils.errors.chooseOutcome' }),
  answer: required(5000),
  version,
});
export const hideSchema = z.object({ reason: required(500) });
export const hearingMinutesSchema = z.object({ minutes: required(20000), participants: count(100000), version });
export const versionOnly = z.object({ version });

// ----------------------------------------------------------------- search

/** Reads a list page's filters leniently: a bad value is an error for its field and is left out. */
export function parseFilters<K extends string>(
  raw: Record<string, unknown>,
  fields: Record<K, z.ZodType>,
): { values: Record<string, string>; errors: Record<string, string>; ok: Partial<Record<K, any>> } {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const ok: Partial<Record<K, any>> = {};
  for (const key of Object.keys(fields) as K[]) {
    const v = raw[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') {
      errors[key] = 'errors.invalidType';
      continue;
    }
    values[key] = v;
    const r = fields[key].safeParse(v);
    if (r.success) ok[key] = r.data;
    else errors[key] = r.error.issues[0].message;
  }
  return { values, errors, ok };
}

const pageField = z.coerce
  .number({ error: 'councils.errors.page' })
  .int('councils.errors.page')
  .min(1, 'councils.errors.page')
  .max(10_000, 'councils.errors.page');
export const councilFilters = {
  q: z.string().trim().max(200, 'errors.tooBig'),
  level: z.enum(COUNCIL_LEVELS, { error: 'errors.invalidOption' }),
  region: z.enum(regionCodes, { error: 'errors.invalidOption' }),
  body: z.string().regex(/^[a-z-]{2,60}$/, 'errors.invalidOption'),
  page: pageField,
};
export const hearingFilters = {
  q: z.string().trim().max(200, 'errors.tooBig'),
  status: z.enum(HEARING_STATUSES, { error: 'errors.invalidOption' }),
  region: z.enum(regionCodes, { error: 'errors.invalidOption' }),
  body: z.string().regex(/^[a-z-]{2,60}$/, 'errors.invalidOption'),
  page: pageField,
};

export * from './schemas/api.ts';
