import { audit } from '../../../platform/audit/index.ts';
import { issueApiToken } from '../../../platform/auth/sessions.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canIssueApiToken } from '../policy.ts';

/**
 * Creates a personal access token for the actor. The token is returned once, to be shown
 * once; only its hash is kept.
 */
export async function createApiToken(
  deps: CommandDeps,
  input: { name: string },
): Promise<Result<{ id: string; token: string }>> {
  const actor = deps.actor;
  if (!actor || !canIssueApiToken(actor)) return fail('forbidden');
  return ok(await issueTokenInTransaction(deps, actor.id, input.name));
}

/** The issuing itself, shared with the CLI (which has no actor and checked its own rights). */
export async function issueTokenInTransaction(deps: CommandDeps, userId: string, name: string) {
  return deps.db.transaction().execute(async (trx) => {
    const issued = await issueApiToken(trx, userId, name);
    await audit(trx, {
      actor: deps.actor,
      action: 'api_token.issued',
      entityType: 'api_token',
      entityId: issued.id,
      data: { userId, name },
      requestId: deps.requestId,
    });
    return issued;
  });
}
