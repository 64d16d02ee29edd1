import type { FastifyInstance } from 'fastify';
import { accountRoutes } from './routes/account.tsx';
import { adminRoutes } from './routes/admin.tsx';
import { apiRoutes } from './routes/api.ts';
import { authRoutes } from './routes/auth.tsx';
import { passwordRoutes } from './routes/password.tsx';

/**
 * The accounts module: registration, e-mail confirmation, sign-in and sign-out, password
 * reset, the account page (sessions, personal access tokens), user administration and
 * GET /api/v1/me. Everything other modules and the CLI may use is exported here.
 */
export async function accountsModule(app: FastifyInstance) {
  await authRoutes(app);
  await passwordRoutes(app);
  await accountRoutes(app);
  await adminRoutes(app);
  await apiRoutes(app);
}

export { addMembership, createUser, grantRole, issueTokenFor } from './commands/system.ts';
/** For demo seeds of other modules: synthetic citizens who never sign in. */
export { insertDemoPeople } from './repository.ts';
export { GLOBAL_ROLES, isGlobalRole, type GlobalRole } from './domain.ts';
export {
  canAddMembership,
  canGrantRole,
  canIssueApiToken,
  canManageUsers,
  canResendConfirmation,
  canRevokeApiToken,
  canRevokeRole,
  canRevokeSession,
  canSignIn,
} from './policy.ts';
