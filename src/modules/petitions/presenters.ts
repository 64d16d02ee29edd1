/** Rows to view models and API JSON. */
import { areaByCode, regionByCode, stateBodyByCode } from '../../reference/index.ts';
import type { TagTone } from '../../platform/views/data.tsx';
import type { Locale } from '../../platform/i18n/index.ts';
import {
  answeredOnTime,
  effectiveStatus,
  isAnswerOverdue,
  isModerationOverdue,
  progressPercent,
  type Status,
} from './domain.ts';
import type { InitiativeRow } from './repository/index.ts';
import { bannedTopic } from './topics.ts';

export const STATUS_TONE: Record<Status, TagTone> = {
  draft: 'grey',
  moderation: 'yellow',
  collecting: 'blue',
  threshold_reached: 'green',
  under_review: 'yellow',
  answered: 'green',
  rejected: 'red',
  expired: 'grey',
};

export function addresseeName(code: string, locale: Locale): string {
  return stateBodyByCode(code)?.name[locale] ?? code;
}
export const regionName = (code: string | null, locale: Locale) =>
  code ? (regionByCode(code)?.name[locale] ?? code) : '';
export const areaName = (code: string, locale: Locale) => areaByCode(code)?.name[locale] ?? code;
export const topicName = (code: string | null, locale: Locale) => bannedTopic(code)?.name[locale] ?? '';

/** What the pages show of an initiative: never its author's account, its addressee's row id or moderation internals. */
export type InitiativeFields = Pick<
  InitiativeRow,
  | 'id'
  | 'title'
  | 'body'
  | 'language'
  | 'status'
  | 'threshold'
  | 'signature_count'
  | 'author_name'
  | 'submitted_at'
  | 'moderation_due'
  | 'rejection_category'
  | 'rejection_reason'
  | 'collecting_from'
  | 'collection_ends'
  | 'threshold_reached_at'
  | 'answer_due'
  | 'answered_at'
  | 'answer_decision'
  | 'answer_text'
  | 'answered_by_name'
  | 'version'
>;

export interface InitiativeView {
  initiative: InitiativeFields;
  status: Status;
  addressee: string;
  region: string;
  area: string;
  progress: number;
  answerOverdue: boolean;
  moderationOverdue: boolean;
  onTime: boolean | null;
}

export function initiativeView(r: InitiativeRow, locale: Locale, now: Date): InitiativeView {
  const status = effectiveStatus({ status: r.status, collectionEnds: r.collection_ends }, now);
  const facts = {
    status: r.status,
    moderationDue: r.moderation_due,
    collectionEnds: r.collection_ends,
    answerDue: r.answer_due,
    answeredAt: r.answered_at,
  };
  return {
    initiative: {
      id: r.id,
      title: r.title,
      body: r.body,
      language: r.language,
      status: r.status,
      threshold: r.threshold,
      signature_count: r.signature_count,
      author_name: r.author_name,
      submitted_at: r.submitted_at,
      moderation_due: r.moderation_due,
      rejection_category: r.rejection_category,
      rejection_reason: r.rejection_reason,
      collecting_from: r.collecting_from,
      collection_ends: r.collection_ends,
      threshold_reached_at: r.threshold_reached_at,
      answer_due: r.answer_due,
      answered_at: r.answered_at,
      answer_decision: r.answer_decision,
      answer_text: r.answer_text,
      answered_by_name: r.answered_by_name,
      version: r.version,
    },
    status,
    addressee: addresseeName(r.addressee_code, locale),
    region: regionName(r.region, locale),
    area: areaName(r.area, locale),
    progress: progressPercent(r.signature_count, r.threshold),
    answerOverdue: isAnswerOverdue(facts, now),
    moderationOverdue: isModerationOverdue(facts, now),
    onTime: answeredOnTime({ answerDue: r.answer_due, answeredAt: r.answered_at }),
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function itemJson(r: InitiativeRow, now: Date) {
  const body = stateBodyByCode(r.addressee_code);
  return {
    id: r.id,
    title: r.title,
    status: effectiveStatus({ status: r.status, collectionEnds: r.collection_ends }, now),
    addressee: {
      code: r.addressee_code,
      name: {
        kk: body?.name.kk ?? r.addressee_code,
        ru: body?.name.ru ?? r.addressee_code,
        en: body?.name.en ?? r.addressee_code,
      },
    },
    region: r.region,
    area: r.area,
    signatureCount: r.signature_count,
    threshold: r.threshold,
    collectionEnds: r.collection_ends,
    url: `/kk/initiatives/${r.id}`,
  };
}

export function detailJson(r: InitiativeRow, now: Date) {
  const facts = {
    status: r.status,
    moderationDue: r.moderation_due,
    collectionEnds: r.collection_ends,
    answerDue: r.answer_due,
    answeredAt: r.answered_at,
  };
  return {
    ...itemJson(r, now),
    text: r.body,
    language: r.language,
    authorName: r.author_name,
    deadlines: {
      moderationDue: r.moderation_due,
      collectionEnds: r.collection_ends,
      answerDue: r.answer_due,
      answerOverdue: isAnswerOverdue(facts, now),
    },
    rejection: r.status === 'rejected' ? { category: r.rejection_category, reason: r.rejection_reason } : null,
    answer:
      r.status === 'answered'
        ? {
            decision: r.answer_decision,
            text: r.answer_text,
            answeredAt: iso(r.answered_at),
            onTime: answeredOnTime({ answerDue: r.answer_due, answeredAt: r.answered_at }),
          }
        : null,
    thresholdReachedAt: iso(r.threshold_reached_at),
    collectingFrom: iso(r.collecting_from),
  };
}
