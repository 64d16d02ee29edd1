import type { z } from 'zod';
import type { T } from '../i18n/index.ts';
import type { FieldErrors } from '../views/forms.tsx';

/**
 * Schemas carry i18n keys as their messages (z.string().min(1, 'errors.required'));
 * an issue without one gets a generic message for its code.
 */
export function translateIssue(
  t: T,
  issue: { code?: string; message?: string; minimum?: number | bigint; maximum?: number | bigint },
): string {
  const m = issue.message;
  if (m && /^[a-z]+\.[a-zA-Z0-9_.]+$/.test(m))
    return t(m, { min: Number(issue.minimum ?? 0), max: Number(issue.maximum ?? 0) });
  switch (issue.code) {
    case 'too_small':
      return t('errors.tooSmall', { min: Number(issue.minimum ?? 0) });
    case 'too_big':
      return t('errors.tooBig', { max: Number(issue.maximum ?? 0) });
    case 'invalid_type':
      return t('errors.invalidType');
    case 'invalid_value':
    case 'invalid_enum_value':
      return t('errors.invalidOption');
    case 'unrecognized_keys':
      return t('errors.unknownField');
    default:
      return t('errors.invalid');
  }
}

/**
 * Zod error -> form field -> translated message (first message per field), for re-rendering a
 * form. Keyed by the form field, the path's first segment: an issue on `areas.2` (one bad
 * checkbox) or `leaders.0.name` (a line of a textarea) belongs next to that field.
 */
export function fieldErrors(t: T, error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in out)) out[key] = translateIssue(t, issue as any);
  }
  return out;
}

/** Zod error -> JSON issues with the field path, for the API. */
export function apiIssues(t: T, error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: translateIssue(t, i as any) }));
}

/** Form bodies arrive as strings; repeated names (checkboxes) as arrays. Normalises one field to an array. */
export const asArray = (v: unknown): string[] =>
  v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
