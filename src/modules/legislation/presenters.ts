/**
 * Rows -> view models and API JSON. Drafts have two authentic texts, Kazakh and Russian: the
 * Kazakh interface shows the Kazakh text, the Russian and English ones the Russian text (the
 * English page says so). Comments carry the author's public display name only.
 */
import type { Locale } from '../../platform/i18n/index.ts';
import { effectiveState, type AnswerStatus, type DraftState } from './domain.ts';
import type { CommentRow, ConclusionRow, DraftListRow, DraftRow, UnitRow, VersionRow } from './repository/index.ts';

/** The language of the act's text shown to a reader. */
export const textLang = (locale: Locale): 'kk' | 'ru' => (locale === 'kk' ? 'kk' : 'ru');

export const draftTitle = (d: Pick<DraftRow, 'title_kk' | 'title_ru'>, locale: Locale) =>
  textLang(locale) === 'kk' ? d.title_kk : d.title_ru;
export const bodyName = (d: Pick<DraftRow, 'body_name_kk' | 'body_name_ru' | 'body_name_en'>, locale: Locale) =>
  locale === 'kk' ? d.body_name_kk : locale === 'ru' ? d.body_name_ru : d.body_name_en;

export const draftPath = (id: string) => `/legislation/${id}`;

export interface DraftListItemView {
  id: string;
  href: string;
  title: string;
  body: string;
  kind: string;
  state: DraftState;
  version: number;
  lastDay: string | null;
  comments: number;
  unanswered: number;
}

export function listItemView(r: DraftListRow, locale: Locale, now: Date): DraftListItemView {
  return {
    id: r.id,
    href: draftPath(r.id),
    title: draftTitle(r, locale),
    body: bodyName(r, locale),
    kind: r.kind,
    state: effectiveState(r.status, r.closes_at, now),
    version: r.current_version,
    lastDay: r.last_day,
    comments: r.comments,
    unanswered: r.unanswered,
  };
}

export interface UnitView {
  id: string;
  key: string;
  kind: UnitRow['kind'];
  label: string;
  heading: string;
  text: string;
}
export const unitView = (u: UnitRow, locale: Locale): UnitView => {
  const l = textLang(locale);
  return {
    id: u.id,
    key: u.key,
    kind: u.kind,
    label: u.label,
    heading: l === 'kk' ? u.heading_kk : u.heading_ru,
    text: l === 'kk' ? u.text_kk : u.text_ru,
  };
};

export interface CommentView {
  id: string;
  unitKey: string;
  version: number;
  author: string;
  organization: string | null;
  body: string;
  lang: string;
  createdAt: Date;
  supports: number;
  answer: { status: AnswerStatus; reason: string | null; at: Date; by: string | null } | null;
  answerVersion: number;
  authorId: string | null;
}

export function commentView(c: CommentRow, locale: Locale): CommentView {
  const org = c.organization_bin
    ? ((textLang(locale) === 'kk' ? c.org_name_kk : c.org_name_ru) ?? c.organization_bin)
    : null;
  return {
    id: c.id,
    unitKey: c.unit_key,
    version: c.version_number,
    author: c.author_name,
    organization: org,
    body: c.body,
    lang: c.lang,
    createdAt: new Date(c.created_at),
    supports: c.supports,
    authorId: c.author_id,
    answerVersion: c.answer_version,
    answer: c.answer_status
      ? { status: c.answer_status, reason: c.answer_reason, at: new Date(c.answered_at!), by: c.answered_by_name }
      : null,
  };
}

export interface ConclusionView {
  id: string;
  kind: ConclusionRow['kind'];
  organization: string;
  summary: string;
  version: number;
  createdAt: Date;
  fileName: string;
  fileSize: number;
}
export const conclusionView = (k: ConclusionRow, locale: Locale): ConclusionView => ({
  id: k.id,
  kind: k.kind,
  organization: (textLang(locale) === 'kk' ? k.org_name_kk : k.org_name_ru) ?? k.organization_bin,
  summary: k.summary,
  version: k.version_number,
  createdAt: new Date(k.created_at),
  fileName: k.file_name,
  fileSize: Number(k.file_size),
});

// --------------------------------------------------------------------- API

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const bodyJson = (d: DraftRow) => ({
  code: d.body_code,
  names: { kk: d.body_name_kk, ru: d.body_name_ru, en: d.body_name_en },
  region: d.body_region,
});

export function listItemJson(d: DraftRow & { comments: number }, now: Date) {
  return {
    id: d.id,
    title: { kk: d.title_kk, ru: d.title_ru },
    kind: d.kind,
    status: effectiveState(d.status, d.closes_at, now),
    stateBody: bodyJson(d),
    version: d.current_version,
    openedAt: iso(d.opened_at),
    lastDay: d.last_day,
    closesAt: iso(d.closes_at),
    comments: d.comments,
    url: `/api/v1/drafts/${d.id}`,
  };
}

export function detailJson(
  d: DraftRow,
  x: {
    version: VersionRow;
    versions: VersionRow[];
    units: UnitRow[];
    comments: CommentRow[];
    conclusions: ConclusionRow[];
    now: Date;
  },
) {
  const current = x.comments.filter((c) => c.version_id === x.version.id);
  const perUnit = new Map<string, number>();
  for (const c of current) perUnit.set(c.unit_key, (perUnit.get(c.unit_key) ?? 0) + 1);
  const count = (s: AnswerStatus) => current.filter((c) => c.answer_status === s).length;
  return {
    ...listItemJson({ ...d, comments: x.comments.length }, x.now),
    note: { kk: x.version.note_kk, ru: x.version.note_ru },
    summaryPublishedAt: iso(x.version.summary_published_at),
    structure: x.units.map((u) => ({
      key: u.key,
      kind: u.kind,
      label: u.label,
      heading: { kk: u.heading_kk, ru: u.heading_ru },
      text: { kk: u.text_kk, ru: u.text_ru },
      comments: perUnit.get(u.key) ?? 0,
    })),
    versions: x.versions.map((v) => ({
      number: v.number,
      openedAt: iso(v.opened_at),
      lastDay: v.last_day,
      changes: { kk: v.changes_kk, ru: v.changes_ru },
      comments: x.comments.filter((c) => c.version_id === v.id).length,
      url: `/kk/legislation/${d.id}?version=${v.number}`,
    })),
    commentCounts: {
      total: current.length,
      answered: current.filter((c) => c.answer_status).length,
      accepted: count('accepted'),
      partlyAccepted: count('partly_accepted'),
      rejected: count('rejected'),
    },
    comments: x.comments.map((c) => ({
      id: c.id,
      version: c.version_number,
      unit: c.unit_key,
      author: c.author_name,
      organization: c.organization_bin
        ? { bin: c.organization_bin, name: { kk: c.org_name_kk ?? '', ru: c.org_name_ru ?? '' } }
        : null,
      body: c.body,
      lang: c.lang,
      createdAt: new Date(c.created_at).toISOString(),
      supports: c.supports,
      answer: c.answer_status
        ? { status: c.answer_status, reason: c.answer_reason, answeredAt: new Date(c.answered_at!).toISOString() }
        : null,
    })),
    conclusions: x.conclusions.map((k) => ({
      id: k.id,
      kind: k.kind,
      version: k.version_number,
      organization: { bin: k.organization_bin, name: { kk: k.org_name_kk ?? '', ru: k.org_name_ru ?? '' } },
      summary: k.summary,
      createdAt: new Date(k.created_at).toISOString(),
      fileUrl: `/kk/legislation/${d.id}/conclusions/${k.id}/file`,
    })),
  };
}
