/** Kysely table types of the registry module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { SocialStatus, Verification } from './domain.ts';
import type { ReportData } from './schemas.ts';

type Json<T> = ColumnType<T, string, string>;
/** A column with a database default: optional on insert. */
type D<T> = ColumnType<T, T | undefined, T>;
/** A jsonb column with a database default. */
type DJson<T> = ColumnType<T, string | undefined, string>;
type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface Leader {
  name: string;
  position: string;
}

/** migrations/0002_registry.sql */
export interface RegistryTables {
  organizations: {
    bin: string;
    name_kk: string;
    name_ru: string;
    name_en: string | null;
    short_name: string | null;
    legal_form: string;
    region: string;
    settlement: D<string>;
    areas: D<string[]>;
    founded_on: string;
    status: D<'active' | 'liquidated'>;
    verification: D<Verification>;
    verification_reason: string | null;
    verified_at: NullTs;
    verification_file_id: string | null;
    website: string | null;
    email: string | null;
    phone: string | null;
    address: string | null;
    description: string | null;
    leaders: DJson<Leader[]>;
    founders: DJson<{ name: string }[]>;
    registered_by: string | null;
    created_at: Ts;
    updated_at: Ts;
    search: ColumnType<string, never, never>;
    tsv: ColumnType<string, never, never>;
    sort_kk: ColumnType<string, never, never>;
    sort_ru: ColumnType<string, never, never>;
    sort_en: ColumnType<string, never, never>;
  };
  organization_changes: {
    id: Generated<number>;
    bin: string;
    changed_at: Ts;
    actor_id: string | null;
    actor_kind: 'representative' | 'moderator';
    changes: Json<Record<string, { from: unknown; to: unknown }>>;
  };
  annual_reports: {
    bin: string;
    year: number;
    submitted_at: Ts;
    submitted_by: string | null;
    data: Json<ReportData>;
    income_total: number;
  };
  social_entrepreneurs: {
    id: Generated<number>;
    bin: string;
    list_year: number;
    category: number;
    application: Json<{ activities: string; employeesTotal: number; employeesVulnerable: number | null }>;
    status: ColumnType<SocialStatus, SocialStatus | undefined, SocialStatus>;
    decision_reason: string | null;
    applied_by: string | null;
    applied_at: Ts;
    decided_by: string | null;
    decided_at: NullTs;
  };
  /** The distinct lexemes of all names, kept by triggers; read by search for typo suggestions. */
  registry_words: { word: ColumnType<string, never, never> };
}
