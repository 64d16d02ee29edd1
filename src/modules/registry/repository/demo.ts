/**
 * What the demo loader writes: synthetic organisations in multi-row inserts of BATCH rows, with
 * their reports, the moderators' public decisions and social-enterprise entries.
 */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { ReportData } from '../schemas.ts';
import type { OrganizationValues } from './organizations.ts';

const BATCH = 500;
const DAY = 86_400_000;
/** The name on demo decisions: a role, not a person, since the demo has no such account. */
const DEMO_MODERATOR = 'Qogam модераторы / модератор Qogam';

/** One synthetic organisation with what it filed and applied for. */
export interface DemoOrganization {
  org: OrganizationValues & { created_at: Date; verified_at: Date | null; verification_reason: string | null };
  reports: { year: number; submitted_at: Date; data: ReportData }[];
  social: {
    list_year: number;
    category: number;
    status: 'applied' | 'approved' | 'refused';
    applied_at: Date;
    decided_at: Date | null;
    reason: string | null;
  } | null;
}

/** Inserts a batch (an organisation already there is skipped with its reports); returns the BINs inserted. */
export async function insertDemoBatch(trx: Db, batch: DemoOrganization[]): Promise<Set<string>> {
  const rows = await trx
    .insertInto('organizations')
    .values(
      batch.map(({ org }) => ({
        ...org,
        leaders: JSON.stringify(org.leaders),
        founders: JSON.stringify(org.founders),
        updated_at: org.verified_at ?? org.created_at,
      })),
    )
    .onConflict((oc) => oc.column('bin').doNothing())
    .returning('bin')
    .execute();
  const inserted = new Set(rows.map((r) => r.bin));
  const reports = batch
    .filter((g) => inserted.has(g.org.bin))
    .flatMap((g) =>
      g.reports.map((r) => ({
        bin: g.org.bin,
        year: r.year,
        submitted_at: r.submitted_at,
        submitted_by: null,
        data: JSON.stringify(r.data),
        income_total: Object.values(r.data.income).reduce((a, b) => a + b, 0),
      })),
    );
  for (let k = 0; k < reports.length; k += BATCH) {
    await trx
      .insertInto('annual_reports')
      .values(reports.slice(k, k + BATCH))
      .onConflict((oc) => oc.columns(['bin', 'year']).doNothing())
      .execute();
  }
  // The moderators' decisions, as the audit log would hold them, so a verified badge has its public record.
  const decisions = batch
    .filter((g) => inserted.has(g.org.bin) && g.org.verification !== 'pending')
    .map(({ org }) => ({
      at: org.verified_at ?? new Date(org.created_at.getTime() + 3 * DAY),
      actor_name: DEMO_MODERATOR,
      action: `registry.verification.${org.verification}`,
      entity_type: 'organization',
      entity_id: org.bin,
      data: JSON.stringify({ reason: org.verification_reason, document: true }),
      is_public: true,
    }));
  if (decisions.length) await trx.insertInto('audit_log').values(decisions).execute();
  const social = batch.filter((g) => g.social && inserted.has(g.org.bin));
  if (social.length) {
    await trx
      .insertInto('social_entrepreneurs')
      .values(
        social.map(({ org, social: s }) => ({
          bin: org.bin,
          list_year: s!.list_year,
          category: s!.category,
          status: s!.status,
          decision_reason: s!.reason,
          applied_at: s!.applied_at,
          decided_at: s!.decided_at,
          application: JSON.stringify({
            activities: org.description ?? 'Өндіріс және қызмет көрсету / Производство и услуги',
            employeesTotal: 12,
            employeesVulnerable: 7,
          }),
        })),
      )
      .onConflict((oc) => oc.columns(['bin', 'list_year']).doNothing())
      .execute();
  }
  return inserted;
}

/**
 * A freshly loaded table has no visibility map or statistics yet (PGlite runs no autovacuum):
 * without them counts read every heap page and the planner guesses row counts.
 */
export async function analyzeRegistry(db: Db) {
  await sql`vacuum (analyze) organizations, annual_reports, social_entrepreneurs`.execute(db);
}
