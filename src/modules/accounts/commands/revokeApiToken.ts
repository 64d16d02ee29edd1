import { ok } from '../../../platform/kit/index.ts';
import { canRevokeApiToken } from '../policy.ts';
import { allow, command, deny } from '../reasons.ts';
import { findApiToken, revokeApiTokenRow } from '../repository.ts';

/**
 * Revokes one of the actor's tokens; the next request with it gets 401. Someone else's token
 * reads as not found. Revoking a revoked token changes nothing.
 * @example await revokeApiToken(deps, { id })
 */
export const revokeApiToken = command({
  load: (trx, input: { id: string }) => findApiToken(trx, input.id),
  policy: (actor, row) => (canRevokeApiToken(actor, { userId: row.user_id }) ? allow : deny('not_found')),
  run: async ({ trx, loaded: row, audit, unchanged }) => {
    if (row.revoked_at) {
      unchanged();
      return ok(undefined);
    }
    await revokeApiTokenRow(trx, row.id);
    await audit({
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: row.id,
      data: { userId: row.user_id, name: row.name },
    });
    return ok(undefined);
  },
});
