import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/**
 * Kysely types for the platform tables (migrations/0001_platform.sql). The accounts' tables of the
 * same migration (users, sessions, e-mailed and API tokens, memberships) are in
 * src/modules/accounts/tables.ts.
 */
export interface PlatformTables {
  state_bodies: {
    id: Generated<string>;
    code: string;
    kind: string;
    name_kk: string;
    name_ru: string;
    name_en: string;
    region: string | null;
    created_at: Generated<Date>;
  };
  audit_log: {
    id: Generated<number>;
    at: Generated<Date>;
    actor_id: string | null;
    actor_name: string | null;
    action: string;
    entity_type: string;
    entity_id: string;
    data: ColumnType<Record<string, unknown>, string | undefined, never>;
    is_public: Generated<boolean>;
    request_id: string | null;
  };
  jobs: {
    id: Generated<number>;
    queue: string;
    payload: ColumnType<Record<string, unknown>, string | undefined, string>;
    run_at: Timestamp;
    attempts: Generated<number>;
    max_attempts: Generated<number>;
    locked_until: NullableTs;
    done_at: NullableTs;
    failed_at: NullableTs;
    last_error: string | null;
    dedupe_key: string | null;
    created_at: Generated<Date>;
  };
  mail_outbox: {
    id: Generated<number>;
    to_address: string;
    subject: string;
    text_body: string;
    created_at: Generated<Date>;
    sent_at: NullableTs;
    last_error: string | null;
  };
  files: {
    id: Generated<string>;
    storage_key: string;
    original_name: string;
    mime: string;
    size_bytes: number;
    sha256: string;
    uploaded_by: string | null;
    created_at: Generated<Date>;
  };
  form_drafts: {
    id: string;
    path: string;
    payload: ColumnType<Record<string, unknown>, string, string>;
    expires_at: Timestamp;
  };
  /** Hits of a rate limit's current window, shared by every instance (platform/http/rateLimits.ts). */
  rate_limits: {
    key: string;
    window_start: Timestamp;
    hits: number;
    expires_at: Timestamp;
  };
  /** Written by migrate.ts: one row a migration applied. */
  schema_migrations: { version: string; applied_at: Generated<Date> };
}
