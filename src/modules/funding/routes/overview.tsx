/**
 * Funding's overview, the public register of experts (and joining it), and the funding histories
 * of a state body and of an NGO, as kit declarations.
 */
import type { FastifyInstance } from 'fastify';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok } from '../../../platform/kit/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import { joinRegister } from '../commands/joinRegister.ts';
import { fundingTotals } from '../openData/dashboard.ts';
import { canPlan, canSeeOutcome } from '../policy.ts';
import { bodyName, orgName } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  applicationsOf,
  bodiesByIds,
  callsByIds,
  findBody,
  findExpert,
  listCalls,
  listProjects,
  orgsByBins,
  overviewCounts,
  publicExperts,
} from '../repository/index.ts';
import { expertSchema } from '../schemas.ts';
import { Money } from '../views/components.tsx';
import { HistoryPage } from '../views/HistoryPage.tsx';
import { ExpertsPage, OverviewPage } from '../views/OverviewPage.tsx';
import { areaOptions, byBin, byCode, crumbs, form, page } from './loaders.ts';

export async function fundingOverview(app: FastifyInstance) {
  page(app, {
    path: '/funding',
    policy: PUBLIC,
    load: async (req) => {
      const db = req.server.db;
      const [open, recent, counts, experts, dashboard] = await Promise.all([
        listCalls(db, { status: 'published', page: 1, pageSize: 10 }),
        listProjects(db, { page: 1, pageSize: 10 }),
        overviewCounts(db),
        publicExperts(db),
        fundingTotals(db),
      ]);
      const [bodies, orgs] = await Promise.all([
        bodiesByIds(
          db,
          open.items.map((c) => c.state_body_id),
        ),
        orgsByBins(
          db,
          recent.items.map((p) => p.bin),
        ),
      ]);
      return {
        dashboard,
        open: open.items,
        recent: recent.items,
        bodies,
        orgs,
        canPlan: canPlan(req.actor),
        signedIn: !!req.actor,
        totals: { ...counts, experts: experts.length },
      };
    },
    render: (d) => <OverviewPage {...d} />,
  });

  page(app, {
    path: '/funding/experts',
    policy: PUBLIC,
    load: async (req) => ({
      experts: await publicExperts(req.server.db),
      canJoin: !!req.actor?.roles.includes('expert'),
    }),
    render: (d) => <ExpertsPage {...d} />,
  });

  form(app, {
    path: '/funding/experts/join',
    policy: SIGNED_IN,
    load: async (req) => (req.actor!.roles.includes('expert') ? ok(req.actor!) : fail('notExpert')),
    back: () => '/funding/experts',
    schema: expertSchema,
    initial: async (actor, req) => {
      const cur = await findExpert(req.server.db, actor.id);
      return cur
        ? { displayName: cur.display_name, areas: cur.areas, bio: cur.bio, public: cur.public ? 'yes' : undefined }
        : { displayName: actor.name, public: 'yes' };
    },
    view: (_, f, req) => (
      <FormPage
        title={req.t('funding.experts.join')}
        crumbs={crumbs(req, [req.t('funding.experts.title'), '/funding/experts'])}
        intro={<p>{req.t('funding.experts.joinIntro')}</p>}
        action="/funding/experts/join"
        fields={[
          { kind: 'text', name: 'displayName', label: req.t('funding.experts.name'), required: true },
          {
            kind: 'checkboxes',
            name: 'areas',
            label: req.t('funding.experts.areas'),
            required: true,
            options: areaOptions(req),
          },
          { kind: 'textarea', name: 'bio', label: req.t('funding.experts.bio'), rows: 4 },
          {
            kind: 'checkboxes',
            name: 'public',
            label: req.t('funding.experts.publicLegend'),
            options: [{ value: 'yes', label: req.t('funding.experts.public') }],
          },
        ]}
        {...f}
        submit={req.t('funding.experts.submit')}
      />
    ),
    submit: (req, _, data) => joinRegister(depsFrom(req), data),
    done: () => ({ to: '/funding/experts', flash: 'funding.flash.saved' }),
  });

  page(app, {
    path: '/funding/bodies/:code',
    policy: PUBLIC,
    params: byCode,
    load: async (req, p) => {
      const db = req.server.db;
      const body = await findBody(db, p.code);
      if (!body) return fail('not_found');
      const [calls, projects] = await Promise.all([
        listCalls(db, { bodyId: body.id, page: 1, pageSize: 100, publicOnly: true }),
        listProjects(db, { bodyId: body.id, page: 1, pageSize: 100 }),
      ]);
      const orgs = await orgsByBins(
        db,
        projects.items.map((x) => x.bin),
      );
      return ok({ body, calls, projects, orgs });
    },
    back: () => '/funding',
    render: ({ body, calls, projects, orgs }, req) => (
      <HistoryPage
        title={bodyName(body, req.locale)}
        kind="body"
        calls={calls.items}
        projects={projects.items}
        orgs={orgs}
        summary={[
          [req.t('funding.history.calls'), String(calls.total)],
          [req.t('funding.history.projects'), String(projects.total)],
          [req.t('funding.history.amount'), <Money tiyn={projects.items.reduce((s, x) => s + x.amount_tiyn, 0)} />],
        ]}
      />
    ),
  });

  page(app, {
    path: '/funding/organizations/:bin',
    policy: PUBLIC,
    params: byBin,
    load: async (req, { bin }) => {
      const db = req.server.db;
      const orgs = await orgsByBins(db, [bin]);
      const org = orgs.get(bin);
      if (!org) return fail('not_found');
      const [apps, projects] = await Promise.all([
        applicationsOf(db, [bin]),
        listProjects(db, { bin, page: 1, pageSize: 100 }),
      ]);
      const callStatus = new Map(
        (
          await callsByIds(
            db,
            apps.items.map((a) => a.call_id),
          )
        ).map((c) => [c.id, c.status]),
      );
      const applications = apps.items.filter((a) => canSeeOutcome(req.actor, a, callStatus.get(a.call_id)));
      return ok({ bin, org, orgs, projects, applications });
    },
    back: () => '/funding',
    render: ({ bin, org, orgs, projects, applications }, req) => (
      <HistoryPage
        title={orgName(org, req.locale)}
        kind="organization"
        applications={applications}
        projects={projects.items}
        orgs={orgs}
        summary={[
          [req.t('funding.history.bin'), <a href={localHref(req.locale, `/registry/${bin}`)}>{bin}</a>],
          [req.t('funding.history.projects'), String(projects.total)],
          [req.t('funding.history.amount'), <Money tiyn={projects.items.reduce((s, x) => s + x.amount_tiyn, 0)} />],
        ]}
      />
    ),
  });
}
