/** Kysely table types of the petitions module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { Status } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface PetitionsTables {
  initiatives: {
    id: Generated<string>;
    title: string;
    body: string;
    language: string;
    addressee_id: string;
    addressee_code: string;
    region: string | null;
    area: string;
    status: Status;
    threshold: number | null;
    signature_count: Generated<number>;
    author_id: string | null;
    author_name: string;
    submitted_at: NullTs;
    moderation_due: string | null;
    rejection_category: string | null;
    rejection_reason: string | null;
    moderated_at: NullTs;
    collecting_from: NullTs;
    collection_ends: string | null;
    threshold_reached_at: NullTs;
    answer_due: string | null;
    review_started_at: NullTs;
    answered_at: NullTs;
    answer_decision: 'accepted' | 'partly' | 'declined' | null;
    answer_text: string | null;
    answered_by_name: string | null;
    expired_at: NullTs;
    version: Generated<number>;
    created_at: Ts;
    updated_at: Ts;
  };
  initiative_signatures: {
    id: Generated<number>;
    initiative_id: string;
    iin_hash: string;
    public_name: string;
    signed_at: Ts;
    signing_time: NullTs;
    cms: Uint8Array | null;
    cert_serial: string | null;
    cert_issuer: string | null;
    receipt_hash: string | null;
    synthetic: Generated<boolean>;
  };
}
