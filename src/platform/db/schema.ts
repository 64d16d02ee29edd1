/**
 * The one database type: the platform's tables and every module's, as Kysely sees them.
 *
 * This is the one place where the platform names the modules. Each module declares its tables in
 * its own `tables.ts` (type-only, no runtime code); this file only combines them, so the imports
 * below stay `import type` and the platform still depends on no module at run time.
 * `schema.check.ts` holds it to the migrated schema (`generated.ts`, written by `npm run db:types`).
 */
import type { Kysely, Transaction } from 'kysely';
import type { AccountsTables } from '../../modules/accounts/tables.ts';
import type { AppealsTables } from '../../modules/appeals/tables.ts';
import type { CouncilTables } from '../../modules/councils/tables.ts';
import type { ForumTables } from '../../modules/forum/tables.ts';
import type { FundingTables } from '../../modules/funding/tables.ts';
import type { LegislationTables } from '../../modules/legislation/tables.ts';
import type { LocalTables } from '../../modules/local/tables.ts';
import type { PetitionsTables } from '../../modules/petitions/tables.ts';
import type { RegistryTables } from '../../modules/registry/tables.ts';
import type { VolunteeringTables } from '../../modules/volunteering/tables.ts';
import type { PlatformTables } from './tables.ts';

/** Every table of the installation. A table declared by two modules fails here (interfaces may not disagree). */
export interface DB
  extends
    PlatformTables,
    AccountsTables,
    RegistryTables,
    FundingTables,
    PetitionsTables,
    AppealsTables,
    LegislationTables,
    CouncilTables,
    LocalTables,
    ForumTables,
    VolunteeringTables {}

/** What repository functions, commands and platform services take: the database or a transaction on it. */
export type Db = Kysely<DB> | Transaction<DB>;
