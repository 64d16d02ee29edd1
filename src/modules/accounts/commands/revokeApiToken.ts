import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canRevokeApiToken } from '../policy.ts';
import { findApiToken, revokeApiTokenRow } from '../repository.ts';

/** Revokes one of the actor's tokens; the next request with it gets 401. */
export async function revokeApiToken(deps: CommandDeps, input: { id: string }): Promise<Result<void>> {
  const row = await findApiToken(deps.db, input.id);
  if (!row || !canRevokeApiToken(deps.actor, { userId: row.user_id })) return fail('not_found');
  if (row.revoked_at) return ok(undefined);
  await deps.db.transaction().execute(async (trx) => {
    await revokeApiTokenRow(trx, row.id);
    await audit(trx, {
      actor: deps.actor,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: row.id,
      data: { userId: row.user_id, name: row.name },
      requestId: deps.requestId,
    });
  });
  return ok(undefined);
}
