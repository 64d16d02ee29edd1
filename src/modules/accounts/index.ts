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
/**
 * Contracts: other modules read people and memberships only through these (never the tables).
 * insertMembership writes inside the caller's transaction, for a command that audits itself;
 * insertDemoPeople (citizens who never sign in), insertDemoAccounts and demoPerson are for demo seeds.
 */
export {
  demoPerson,
  hasAnyAccount,
  insertDemoAccounts,
  insertDemoPeople,
  insertMembership,
  membersOf,
  peopleByIds,
  type DemoPerson,
  type Person,
} from './repository.ts';
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
