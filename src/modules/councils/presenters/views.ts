/**
 * The view models of the councils' and hearings' pages: what each page may show, declared here so
 * that views never see a repository row. Each is a whitelist of a row's fields, copied field by
 * field (an applicant's account, who created a council or answered a question stay out).
 */
import type {
  ApplicationRow,
  CouncilRow,
  DecisionRow,
  DocumentRow,
  HearingRow,
  MeetingRow,
  MemberRow,
  QuestionRow,
  ReportRow,
  SelectionRow,
} from '../repository/index.ts';

/** The named fields of a row, and nothing else. */
function only<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = row[k];
  return out;
}
const viewOf =
  <T, K extends keyof T>(keys: readonly K[]) =>
  (row: T): Pick<T, K> =>
    only(row, keys);

const COUNCIL = [
  'id',
  'name_kk',
  'name_ru',
  'name_en',
  'level',
  'region',
  'status',
  'description',
  'term_start',
  'term_end',
  'body_code',
  'body_name_kk',
  'body_name_ru',
  'body_name_en',
] as const;
export type CouncilView = Pick<CouncilRow, (typeof COUNCIL)[number]>;
export const councilView = viewOf<CouncilRow, (typeof COUNCIL)[number]>(COUNCIL);

const MEMBER = ['id', 'full_name', 'role', 'affiliation', 'term_start', 'term_end'] as const;
export type MemberView = Pick<MemberRow, (typeof MEMBER)[number]>;
export const memberView = viewOf<MemberRow, (typeof MEMBER)[number]>(MEMBER);

const SELECTION = [
  'id',
  'title',
  'status',
  'seats',
  'applications_close_on',
  'commission_size',
  'decision_note',
  'description',
  'version',
] as const;
export type SelectionView = Pick<SelectionRow, (typeof SELECTION)[number]>;
export const selectionView = viewOf<SelectionRow, (typeof SELECTION)[number]>(SELECTION);

/** A candidate as the call's page shows them: never their account. */
const APPLICATION = [
  'id',
  'full_name',
  'applicant_kind',
  'organization_bin',
  'motivation',
  'status',
  'votes_for',
  'votes_against',
  'votes_abstain',
  'file_id',
] as const;
export type ApplicationView = Pick<ApplicationRow, (typeof APPLICATION)[number]>;
export const applicationView = viewOf<ApplicationRow, (typeof APPLICATION)[number]>(APPLICATION);

const MEETING = [
  'id',
  'title',
  'starts_at',
  'ends_at',
  'location',
  'status',
  'agenda',
  'attendance',
  'minutes',
  'cancel_reason',
  'version',
] as const;
export type MeetingView = Pick<MeetingRow, (typeof MEETING)[number]>;
export const meetingView = viewOf<MeetingRow, (typeof MEETING)[number]>(MEETING);

/** A decision and the body's response: never who responded. */
const DECISION = [
  'id',
  'meeting_id',
  'number',
  'text',
  'votes_for',
  'votes_against',
  'votes_abstain',
  'response_status',
  'response_text',
  'responded_at',
] as const;
export type DecisionView = Pick<DecisionRow, (typeof DECISION)[number]>;
export const decisionView = viewOf<DecisionRow, (typeof DECISION)[number]>(DECISION);
/** A decision in the council's list of them, with its meeting. */
export type CouncilDecisionView = DecisionView & { meeting_at: Date; meeting_title: string };
export const councilDecisionView = (d: DecisionRow & { meeting_at: Date; meeting_title: string }) => ({
  ...decisionView(d),
  meeting_at: d.meeting_at,
  meeting_title: d.meeting_title,
});

/** A monitoring report: never its author's account or who answered it. */
const REPORT = [
  'id',
  'title',
  'author_name',
  'author_kind',
  'published_at',
  'status',
  'findings',
  'body_answer',
  'answered_at',
] as const;
export type ReportView = Pick<ReportRow, (typeof REPORT)[number]>;
export const reportView = viewOf<ReportRow, (typeof REPORT)[number]>(REPORT);

const DOCUMENT = ['id', 'title', 'original_name', 'size_bytes'] as const;
export type DocumentView = Pick<DocumentRow, (typeof DOCUMENT)[number]>;
export const documentView = viewOf<DocumentRow, (typeof DOCUMENT)[number]>(DOCUMENT);

/** A hearing as its pages show it: never who announced it. */
const HEARING = [
  'id',
  'title',
  'description',
  'status',
  'region',
  'council_id',
  'starts_at',
  'announced_at',
  'location',
  'minutes',
  'participants_count',
  'cancel_reason',
  'answered_at',
  'version',
  'body_name_kk',
  'body_name_ru',
  'body_name_en',
] as const;
export type HearingView = Pick<HearingRow, (typeof HEARING)[number]>;
export const hearingView = viewOf<HearingRow, (typeof HEARING)[number]>(HEARING);

/** A question or proposal at a hearing, under its author's public name (never their account). */
const QUESTION = [
  'id',
  'author_name',
  'created_at',
  'kind',
  'phase',
  'text',
  'answer',
  'outcome',
  'hidden',
  'hidden_reason',
] as const;
export type QuestionView = Pick<QuestionRow, (typeof QUESTION)[number]>;
export const questionView = viewOf<QuestionRow, (typeof QUESTION)[number]>(QUESTION);

/** A hearing in a council's list of them. */
export interface CouncilHearingView {
  id: string;
  title: string;
  starts_at: Date;
  status: string;
}
