/**
 * Rows -> view models and API JSON. The citizen's name, e-mail and attachments leave only to the
 * citizen and the body's officials; published appeals carry only the masked public texts.
 */
import { regionByCode } from '../../reference/index.ts';
import { pick, type Locale } from '../../platform/i18n/index.ts';
import type { TagTone } from '../../platform/views/data.tsx';
import {
  answeredOnTime,
  isOverdue,
  onTimePercent,
  workingDaysLeft,
  type AppealStatus,
  type BodyRecord,
} from './domain.ts';
import type { CitizenRow, PublishedRow, StateBodyRow } from './repository/index.ts';

type BodyNames = { name_kk: string; name_ru: string; name_en: string };
export const bodyName = (b: BodyNames, locale: Locale) => pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, locale);
export const prefixedBodyName = (
  b: { body_name_kk: string; body_name_ru: string; body_name_en: string },
  locale: Locale,
) => bodyName({ name_kk: b.body_name_kk, name_ru: b.body_name_ru, name_en: b.body_name_en }, locale);
export const regionName = (code: string | null, locale: Locale) =>
  code ? (regionByCode(code)?.name[locale] ?? code) : null;

export const STATUS_TONE: Record<AppealStatus, TagTone> = {
  registered: 'blue',
  redirected: 'yellow',
  in_progress: 'yellow',
  answered: 'green',
  rated: 'green',
};

const KIND_ORDER = ['government', 'ministry', 'operator', 'akimat', 'maslikhat'];
/** State bodies for a select: national ones first, then by region; grouped by kind (optgroups). */
export function bodyGroups(bodies: StateBodyRow[], locale: Locale, t: (k: string) => string) {
  const groups = new Map<string, { value: string; label: string }[]>();
  const sorted = [...bodies].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (regionName(a.region, locale) ?? '').localeCompare(regionName(b.region, locale) ?? '', locale),
  );
  for (const b of sorted) {
    const label = t(`appeals.bodyKind.${KIND_ORDER.includes(b.kind) ? b.kind : 'other'}`);
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label)!.push({ value: b.code, label: bodyName(b, locale) });
  }
  return [...groups].map(([label, options]) => ({ label, options }));
}

/** Deadline facts for a row: days left (negative when overdue). */
export function deadline(a: { due_on: string; answered_on: string | null }, today: string) {
  return {
    overdue: isOverdue(a, today),
    daysLeft: a.answered_on ? null : workingDaysLeft(a.due_on, today),
    onTime: a.answered_on ? answeredOnTime(a) : null,
  };
}

const bodyJson = (b: {
  body_code: string;
  body_kind: string;
  body_region: string | null;
  body_name_kk: string;
  body_name_ru: string;
  body_name_en: string;
}) => ({
  code: b.body_code,
  kind: b.body_kind,
  region: b.body_region,
  names: { kk: b.body_name_kk, ru: b.body_name_ru, en: b.body_name_en },
});

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function publishedJson(r: PublishedRow) {
  return {
    id: r.number,
    kind: r.kind,
    language: r.lang,
    body: bodyJson(r),
    subject: r.public_subject ?? '',
    text: r.public_body ?? '',
    answer: r.public_answer ?? '',
    registeredOn: r.registered_on,
    dueOn: r.due_on,
    answeredOn: r.answered_on,
    answeredOnTime: answeredOnTime(r),
    rating: r.rating,
    publishedAt: iso(r.published_at!),
  };
}

export function mineJson(r: CitizenRow, today: string) {
  return {
    id: r.number,
    kind: r.kind,
    status: r.status,
    subject: r.subject,
    body: { code: r.body_code, names: { kk: r.body_name_kk, ru: r.body_name_ru, en: r.body_name_en } },
    registeredAt: iso(r.registered_at),
    dueOn: r.due_on,
    answeredOn: r.answered_on,
    overdue: isOverdue(r, today),
    rating: r.rating,
    published: r.published_at !== null,
  };
}

export function statisticsJson(
  b: StateBodyRow,
  year: number,
  r: BodyRecord,
  initiatives: { received: number; answered: number; answeredOnTime: number; overdue: number } | null,
) {
  return {
    body: { code: b.code, kind: b.kind, region: b.region, names: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } },
    year,
    ...r,
    answeredOnTimePercent: onTimePercent(r),
    initiatives,
  };
}

export * from './presenters/views.ts';

export const EMPTY_RECORD: BodyRecord = {
  received: 0,
  answered: 0,
  answeredOnTime: 0,
  overdue: 0,
  averageRating: null,
};
