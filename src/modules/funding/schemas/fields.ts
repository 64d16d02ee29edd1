/**
 * The fields funding's forms are made of: strings trimmed and bounded, dates, times, money typed
 * in tenge and kept in tiyn, integers, a region and an area from the reference lists, and lines
 * of a textarea ("name; unit; target") parsed into rows. Messages are i18n keys.
 */
import { z } from 'zod';
import { areaCodes, isIsoDate, regionCodes } from '../../../reference/index.ts';
import { asArray } from '../../../platform/http/validation.ts';
import { parseTenge } from '../domain.ts';

export const orEmpty = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? String(v[0] ?? '') : v);
export const text = (max: number) => z.preprocess(orEmpty, z.string().trim().max(max, 'errors.tooBig'));
export const required = (max: number, min = 1) =>
  z.preprocess(
    orEmpty,
    z
      .string()
      .trim()
      .min(min, min > 1 ? 'errors.tooSmall' : 'errors.required')
      .max(max, 'errors.tooBig'),
  );
export const checkboxes = z.preprocess((v) => asArray(v), z.array(z.string()));

export const dateField = required(10).refine(
  (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isIsoDate(v),
  'funding.errors.date',
);
export const optionalDate = text(10).refine(
  (v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isIsoDate(v)),
  'funding.errors.date',
);
export const timeField = text(5)
  .transform((v) => v || '18:00')
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'funding.errors.time');
export const tengeField = required(20).transform((v, ctx) => {
  const t = parseTenge(v);
  if (t === null) {
    ctx.addIssue({ code: 'custom', message: 'funding.errors.money' });
    return z.NEVER;
  }
  return t;
});
export const optionalTenge = text(20).transform((v, ctx) => {
  if (v === '') return null;
  const t = parseTenge(v);
  if (t === null) {
    ctx.addIssue({ code: 'custom', message: 'funding.errors.money' });
    return z.NEVER;
  }
  return t;
});
export const intField = (min: number, max: number) =>
  required(12).transform((v, ctx) => {
    const n = Number(v.replace(/\s/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: 'funding.errors.integer' });
      return z.NEVER;
    }
    return n;
  });
export const region = text(40)
  .refine((v) => v === '' || (regionCodes as readonly string[]).includes(v), 'errors.invalidOption')
  .transform((v) => v || null);
export const area = required(40).refine((v) => (areaCodes as readonly string[]).includes(v), 'errors.invalidOption');
export const uuidOrNull = text(40)
  .refine((v) => v === '' || /^[0-9a-f-]{36}$/.test(v), 'errors.invalid')
  .transform((v) => v || null);

/** "name; unit; target" per line. */
export const indicatorLines = (min: number) =>
  text(4000).transform((v, ctx) => {
    const out: { name: string; unit: string; target: number }[] = [];
    for (const line of v
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [name, unit, target] = line.split(';').map((s) => s.trim());
      const n = Number(target);
      if (!name || !unit || !Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: 'funding.errors.indicatorLine' });
        return z.NEVER;
      }
      out.push({ name, unit, target: n });
    }
    if (out.length < min) {
      ctx.addIssue({ code: 'custom', message: 'funding.errors.indicatorsRequired' });
      return z.NEVER;
    }
    return out;
  });

/** "first; second" per line into pairs (activities: title; period — team: name; role). */
export const pairLines = (a: string, b: string) =>
  text(4000).transform((v, ctx) => {
    const out: Record<string, string>[] = [];
    for (const line of v
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [x, ...rest] = line.split(';');
      const y = rest.join(';').trim();
      if (!x.trim() || !y) {
        ctx.addIssue({ code: 'custom', message: 'funding.errors.pairLine' });
        return z.NEVER;
      }
      out.push({ [a]: x.trim(), [b]: y });
    }
    return out;
  });
export const linkLines = text(4000).transform((v, ctx) => {
  const links = v
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (links.some((l) => !/^https?:\/\/\S+$/.test(l))) {
    ctx.addIssue({ code: 'custom', message: 'funding.errors.links' });
    return z.NEVER;
  }
  return links;
});
