/** Kysely table types of the councils module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type {
  CouncilLevel,
  CouncilRole,
  DecisionStatus,
  HearingStatus,
  MeetingStatus,
  QuestionKind,
  ReportStatus,
  SelectionStatus,
} from './domain.ts';

type Json<T> = ColumnType<T, string | undefined, string>;
type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateCol = ColumnType<string, string, string>;
type NullDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface CouncilTables {
  councils: {
    id: Generated<string>;
    state_body_id: string;
    level: CouncilLevel;
    region: string | null;
    name_kk: string;
    name_ru: string;
    name_en: string | null;
    description: Generated<string>;
    term_start: DateCol;
    term_end: DateCol;
    status: Generated<'active' | 'dissolved'>;
    version: Generated<number>;
    created_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  council_members: {
    id: Generated<string>;
    council_id: string;
    user_id: string | null;
    full_name: string;
    role: CouncilRole;
    affiliation: Generated<string>;
    term_start: DateCol;
    term_end: NullDate;
    selection_id: string | null;
    created_at: Generated<Date>;
  };
  council_selections: {
    id: Generated<string>;
    council_id: string;
    title: string;
    description: Generated<string>;
    seats: number;
    applications_close_on: DateCol;
    status: Generated<SelectionStatus>;
    commission_size: number | null;
    decided_at: NullTs;
    decision_note: string | null;
    version: Generated<number>;
    created_by: string | null;
    created_at: Ts;
  };
  council_applications: {
    id: Generated<string>;
    selection_id: string;
    user_id: string;
    full_name: string;
    applicant_kind: 'citizen' | 'ngo';
    organization_bin: string | null;
    motivation: string;
    experience: string;
    file_id: string | null;
    status: Generated<'submitted' | 'selected' | 'not_selected'>;
    votes_for: number | null;
    votes_against: number | null;
    votes_abstain: number | null;
    created_at: Ts;
  };
  council_meetings: {
    id: Generated<string>;
    council_id: string;
    title: string;
    starts_at: Ts;
    ends_at: Ts;
    location: Generated<string>;
    agenda: Json<string[]>;
    status: Generated<MeetingStatus>;
    minutes: string | null;
    attendance: Json<string[]>;
    cancel_reason: string | null;
    version: Generated<number>;
    created_at: Ts;
    updated_at: Ts;
  };
  council_decisions: {
    id: Generated<string>;
    meeting_id: string;
    number: number;
    text: string;
    votes_for: number;
    votes_against: number;
    votes_abstain: number;
    response_status: Generated<DecisionStatus>;
    response_text: string | null;
    responded_at: NullTs;
    responded_by: string | null;
    version: Generated<number>;
    created_at: Ts;
  };
  council_reports: {
    id: Generated<string>;
    council_id: string;
    author_kind: 'council' | 'ngo';
    organization_bin: string | null;
    author_id: string | null;
    author_name: string;
    title: string;
    findings: string;
    status: Generated<ReportStatus>;
    body_answer: string | null;
    answered_at: NullTs;
    answered_by: string | null;
    version: Generated<number>;
    published_at: Ts;
  };
  hearings: {
    id: Generated<string>;
    state_body_id: string;
    council_id: string | null;
    region: string | null;
    title: string;
    description: string;
    location: Generated<string>;
    starts_at: Ts;
    announced_at: Ts;
    status: Generated<HearingStatus>;
    minutes: string | null;
    participants_count: number | null;
    cancel_reason: string | null;
    answered_at: NullTs;
    version: Generated<number>;
    created_by: string | null;
    created_at: Ts;
    updated_at: Ts;
  };
  hearing_registrations: {
    hearing_id: string;
    user_id: string;
    full_name: string;
    mode: 'in_person' | 'online';
    created_at: Ts;
  };
  hearing_questions: {
    id: Generated<string>;
    hearing_id: string;
    user_id: string | null;
    author_name: string;
    kind: QuestionKind;
    phase: 'before' | 'during';
    text: string;
    hidden: Generated<boolean>;
    hidden_reason: string | null;
    answer: string | null;
    outcome: 'accepted' | 'partly_accepted' | 'rejected' | 'answered' | null;
    answered_at: NullTs;
    answered_by: string | null;
    version: Generated<number>;
    created_at: Ts;
  };
  council_documents: {
    id: Generated<string>;
    owner_type: 'meeting' | 'hearing' | 'report' | 'selection';
    owner_id: string;
    file_id: string;
    title: string;
    created_at: Generated<Date>;
  };
}
