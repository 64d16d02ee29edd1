/**
 * The view models of the reception's pages: what each page may show, declared here so that views
 * never see a repository row. An appeal's page never gets the citizen's e-mail or the ids behind
 * it; lists get what their columns show; published appeals only their masked public texts.
 */
import type { AppealRow } from '../people.ts';
import type { CitizenRow, PublishedRow, QueueRow } from '../repository/index.ts';

/** One appeal as its author and the body's officials see it. */
export type AppealView = Pick<
  AppealRow,
  | 'number'
  | 'kind'
  | 'status'
  | 'lang'
  | 'subject'
  | 'body'
  | 'body_code'
  | 'body_name_kk'
  | 'body_name_ru'
  | 'body_name_en'
  | 'registered_at'
  | 'due_on'
  | 'redirect_reason'
  | 'extended_at'
  | 'extension_days'
  | 'extension_reason'
  | 'escalated_at'
  | 'citizen_name'
  | 'assigned_to'
  | 'assignee_name'
  | 'publish_consent'
  | 'published_at'
  | 'public_subject'
  | 'public_body'
  | 'public_answer'
  | 'answer'
  | 'answered_on'
  | 'rating'
  | 'rating_comment'
  | 'version'
>;

export const appealView = (a: AppealRow): AppealView => ({
  number: a.number,
  kind: a.kind,
  status: a.status,
  lang: a.lang,
  subject: a.subject,
  body: a.body,
  body_code: a.body_code,
  body_name_kk: a.body_name_kk,
  body_name_ru: a.body_name_ru,
  body_name_en: a.body_name_en,
  registered_at: a.registered_at,
  due_on: a.due_on,
  redirect_reason: a.redirect_reason,
  extended_at: a.extended_at,
  extension_days: a.extension_days,
  extension_reason: a.extension_reason,
  escalated_at: a.escalated_at,
  citizen_name: a.citizen_name,
  assigned_to: a.assigned_to,
  assignee_name: a.assignee_name,
  publish_consent: a.publish_consent,
  published_at: a.published_at,
  public_subject: a.public_subject,
  public_body: a.public_body,
  public_answer: a.public_answer,
  answer: a.answer,
  answered_on: a.answered_on,
  rating: a.rating,
  rating_comment: a.rating_comment,
  version: a.version,
});

/** An attachment as its link shows it (never where it is stored). */
export interface AppealFileView {
  id: string;
  original_name: string;
  size_bytes: number;
}
export const appealFileView = (f: AppealFileView): AppealFileView => ({
  id: f.id,
  original_name: f.original_name,
  size_bytes: f.size_bytes,
});

/** A step of the appeal's history. */
export interface AppealHistoryItem {
  at: Date;
  action: string;
  actor_name: string | null;
}
export const historyItem = (h: AppealHistoryItem): AppealHistoryItem => ({
  at: h.at,
  action: h.action,
  actor_name: h.actor_name,
});

/** A line of an official's queue. */
export type QueueItem = Pick<
  QueueRow,
  'number' | 'kind' | 'subject' | 'status' | 'registered_at' | 'due_on' | 'answered_on' | 'extended_at' | 'escalated_at'
> & { assignee_name: string | null };
export const queueItem = (r: QueueRow & { assignee_name: string | null }): QueueItem => ({
  number: r.number,
  kind: r.kind,
  subject: r.subject,
  status: r.status,
  registered_at: r.registered_at,
  due_on: r.due_on,
  answered_on: r.answered_on,
  extended_at: r.extended_at,
  escalated_at: r.escalated_at,
  assignee_name: r.assignee_name,
});

/** A line of the citizen's own appeals. */
export type MineItem = Pick<
  CitizenRow,
  | 'number'
  | 'subject'
  | 'status'
  | 'registered_at'
  | 'due_on'
  | 'answered_on'
  | 'body_name_kk'
  | 'body_name_ru'
  | 'body_name_en'
>;
export const mineItem = (r: CitizenRow): MineItem => ({
  number: r.number,
  subject: r.subject,
  status: r.status,
  registered_at: r.registered_at,
  due_on: r.due_on,
  answered_on: r.answered_on,
  body_name_kk: r.body_name_kk,
  body_name_ru: r.body_name_ru,
  body_name_en: r.body_name_en,
});

/** A published appeal: the masked public texts and the facts of its answer. */
export type PublishedView = Pick<
  PublishedRow,
  | 'number'
  | 'kind'
  | 'lang'
  | 'public_subject'
  | 'public_body'
  | 'public_answer'
  | 'registered_on'
  | 'due_on'
  | 'answered_on'
  | 'rating'
  | 'body_code'
  | 'body_name_kk'
  | 'body_name_ru'
  | 'body_name_en'
>;
export const publishedView = (r: PublishedRow): PublishedView => ({
  number: r.number,
  kind: r.kind,
  lang: r.lang,
  public_subject: r.public_subject,
  public_body: r.public_body,
  public_answer: r.public_answer,
  registered_on: r.registered_on,
  due_on: r.due_on,
  answered_on: r.answered_on,
  rating: r.rating,
  body_code: r.body_code,
  body_name_kk: r.body_name_kk,
  body_name_ru: r.body_name_ru,
  body_name_en: r.body_name_en,
});
