/** Charity pages and forms: campaigns, donations through the payment provider, reports. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { DOCUMENT_TYPES, readMultipartForm } from '../../../platform/files/index.ts';
import { csrfValid, sendCsrfFailure, setFlash, takeDraft } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { organizationFacts } from '../../registry/index.ts';
import { closeCampaign } from '../commands/closeCampaign.ts';
import { publishReport } from '../commands/publishReport.ts';
import { settlePayment } from '../commands/settlePayment.ts';
import { startCampaign } from '../commands/startCampaign.ts';
import { startDonation } from '../commands/startDonation.ts';
import { defaultPaymentProvider, devSignature, paymentProvider, type PaymentNotice } from '../payments.ts';
import { canCloseCampaign, canDonate, canPublishReport, canStartCampaign } from '../policy.ts';
import { nameIn } from '../presenters.ts';
import { campaignsWithOrgs, campaignWithOrg, type CampaignWithOrg } from '../lookups.ts';
import { donationsOf, findPayment, reportFilesOf } from '../repository/index.ts';
import { campaignPageQuery, campaignSchema, donateSchema, reportSchema } from '../schemas.ts';
import { CampaignListPage } from '../views/CampaignListPage.tsx';
import { CampaignPage } from '../views/CampaignPage.tsx';
import { CampaignFormPage, DevPayPage, DonatePage, ReportFormPage } from '../views/CharityForms.tsx';
import { denyPage, formValues, hide, LANG, notFound, today } from './shared.tsx';

const pub = { policy: PUBLIC };
const signedIn = { policy: SIGNED_IN };
type Params = { id: string; fileId: string; pid: string };

export async function charityPages(app: FastifyInstance) {
  const db = app.db;
  const toList = (req: FastifyRequest): [string, string] => [req.t('volunteering.charity.title'), '/charity'];

  /** Active organisations the person represents whose badge allows a campaign. */
  async function campaignOrgs(req: FastifyRequest) {
    const bins = req.actor?.organizations ?? [];
    if (!bins.length) return [];
    const rows = [...(await organizationFacts(db, bins)).values()];
    return rows
      .filter((o) => canStartCampaign(req.actor, o).ok)
      .map((o) => ({ value: o.bin, label: nameIn(o.name, req.locale) }));
  }

  // ----------------------------------------------------------------- list
  app.get(`${LANG}/charity`, { config: pub, schema: hide }, async (req, reply) => {
    const raw = (req.query ?? {}) as Record<string, string>;
    const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
    const parsed = campaignPageQuery.safeParse(raw);
    const errors: FieldErrors = parsed.success ? {} : fieldErrors(req.t, parsed.error);
    const q = parsed.success
      ? parsed.data
      : { q: '', region: '', area: '', phase: '', bin: undefined, page: 1, pageSize: 20 };
    const day = today();
    const r = await campaignsWithOrgs(db, {
      q: q.q || undefined,
      region: q.region || undefined,
      area: q.area || undefined,
      phase: (q.phase || undefined) as never,
      bin: q.bin,
      today: day,
      page: q.page,
      pageSize: q.pageSize,
    });
    const linkQuery = Object.fromEntries(
      Object.entries({ q: q.q, region: q.region, area: q.area, phase: q.phase, bin: q.bin }).filter(([, v]) => v),
    ) as Record<string, string>;
    const canStart = (await campaignOrgs(req)).length > 0;
    return renderPage(
      req,
      reply,
      <CampaignListPage
        values={values}
        linkQuery={linkQuery}
        errors={errors}
        items={r.rows}
        total={r.total}
        page={q.page}
        pageSize={q.pageSize}
        today={day}
        canStart={canStart}
      />,
      parsed.success ? 200 : 400,
    );
  });

  // ------------------------------------------------------------ start new
  async function newForm(
    req: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) {
    const orgs = await campaignOrgs(req);
    if (!orgs.length) return denyPage(req, reply, 'no_campaign_org', toList(req));
    return renderPage(req, reply, <CampaignFormPage orgs={orgs} values={values} errors={errors} />, status);
  }
  app.get(`${LANG}/charity/new`, { config: signedIn, schema: hide }, async (req, reply) =>
    newForm(req, reply, formValues(await takeDraft(req)), {}),
  );
  app.post(`${LANG}/charity/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = campaignSchema(today()).safeParse(req.body ?? {});
    if (!parsed.success) return newForm(req, reply, formValues(req.body), fieldErrors(req.t, parsed.error), 400);
    const r = await startCampaign(depsFrom(req), parsed.data);
    if (!r.ok)
      return r.field
        ? newForm(req, reply, formValues(req.body), { [r.field]: req.t(`volunteering.deny.${r.reason}`) }, 400)
        : denyPage(req, reply, r.reason, toList(req));
    setFlash(reply, 'volunteering.flash.campaignStarted');
    return reply.redirect(localHref(req.locale, `/charity/${r.value.id}`), 303);
  });

  // -------------------------------------------------- the dev provider
  // Registered before /charity/:id so the static segment wins; answers only in demo mode.
  app.get(`${LANG}/charity/dev-pay/:pid`, { config: pub, schema: hide }, async (req, reply) => {
    if (!app.config.demo) return reply.callNotFound();
    const payment = await findPayment(db, 'dev', (req.params as Params).pid);
    if (!payment) return notFound(req, reply, toList(req));
    const c = await campaignWithOrg(db, payment.campaign_id);
    return renderPage(req, reply, <DevPayPage payment={payment} campaignTitle={c?.title ?? ''} />);
  });
  app.post(`${LANG}/charity/dev-pay/:pid`, { config: pub, schema: hide }, async (req, reply) => {
    const provider = paymentProvider(app, 'dev');
    if (!app.config.demo || !provider) return reply.callNotFound();
    const outcome = (req.body as Record<string, unknown> | undefined)?.outcome === 'confirmed' ? 'confirmed' : 'failed';
    // What the provider's server would send to the webhook: signed, with its own idempotency key.
    const unsigned: PaymentNotice = {
      providerPaymentId: (req.params as Params).pid,
      status: outcome,
      idempotencyKey: `dev-${randomBytes(8).toString('hex')}`,
    };
    const notice = provider.verifyNotice({
      paymentId: unsigned.providerPaymentId,
      status: unsigned.status,
      idempotencyKey: unsigned.idempotencyKey,
      signature: devSignature(app.config.secret, unsigned),
    });
    if (!notice) return denyPage(req, reply, 'payment_unknown', toList(req));
    const r = await settlePayment(depsFrom(req), { provider: provider.id, notice });
    if (!r.ok) return denyPage(req, reply, 'payment_unknown', toList(req));
    setFlash(reply, r.value.outcome === 'failed' ? 'volunteering.flash.paymentFailed' : 'volunteering.flash.donated');
    return reply.redirect(`/${r.value.locale}/charity/${r.value.campaignId}`, 303);
  });

  // ------------------------------------------------------------ one item
  async function campaignOr404(req: FastifyRequest, reply: FastifyReply): Promise<CampaignWithOrg | null> {
    const c = await campaignWithOrg(db, (req.params as Params).id);
    if (!c) {
      await notFound(req, reply, toList(req));
      return null;
    }
    return c;
  }

  app.get(`${LANG}/charity/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const c = await campaignOr404(req, reply);
    if (!c) return reply;
    const day = today();
    const [donations, files] = await Promise.all([donationsOf(db, c.id), reportFilesOf(db, c.id)]);
    const can = {
      donate: canDonate(c, day).ok && !!defaultPaymentProvider(app),
      close: canCloseCampaign(req.actor, c, day).ok,
      report: canPublishReport(req.actor, c, day).ok,
    };
    return renderPage(req, reply, <CampaignPage c={c} today={day} donations={donations} files={files} can={can} />);
  });

  app.get(`${LANG}/charity/:id/documents/:fileId`, { config: pub, schema: hide }, async (req, reply) => {
    const c = await campaignOr404(req, reply);
    if (!c) return reply;
    const file = (await reportFilesOf(db, c.id)).find((f) => f.id === (req.params as Params).fileId);
    if (!file) return notFound(req, reply, [c.title, `/charity/${c.id}`]);
    const data = await app.storage.get(file.storage_key);
    const ascii = file.original_name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
    return reply
      .type(file.mime)
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.original_name)}`,
      )
      .send(data);
  });

  // ------------------------------------------------------------- donate
  async function donateContext(req: FastifyRequest, reply: FastifyReply) {
    const c = await campaignOr404(req, reply);
    if (!c) return null;
    const can = canDonate(c, today());
    const provider = defaultPaymentProvider(app);
    if (!can.ok || !provider) {
      await denyPage(req, reply, can.ok ? 'no_provider' : can.reason, [c.title, `/charity/${c.id}`]);
      return null;
    }
    return { c, provider };
  }
  app.get(`${LANG}/charity/:id/donate`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await donateContext(req, reply);
    if (!x) return reply;
    return renderPage(
      req,
      reply,
      <DonatePage c={x.c} values={req.actor ? { name: req.actor.name } : {}} errors={{}} />,
    );
  });
  app.post(`${LANG}/charity/:id/donate`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await donateContext(req, reply);
    if (!x) return reply;
    const parsed = donateSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <DonatePage c={x.c} values={formValues(req.body)} errors={fieldErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await startDonation(depsFrom(req), {
      provider: x.provider,
      campaignId: x.c.id,
      amountTiyn: parsed.data.amount,
      name: parsed.data.name,
      anonymous: parsed.data.anonymous,
      locale: req.locale,
    });
    if (!r.ok) return denyPage(req, reply, r.reason, [x.c.title, `/charity/${x.c.id}`]);
    return reply.redirect(r.value.redirectUrl, 303);
  });

  // -------------------------------------------------------------- close
  app.post(`${LANG}/charity/:id/close`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await campaignOr404(req, reply);
    if (!c) return reply;
    const version = Number((req.body as Record<string, unknown> | undefined)?.version);
    const r = await closeCampaign(depsFrom(req), { id: c.id, version: Number.isInteger(version) ? version : 0 });
    if (!r.ok) return denyPage(req, reply, r.reason, [c.title, `/charity/${c.id}`]);
    setFlash(reply, 'volunteering.flash.campaignClosed');
    return reply.redirect(localHref(req.locale, `/charity/${c.id}`), 303);
  });

  // ------------------------------------------------------------- report
  async function reportContext(req: FastifyRequest, reply: FastifyReply) {
    const c = await campaignOr404(req, reply);
    if (!c) return null;
    const can = canPublishReport(req.actor, c, today());
    if (!can.ok) {
      await denyPage(req, reply, can.reason, [c.title, `/charity/${c.id}`]);
      return null;
    }
    return c;
  }
  app.get(`${LANG}/charity/:id/report`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await reportContext(req, reply);
    return c ? renderPage(req, reply, <ReportFormPage c={c} values={{}} errors={{}} />) : reply;
  });
  app.post(
    `${LANG}/charity/:id/report`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const maxMb = Math.round(app.config.maxUploadBytes / 1024 / 1024);
      let fields: Record<string, string | string[]> = (req.body ?? {}) as Record<string, string>;
      let files: Awaited<ReturnType<typeof readMultipartForm>>['files'] = [];
      let fileError: string | undefined;
      if (req.isMultipart()) {
        const form = await readMultipartForm(req, { maxBytes: app.config.maxUploadBytes, accept: DOCUMENT_TYPES });
        const token = form.fields._csrf;
        if (!csrfValid(req, typeof token === 'string' ? token : '')) return sendCsrfFailure(req, reply);
        fields = form.fields;
        files = form.files.filter((f) => f.field === 'documents');
        const e = form.fileErrors.documents;
        if (e) fileError = e === 'too_large' ? req.t('errors.fileTooLarge', { max: maxMb }) : req.t('errors.fileType');
      }
      const c = await reportContext(req, reply);
      if (!c) return reply;
      const parsed = reportSchema.safeParse(fields);
      const errors: FieldErrors = parsed.success ? {} : fieldErrors(req.t, parsed.error);
      if (fileError) errors.documents = fileError;
      if (!parsed.success || fileError)
        return renderPage(req, reply, <ReportFormPage c={c} values={formValues(fields)} errors={errors} />, 400);
      const r = await publishReport(depsFrom(req), {
        id: c.id,
        text: parsed.data.text,
        spentTiyn: parsed.data.spent,
        documents: files,
        storage: app.storage,
      });
      if (!r.ok) return denyPage(req, reply, r.reason, [c.title, `/charity/${c.id}`]);
      setFlash(reply, 'volunteering.flash.reported');
      return reply.redirect(localHref(req.locale, `/charity/${c.id}`), 303);
    },
  );
}
