/** Volunteering pages and forms: opportunities, profiles, sign-ups, confirmed hours, certificates. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { safeReturn, setFlash, takeDraft } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { organizationFacts } from '../../registry/index.ts';
import { certificatePdf } from '../certificate.ts';
import { actOnApplication } from '../commands/actOnApplication.ts';
import { changeOpportunityStatus } from '../commands/changeOpportunityStatus.ts';
import { editOpportunity } from '../commands/editOpportunity.ts';
import { postOpportunity } from '../commands/postOpportunity.ts';
import { saveProfile } from '../commands/saveProfile.ts';
import { signUp } from '../commands/signUp.ts';
import type { OpportunityAction } from '../domain.ts';
import {
  actsFor,
  canActOnApplication,
  canDownloadCertificate,
  canSignUp,
  organizersOf,
  type Organizer,
} from '../policy.ts';
import { nameIn } from '../presenters.ts';
import {
  certificateFacts,
  opportunitiesWithOrganizers,
  opportunityWithOrganizer,
  type OpportunityWithOrganizer,
} from '../lookups.ts';
import {
  applicationOf,
  applicationsOf,
  applicationsOfUser,
  findApplication,
  findProfile,
  placesTaken,
  stateBodyNames,
  volunteersOf,
} from '../repository/index.ts';
import {
  decideSchema,
  hoursSchema,
  opportunityActionSchema,
  opportunityPageQuery,
  opportunitySchema,
  profileSchema,
  revokeSchema,
  signUpSchema,
} from '../schemas.ts';
import { ApplicationPage } from '../views/ApplicationPage.tsx';
import { CertificatePage } from '../views/CertificatePage.tsx';
import { MyVolunteeringPage } from '../views/MyVolunteeringPage.tsx';
import { OpportunityFormPage } from '../views/OpportunityFormPage.tsx';
import { OpportunityListPage } from '../views/OpportunityListPage.tsx';
import { OpportunityPage } from '../views/OpportunityPage.tsx';
import { OrganiserPage } from '../views/OrganiserPage.tsx';
import { ProfileFormPage } from '../views/ProfileFormPage.tsx';
import { denyPage, formValues, hide, LANG, notFound, today } from './shared.tsx';
import type { Db } from '../../../platform/db/schema.ts';

const pub = { policy: PUBLIC };
const signedIn = { policy: SIGNED_IN };
type Params = { id: string; appId: string; code: string };

/** Display names of the organisers a person acts for (their NGOs by BIN, their state bodies). */
async function organizerOptions(db: Db, list: Organizer[], locale: Locale) {
  const bins = list.filter((o) => o.type === 'organization').map((o) => o.id);
  const bodies = list.filter((o) => o.type === 'state_body').map((o) => o.id);
  const [facts, sbs] = await Promise.all([organizationFacts(db, bins), stateBodyNames(db, bodies)]);
  const orgs = [...facts.values()];
  return [
    ...orgs
      .filter((o) => o.status === 'active')
      .map((o) => ({
        value: `organization:${o.bin}`,
        label: nameIn(o.name, locale),
        organizer: { type: 'organization' as const, id: o.bin },
      })),
    ...sbs.map((s) => ({
      value: `state_body:${s.id}`,
      label: nameIn({ kk: s.name_kk, ru: s.name_ru, en: s.name_en }, locale),
      organizer: { type: 'state_body' as const, id: s.id },
    })),
  ];
}

