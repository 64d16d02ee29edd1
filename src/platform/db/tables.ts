import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Kysely types for the platform tables (migrations/0001_platform.sql). */
export interface PlatformTables {
  users: {
    id: Generated<string>;
    email: string;
    password_hash: string;
    name: string;
    locale: Generated<string>;
    roles: ColumnType<string[], string[] | undefined, string[]>;
    email_confirmed_at: NullableTs;
    disabled_at: NullableTs;
    created_at: Generated<Date>;
  };
  sessions: {
    id: string;
    user_id: string;
    created_at: Generated<Date>;
    last_seen_at: Timestamp;
    expires_at: Timestamp;
    revoked_at: NullableTs;
    ip: string | null;
    user_agent: string | null;
  };
  email_tokens: {
    id: string;
    user_id: string;
    purpose: 'confirm' | 'reset';
    expires_at: Timestamp;
    used_at: NullableTs;
    created_at: Generated<Date>;
  };
  api_tokens: {
    id: Generated<string>;
    user_id: string;
    name: string;
    token_hash: string;
    prefix: string;
    created_at: Generated<Date>;
    last_used_at: NullableTs;
    revoked_at: NullableTs;
  };
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
  memberships: {
    user_id: string;
    org_type: 'organization' | 'state_body';
    org_id: string;
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
  /** Written by migrate.ts: one row a migration applied. */
  schema_migrations: { version: string; applied_at: Generated<Date> };
}
