/** Kysely table types of the volunteering module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { ApplicationStatus, CampaignStatus, OpportunityStatus } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface VolunteeringTables {
  volunteer_profiles: {
    user_id: string;
    skills: string[];
    languages: string[];
    region: string;
    birth_year: number;
    about: string | null;
    version: Generated<number>;
    updated_at: Ts;
  };
  volunteer_opportunities: {
    id: Generated<string>;
    organizer_type: 'organization' | 'state_body';
    organizer_id: string;
    title: string;
    description: string;
    area: string;
    online: boolean;
    region: string | null;
    settlement: string;
    starts_on: string;
    ends_on: string;
    places: number;
    skills: string[];
    min_age: number | null;
    max_age: number | null;
    status: ColumnType<OpportunityStatus, OpportunityStatus | undefined, OpportunityStatus>;
    version: Generated<number>;
    created_by: string | null;
    created_at: Ts;
    updated_at: Ts;
  };
  volunteer_applications: {
    id: Generated<string>;
    opportunity_id: string;
    user_id: string;
    motivation: string | null;
    status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
    hours_tenths: number | null;
    applied_at: Ts;
    decided_at: NullTs;
    decided_by: string | null;
    confirmed_at: NullTs;
    confirmed_by: string | null;
  };
  volunteer_certificates: {
    code: string;
    application_id: string;
    issued_at: Ts;
    revoked_at: NullTs;
    revoke_reason: string | null;
  };
  charity_campaigns: {
    id: Generated<string>;
    bin: string;
    title: string;
    purpose: string;
    area: string;
    region: string;
    goal_tiyn: number;
    starts_on: string;
    ends_on: string;
    account_iban: string;
    bank: string;
    status: ColumnType<CampaignStatus, CampaignStatus | undefined, CampaignStatus>;
    raised_tiyn: Generated<number>;
    donors: Generated<number>;
    closed_at: NullTs;
    report_text: string | null;
    report_spent_tiyn: number | null;
    report_published_at: NullTs;
    version: Generated<number>;
    created_by: string | null;
    created_at: Ts;
  };
  charity_report_files: { campaign_id: string; file_id: string };
  charity_payments: {
    id: Generated<string>;
    campaign_id: string;
    provider: string;
    provider_payment_id: string;
    amount_tiyn: number;
    donor_user_id: string | null;
    donor_name: string | null;
    anonymous: boolean;
    locale: string;
    status: ColumnType<
      'pending' | 'confirmed' | 'failed',
      'pending' | 'confirmed' | 'failed' | undefined,
      'pending' | 'confirmed' | 'failed'
    >;
    created_at: Ts;
    settled_at: NullTs;
  };
  charity_donations: {
    id: Generated<string>;
    campaign_id: string;
    payment_id: string;
    provider: string;
    provider_payment_id: string;
    idempotency_key: string | null;
    amount_tiyn: number;
    donor_user_id: string | null;
    donor_name: string | null;
    anonymous: boolean;
    confirmed_at: Ts;
  };
}
