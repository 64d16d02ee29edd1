/** Charity pages and forms: campaigns, their documents, donating, closing early and the report. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { formValues, ok, routesFor } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { organizationFacts } from '../../registry/index.ts';
import { closeCampaign } from '../commands/closeCampaign.ts';
import { publishReport } from '../commands/publishReport.ts';
import { startCampaign } from '../commands/startCampaign.ts';
import { startDonation } from '../commands/startDonation.ts';
import { campaignsWithOrgs, campaignWithOrg } from '../lookups.ts';
import { defaultPaymentProvider } from '../payments.ts';
import { canCloseCampaign, canDonate, canPublishReport, canStartCampaign } from '../policy.ts';
import { nameIn, presentCampaign, presentDonation, presentReportFile } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { donationsOf, reportFilesOf } from '../repository/index.ts';
import { campaignPageQuery, campaignSchema, donateSchema, reportSchema } from '../schemas.ts';
import { CampaignListPage } from '../views/CampaignListPage.tsx';
import { CampaignPage } from '../views/CampaignPage.tsx';
import { CampaignFormPage, DonatePage, ReportFormPage } from '../views/CharityForms.tsx';

const { page, form, action, deny } = routesFor('volunteering');
const idParams = z.object({ id: z.string().uuid() });
const fileParams = z.object({ id: z.string().uuid(), fileId: z.string() });
/** Today's date in Almaty: what "ended", "started" and "overdue" are judged against. */
const today = () => almatyDate(new Date());
const toList: [string, string][] = [['volunteering.charity.title', '/charity']];
const backTo = (p: { id: string }, _?: unknown, f?: { kind: string }) =>
  f?.kind === 'not_found' ? toList : `/charity/${p.id}`;

/** Active organisations the person represents whose badge allows a campaign. */
async function campaignOrgs(req: FastifyRequest) {
  const bins = req.actor?.organizations ?? [];
  if (!bins.length) return [];
  const rows = [...(await organizationFacts(req.server.db, bins)).values()];
  return rows
    .filter((o) => canStartCampaign(req.actor, o).ok)
    .map((o) => ({ value: o.bin, label: nameIn(o.name, req.locale) }));
}

/** The filters as typed (a bad one is told next to its field, with a 400) and the page of results. */
async function campaignList(req: FastifyRequest) {
  const raw = (req.query ?? {}) as Record<string, unknown>;
  const parsed = campaignPageQuery.safeParse(raw);
  const q = parsed.success
    ? parsed.data
    : { q: '', region: '', area: '', phase: '' as const, bin: undefined, page: 1, pageSize: 20 };
  const day = today();
  const r = await campaignsWithOrgs(req.server.db, {
    q: q.q || undefined,
    region: q.region || undefined,
    area: q.area || undefined,
    phase: q.phase || undefined,
    bin: q.bin,
    today: day,
    page: q.page,
    pageSize: q.pageSize,
  });
  const linkQuery = Object.fromEntries(
    Object.entries({ q: q.q, region: q.region, area: q.area, phase: q.phase, bin: q.bin }).filter(([, v]) => v),
  ) as Record<string, string>;
  return {
    ok: parsed.success,
    filters: { values: formValues(raw), errors: parsed.success ? {} : fieldErrors(req.t, parsed.error) },
    linkQuery,
    items: r.rows.map(presentCampaign),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
    today: day,
    canStart: (await campaignOrgs(req)).length > 0,
  };
}

async function campaignAt(req: FastifyRequest, p: { id: string }) {
  const c = await campaignWithOrg(req.server.db, p.id);
  return c ? ok(c) : fail('not_found');
}

