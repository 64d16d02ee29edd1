/** Kysely table types of the accounts module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { EmailTokenPurpose } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/**
 * migrations/0001_platform.sql: people, their sessions and tokens, e-mailed links, memberships.
 * The platform's auth (src/platform/auth/sessions.ts) reads users and memberships to build the
 * actor of a request and keeps sessions and API tokens; everything else is written here.
 */
export interface AccountsTables {
  users: {
    id: Generated<string>;
    email: string;
    password_hash: string;
    name: string;
    locale: Generated<string>;
    roles: ColumnType<string[], string[] | undefined, string[]>;
    email_confirmed_at: NullTs;
    disabled_at: NullTs;
    created_at: Generated<Date>;
  };
  sessions: {
    id: string;
    user_id: string;
    created_at: Generated<Date>;
    last_seen_at: Ts;
    expires_at: Ts;
    revoked_at: NullTs;
    ip: string | null;
    user_agent: string | null;
  };
  email_tokens: {
    id: string;
    user_id: string;
    purpose: EmailTokenPurpose;
    expires_at: Ts;
    used_at: NullTs;
    created_at: Generated<Date>;
  };
  api_tokens: {
    id: Generated<string>;
    user_id: string;
    name: string;
    token_hash: string;
    prefix: string;
    created_at: Generated<Date>;
    last_used_at: NullTs;
    revoked_at: NullTs;
  };
  memberships: {
    user_id: string;
    org_type: 'organization' | 'state_body';
    org_id: string;
    created_at: Generated<Date>;
  };
}
