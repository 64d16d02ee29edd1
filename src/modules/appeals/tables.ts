/** Kysely table types of the appeals module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { IsoDate } from '../../reference/index.ts';
import type { AppealKind, AppealStatus } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AppealsTables {
  appeal_counters: { year: number; last: number };
  appeals: {
    id: Generated<string>;
    number: string;
    kind: AppealKind;
    state_body_id: string;
    original_body_id: string;
    citizen_id: string;
    subject: string;
    body: string;
    lang: 'kk' | 'ru' | 'en';
    status: ColumnType<AppealStatus, AppealStatus | undefined, AppealStatus>;
    registered_at: Ts;
    registered_on: IsoDate;
    registered_year: number;
    term_start_on: IsoDate;
    due_on: IsoDate;
    redirected_at: NullTs;
    redirect_reason: string | null;
    extended_at: NullTs;
    extension_reason: string | null;
    extension_days: number | null;
    assigned_to: string | null;
    answer: string | null;
    answered_at: NullTs;
    answered_on: IsoDate | null;
    answered_by: string | null;
    rating: number | null;
    rating_comment: string | null;
    rated_at: NullTs;
    escalated_at: NullTs;
    publish_consent: boolean;
    public_subject: string | null;
    public_body: string | null;
    public_answer: string | null;
    published_at: NullTs;
    version: ColumnType<number, number | undefined, number>;
    updated_at: Ts;
  };
  appeal_files: { appeal_id: string; file_id: string };
  appeal_body_heads: { state_body_id: string; user_id: string };
}
