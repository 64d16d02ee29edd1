/** Rows -> view models and API JSON for the Civil Forum; whitelisted fields, the reader's language. */
import { areaByCode, regionByCode } from '../../reference/index.ts';
import { pick, type Locale } from '../../platform/i18n/index.ts';
import { isOverdue, itemState } from './domain.ts';
import type {
  EvidenceRow,
  ForumProposalRow,
  ForumRow,
  ItemRow,
  listPlatforms,
  PlatformRow,
  RecommendationRow,
  searchForums,
  sourcesOf,
} from './repository/index.ts';

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

// ------------------------------------------------------------ view models
// Pages are given these (whitelisted fields), never repository rows.

const only = <T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;

const FORUM_VIEW = [
  'id',
  'kind',
  'region',
  'year',
  'title_kk',
  'title_ru',
  'title_en',
  'description',
  'held_on',
  'status',
  'version',
  'body_code',
  'body_kk',
  'body_ru',
  'body_en',
] as const;
export type ForumView = Pick<ForumRow, (typeof FORUM_VIEW)[number]>;
export const presentForum = (f: ForumRow): ForumView => only(f, FORUM_VIEW);

type ForumListRow = Awaited<ReturnType<typeof searchForums>>['rows'][number];
export type ForumListItem = Omit<ForumView, 'description' | 'version'> & {
  platforms: number;
  recommendations: number;
  items: number;
};
export const presentForumListItem = (f: ForumListRow): ForumListItem => ({
  ...only(f, FORUM_VIEW),
  platforms: f.platforms,
  recommendations: f.recommendations,
  items: f.items,
});

export type PlatformView = Pick<PlatformRow, 'id' | 'topic' | 'title_kk' | 'title_ru' | 'title_en'>;
export const presentPlatform = (p: PlatformRow): PlatformView =>
  only(p, ['id', 'topic', 'title_kk', 'title_ru', 'title_en']);

type PlatformListRow = Awaited<ReturnType<typeof listPlatforms>>[number];
export type PlatformListItem = PlatformView & { proposals: number; recommendations: number };
export const presentPlatformListItem = (p: PlatformListRow): PlatformListItem => ({
  ...presentPlatform(p),
  proposals: p.proposals,
  recommendations: p.recommendations,
});

/** A proposal as the public sees it: never who wrote it, only whether the reader did. */
export type ProposalView = Pick<
  ForumProposalRow,
  'id' | 'title' | 'body' | 'supports' | 'created_at' | 'recommendation_number' | 'supported'
> & { own: boolean };
export const presentProposal = (x: ForumProposalRow, readerId: string | null): ProposalView => ({
  ...only(x, ['id', 'title', 'body', 'supports', 'created_at', 'recommendation_number', 'supported']),
  own: readerId !== null && x.author_id === readerId,
});

const REC_VIEW = [
  'id',
  'forum_id',
  'platform_id',
  'number',
  'text_kk',
  'text_ru',
  'text_en',
  'adopted_at',
  'topic',
  'platform_kk',
  'platform_ru',
  'platform_en',
] as const;
export type RecommendationView = Pick<RecommendationRow, (typeof REC_VIEW)[number]>;
export const presentRecommendation = (r: RecommendationRow): RecommendationView => only(r, REC_VIEW);

type SourceRow = Awaited<ReturnType<typeof sourcesOf>>[number];
export type SourceView = Pick<
  SourceRow,
  'id' | 'number' | 'text_kk' | 'text_ru' | 'text_en' | 'platform_kk' | 'platform_ru' | 'platform_en'
>;
export const presentSource = (r: SourceRow): SourceView =>
  only(r, ['id', 'number', 'text_kk', 'text_ru', 'text_en', 'platform_kk', 'platform_ru', 'platform_en']);

const ITEM_VIEW = [
  'id',
  'forum_id',
  'number',
  'title_kk',
  'title_ru',
  'title_en',
  'topic',
  'region',
  'deadline',
  'status',
  'status_note',
  'done_at',
  'version',
  'body_code',
  'body_kk',
  'body_ru',
  'body_en',
  'forum_kk',
  'forum_ru',
  'forum_en',
] as const;
export type ItemView = Pick<ItemRow, (typeof ITEM_VIEW)[number]>;
export const presentItem = (i: ItemRow): ItemView => only(i, ITEM_VIEW);
export type ItemListItem = ItemView & { evidence: number };
export const presentItemListItem = (i: ItemRow & { evidence: number }): ItemListItem => ({
  ...presentItem(i),
  evidence: i.evidence,
});

/** A piece of evidence with where it is read; a link's host, a document's name and size. */
export interface EvidenceView {
  id: string;
  kind: 'document' | 'link';
  description: string;
  href: string;
  name: string;
  kb: number;
  host: string;
  created_at: Date;
}
export const presentEvidence = (e: EvidenceRow): EvidenceView => ({
  id: e.id,
  kind: e.kind,
  description: e.description,
  href: evidenceHref(e),
  name: e.original_name ?? '',
  kb: Math.max(1, Math.round(Number(e.size_bytes ?? 0) / 1024)),
  host: safeHost(e.url),
  created_at: e.created_at,
});

function safeHost(url: string | null): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}

/** A public history entry: when, who (as published), and the audit action it records. */
export interface HistoryView {
  at: Date;
  actor_name: string | null;
  action: string;
}
export const presentHistory = (h: HistoryView): HistoryView => ({
  at: h.at,
  actor_name: h.actor_name,
  action: h.action,
});