export async function volunteeringPages(app: FastifyInstance) {
  const db = app.db;

  // ----------------------------------------------------------------- list
  app.get(`${LANG}/volunteering`, { config: pub, schema: hide }, async (req, reply) => {
    const raw = (req.query ?? {}) as Record<string, string>;
    const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
    const parsed = opportunityPageQuery.safeParse(raw);
    const errors: FieldErrors = parsed.success ? {} : fieldErrors(req.t, parsed.error);
    const q = parsed.success
      ? parsed.data
      : { q: '', region: '', area: '', online: '', status: '', page: 1, pageSize: 20 };
    const r = await opportunitiesWithOrganizers(db, {
      q: q.q || undefined,
      region: q.region || undefined,
      area: q.area || undefined,
      online: q.online === '' || q.online === undefined ? undefined : q.online === 'true',
      status: (q.status || undefined) as never,
      page: q.page,
      pageSize: q.pageSize,
    });
    const taken = await placesTaken(
      db,
      r.rows.map((o) => o.id),
    );
    const linkQuery = Object.fromEntries(
      Object.entries({ q: q.q, region: q.region, area: q.area, online: q.online, status: q.status }).filter(
        ([, v]) => v,
      ),
    ) as Record<string, string>;
    return renderPage(
      req,
      reply,
      <OpportunityListPage
        values={values}
        linkQuery={linkQuery}
        errors={errors}
        items={r.rows}
        taken={taken}
        total={r.total}
        page={q.page}
        pageSize={q.pageSize}
        canPost={organizersOf(req.actor).length > 0}
      />,
      parsed.success ? 200 : 400,
    );
  });

  // ------------------------------------------------------------ post new
  async function newForm(
    req: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) {
    const options = await organizerOptions(db, organizersOf(req.actor), req.locale);
    if (!options.length)
      return denyPage(req, reply, 'not_organizer', [req.t('volunteering.list.title'), '/volunteering']);
    return renderPage(req, reply, <OpportunityFormPage organizers={options} values={values} errors={errors} />, status);
  }
  app.get(`${LANG}/volunteering/new`, { config: signedIn, schema: hide }, async (req, reply) =>
    newForm(req, reply, formValues(await takeDraft(req)), {}),
  );
  app.post(`${LANG}/volunteering/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = opportunitySchema(today()).safeParse(req.body ?? {});
    if (!parsed.success) return newForm(req, reply, formValues(req.body), fieldErrors(req.t, parsed.error), 400);
    const r = await postOpportunity(depsFrom(req), parsed.data);
    if (!r.ok)
      return r.field
        ? newForm(req, reply, formValues(req.body), { [r.field]: req.t(`volunteering.deny.${r.reason}`) }, 400)
        : denyPage(req, reply, r.reason);
    setFlash(reply, 'volunteering.flash.posted');
    return reply.redirect(localHref(req.locale, `/volunteering/${r.value.id}`), 303);
  });

  // -------------------------------------------------------------- profile
  const profileReturn = (req: FastifyRequest) => {
    const r = safeReturn((req.query as Record<string, string> | undefined)?.returnTo);
    return r && r.startsWith('/volunteering') ? r : null;
  };
  app.get(`${LANG}/volunteering/profile`, { config: signedIn, schema: hide }, async (req, reply) => {
    const p = await findProfile(db, req.actor!.id);
    const values: FormValues = p
      ? {
          region: p.region,
          birthYear: String(p.birth_year),
          languages: p.languages,
          skills: p.skills.join(', '),
          about: p.about ?? '',
        }
      : {};
    return renderPage(
      req,
      reply,
      <ProfileFormPage values={values} errors={{}} returnTo={profileReturn(req)} exists={!!p} />,
    );
  });
  app.post(`${LANG}/volunteering/profile`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = profileSchema(Number(today().slice(0, 4))).safeParse(req.body ?? {});
    if (!parsed.success) {
      const exists = !!(await findProfile(db, req.actor!.id));
      return renderPage(
        req,
        reply,
        <ProfileFormPage
          values={formValues(req.body)}
          errors={fieldErrors(req.t, parsed.error)}
          returnTo={profileReturn(req)}
          exists={exists}
        />,
        400,
      );
    }
    const r = await saveProfile(depsFrom(req), parsed.data);
    if (!r.ok) return denyPage(req, reply, r.reason);
    setFlash(reply, 'volunteering.flash.profileSaved');
    return reply.redirect(localHref(req.locale, profileReturn(req) ?? '/volunteering/me'), 303);
  });

  // --------------------------------------------------------- my history
  app.get(`${LANG}/volunteering/me`, { config: signedIn, schema: hide }, async (req, reply) => {
    const [profile, applications] = await Promise.all([
      findProfile(db, req.actor!.id),
      applicationsOfUser(db, req.actor!.id),
    ]);
    return renderPage(req, reply, <MyVolunteeringPage profile={profile ?? null} applications={applications} />);
  });

  // ----------------------------------------------------------- organiser
  app.get(`${LANG}/volunteering/organiser`, { config: signedIn, schema: hide }, async (req, reply) => {
    const options = await organizerOptions(db, organizersOf(req.actor), req.locale);
    if (!options.length)
      return denyPage(req, reply, 'not_organizer', [req.t('volunteering.list.title'), '/volunteering']);
    const blocks = await Promise.all(
      options.map(async (o) => ({
        key: o.value,
        name: o.label,
        opportunities: (await opportunitiesWithOrganizers(db, { organizer: o.organizer, page: 1, pageSize: 100 })).rows,
        volunteers: await volunteersOf(db, o.organizer),
      })),
    );
    return renderPage(req, reply, <OrganiserPage blocks={blocks} />);
  });

  // --------------------------------------------------------- certificates
  app.get(`${LANG}/volunteering/certificates/:code`, { config: pub, schema: hide }, async (req, reply) => {
    const code = (req.params as Params).code;
    const cert = await certificateFacts(db, code);
    return renderPage(req, reply, <CertificatePage cert={cert ?? null} code={code.slice(0, 40)} />, cert ? 200 : 404);
  });
  app.get(`${LANG}/volunteering/certificates/:code/pdf`, { config: signedIn, schema: hide }, async (req, reply) => {
    const cert = await certificateFacts(db, (req.params as Params).code);
    if (!cert) return notFound(req, reply, [req.t('volunteering.me.title'), '/volunteering/me']);
    const can = canDownloadCertificate(req.actor, cert);
    if (!can.ok) return denyPage(req, reply, can.reason);
    const pdf = await certificatePdf(cert, req.locale, app.config.baseUrl);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="qogam-certificate-${cert.code}-${req.locale}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  // ------------------------------------------------------------ one item
  async function opportunityPage(
    req: FastifyRequest,
    reply: FastifyReply,
    opp: OpportunityWithOrganizer,
    values: FormValues = {},
    errors: FieldErrors = {},
    status = 200,
  ) {
    const actor = req.actor;
    const [taken, mine, profile] = await Promise.all([
      placesTaken(db, [opp.id]),
      actor ? applicationOf(db, opp.id, actor.id) : undefined,
      actor ? findProfile(db, actor.id) : undefined,
    ]);
    const n = taken.get(opp.id) ?? 0;
    const manage = actsFor(actor, { type: opp.organizer_type, id: opp.organizer_id });
    const decision = canSignUp(actor, opp, {
      hasProfile: !!profile,
      birthYear: profile?.birth_year ?? null,
      alreadyApplied: !!mine,
      placesLeft: opp.places - n,
      today: today(),
    });
    const applications = manage ? await applicationsOf(db, opp.id) : [];
    return renderPage(
      req,
      reply,
      <OpportunityPage
        opp={opp}
        taken={n}
        signUp={decision}
        mine={mine ?? null}
        manage={manage}
        applications={applications}
        values={values}
        errors={errors}
      />,
      status,
    );
  }

  app.get(`${LANG}/volunteering/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const opp = await opportunityWithOrganizer(db, (req.params as Params).id);
    if (!opp) return notFound(req, reply, [req.t('volunteering.list.title'), '/volunteering']);
    return opportunityPage(req, reply, opp);
  });

  app.post(`${LANG}/volunteering/:id/apply`, { config: signedIn, schema: hide }, async (req, reply) => {
    const opp = await opportunityWithOrganizer(db, (req.params as Params).id);
    if (!opp) return notFound(req, reply, [req.t('volunteering.list.title'), '/volunteering']);
    const parsed = signUpSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return opportunityPage(req, reply, opp, formValues(req.body), fieldErrors(req.t, parsed.error), 400);
    const r = await signUp(depsFrom(req), { opportunityId: opp.id, motivation: parsed.data.motivation });
    if (!r.ok) return denyPage(req, reply, r.reason, [opp.title, `/volunteering/${opp.id}`]);
    setFlash(reply, 'volunteering.flash.applied');
    return reply.redirect(localHref(req.locale, `/volunteering/${opp.id}`), 303);
  });

  app.post(`${LANG}/volunteering/:id/status`, { config: signedIn, schema: hide }, async (req, reply) => {
    const opp = await opportunityWithOrganizer(db, (req.params as Params).id);
    if (!opp) return notFound(req, reply, [req.t('volunteering.list.title'), '/volunteering']);
    const parsed = opportunityActionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return denyPage(req, reply, 'wrong_state', [opp.title, `/volunteering/${opp.id}`]);
    const r = await changeOpportunityStatus(depsFrom(req), {
      id: opp.id,
      action: parsed.data.action as OpportunityAction,
      version: parsed.data.version,
    });
    if (!r.ok) return denyPage(req, reply, r.reason, [opp.title, `/volunteering/${opp.id}`]);
    setFlash(reply, `volunteering.flash.status.${r.value.status}`);
    return reply.redirect(localHref(req.locale, `/volunteering/${opp.id}`), 303);
  });

  // ------------------------------------------------------------------ edit
  /** The opportunity for its organiser, while it can still change; null when a page has been sent. */
  async function editContext(req: FastifyRequest, reply: FastifyReply) {
    const opp = await opportunityWithOrganizer(db, (req.params as Params).id);
    if (!opp) {
      await notFound(req, reply, [req.t('volunteering.list.title'), '/volunteering']);
      return null;
    }
    if (!actsFor(req.actor, { type: opp.organizer_type, id: opp.organizer_id })) {
      await denyPage(req, reply, 'not_organizer', [opp.title, `/volunteering/${opp.id}`]);
      return null;
    }
    if (opp.status !== 'open' && opp.status !== 'closed') {
      await denyPage(req, reply, 'wrong_state', [opp.title, `/volunteering/${opp.id}`]);
      return null;
    }
    return opp;
  }
  const editForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    opp: OpportunityWithOrganizer,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <OpportunityFormPage
        organizers={[]}
        edit={{ id: opp.id, version: opp.version }}
        values={values}
        errors={errors}
      />,
      status,
    );

  app.get(`${LANG}/volunteering/:id/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const opp = await editContext(req, reply);
    if (!opp) return reply;
    const values: FormValues = {
      title: opp.title,
      description: opp.description,
      area: opp.area,
      online: opp.online ? 'on' : undefined,
      region: opp.region ?? '',
      settlement: opp.settlement,
      startsOn: opp.starts_on,
      endsOn: opp.ends_on,
      places: String(opp.places),
      skills: opp.skills.join(', '),
      minAge: opp.min_age === null ? '' : String(opp.min_age),
      maxAge: opp.max_age === null ? '' : String(opp.max_age),
    };
    return editForm(req, reply, opp, values, {});
  });

  app.post(`${LANG}/volunteering/:id/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const opp = await editContext(req, reply);
    if (!opp) return reply;
    const body = {
      ...((req.body ?? {}) as Record<string, unknown>),
      organizer: `${opp.organizer_type}:${opp.organizer_id}`,
    };
    const values = formValues(req.body);
    // The start already saved may lie in the past (an activity under way); a new one may not.
    const earliest = opp.starts_on < today() ? opp.starts_on : today();
    const parsed = opportunitySchema(earliest).safeParse(body);
    if (!parsed.success) return editForm(req, reply, opp, values, fieldErrors(req.t, parsed.error), 400);
    const version = Number((req.body as Record<string, unknown> | undefined)?.version);
    const r = await editOpportunity(depsFrom(req), {
      id: opp.id,
      version: Number.isInteger(version) ? version : 0,
      input: parsed.data,
    });
    if (!r.ok && r.reason === 'stale')
      return editForm(req, reply, opp, values, { version: req.t('volunteering.deny.stale') }, 409);
    if (!r.ok && r.field)
      return editForm(req, reply, opp, values, { [r.field]: req.t(`volunteering.deny.${r.reason}`) }, 400);
    if (!r.ok) return denyPage(req, reply, r.reason, [opp.title, `/volunteering/${opp.id}`]);
    setFlash(reply, 'volunteering.flash.edited');
    return reply.redirect(localHref(req.locale, `/volunteering/${opp.id}`), 303);
  });

  // ----------------------------------------------------- one application
  /** The opportunity and sign-up named by the URL, for its organiser; null when a page has been sent. */
  async function applicationContext(req: FastifyRequest, reply: FastifyReply) {
    const { id, appId } = req.params as Params;
    const opp = await opportunityWithOrganizer(db, id);
    const row = opp ? (await applicationsOf(db, opp.id)).find((a) => a.id === appId) : undefined;
    if (!opp || !row) {
      await notFound(req, reply, [req.t('volunteering.list.title'), '/volunteering']);
      return null;
    }
    if (!actsFor(req.actor, { type: opp.organizer_type, id: opp.organizer_id })) {
      await denyPage(req, reply, 'not_organizer', [opp.title, `/volunteering/${opp.id}`]);
      return null;
    }
    return { opp, row };
  }
  const applicationPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    c: NonNullable<Awaited<ReturnType<typeof applicationContext>>>,
    values: FormValues = {},
    errors: FieldErrors = {},
    status = 200,
  ) => {
    const canConfirmNow = canActOnApplication(req.actor, c.opp, { user_id: '', status: 'accepted' }, 'confirm', {
      today: today(),
    }).ok;
    return renderPage(
      req,
      reply,
      <ApplicationPage opp={c.opp} app={c.row} canConfirmNow={canConfirmNow} values={values} errors={errors} />,
      status,
    );
  };

  app.get(`${LANG}/volunteering/:id/applications/:appId`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await applicationContext(req, reply);
    return c ? applicationPage(req, reply, c) : reply;
  });

  const back = (req: FastifyRequest, reply: FastifyReply, flash: string) => {
    const { id, appId } = req.params as Params;
    setFlash(reply, flash);
    return reply.redirect(localHref(req.locale, `/volunteering/${id}/applications/${appId}`), 303);
  };

  app.post(
    `${LANG}/volunteering/:id/applications/:appId/decide`,
    { config: signedIn, schema: hide },
    async (req, reply) => {
      const c = await applicationContext(req, reply);
      if (!c) return reply;
      const parsed = decideSchema.safeParse(req.body ?? {});
      if (!parsed.success)
        return applicationPage(
          req,
          reply,
          c,
          formValues(req.body),
          { decision: req.t('volunteering.errors.chooseDecision') },
          400,
        );
      const r = await actOnApplication(depsFrom(req), { applicationId: c.row.id, action: parsed.data.decision });
      if (!r.ok) return denyPage(req, reply, r.reason, [c.opp.title, `/volunteering/${c.opp.id}`]);
      return back(
        req,
        reply,
        parsed.data.decision === 'accept' ? 'volunteering.flash.accepted' : 'volunteering.flash.declined',
      );
    },
  );

  app.post(
    `${LANG}/volunteering/:id/applications/:appId/hours`,
    { config: signedIn, schema: hide },
    async (req, reply) => {
      const c = await applicationContext(req, reply);
      if (!c) return reply;
      const parsed = hoursSchema.safeParse(req.body ?? {});
      if (!parsed.success)
        return applicationPage(req, reply, c, formValues(req.body), fieldErrors(req.t, parsed.error), 400);
      const r = await actOnApplication(depsFrom(req), {
        applicationId: c.row.id,
        action: 'confirm',
        hoursTenths: parsed.data.hours,
      });
      if (!r.ok) return denyPage(req, reply, r.reason, [c.opp.title, `/volunteering/${c.opp.id}`]);
      return back(req, reply, 'volunteering.flash.confirmed');
    },
  );

  app.post(
    `${LANG}/volunteering/:id/applications/:appId/revoke`,
    { config: signedIn, schema: hide },
    async (req, reply) => {
      const c = await applicationContext(req, reply);
      if (!c) return reply;
      const parsed = revokeSchema.safeParse(req.body ?? {});
      if (!parsed.success)
        return applicationPage(req, reply, c, formValues(req.body), fieldErrors(req.t, parsed.error), 400);
      const r = await actOnApplication(depsFrom(req), {
        applicationId: c.row.id,
        action: 'revoke',
        reason: parsed.data.reason,
      });
      if (!r.ok) return denyPage(req, reply, r.reason, [c.opp.title, `/volunteering/${c.opp.id}`]);
      return back(req, reply, 'volunteering.flash.revoked');
    },
  );

  // The volunteer withdraws their own sign-up.
  app.post(
    `${LANG}/volunteering/:id/applications/:appId/withdraw`,
    { config: signedIn, schema: hide },
    async (req, reply) => {
      const { id, appId } = req.params as Params;
      const row = await findApplication(db, appId);
      if (!row || row.opportunity_id !== id)
        return notFound(req, reply, [req.t('volunteering.list.title'), '/volunteering']);
      const r = await actOnApplication(depsFrom(req), { applicationId: row.id, action: 'withdraw' });
      if (!r.ok) return denyPage(req, reply, r.reason, [req.t('volunteering.list.title'), `/volunteering/${id}`]);
      setFlash(reply, 'volunteering.flash.withdrawn');
      return reply.redirect(localHref(req.locale, `/volunteering/${id}`), 303);
    },
  );
}
