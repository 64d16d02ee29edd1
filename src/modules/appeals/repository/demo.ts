/** What the demo loader writes: its appeals, the year counters and their audit trail, as multi-row inserts. */
import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppealsTables } from '../tables.ts';

/** A demo appeal as it is inserted (every column given). */
export type DemoAppeal = Insertable<AppealsTables['appeals']>;

/** A private audit entry of a demo appeal, named by its registration number. */
export interface DemoAuditEntry {
  action: string;
  number: string;
  at: Date;
  actor: string | null;
}

/**
 * Inserts the demo's appeals (200 a statement), sets each year's counter to the last number
 * used, and writes their audit entries (500 a statement). Run it in one transaction.
 */
export async function insertDemoAppeals(
  trx: Db,
  demo: { appeals: DemoAppeal[]; counters: Map<number, number>; audits: DemoAuditEntry[] },
) {
  for (let i = 0; i < demo.appeals.length; i += 200)
    await trx
      .insertInto('appeals')
      .values(demo.appeals.slice(i, i + 200))
      .execute();
  for (const [year, last] of demo.counters) {
    await trx
      .insertInto('appeal_counters')
      .values({ year, last })
      .onConflict((oc) => oc.column('year').doUpdateSet({ last }))
      .execute();
  }
  const log = demo.audits.map((a) => ({
    at: a.at,
    actor_id: null,
    actor_name: a.actor,
    action: a.action,
    entity_type: 'appeal',
    entity_id: a.number,
    data: '{}',
    is_public: false,
    request_id: null,
  }));
  for (let i = 0; i < log.length; i += 500)
    await trx
      .insertInto('audit_log')
      .values(log.slice(i, i + 500))
      .execute();
}
