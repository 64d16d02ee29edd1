/** One sign-up: the organiser's page (accept or decline, confirm the hours, revoke), the volunteer's withdrawal. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { actOnApplication } from '../commands/actOnApplication.ts';
import { opportunityWithOrganizer } from '../lookups.ts';
import { actsFor, canActOnApplication } from '../policy.ts';
import { presentApplication } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { applicationsOf, findApplication } from '../repository/index.ts';
import { decideSchema, hoursSchema, revokeSchema } from '../schemas.ts';
import { ApplicationPage } from '../views/ApplicationPage.tsx';

const { page, form, action } = routesFor('volunteering');
const params = z.object({ id: z.string().uuid(), appId: z.string().uuid() });
type Params = z.infer<typeof params>;
const none: FormState = { values: {}, errors: {} };
const backTo = (p: Params, _?: unknown, f?: { kind: string }) =>
  f?.kind === 'not_found'
    ? ([['volunteering.list.title', '/volunteering']] as [string, string][])
    : `/volunteering/${p.id}`;
const pagePath = (c: { opp: { id: string }; app: { id: string } }) =>
  `/volunteering/${c.opp.id}/applications/${c.app.id}`;

/** The opportunity and sign-up named by the URL, for its organiser. */
async function applicationAt(req: FastifyRequest, p: Params) {
  const opp = await opportunityWithOrganizer(req.server.db, p.id);
  const row = opp ? (await applicationsOf(req.server.db, opp.id)).find((a) => a.id === p.appId) : undefined;
  if (!opp || !row) return fail('not_found');
  if (!actsFor(req.actor, { type: opp.organizer_type, id: opp.organizer_id })) return fail('not_organizer');
  // Whether hours could be confirmed today (the activity has begun), for the form to offer it.
  const canConfirmNow = canActOnApplication(req.actor, opp, { user_id: '', status: 'accepted' }, 'confirm', {
    today: almatyDate(new Date()),
  }).ok;
  return ok({ opp: { id: opp.id, title: opp.title }, app: presentApplication(row), canConfirmNow });
}
type Loaded = Extract<Awaited<ReturnType<typeof applicationAt>>, { ok: true }>['value'];

const applicationPage = (c: Loaded, f: FormState = none) => <ApplicationPage {...c} form={f} />;

export async function applicationRoutes(app: FastifyInstance) {
  const common = { policy: SIGNED_IN, params, back: backTo, load: applicationAt, view: applicationPage };

  page(app, {
    path: '/volunteering/:id/applications/:appId',
    policy: SIGNED_IN,
    params,
    back: backTo,
    load: applicationAt,
    render: (c) => applicationPage(c),
  });

  form(app, {
    ...common,
    path: '/volunteering/:id/applications/:appId/decide',
    get: false,
    schema: decideSchema,
    submit: (req, c, data) => actOnApplication(depsFrom(req), { applicationId: c.app.id, action: data.decision }),
    done: (_, c, __, data) => ({
      to: pagePath(c),
      flash: data.decision === 'accept' ? 'volunteering.flash.accepted' : 'volunteering.flash.declined',
    }),
  });

  form(app, {
    ...common,
    path: '/volunteering/:id/applications/:appId/hours',
    get: false,
    schema: hoursSchema,
    submit: (req, c, data) =>
      actOnApplication(depsFrom(req), { applicationId: c.app.id, action: 'confirm', hoursTenths: data.hours }),
    done: (_, c) => ({ to: pagePath(c), flash: 'volunteering.flash.confirmed' }),
  });

  form(app, {
    ...common,
    path: '/volunteering/:id/applications/:appId/revoke',
    get: false,
    schema: revokeSchema,
    submit: (req, c, data) =>
      actOnApplication(depsFrom(req), { applicationId: c.app.id, action: 'revoke', reason: data.reason }),
    done: (_, c) => ({ to: pagePath(c), flash: 'volunteering.flash.revoked' }),
  });

  // The volunteer withdraws their own sign-up.
  action(app, {
    path: '/volunteering/:id/applications/:appId/withdraw',
    policy: SIGNED_IN,
    params,
    back: backTo,
    load: async (req, p) => {
      const row = await findApplication(req.server.db, p.appId);
      return row && row.opportunity_id === p.id ? ok(row) : fail('not_found');
    },
    submit: (req, row) => actOnApplication(depsFrom(req), { applicationId: row.id, action: 'withdraw' }),
    done: (_, row) => ({ to: `/volunteering/${row.opportunity_id}`, flash: 'volunteering.flash.withdrawn' }),
  });
}
