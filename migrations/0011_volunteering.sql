-- Volunteering (opportunities, volunteers' profiles, sign-ups with confirmed hours, certificates)
-- and charity (campaigns of registered NGOs, payments through a provider, donations, reports).
-- Money is bigint tiyn; hours are tenths of an hour in an integer (no floating point in sums).

create table volunteer_profiles (
  user_id uuid primary key references users(id) on delete cascade,
  skills text[] not null default '{}',
  languages text[] not null default '{}',
  region text not null,
  birth_year int not null check (birth_year between 1900 and 2100),
  about text check (length(about) <= 2000),
  version int not null default 1,
  updated_at timestamptz not null default now()
);

create table volunteer_opportunities (
  id uuid primary key default gen_random_uuid(),
  -- An NGO (organizer_id = BIN) or a state body (organizer_id = state_bodies.id).
  organizer_type text not null check (organizer_type in ('organization', 'state_body')),
  organizer_id text collate "C" not null,
  title text not null check (length(title) between 1 and 200),
  description text not null check (length(description) between 1 and 5000),
  area text not null,
  online boolean not null default false,
  region text,
  settlement text not null default '',
  starts_on date not null,
  ends_on date not null,
  places int not null check (places between 1 and 10000),
  skills text[] not null default '{}',
  min_age int check (min_age between 0 and 120),
  max_age int check (max_age between 0 and 120),
  status text not null default 'open' check (status in ('open', 'closed', 'completed', 'cancelled')),
  version int not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on >= starts_on),
  check (online or region is not null),
  check (min_age is null or max_age is null or min_age <= max_age)
);
create index volunteer_opportunities_organizer on volunteer_opportunities (organizer_type, organizer_id);
create index volunteer_opportunities_status on volunteer_opportunities (status, starts_on);

create table volunteer_applications (
  id uuid primary key default gen_random_uuid(),
  opportunity_id uuid not null references volunteer_opportunities(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  motivation text check (length(motivation) <= 2000),
  status text not null default 'applied' check (status in ('applied', 'accepted', 'declined', 'withdrawn', 'completed', 'revoked')),
  -- Confirmed hours in tenths (12.5 h = 125), set when the organiser confirms; null before.
  hours_tenths int check (hours_tenths between 1 and 100000),
  applied_at timestamptz not null default now(),
  decided_at timestamptz,
  decided_by uuid references users(id) on delete set null,
  confirmed_at timestamptz,
  confirmed_by uuid references users(id) on delete set null,
  unique (opportunity_id, user_id)
);
create index volunteer_applications_user on volunteer_applications (user_id);
create index volunteer_applications_confirmed on volunteer_applications (confirmed_at) where status = 'completed';

-- One certificate per confirmed participation; the code is printed on the PDF and opens the public check.
create table volunteer_certificates (
  code text collate "C" primary key check (code ~ '^[0-9a-f]{16}$'),
  application_id uuid not null unique references volunteer_applications(id) on delete cascade,
  issued_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoke_reason text check (length(revoke_reason) <= 500)
);

create table charity_campaigns (
  id uuid primary key default gen_random_uuid(),
  bin text collate "C" not null references organizations(bin),
  title text not null check (length(title) between 1 and 200),
  purpose text not null check (length(purpose) between 1 and 5000),
  area text not null,
  region text not null,
  goal_tiyn bigint not null check (goal_tiyn > 0),
  starts_on date not null,
  ends_on date not null,
  -- The NGO's bank account for direct transfers (IBAN KZ + 18 characters) and its bank.
  account_iban text not null check (account_iban ~ '^KZ[0-9A-Z]{18}$'),
  bank text not null default '',
  status text not null default 'active' check (status in ('active', 'closed', 'reported')),
  raised_tiyn bigint not null default 0 check (raised_tiyn >= 0),
  donors int not null default 0,
  closed_at timestamptz,
  report_text text,
  report_spent_tiyn bigint check (report_spent_tiyn >= 0),
  report_published_at timestamptz,
  version int not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on)
);
create index charity_campaigns_bin on charity_campaigns (bin);

create table charity_report_files (
  campaign_id uuid not null references charity_campaigns(id) on delete cascade,
  file_id uuid not null references files(id),
  primary key (campaign_id, file_id)
);

-- A payment is what was sent to the provider; only its confirmation makes a donation.
create table charity_payments (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references charity_campaigns(id),
  provider text not null,
  provider_payment_id text collate "C" not null,
  amount_tiyn bigint not null check (amount_tiyn > 0),
  donor_user_id uuid references users(id) on delete set null,
  donor_name text check (length(donor_name) <= 200),
  anonymous boolean not null default false,
  locale text not null default 'kk',
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'failed')),
  created_at timestamptz not null default now(),
  settled_at timestamptz,
  unique (provider, provider_payment_id)
);

create table charity_donations (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references charity_campaigns(id),
  payment_id uuid not null unique references charity_payments(id),
  provider text not null,
  -- The provider's id of the confirmed payment: one donation per confirmation, whatever retries come.
  provider_payment_id text collate "C" not null,
  idempotency_key text,
  amount_tiyn bigint not null check (amount_tiyn > 0),
  donor_user_id uuid references users(id) on delete set null,
  donor_name text,
  anonymous boolean not null default false,
  confirmed_at timestamptz not null default now(),
  unique (provider, provider_payment_id)
);
create index charity_donations_campaign on charity_donations (campaign_id, confirmed_at);
