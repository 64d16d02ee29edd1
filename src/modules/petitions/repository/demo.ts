/**
 * What the demo loader writes for initiatives: rows in every state, their public steps as the
 * commands would have written them, and synthetic signatures for volume.
 */
import { sql, type Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';

export async function insertDemoInitiative(db: Db, row: Insertable<DB['initiatives']>) {
  return (await db.insertInto('initiatives').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** A public step of an initiative in the audit log, dated when it happened in the story. */
export async function insertDemoStep(
  db: Db,
  e: {
    at: Date;
    actor: { id: string; name: string } | null;
    action: string;
    id: string;
    data: Record<string, unknown>;
  },
) {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      actor_id: e.actor?.id ?? null,
      actor_name: e.actor?.name ?? null,
      action: e.action,
      entity_type: 'initiative',
      entity_id: e.id,
      data: JSON.stringify(e.data),
      is_public: true,
    })
    .execute();
}

/**
 * `count` synthetic signatures spread evenly from `from` over `spanMs`, with public names made of
 * the given first names and initials, and the initiative's count set to match.
 */
export async function insertSyntheticSignatures(
  db: Db,
  s: {
    id: string;
    salt: number;
    first: readonly string[];
    initials: readonly string[];
    from: Date;
    spanMs: number;
    count: number;
  },
) {
  await sql`
    insert into initiative_signatures (initiative_id, iin_hash, public_name, signed_at, synthetic)
    select ${s.id}::uuid, md5(${`demo-${s.salt}-`} || g::text),
           (array[${sql.join(s.first.map((f) => sql.lit(f)))}])[1 + (g * 7) % ${sql.lit(s.first.length)}] || ' ' || (array[${sql.join(s.initials.map((f) => sql.lit(f)))}])[1 + (g * 13) % ${sql.lit(s.initials.length)}] || '.',
           ${s.from}::timestamptz + (g::double precision / ${s.count}::float8) * ${s.spanMs}::float8 * interval '1 millisecond',
           true
    from generate_series(1, ${s.count}::int) g`.execute(db);
  await db.updateTable('initiatives').set({ signature_count: s.count }).where('id', '=', s.id).execute();
}
