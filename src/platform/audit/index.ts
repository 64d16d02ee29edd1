import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/schema.ts';

export interface AuditEntry {
  actor: Pick<Actor, 'id' | 'name'> | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  /** Public where the law makes the act public (verification, decisions); personal data never goes in data. */
  isPublic?: boolean;
  requestId?: string;
}

/** Appends to the audit log inside the caller's transaction, so the act and its record commit together. */
export async function audit(trx: Db, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_id: e.actor?.id ?? null,
      actor_name: e.actor?.name ?? null,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      data: JSON.stringify(e.data ?? {}),
      is_public: e.isPublic ?? false,
      request_id: e.requestId ?? null,
    })
    .execute();
}

export async function publicHistory(db: Db, entityType: string, entityId: string, limit = 50) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_name', 'action', 'data'])
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('is_public', '=', true)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function listAudit(
  db: Db,
  opts: { page: number; pageSize: number; entityType?: string; action?: string },
) {
  let q = db.selectFrom('audit_log');
  if (opts.entityType) q = q.where('entity_type', '=', opts.entityType);
  if (opts.action) q = q.where('action', '=', opts.action);
  const [items, total] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
