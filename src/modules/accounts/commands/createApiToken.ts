import { issueApiToken } from '../../../platform/auth/sessions.ts';
import { ok, type CommandContext } from '../../../platform/kit/index.ts';
import { canIssueApiToken } from '../policy.ts';
import { allow, command, deny } from '../reasons.ts';

/** The issuing itself: only the token's hash is kept; the token is returned to be shown once. */
async function issue({ trx, audit }: CommandContext<unknown>, userId: string, name: string) {
  const issued = await issueApiToken(trx, userId, name);
  await audit({ action: 'api_token.issued', entityType: 'api_token', entityId: issued.id, data: { userId, name } });
  return ok(issued);
}

/**
 * Creates a personal access token for the actor. The token is returned once, to be shown
 * once; only its hash is kept. Fails with forbidden (not from a browser session).
 * @example const r = await createApiToken(deps, { name: 'Reports script' }); // r.value.token
 */
export const createApiToken = command({
  policy: (actor) => (canIssueApiToken(actor) ? allow : deny('forbidden')),
  run: (ctx, input: { name: string }) => issue(ctx, ctx.actor!.id, input.name),
});

/**
 * The same for the CLI, which has no actor and checked its own rights.
 * @example await issueTokenAsSystem(deps, { userId, name: 'CI' })
 */
export const issueTokenAsSystem = command({
  run: (ctx, input: { userId: string; name: string }) => issue(ctx, input.userId, input.name),
});
