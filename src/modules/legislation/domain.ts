/**
 * Pure rules of the public discussion of draft legal acts: the plain-text parser of a draft's
 * structure (articles, paragraphs, sub-paragraphs), the lifecycle state machine, the legal minimum
 * period in working days, the answer-every-comment rule and the paragraph-by-paragraph comparison
 * of two versions. No I/O here: every function takes the instant it judges.
 */
import { diffWords } from 'diff';
import { lifecycle, type EventOf } from '../../platform/kit/index.ts';
import { addWorkingDays, almatyDate, almatyDayStart, param, type IsoDate } from '../../reference/index.ts';

/** The kinds of draft act and of conclusion (the database checks the same lists). */
export const DRAFT_KINDS = ['law', 'code', 'decree', 'resolution', 'order', 'decision'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export const CONCLUSION_KINDS = ['expert', 'anti_corruption'] as const;
export type ConclusionKind = (typeof CONCLUSION_KINDS)[number];

// ------------------------------------------------------------------ parser

export const UNIT_KINDS = ['preamble', 'article', 'paragraph', 'subparagraph'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** One addressable piece of a draft. `key` is stable across languages and versions: 'a3.p2.s1'. */
export interface Unit {
  key: string;
  kind: UnitKind;
  /** The number as written: '3', '2', '1', '1-1'. Empty for the preamble. */
  label: string;
  /** An article's title; empty for other units. */
  heading: string;
  text: string;
}

// Numbers of inserted units are written '1-1' (the practice of amending acts without renumbering).
const NUM = '(\\d+(?:-\\d+)*)';
const ARTICLE = [
  new RegExp(`^Статья\\s+${NUM}\\.?\\s*(.*)$`, 'iu'),
  new RegExp(`^${NUM}-бап\\.?\\s*(.*)$`, 'iu'),
  new RegExp(`^Article\\s+${NUM}\\.?\\s*(.*)$`, 'iu'),
];
const PARAGRAPH = new RegExp(`^${NUM}\\.\\s+(.*)$`, 'u');
const SUBPARAGRAPH = new RegExp(`^${NUM}\\)\\s+(.*)$`, 'u');

/**
 * Reads a draft typed or pasted as plain text, numbered the way acts of Kazakhstan are:
 * "Статья 1. …" / "1-бап. …" / "Article 1. …" start an article, "1. …" a paragraph, "1) …" a
 * sub-paragraph. A line without a number continues the unit above it; text before the first
 * numbered line is the preamble. Paragraphs outside any article (orders, decisions) are allowed.
 * @example parseDraftText('1-бап. Мақсаты\n1. Осы Заң…\n1) азаматтар;') // keys a1, a1.p1, a1.p1.s1
 */
export function parseDraftText(source: string): Unit[] {
  const units: Unit[] = [];
  let article: string | null = null;
  let paragraph: string | null = null;
  const push = (u: Unit) => {
    units.push(u);
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const art = ARTICLE.map((re) => re.exec(line)).find(Boolean);
    if (art) {
      article = `a${art[1]}`;
      paragraph = null;
      push({ key: article, kind: 'article', label: art[1], heading: art[2].trim(), text: '' });
      continue;
    }
    const par = PARAGRAPH.exec(line);
    if (par) {
      paragraph = `${article ? `${article}.` : ''}p${par[1]}`;
      push({ key: paragraph, kind: 'paragraph', label: par[1], heading: '', text: par[2].trim() });
      continue;
    }
    const sub = SUBPARAGRAPH.exec(line);
    if (sub && (paragraph || article)) {
      const parent = paragraph ?? article!;
      push({ key: `${parent}.s${sub[1]}`, kind: 'subparagraph', label: sub[1], heading: '', text: sub[2].trim() });
      continue;
    }
    const last = units[units.length - 1];
    if (last) last.text = last.text ? `${last.text}\n${line}` : line;
    else push({ key: 'preamble', kind: 'preamble', label: '', heading: '', text: line });
  }
  return dedupe(units);
}

/** A number repeated by mistake would give two units one key; the second gets a suffix so nothing is lost. */
function dedupe(units: Unit[]): Unit[] {
  const seen = new Map<string, number>();
  return units.map((u) => {
    const n = seen.get(u.key) ?? 0;
    seen.set(u.key, n + 1);
    return n ? { ...u, key: `${u.key}~${n + 1}` } : u;
  });
}

/** Writes units back as plain text in the numbering of a language (what the edit form shows). */
export function unitsToText(units: readonly Unit[], lang: 'kk' | 'ru'): string {
  return units
    .map((u) => {
      switch (u.kind) {
        case 'article':
          return `${lang === 'kk' ? `${u.label}-бап.` : `Статья ${u.label}.`} ${u.heading}${u.text ? `\n${u.text}` : ''}`.trim();
        case 'paragraph':
          return `${u.label}. ${u.text}`;
        case 'subparagraph':
          return `${u.label}) ${u.text}`;
        default:
          return u.text;
      }
    })
    .join('\n');
}

export interface BilingualUnit {
  key: string;
  kind: UnitKind;
  label: string;
  heading: { kk: string; ru: string };
  text: { kk: string; ru: string };
}

export type StructureProblem =
  | { kind: 'empty'; lang: 'kk' | 'ru' }
  | { kind: 'mismatch'; lang: 'kk' | 'ru'; key: string }
  | { kind: 'noParagraphs' };

/**
 * The Kazakh and Russian texts are two authentic texts of one act: they must have the same
 * articles, paragraphs and sub-paragraphs, so that a comment on a paragraph means the same
 * paragraph in both. Returns the joined units, or the first problem found.
 */
export function joinTexts(
  kk: readonly Unit[],
  ru: readonly Unit[],
): { ok: true; units: BilingualUnit[] } | { ok: false; problem: StructureProblem } {
  if (!kk.length) return { ok: false, problem: { kind: 'empty', lang: 'kk' } };
  if (!ru.length) return { ok: false, problem: { kind: 'empty', lang: 'ru' } };
  const ruByKey = new Map(ru.map((u) => [u.key, u]));
  const kkKeys = new Set(kk.map((u) => u.key));
  for (const u of kk)
    if (!ruByKey.has(u.key)) return { ok: false, problem: { kind: 'mismatch', lang: 'ru', key: u.key } };
  for (const u of ru)
    if (!kkKeys.has(u.key)) return { ok: false, problem: { kind: 'mismatch', lang: 'kk', key: u.key } };
  if (!kk.some((u) => u.kind === 'paragraph' || u.kind === 'article'))
    return { ok: false, problem: { kind: 'noParagraphs' } };
  return {
    ok: true,
    units: kk.map((k) => {
      const r = ruByKey.get(k.key)!;
      return {
        key: k.key,
        kind: k.kind,
        label: k.label,
        heading: { kk: k.heading, ru: r.heading },
        text: { kk: k.text, ru: r.text },
      };
    }),
  };
}

/** A unit's key read as numbers for people: 'a3.p2.s1' → { article: '3', paragraph: '2', sub: '1' }. */
export function keyParts(key: string): { article?: string; paragraph?: string; sub?: string } {
  const out: { article?: string; paragraph?: string; sub?: string } = {};
  for (const part of key.replace(/~\d+$/, '').split('.')) {
    if (part.startsWith('a')) out.article = part.slice(1);
    else if (part.startsWith('p')) out.paragraph = part.slice(1);
    else if (part.startsWith('s')) out.sub = part.slice(1);
  }
  return out;
}

// ------------------------------------------------------------- lifecycle

export const DRAFT_STATES = ['draft', 'open', 'closed', 'summary_published'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

/** A draft starts in preparation, seen only by its developer. */
export const INITIAL = 'draft' satisfies DraftState;

/**
 * The lifecycle of a draft. A transition not in this table is impossible.
 * - edit: the developer corrects a draft not yet published for discussion;
 * - open: publication for public discussion (the period starts);
 * - close: the period has run out (the job, or a read after the end);
 * - publishSummary: every comment answered, the summary table is made public;
 * - newVersion: the developer publishes a revised text after the summary, which reopens the
 *   discussion for the new version (a new period of at least the legal minimum).
 */
export const DRAFT = lifecycle(DRAFT_STATES, {
  edit: { from: ['draft'], to: 'draft' },
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  publishSummary: { from: ['closed'], to: 'summary_published' },
  newVersion: { from: ['summary_published'], to: 'open' },
});
export type DraftEvent = EventOf<typeof DRAFT>;

/**
 * The state as the public sees it at an instant: an open discussion whose period has ended is
 * closed even before the closing job has run (closing is judged at read time, the job records it).
 */
export function effectiveState(stored: DraftState, closesAt: Date | null, now: Date): DraftState {
  return stored === 'open' && closesAt !== null && now.getTime() >= closesAt.getTime() ? 'closed' : stored;
}

// -------------------------------------------------------------- deadlines

/**
 * The earliest last day of a discussion opened on `openedOn`: the legal minimum in working days
 * (parameter legislation.minDiscussionWorkingDays in force on that day, 10 by default), the
 * opening day not counted; holidays and transferred days off come from the calendar.
 * @example minimumLastDay('2026-03-18') // '2026-04-06' (Nauryz 21–25 March is not counted)
 */
export function minimumLastDay(openedOn: IsoDate): IsoDate {
  return addWorkingDays(openedOn, param('legislation.minDiscussionWorkingDays', openedOn));
}

/** The discussion runs to the end of its last day in Kazakhstan: the instant it closes. */
export function closingInstant(lastDay: IsoDate): Date {
  return almatyDayStart(addDays(lastDay, 1));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Checks the last day a developer chose for a discussion opened at `now`: not before the legal
 * minimum, not more than a year away. The reason is an i18n key's last segment.
 */
export function checkLastDay(
  lastDay: IsoDate,
  now: Date,
): { ok: true } | { ok: false; reason: 'tooShort' | 'tooLong'; minimum: IsoDate } {
  const minimum = minimumLastDay(almatyDate(now));
  if (lastDay < minimum) return { ok: false, reason: 'tooShort', minimum };
  if (lastDay > addDays(almatyDate(now), 366)) return { ok: false, reason: 'tooLong', minimum };
  return { ok: true };
}

// ----------------------------------------------------------------- answers

export const ANSWER_STATUSES = ['accepted', 'partly_accepted', 'rejected'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/**
 * A reason is required unless the comment is accepted in full: the law asks the developer to
 * justify a refusal (and what was not taken from a partly accepted comment).
 */
export const reasonRequired = (status: AnswerStatus): boolean => status !== 'accepted';

/**
 * The summary may be published only when every comment on the version has an answer.
 * @example canPublishSummaryOf([{ answer: 'accepted' }, { answer: null }]) // { ok: false, unanswered: 1 }
 */
export function summaryReadiness(comments: readonly { answerStatus: AnswerStatus | null }[]): {
  ok: boolean;
  unanswered: number;
} {
  const unanswered = comments.filter((c) => c.answerStatus === null).length;
  return { ok: unanswered === 0, unanswered };
}

// ---------------------------------------------------------------- changes

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';
export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}
export interface UnitChange {
  key: string;
  kind: ChangeKind;
  before: { heading: string; text: string } | null;
  after: { heading: string; text: string } | null;
  /** Word-level differences of heading and text together, for changed units. */
  parts: WordPart[];
}

const joined = (u: { heading: string; text: string }) => [u.heading, u.text].filter(Boolean).join('\n');

/**
 * Compares two versions paragraph by paragraph (units matched by key, in the new version's order,
 * removed units placed after their predecessor in the old one); inside a changed unit, word by word.
 */
export function compareVersions(
  before: readonly { key: string; heading: string; text: string }[],
  after: readonly { key: string; heading: string; text: string }[],
): UnitChange[] {
  const old = new Map(before.map((u) => [u.key, u]));
  const fresh = new Set(after.map((u) => u.key));
  const removedAfter = new Map<string | null, (typeof before)[number][]>();
  let prev: string | null = null;
  for (const u of before) {
    if (!fresh.has(u.key)) {
      // Anchor at the nearest earlier unit that still exists.
      const list = removedAfter.get(prev) ?? [];
      list.push(u);
      removedAfter.set(prev, list);
    } else prev = u.key;
  }
  const removed = (anchor: string | null): UnitChange[] =>
    (removedAfter.get(anchor) ?? []).map((u) => ({
      key: u.key,
      kind: 'removed',
      before: { heading: u.heading, text: u.text },
      after: null,
      parts: [],
    }));
  const out: UnitChange[] = [...removed(null)];
  for (const u of after) {
    const o = old.get(u.key);
    const now = { heading: u.heading, text: u.text };
    if (!o) out.push({ key: u.key, kind: 'added', before: null, after: now, parts: [] });
    else if (joined(o) === joined(now)) out.push({ key: u.key, kind: 'unchanged', before: now, after: now, parts: [] });
    else {
      const parts = diffWords(joined(o), joined(now)).map((p) => ({
        value: p.value,
        ...(p.added ? { added: true } : {}),
        ...(p.removed ? { removed: true } : {}),
      }));
      out.push({ key: u.key, kind: 'changed', before: { heading: o.heading, text: o.text }, after: now, parts });
    }
    out.push(...removed(u.key));
  }
  return out;
}

export function changeCounts(changes: readonly UnitChange[]): Record<ChangeKind, number> {
  const c: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const x of changes) c[x.kind]++;
  return c;
}
