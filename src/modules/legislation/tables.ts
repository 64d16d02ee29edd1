/** Kysely table types of the legislation module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { AnswerStatus, ConclusionKind, DraftKind, DraftState, UnitKind } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface LegislationTables {
  legislation_drafts: {
    id: Generated<string>;
    state_body_id: string;
    kind: DraftKind;
    title_kk: string;
    title_ru: string;
    status: ColumnType<DraftState, DraftState | undefined, DraftState>;
    current_version: Generated<number>;
    opened_at: NullTs;
    last_day: NullDate;
    closes_at: NullTs;
    first_opened_at: NullTs;
    summary_published_at: NullTs;
    created_by: string | null;
    created_at: Ts;
    updated_at: Ts;
    lock_version: Generated<number>;
    search: ColumnType<string, never, never>;
  };
  legislation_versions: {
    id: Generated<string>;
    draft_id: string;
    number: number;
    note_kk: string;
    note_ru: string;
    changes_kk: Generated<string>;
    changes_ru: Generated<string>;
    created_at: Ts;
    opened_at: NullTs;
    last_day: NullDate;
    summary_published_at: NullTs;
  };
  legislation_units: {
    id: Generated<string>;
    version_id: string;
    position: number;
    key: string;
    kind: UnitKind;
    label: string;
    heading_kk: string;
    heading_ru: string;
    text_kk: string;
    text_ru: string;
  };
  legislation_comments: {
    id: Generated<string>;
    draft_id: string;
    version_id: string;
    unit_id: string;
    author_id: string | null;
    author_name: string;
    organization_bin: string | null;
    body: string;
    lang: 'kk' | 'ru' | 'en';
    created_at: Ts;
    supports: Generated<number>;
    answer_status: AnswerStatus | null;
    answer_reason: string | null;
    answered_by: string | null;
    answered_by_name: string | null;
    answered_at: NullTs;
    answer_version: Generated<number>;
  };
  legislation_supports: {
    comment_id: string;
    user_id: string;
    created_at: Ts;
  };
  legislation_conclusions: {
    id: Generated<string>;
    draft_id: string;
    version_id: string;
    kind: ConclusionKind;
    organization_bin: string;
    summary: string;
    file_id: string;
    submitted_by: string | null;
    created_at: Ts;
  };
}
