import type { Kysely } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type Result } from '../../../platform/commands.ts';
import { isPast, transition } from '../domain.ts';
import { findInitiative, updateInitiative } from '../repository.ts';
import type { Db } from '../../../platform/db/schema.ts';

/**
 * Closes a collection whose period has ended without reaching the threshold (the job
 * 'petitions.expire' scheduled at approval runs it; idempotent). A system act, public.
 */
export async function expireInitiative(db: Db, id: string, at = new Date()): Promise<Result<void>> {
  return db.transaction().execute(async (trx) => {
    const row = await findInitiative(trx, id, { forUpdate: true });
    if (!row) return fail('not_found');
    const next = transition(row.status, 'expire');
    if (!next) return fail('not_collecting');
    if (!isPast(row.collection_ends, at)) return fail('still_collecting');
    if (!(await updateInitiative(trx, row.id, row.version, { status: next, expired_at: at }))) return fail('stale');
    await audit(trx, {
      actor: null,
      action: 'petitions.expired',
      entityType: 'initiative',
      entityId: row.id,
      data: { signatures: row.signature_count, threshold: row.threshold },
      isPublic: true,
    });
    return ok(undefined);
  });
}
