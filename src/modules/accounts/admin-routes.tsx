import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { anyRole } from '../../platform/authz/index.ts';
import { depsFrom, type Result } from '../../platform/commands.ts';
import { setFlash, simplePage } from '../../platform/http/context.ts';
import { fieldErrors } from '../../platform/http/validation.ts';
import { formatDate } from '../../platform/i18n/index.ts';
import type { FieldErrors } from '../../platform/views/forms.tsx';
import { renderPage } from '../../platform/views/render.tsx';
import { addStateBodyMembership } from './commands/addMembership.ts';
import { changeRole } from './commands/changeRole.ts';
import { LANG } from './http.ts';
import { canRevokeRole } from './policy.ts';
import { presentUserListItem, stateBodyName } from './presenters.ts';
import { findUserById, listStateBodies, membershipsOf, searchUsers, stateBodiesByIds } from './repository.ts';
import { adminUsersQuery, roleForm, stateBodyForm, uuid } from './schemas.ts';
import { AdminUserPage, type AdminUserPageProps } from './views/AdminUserPage.tsx';
import { ADMIN_PAGE_SIZE, AdminUsersPage } from './views/AdminUsersPage.tsx';

/** Administrators find people and change their global roles and state-body memberships. */
export async function adminRoutes(app: FastifyInstance) {
  const db = app.db;
  const admin = { policy: anyRole('administrator') };
  const hide = { hide: true };

  app.get(
    `${LANG}/admin/users`,
    { config: admin, schema: { ...hide, querystring: adminUsersQuery } },
    async (req, reply) => {
      const { q, page } = req.query as { q?: string; page: number };
      const { items, total } = await searchUsers(db, { q: q || undefined, page, pageSize: ADMIN_PAGE_SIZE });
      return renderPage(
        req,
        reply,
        <AdminUsersPage items={items.map((u) => presentUserListItem(u, req.locale))} total={total} page={page} q={q} />,
      );
    },
  );

  /** Renders one person's page; with errors (status 400) when a form on it failed. */
  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    form: { errors?: FieldErrors; values?: AdminUserPageProps['values'] } = {},
    status = 200,
  ) {
    const user = await findUserById(db, userId);
    if (!user) return reply.callNotFound();
    const [memberships, allBodies] = await Promise.all([membershipsOf(db, user.id), listStateBodies(db)]);
    const bodies = await stateBodiesByIds(
      db,
      memberships.filter((m) => m.org_type === 'state_body').map((m) => m.org_id),
    );
    const memberOf = new Set(bodies.map((b) => b.id));
    const props: AdminUserPageProps = {
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        roles: user.roles,
        confirmed: !!user.email_confirmed_at,
        created: formatDate(user.created_at, req.locale),
      },
      organizations: memberships.filter((m) => m.org_type === 'organization').map((m) => m.org_id),
      stateBodies: bodies.map((b) => ({ id: b.id, name: stateBodyName(b, req.locale) })),
      stateBodyOptions: allBodies
        .filter((b) => !memberOf.has(b.id))
        .map((b) => ({ value: b.id, label: stateBodyName(b, req.locale) })),
      revocable: user.roles.filter((r) => canRevokeRole(req.actor, user, r).ok),
      ...form,
    };
    return renderPage(req, reply, <AdminUserPage {...props} />, status);
  }

  /** A failed command: unknown person 404, a rule the buttons already hide 403, otherwise the form again with the reason on the field. */
  function failed(
    req: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    r: Extract<Result<unknown>, { ok: false }>,
    field: string,
    values: AdminUserPageProps['values'],
  ) {
    if (r.reason === 'user_not_found' || r.reason === 'not_found') return reply.callNotFound();
    if (r.reason === 'forbidden' || r.reason === 'own_admin_role') {
      return reply
        .code(403)
        .type('text/html')
        .send(simplePage(req, req.t('errors.forbiddenTitle'), req.t(`accounts.errors.${r.reason}`)));
    }
    return render(req, reply, userId, { errors: { [field]: req.t(`accounts.errors.${r.reason}`) }, values }, 400);
  }

  app.get(`${LANG}/admin/users/:id`, { config: admin, schema: hide }, (req, reply) => {
    const id = userIdOf(req);
    return id ? render(req, reply, id) : reply.callNotFound();
  });

  for (const op of ['grant', 'revoke'] as const) {
    app.post(`${LANG}/admin/users/:id/roles/${op}`, { config: admin, schema: hide }, async (req, reply) => {
      const id = userIdOf(req);
      if (!id) return reply.callNotFound();
      const b = (req.body ?? {}) as Record<string, unknown>;
      const parsed = roleForm.safeParse(b);
      const values = { role: typeof b.role === 'string' ? b.role : undefined };
      if (!parsed.success) return render(req, reply, id, { errors: fieldErrors(req.t, parsed.error), values }, 400);
      const r = await changeRole(depsFrom(req), { userId: id, role: parsed.data.role, op });
      if (!r.ok) return failed(req, reply, id, r, 'role', values);
      setFlash(reply, op === 'grant' ? 'accounts.flash.roleGranted' : 'accounts.flash.roleRevoked');
      return reply.redirect(`/${req.locale}/admin/users/${id}`, 303);
    });
  }

  app.post(`${LANG}/admin/users/:id/memberships`, { config: admin, schema: hide }, async (req, reply) => {
    const id = userIdOf(req);
    if (!id) return reply.callNotFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    const parsed = stateBodyForm.safeParse(b);
    const values = { stateBodyId: typeof b.stateBodyId === 'string' ? b.stateBodyId : undefined };
    if (!parsed.success) return render(req, reply, id, { errors: fieldErrors(req.t, parsed.error), values }, 400);
    const r = await addStateBodyMembership(depsFrom(req), { userId: id, stateBodyId: parsed.data.stateBodyId });
    if (!r.ok) return failed(req, reply, id, r, 'stateBodyId', values);
    setFlash(reply, 'accounts.flash.membershipAdded');
    return reply.redirect(`/${req.locale}/admin/users/${id}`, 303);
  });
}

/** The :id of the URL when it is a uuid; a malformed id is a page that does not exist (404), not a bad request. */
function userIdOf(req: FastifyRequest): string | undefined {
  const id = (req.params as { id?: string }).id;
  return uuid.safeParse(id).success ? id : undefined;
}
