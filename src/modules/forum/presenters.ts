/** Rows -> view models and API JSON for the Civil Forum; whitelisted fields, the reader's language. */
import { areaByCode, regionByCode } from '../../reference/index.ts';
import { pick, type Locale } from '../../platform/i18n/index.ts';
import { isOverdue, itemState } from './domain.ts';
import type { EvidenceRow, ForumRow, ItemRow, RecommendationRow } from './repository/index.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
export const tri = (kk: string, ru: string, en: string | null, locale: Locale) => pick({ kk, ru, en }, locale);
export const regionName = (code: string | null, locale: Locale) =>
  code ? (regionByCode(code)?.name[locale] ?? code) : '';
export const topicName = (code: string, locale: Locale) => areaByCode(code)?.name[locale] ?? code;

type ForumLike = Pick<
  ForumRow,
  | 'id'
  | 'kind'
  | 'region'
  | 'year'
  | 'title_kk'
  | 'title_ru'
  | 'title_en'
  | 'body_code'
  | 'body_kk'
  | 'body_ru'
  | 'body_en'
  | 'held_on'
  | 'status'
>;
export const forumTitle = (f: Pick<ForumRow, 'title_kk' | 'title_ru' | 'title_en'>, locale: Locale) =>
  tri(f.title_kk, f.title_ru, f.title_en, locale);
export const bodyName = (b: { body_kk: string; body_ru: string; body_en: string | null }, locale: Locale) =>
  tri(b.body_kk, b.body_ru, b.body_en, locale);
export const itemTitle = (i: Pick<ItemRow, 'title_kk' | 'title_ru' | 'title_en'>, locale: Locale) =>
  tri(i.title_kk, i.title_ru, i.title_en, locale);
export const recText = (r: { text_kk: string; text_ru: string; text_en: string | null }, locale: Locale) =>
  tri(r.text_kk, r.text_ru, r.text_en, locale);

export function forumJson(f: ForumLike) {
  return {
    id: f.id,
    kind: f.kind,
    region: f.region,
    year: f.year,
    title: { kk: f.title_kk, ru: f.title_ru, en: f.title_en },
    organiser: { code: f.body_code, name: { kk: f.body_kk, ru: f.body_ru, en: f.body_en } },
    heldOn: f.held_on,
    status: f.status,
    url: `/kk/forum/${f.id}`,
  };
}

export function recommendationJson(r: RecommendationRow) {
  return {
    id: r.id,
    number: r.number,
    topic: r.topic,
    text: { kk: r.text_kk, ru: r.text_ru, en: r.text_en },
    adoptedAt: iso(r.adopted_at)!,
    url: `/kk/forum/recommendations/${r.id}`,
  };
}

export function itemJson(i: ItemRow, now: Date) {
  return {
    id: i.id,
    forumId: i.forum_id,
    number: i.number,
    title: { kk: i.title_kk, ru: i.title_ru, en: i.title_en },
    topic: i.topic,
    region: i.region,
    responsibleBody: { code: i.body_code, name: { kk: i.body_kk, ru: i.body_ru, en: i.body_en } },
    deadline: i.deadline,
    status: i.status,
    state: itemState(i, now),
    overdue: isOverdue(i, now),
    doneAt: iso(i.done_at),
    statusNote: i.status_note,
    url: `/kk/forum/action-plan/${i.id}`,
  };
}

/** Where a piece of evidence is read: the document's download address or the link itself. */
export const evidenceHref = (e: Pick<EvidenceRow, 'kind' | 'file_id' | 'url'>) =>
  e.kind === 'document' ? `/forum/evidence/${e.file_id}` : e.url!;

export function evidenceJson(e: EvidenceRow) {
  return { id: e.id, kind: e.kind, description: e.description, url: evidenceHref(e), addedAt: iso(e.created_at)! };
}
