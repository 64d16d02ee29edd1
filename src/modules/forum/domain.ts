/**
 * Pure rules of the Civil Forum: the forum's lifecycle, the action-plan item's lifecycle (nothing
 * is done without evidence), overdue and on-time judgements in Almaty time, and progress counts.
 */
import { lifecycle, type EventOf } from '../../platform/kit/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { ForumReason } from './reasons.ts';

export const FORUM_STATUSES = ['planned', 'open', 'deliberation', 'concluded'] as const;
export type ForumStatus = (typeof FORUM_STATUSES)[number];

export const ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * planned → open (participants propose and support) → deliberation (platforms adopt
 * recommendations) → concluded (the action plan is drawn from them). Forward only.
 */
export const FORUM = lifecycle(FORUM_STATUSES, {
  open: { from: ['planned'], to: 'open' },
  deliberate: { from: ['open'], to: 'deliberation' },
  conclude: { from: ['deliberation'], to: 'concluded' },
});
export type ForumEvent = EventOf<typeof FORUM>;
/** The one event that moves a forum on from its stage (null when concluded). */
export const advanceEvent = (s: ForumStatus): ForumEvent | null => FORUM.allowed(s)[0] ?? null;
export const nextForumStatus = (s: ForumStatus): ForumStatus | null => {
  const e = advanceEvent(s);
  return e ? FORUM.next(s, e) : null;
};

/** The moves of an action-plan item. Done and cancelled are final. */
export const ITEM = lifecycle(ITEM_STATUSES, {
  start: { from: ['planned'], to: 'in_progress' },
  complete: { from: ['planned', 'in_progress'], to: 'done' },
  cancel: { from: ['planned', 'in_progress'], to: 'cancelled' },
});
export type ItemEvent = EventOf<typeof ITEM>;
/** The event that leads to the status the official chose (null for "planned": nothing leads back). */
export const itemEventTo = (to: ItemStatus): ItemEvent | null =>
  (Object.keys(ITEM.events) as ItemEvent[]).find((e) => ITEM.events[e].to === to) ?? null;
/** The status `to` reached from `from` by the lifecycle, or null when the move is not in it. */
export const itemNext = (from: ItemStatus, to: ItemStatus): ItemStatus | null => {
  const e = itemEventTo(to);
  return e ? ITEM.next(from, e) : null;
};

/**
 * Why an item may not move to `to` (an i18n key's last segment), or null: only moves in the
 * table; "done" needs at least one piece of evidence; "cancelled" needs a public reason.
 * @example itemMoveBlocker('in_progress', 'done', { evidence: 0, note: '' }) // 'no_evidence'
 */
export function itemMoveBlocker(
  from: ItemStatus,
  to: ItemStatus,
  facts: { evidence: number; note: string | null },
): Extract<ForumReason, 'bad_transition' | 'no_evidence' | 'no_reason'> | null {
  if (!itemNext(from, to)) return 'bad_transition';
  if (to === 'done' && facts.evidence === 0) return 'no_evidence';
  if (to === 'cancelled' && !(facts.note ?? '').trim()) return 'no_reason';
  return null;
}

export const canMoveItem = (from: ItemStatus, to: ItemStatus): boolean => itemNext(from, to) !== null;

/** An item is overdue when its deadline (an Almaty date) has passed and it is neither done nor cancelled. */
export function isOverdue(item: { deadline: string; status: ItemStatus }, now: Date): boolean {
  return (item.status === 'planned' || item.status === 'in_progress') && item.deadline < almatyDate(now);
}

/** Done by the end of the deadline day in Almaty. */
export function doneOnTime(item: { deadline: string; status: ItemStatus; done_at: Date | string | null }): boolean {
  return item.status === 'done' && !!item.done_at && almatyDate(new Date(item.done_at)) <= item.deadline;
}

/** What a reader sees: done (on time or late), cancelled, overdue, in progress, planned. */
export type ItemState = 'done' | 'done_late' | 'cancelled' | 'overdue' | 'in_progress' | 'planned';
export function itemState(
  item: { deadline: string; status: ItemStatus; done_at: Date | string | null },
  now: Date,
): ItemState {
  if (item.status === 'done') return doneOnTime(item) ? 'done' : 'done_late';
  if (item.status === 'cancelled') return 'cancelled';
  if (isOverdue(item, now)) return 'overdue';
  return item.status;
}

export interface Progress {
  total: number;
  done: number;
  inProgress: number;
  planned: number;
  overdue: number;
  cancelled: number;
}

/** Progress of a set of items at an instant (overdue counted apart from planned / in progress). */
export function progressOf(
  items: readonly { deadline: string; status: ItemStatus; done_at: Date | string | null }[],
  now: Date,
): Progress {
  const p: Progress = { total: items.length, done: 0, inProgress: 0, planned: 0, overdue: 0, cancelled: 0 };
  for (const i of items) {
    const s = itemState(i, now);
    if (s === 'done' || s === 'done_late') p.done++;
    else if (s === 'cancelled') p.cancelled++;
    else if (s === 'overdue') p.overdue++;
    else if (s === 'in_progress') p.inProgress++;
    else p.planned++;
  }
  return p;
}

/**
 * The indicator "percent of due items done on time", per deadline year: among items whose
 * deadline fell in the year and has passed (cancelled ones excluded), the share done on time.
 * @example percentDoneOnTime(items, now) // [{ year: 2024, value: 62.5, due: 8 }]
 */
export function percentDoneOnTime(
  items: readonly { deadline: string; status: ItemStatus; done_at: Date | string | null }[],
  now: Date,
): { year: number; value: number; due: number }[] {
  const today = almatyDate(now);
  const by = new Map<number, { due: number; onTime: number }>();
  for (const i of items) {
    if (i.status === 'cancelled' || i.deadline >= today) continue;
    const y = Number(i.deadline.slice(0, 4));
    const x = by.get(y) ?? { due: 0, onTime: 0 };
    x.due++;
    if (doneOnTime(i)) x.onTime++;
    by.set(y, x);
  }
  return [...by]
    .sort((a, b) => a[0] - b[0])
    .map(([year, x]) => ({ year, due: x.due, value: Math.round((1000 * x.onTime) / x.due) / 10 }));
}

/** "12, 15 17-19" → [12, 15, 17, 18, 19]; null when a part is not a number or a range is absurd. */
export function parseNumbers(s: string): number[] | null {
  const out: number[] = [];
  for (const part of s.split(/[\s,;]+/).filter(Boolean)) {
    const m = /^(\d{1,5})(?:[-–](\d{1,5}))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b < a || b - a > 200) return null;
    for (let n = a; n <= b; n++) out.push(n);
  }
  return [...new Set(out)];
}
