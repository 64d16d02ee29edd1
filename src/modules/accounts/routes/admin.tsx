/** Administrators find people and change their global roles and state-body memberships. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { anyRole } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import { addStateBodyMembership } from '../commands/addMembership.ts';
import { changeRole } from '../commands/changeRole.ts';
import { canRevokeRole } from '../policy.ts';
import { presentAdminUser, presentUserListItem, type AdminUserView } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { findUserById, listStateBodies, membershipsOf, searchUsers, stateBodiesByIds } from '../repository.ts';
import { adminUsersQuery, roleForm, stateBodyForm, userParams } from '../schemas.ts';
import { AdminUserPage } from '../views/AdminUserPage.tsx';
import { ADMIN_PAGE_SIZE, AdminUsersPage } from '../views/AdminUsersPage.tsx';

const { page, form } = routesFor('accounts');
const admin = anyRole('administrator');
const userPath = (p: { id: string }) => `/admin/users/${p.id}`;

/** One person's page: their roles and memberships, and what the forms on it may offer. */
async function userAt(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const user = await findUserById(db, p.id);
  if (!user) return fail('not_found');
  const [memberships, allBodies] = await Promise.all([membershipsOf(db, user.id), listStateBodies(db)]);
  const bodies = await stateBodiesByIds(
    db,
    memberships.filter((m) => m.org_type === 'state_body').map((m) => m.org_id),
  );
  const revocable = user.roles.filter((r) => canRevokeRole(req.actor, user, r).ok);
  return ok(presentAdminUser(user, memberships, bodies, allBodies, revocable, req.locale));
}

const userPage = (u: AdminUserView, f: FormState = { values: {}, errors: {} }) => (
  <AdminUserPage {...u} values={f.values} errors={f.errors} />
);

export async function adminRoutes(app: FastifyInstance) {
  page(app, {
    path: '/admin/users',
    policy: admin,
    query: adminUsersQuery,
    render: async (_, req, { q, page }) => {
      const { items, total } = await searchUsers(req.server.db, { q: q || undefined, page, pageSize: ADMIN_PAGE_SIZE });
      return (
        <AdminUsersPage items={items.map((u) => presentUserListItem(u, req.locale))} total={total} page={page} q={q} />
      );
    },
  });

  page(app, { path: '/admin/users/:id', policy: admin, params: userParams, load: userAt, render: (u) => userPage(u) });

  // A rule the buttons already follow (one's own administrator role) is a refusal page (403);
  // a wrong choice is told next to the field.
  for (const op of ['grant', 'revoke'] as const) {
    form(app, {
      path: `/admin/users/:id/roles/${op}`,
      policy: admin,
      get: false,
      params: userParams,
      load: userAt,
      back: userPath,
      schema: roleForm,
      view: userPage,
      submit: (req, u, data) => changeRole(depsFrom(req), { userId: u.user.id, role: data.role, op }),
      done: (_, u) => ({
        to: userPath(u.user),
        flash: op === 'grant' ? 'accounts.flash.roleGranted' : 'accounts.flash.roleRevoked',
      }),
    });
  }

  form(app, {
    path: '/admin/users/:id/memberships',
    policy: admin,
    get: false,
    params: userParams,
    load: userAt,
    back: userPath,
    schema: stateBodyForm,
    view: userPage,
    submit: (req, u, data) =>
      addStateBodyMembership(depsFrom(req), { userId: u.user.id, stateBodyId: data.stateBodyId }),
    done: (_, u) => ({ to: userPath(u.user), flash: 'accounts.flash.membershipAdded' }),
  });
}