export async function charityRoutes(app: FastifyInstance) {
  page(app, {
    path: '/charity',
    policy: PUBLIC,
    load: campaignList,
    render: (l) => <CampaignListPage {...l} />,
    status: (l) => (l.ok ? 200 : 400),
  });

  form(app, {
    path: '/charity/new',
    policy: SIGNED_IN,
    back: () => toList,
    load: async (req) => {
      const orgs = await campaignOrgs(req);
      return orgs.length ? ok(orgs) : fail('no_campaign_org');
    },
    schema: () => campaignSchema(today()),
    view: (orgs, f) => <CampaignFormPage orgs={orgs} {...f} />,
    submit: (req, _, data) => startCampaign(depsFrom(req), data),
    done: (_, __, { id }) => ({ to: `/charity/${id}`, flash: 'volunteering.flash.campaignStarted' }),
  });

  page(app, {
    path: '/charity/:id',
    policy: PUBLIC,
    params: idParams,
    back: () => toList,
    load: async (req, p) => {
      const found = await campaignAt(req, p);
      if (!found.ok) return found;
      const c = found.value;
      const day = today();
      const [donations, files] = await Promise.all([donationsOf(app.db, c.id), reportFilesOf(app.db, c.id)]);
      const can = {
        donate: canDonate(c, day).ok && !!defaultPaymentProvider(app),
        close: canCloseCampaign(req.actor, c, day).ok,
        report: canPublishReport(req.actor, c, day).ok,
      };
      return ok({
        c: presentCampaign(c),
        today: day,
        donations: donations.map(presentDonation),
        files: files.map(presentReportFile),
        can,
      });
    },
    render: (l) => <CampaignPage {...l} />,
  });

  // A download, not a page: a document of the published report.
  app.get(
    '/:lang(kk|ru|en)/charity/:id/documents/:fileId',
    { config: { policy: PUBLIC }, schema: { hide: true } },
    async (req, reply) => {
      const p = fileParams.safeParse(req.params);
      const c = p.success ? await campaignWithOrg(app.db, p.data.id) : undefined;
      if (!p.success || !c) return deny(req, reply, fail('not_found'), toList);
      const file = (await reportFilesOf(app.db, c.id)).find((f) => f.id === p.data.fileId);
      if (!file) return deny(req, reply, fail('not_found'), [[c.title, `/charity/${c.id}`]]);
      const data = await app.storage.get(file.storage_key);
      const ascii = file.original_name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      return reply
        .type(file.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.original_name)}`,
        )
        .send(data);
    },
  );

  form(app, {
    path: '/charity/:id/donate',
    policy: PUBLIC,
    params: idParams,
    back: backTo,
    load: async (req, p) => {
      const found = await campaignAt(req, p);
      if (!found.ok) return found;
      const can = canDonate(found.value, today());
      const provider = defaultPaymentProvider(app);
      if (!can.ok) return fail(can.reason);
      if (!provider) return fail('no_provider');
      return ok({ c: found.value, provider });
    },
    initial: (_, req) => (req.actor ? { name: req.actor.name } : {}),
    schema: donateSchema,
    view: (x, f) => <DonatePage c={presentCampaign(x.c)} {...f} />,
    submit: (req, x, data) =>
      startDonation(depsFrom(req), {
        provider: x.provider,
        campaignId: x.c.id,
        amountTiyn: data.amount,
        name: data.name,
        anonymous: data.anonymous,
        locale: req.locale,
      }),
    // The provider's page (its own address, or the development provider's under the language).
    done: (_, __, r) => ({ to: r.redirectUrl, external: true }),
  });

  action(app, {
    path: '/charity/:id/close',
    policy: SIGNED_IN,
    params: idParams,
    back: backTo,
    load: campaignAt,
    submit: (req, c) => {
      const version = Number((req.body as Record<string, unknown> | undefined)?.version);
      return closeCampaign(depsFrom(req), { id: c.id, version: Number.isInteger(version) ? version : 0 });
    },
    done: (_, c) => ({ to: `/charity/${c.id}`, flash: 'volunteering.flash.campaignClosed' }),
  });

  form(app, {
    path: '/charity/:id/report',
    policy: SIGNED_IN,
    params: idParams,
    back: backTo,
    files: [{ name: 'documents' }],
    load: async (req, p) => {
      const found = await campaignAt(req, p);
      if (!found.ok) return found;
      const can = canPublishReport(req.actor, found.value, today());
      return can.ok ? found : fail(can.reason);
    },
    schema: reportSchema,
    view: (c, f) => <ReportFormPage c={presentCampaign(c)} {...f} />,
    submit: (req, c, data, files) =>
      publishReport(depsFrom(req), {
        id: c.id,
        text: data.text,
        spentTiyn: data.spent,
        documents: files.documents ? [files.documents] : [],
        storage: app.storage,
      }),
    done: (_, c) => ({ to: `/charity/${c.id}`, flash: 'volunteering.flash.reported' }),
  });
}
