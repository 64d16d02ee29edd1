/** Pages and forms of public councils: the registry, a council, calls and applications, meetings, decisions, reports. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { almatyDate } from '../../../reference/index.ts';
import { hasRole } from '../../../platform/auth/actor.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { setFlash } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { formatDate, pick } from '../../../platform/i18n/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { addDecision } from '../commands/addDecision.ts';
import { applyToCouncil } from '../commands/applyToCouncil.ts';
import { createCouncil } from '../commands/createCouncil.ts';
import { decideSelection } from '../commands/decideSelection.ts';
import { publishReport } from '../commands/publishReport.ts';
import { recordMeeting } from '../commands/recordMeeting.ts';
import { respondToDecision } from '../commands/respondToDecision.ts';
import { openSelection } from '../commands/openSelection.ts';
import { applicationsOpen, COUNCIL_LEVELS, earliestSelectionClose, RESPONSES } from '../domain.ts';
import {
  canAddDecision,
  canAnswerReport,
  canApply,
  canCancelMeeting,
  canCreateCouncil,
  canManageCouncil,
  canMoveSelection,
  canPublishReport,
  canRecordMeeting,
  canRespondToDecision,
  canSeeApplicationDocument,
  isOfficialOf,
} from '../policy.ts';
import { councilName } from '../presenters.ts';
import {
  councilDecisions,
  councilHearings,
  councilMeetings,
  councilMembers,
  councilReports,
  councilSelections,
  documentsOf,
  findApplication,
  findCouncil,
  findDecision,
  findMeeting,
  findReport,
  findSelection,
  listStateBodies,
  meetingDecisions,
  memberCouncilIds,
  openSelections,
  searchCouncils,
  selectionApplications,
  type CouncilRow,
} from '../repository.ts';
import {
  applicationSchema,
  councilFilters,
  councilSchema,
  decisionSchema,
  decisionVotesSchema,
  minutesSchema,
  parseFilters,
  reportSchema,
  responseSchema,
  selectionSchema,
} from '../schemas.ts';
import {
  CouncilListPage,
  CouncilPage,
  DecidePage,
  MeetingPage,
  ReportPage,
  SelectionPage,
} from '../views/CouncilPages.tsx';
import { FormPage, type FieldSpec } from '../views/components.tsx';
import { denyPage, formValues, hide, LANG, notFound, readForm } from './shared.tsx';

export const PAGE_SIZE = 20;
const pub = { policy: PUBLIC };
const signedIn = { policy: SIGNED_IN };

export async function councilsPages(app: FastifyInstance) {
  const db = app.db;
  const tr = (req: FastifyRequest, errors: Record<string, string>) =>
    Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
  const bodyOptions = async (req: FastifyRequest) => {
    const all = hasRole(req.actor, 'administrator');
    const rows = await listStateBodies(db, all ? undefined : (req.actor?.stateBodies ?? []));
    return rows.map((b) => ({ value: b.id, label: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale) }));
  };
  const loadCouncil = async (req: FastifyRequest, reply: FastifyReply): Promise<CouncilRow | null> => {
    const c = await findCouncil(db, (req.params as { id: string }).id);
    if (!c) await notFound(req, reply);
    return c ?? null;
  };
  const back = (c: { id: string }) => `/councils/${c.id}`;
  const crumbsOf = (req: FastifyRequest, c: CouncilRow): [string, string][] => [
    [req.t('councils.list.title'), '/councils'],
    [councilName(c, req.locale), back(c)],
  ];

  // ------------------------------------------------------------- registry

  app.get(`${LANG}/councils`, { config: pub, schema: hide }, async (req, reply) => {
    const { values, errors, ok } = parseFilters(req.query as Record<string, unknown>, councilFilters);
    const page = (ok.page as number | undefined) ?? 1;
    const [r, bodies, calls] = await Promise.all([
      searchCouncils(db, {
        q: ok.q || undefined,
        level: ok.level,
        region: ok.region,
        body: ok.body,
        page,
        pageSize: PAGE_SIZE,
      }),
      listStateBodies(db),
      openSelections(db),
    ]);
    const linkQuery = Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'page' && !errors[k]));
    return renderPage(
      req,
      reply,
      <CouncilListPage
        values={values}
        linkQuery={linkQuery}
        errors={tr(req, errors)}
        rows={r.rows}
        total={r.total}
        page={page}
        pageSize={PAGE_SIZE}
        bodies={bodies.map((b) => ({
          code: b.code,
          name: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale),
        }))}
        openCalls={calls.map((c) => ({
          id: c.id,
          title: c.title,
          applications_close_on: c.applications_close_on,
          council: councilName(c, req.locale),
        }))}
        canCreate={!!req.actor && (req.actor.stateBodies.length > 0 || hasRole(req.actor, 'administrator'))}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // ------------------------------------------------------- create council
  const councilFields = (req: FastifyRequest, bodies: { value: string; label: string }[]): FieldSpec[] => [
    {
      kind: 'select',
      name: 'stateBodyId',
      label: req.t('councils.field.stateBody'),
      required: true,
      options: bodies,
      emptyOption: req.t('councils.choose'),
    },
    {
      kind: 'select',
      name: 'level',
      label: req.t('councils.field.level'),
      required: true,
      options: COUNCIL_LEVELS.map((l) => ({ value: l, label: req.t(`councils.level.${l}`) })),
      emptyOption: req.t('councils.choose'),
    },
    { kind: 'text', name: 'nameKk', label: req.t('councils.field.nameKk'), required: true },
    { kind: 'text', name: 'nameRu', label: req.t('councils.field.nameRu'), required: true },
    { kind: 'text', name: 'nameEn', label: req.t('councils.field.nameEn') },
    { kind: 'textarea', name: 'description', label: req.t('councils.field.description') },
    {
      kind: 'date',
      name: 'termStart',
      label: req.t('councils.field.termStart'),
      required: true,
      hint: req.t('councils.dateHint'),
    },
    {
      kind: 'date',
      name: 'termEnd',
      label: req.t('councils.field.termEnd'),
      required: true,
      hint: req.t('councils.dateHint'),
    },
  ];
  const councilForm = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldErrors) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.council.create')}
        crumbs={[[req.t('councils.list.title'), '/councils']]}
        action="/councils/new"
        fields={councilFields(req, await bodyOptions(req))}
        values={values}
        errors={errors}
        submit={req.t('councils.council.createSubmit')}
      />,
      Object.keys(errors).length ? 400 : 200,
    );

  app.get(`${LANG}/councils/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    if (!req.actor!.stateBodies.length && !hasRole(req.actor, 'administrator'))
      return denyPage(req, reply, 'not_official', '/councils');
    return councilForm(req, reply, {}, {});
  });
  app.post(`${LANG}/councils/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = councilSchema.safeParse(req.body ?? {});
    if (!parsed.success) return councilForm(req, reply, formValues(req.body), fieldErrors(req.t, parsed.error));
    if (!canCreateCouncil(req.actor, parsed.data.stateBodyId).ok)
      return councilForm(req, reply, formValues(req.body), { stateBodyId: req.t('councils.errors.notYourBody') });
    const r = await createCouncil(depsFrom(req), parsed.data);
    if (!r.ok) return denyPage(req, reply, r.reason, '/councils');
    setFlash(reply, 'councils.flash.councilCreated');
    return reply.redirect(localHref(req.locale, `/councils/${r.value.id}`), 303);
  });

  // ----------------------------------------------------------- a council
  app.get(`${LANG}/councils/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const c = await loadCouncil(req, reply);
    if (!c) return reply;
    const now = new Date();
    const [members, selections, meetings, decisions, reports, hearings, mine] = await Promise.all([
      councilMembers(db, c.id),
      councilSelections(db, c.id),
      councilMeetings(db, c.id),
      councilDecisions(db, c.id),
      councilReports(db, c.id),
      councilHearings(db, c.id),
      req.actor ? memberCouncilIds(db, req.actor.id) : Promise.resolve([] as string[]),
    ]);
    const manage = canManageCouncil(req.actor, c).ok;
    const report = !!req.actor && (manage || mine.includes(c.id) || req.actor.organizations.length > 0);
    return renderPage(
      req,
      reply,
      <CouncilPage
        council={c}
        members={members}
        selections={selections}
        meetings={meetings}
        decisions={decisions as any}
        reports={reports}
        hearings={hearings}
        today={almatyDate(now)}
        now={now}
        can={{ manage, report }}
      />,
    );
  });

  // ----------------------------------------------------------- selections
  const selectionFields = (req: FastifyRequest): FieldSpec[] => [
    { kind: 'text', name: 'title', label: req.t('councils.selection.titleField'), required: true },
    {
      kind: 'textarea',
      name: 'description',
      label: req.t('councils.selection.description'),
      hint: req.t('councils.selection.descriptionHint'),
    },
    { kind: 'number', name: 'seats', label: req.t('councils.selection.seats'), required: true },
    {
      kind: 'date',
      name: 'closesOn',
      label: req.t('councils.selection.closes'),
      required: true,
      hint: req.t('councils.selection.closesHint', {
        date: formatDate(earliestSelectionClose(almatyDate(new Date())), req.locale),
      }),
    },
  ];
  const selectionForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    c: CouncilRow,
    values: FormValues,
    errors: FieldErrors,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.selection.open')}
        crumbs={crumbsOf(req, c)}
        action={`/councils/${c.id}/selections/new`}
        fields={selectionFields(req)}
        values={values}
        errors={errors}
        submit={req.t('councils.selection.openSubmit')}
      />,
      Object.keys(errors).length ? 400 : 200,
    );

  app.get(`${LANG}/councils/:id/selections/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await loadCouncil(req, reply);
    if (!c) return reply;
    const d = canManageCouncil(req.actor, c);
    if (!d.ok) return denyPage(req, reply, d.reason, back(c));
    return selectionForm(req, reply, c, { closesOn: earliestSelectionClose(almatyDate(new Date())) }, {});
  });
  app.post(`${LANG}/councils/:id/selections/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await loadCouncil(req, reply);
    if (!c) return reply;
    const parsed = selectionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return selectionForm(req, reply, c, formValues(req.body), fieldErrors(req.t, parsed.error));
    const r = await openSelection(depsFrom(req), { councilId: c.id, ...parsed.data });
    if (!r.ok && r.reason === 'closes_too_soon') {
      return selectionForm(req, reply, c, formValues(req.body), {
        closesOn: req.t('councils.errors.closesTooSoon', {
          date: formatDate(earliestSelectionClose(almatyDate(new Date())), req.locale),
        }),
      });
    }
    if (!r.ok) return denyPage(req, reply, r.reason, back(c));
    setFlash(reply, 'councils.flash.selectionOpened');
    return reply.redirect(localHref(req.locale, `/councils/selections/${r.value.id}`), 303);
  });

  const loadSelection = async (req: FastifyRequest, reply: FastifyReply) => {
    const s = await findSelection(db, (req.params as { sid: string }).sid);
    if (!s) {
      await notFound(req, reply);
      return null;
    }
    return { s, c: (await findCouncil(db, s.council_id))! };
  };

  app.get(`${LANG}/councils/selections/:sid`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await loadSelection(req, reply);
    if (!x) return reply;
    const { s, c } = x;
    const now = new Date();
    const [apps, docs] = await Promise.all([selectionApplications(db, s.id), documentsOf(db, 'selection', s.id)]);
    const bins = [...new Set(apps.map((a) => a.organization_bin).filter((b): b is string => !!b))];
    const orgs = bins.length
      ? await db
          .selectFrom('organizations')
          .select(['bin', 'name_kk', 'name_ru', 'name_en'])
          .where('bin', 'in', bins)
          .execute()
      : [];
    const orgNames = Object.fromEntries(
      orgs.map((o: any) => [o.bin, pick({ kk: o.name_kk, ru: o.name_ru, en: o.name_en }, req.locale)]),
    );
    const applied = !!req.actor && apps.some((a) => a.user_id === req.actor!.id);
    const can = {
      apply: !req.actor
        ? applicationsOpen(s.status, s.applications_close_on, now)
        : canApply(req.actor, c, s, { alreadyApplied: applied, now }).ok,
      close: canMoveSelection(req.actor, c, s, 'close').ok && almatyDate(now) > s.applications_close_on,
      decide: canMoveSelection(req.actor, c, s, 'decide').ok,
      cancel: canMoveSelection(req.actor, c, s, 'cancel').ok,
      seeDocuments: !!req.actor && (isOfficialOf(req.actor, c.state_body_id) || hasRole(req.actor, 'administrator')),
      applied,
    };
    return renderPage(
      req,
      reply,
      <SelectionPage
        council={c}
        selection={s}
        applications={apps}
        orgNames={orgNames}
        documents={docs}
        can={can}
        earliestClose={false}
      />,
    );
  });

  // Applying: citizens and NGO representatives, with an optional document.
  const applicationFields = (req: FastifyRequest): FieldSpec[] => {
    const orgs = req.actor?.organizations ?? [];
    return [
      {
        kind: 'select',
        name: 'kind',
        label: req.t('councils.application.kind'),
        required: true,
        emptyOption: req.t('councils.choose'),
        options: [
          { value: 'citizen', label: req.t('councils.application.kindCitizen') },
          ...(orgs.length ? [{ value: 'ngo', label: req.t('councils.application.kindNgo') }] : []),
        ],
      },
      ...(orgs.length
        ? [
            {
              kind: 'select' as const,
              name: 'bin',
              label: req.t('councils.application.organization'),
              hint: req.t('councils.application.organizationHint'),
              options: orgs.map((b) => ({ value: b, label: b })),
              emptyOption: req.t('councils.choose'),
            },
          ]
        : []),
      {
        kind: 'textarea',
        name: 'motivation',
        label: req.t('councils.application.motivation'),
        required: true,
        hint: req.t('councils.application.motivationHint'),
        rows: 6,
      },
      {
        kind: 'textarea',
        name: 'experience',
        label: req.t('councils.application.experience'),
        required: true,
        hint: req.t('councils.application.experienceHint'),
        rows: 6,
      },
      {
        kind: 'file',
        name: 'document',
        label: req.t('councils.application.document'),
        hint: req.t('councils.application.documentHint'),
      },
    ];
  };
  const applicationForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    c: CouncilRow,
    s: { id: string; title: string; applications_close_on: string },
    values: FormValues,
    errors: FieldErrors,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.application.title', { council: councilName(c, req.locale) })}
        crumbs={[...crumbsOf(req, c), [s.title, `/councils/selections/${s.id}`]]}
        intro={
          <p>
            {req.t('councils.application.intro', {
              title: s.title,
              date: formatDate(s.applications_close_on, req.locale),
            })}
          </p>
        }
        action={`/councils/selections/${s.id}/apply`}
        fields={applicationFields(req)}
        values={values}
        errors={errors}
        submit={req.t('councils.application.submit')}
        multipart
      />,
      Object.keys(errors).length ? 400 : 200,
    );

  const applyContext = async (req: FastifyRequest, reply: FastifyReply) => {
    const x = await loadSelection(req, reply);
    if (!x) return null;
    const apps = await selectionApplications(db, x.s.id);
    const d = canApply(req.actor, x.c, x.s, {
      alreadyApplied: apps.some((a) => a.user_id === req.actor?.id),
      now: new Date(),
    });
    if (!d.ok) {
      await denyPage(req, reply, d.reason, `/councils/selections/${x.s.id}`);
      return null;
    }
    return x;
  };
  app.get(`${LANG}/councils/selections/:sid/apply`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await applyContext(req, reply);
    if (!x) return reply;
    return applicationForm(req, reply, x.c, x.s, {}, {});
  });
  app.post(
    `${LANG}/councils/selections/:sid/apply`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const form = await readForm(req, reply);
      if (!form) return reply;
      const x = await applyContext(req, reply);
      if (!x) return reply;
      const parsed = applicationSchema.safeParse(form.fields);
      const values = formValues(form.fields);
      if (!parsed.success || Object.keys(form.errors).length)
        return applicationForm(req, reply, x.c, x.s, values, {
          ...(parsed.success ? {} : fieldErrors(req.t, parsed.error)),
          ...form.errors,
        });
      if (parsed.data.bin && !req.actor!.organizations.includes(parsed.data.bin))
        return applicationForm(req, reply, x.c, x.s, values, { bin: req.t('councils.errors.chooseOrganization') });
      const r = await applyToCouncil(depsFrom(req), {
        selectionId: x.s.id,
        ...parsed.data,
        document: form.file,
        storage: app.storage,
      });
      if (!r.ok) return denyPage(req, reply, r.reason, `/councils/selections/${x.s.id}`);
      setFlash(reply, 'councils.flash.applied');
      return reply.redirect(localHref(req.locale, `/councils/selections/${x.s.id}#candidates-title`), 303);
    },
  );

  app.get(`${LANG}/councils/applications/:aid/document`, { config: signedIn, schema: hide }, async (req, reply) => {
    const a = await findApplication(db, (req.params as { aid: string }).aid);
    if (!a || !a.file_id) return notFound(req, reply);
    const s = (await findSelection(db, a.selection_id))!;
    const c = (await findCouncil(db, s.council_id))!;
    if (!canSeeApplicationDocument(req.actor, c, a))
      return denyPage(req, reply, 'not_official', `/councils/selections/${s.id}`);
    const f = await db.selectFrom('files').selectAll().where('id', '=', a.file_id).executeTakeFirstOrThrow();
    return reply
      .type(f.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.original_name)}`)
      .send(await app.storage.get(f.storage_key));
  });

  app.get(`${LANG}/councils/selections/:sid/decide`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadSelection(req, reply);
    if (!x) return reply;
    const d = canMoveSelection(req.actor, x.c, x.s, 'decide');
    if (!d.ok) return denyPage(req, reply, d.reason, `/councils/selections/${x.s.id}`);
    return renderPage(
      req,
      reply,
      <DecidePage
        council={x.c}
        selection={x.s}
        applications={await selectionApplications(db, x.s.id)}
        values={{}}
        errors={{}}
      />,
    );
  });
  app.post(`${LANG}/councils/selections/:sid/decide`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadSelection(req, reply);
    if (!x) return reply;
    const d = canMoveSelection(req.actor, x.c, x.s, 'decide');
    if (!d.ok) return denyPage(req, reply, d.reason, `/councils/selections/${x.s.id}`);
    const apps = await selectionApplications(db, x.s.id);
    const page = (errors: FieldErrors) =>
      renderPage(
        req,
        reply,
        <DecidePage council={x.c} selection={x.s} applications={apps} values={formValues(req.body)} errors={errors} />,
        400,
      );
    const parsed = decisionVotesSchema(apps.map((a) => a.id)).safeParse(req.body ?? {});
    if (!parsed.success) return page(fieldErrors(req.t, parsed.error));
    const v = parsed.data as Record<string, any>;
    const votes = Object.fromEntries(
      apps.map((a) => [a.id, { for: v[`for_${a.id}`], against: v[`against_${a.id}`], abstain: v[`abstain_${a.id}`] }]),
    );
    const r = await decideSelection(depsFrom(req), {
      id: x.s.id,
      version: v.version,
      commissionSize: v.commissionSize,
      note: v.note,
      votes,
    });
    if (!r.ok && r.reason === 'votes_exceed_commission')
      return page({ [`for_${r.field}`]: req.t('councils.errors.votesExceedCommission') });
    if (!r.ok) return denyPage(req, reply, r.reason, `/councils/selections/${x.s.id}`);
    setFlash(reply, 'councils.flash.selectionDecided');
    return reply.redirect(localHref(req.locale, `/councils/selections/${x.s.id}`), 303);
  });

  // -------------------------------------------------------------- meetings
  const loadMeeting = async (req: FastifyRequest, reply: FastifyReply) => {
    const m = await findMeeting(db, (req.params as { mid: string }).mid);
    if (!m) {
      await notFound(req, reply);
      return null;
    }
    return { m, c: (await findCouncil(db, m.council_id))! };
  };
  const meetingPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    x: { m: Awaited<ReturnType<typeof findMeeting>> & {}; c: CouncilRow },
    form?: { name: 'minutes' | 'decision'; values: FormValues; errors: FieldErrors },
  ) => {
    const now = new Date();
    const [members, decisions, documents] = await Promise.all([
      councilMembers(db, x.c.id),
      meetingDecisions(db, x.m.id),
      documentsOf(db, 'meeting', x.m.id),
    ]);
    const can = {
      record: canRecordMeeting(req.actor, x.c, x.m, now).ok,
      cancel: canCancelMeeting(req.actor, x.c, x.m).ok,
      addDecision: canAddDecision(req.actor, x.c, x.m).ok,
      respond: canRespondToDecision(req.actor, x.c, { response_status: 'awaiting' }).ok,
    };
    return renderPage(
      req,
      reply,
      <MeetingPage
        council={x.c}
        meeting={x.m}
        members={members}
        decisions={decisions}
        documents={documents}
        today={almatyDate(now)}
        can={can}
        form={form}
      />,
      form ? 400 : 200,
    );
  };
  app.get(`${LANG}/councils/meetings/:mid`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await loadMeeting(req, reply);
    if (!x) return reply;
    return meetingPage(req, reply, x);
  });
  app.post(`${LANG}/councils/meetings/:mid/minutes`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadMeeting(req, reply);
    if (!x) return reply;
    const d = canRecordMeeting(req.actor, x.c, x.m, new Date());
    if (!d.ok) return denyPage(req, reply, d.reason, `/councils/meetings/${x.m.id}`);
    const parsed = minutesSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return meetingPage(req, reply, x, {
        name: 'minutes',
        values: formValues(req.body),
        errors: fieldErrors(req.t, parsed.error),
      });
    const r = await recordMeeting(depsFrom(req), { id: x.m.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/councils/meetings/${x.m.id}`);
    setFlash(reply, 'councils.flash.meetingRecorded');
    return reply.redirect(localHref(req.locale, `/councils/meetings/${x.m.id}`), 303);
  });
  app.post(`${LANG}/councils/meetings/:mid/decisions`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadMeeting(req, reply);
    if (!x) return reply;
    const d = canAddDecision(req.actor, x.c, x.m);
    if (!d.ok) return denyPage(req, reply, d.reason, `/councils/meetings/${x.m.id}`);
    const parsed = decisionSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return meetingPage(req, reply, x, {
        name: 'decision',
        values: formValues(req.body),
        errors: fieldErrors(req.t, parsed.error),
      });
    const r = await addDecision(depsFrom(req), { meetingId: x.m.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/councils/meetings/${x.m.id}`);
    setFlash(reply, 'councils.flash.decisionAdded');
    return reply.redirect(localHref(req.locale, `/councils/meetings/${x.m.id}#decision-${r.value.number}`), 303);
  });

  // The body's response to a decision.
  const responseFields = (req: FastifyRequest): FieldSpec[] => [
    {
      kind: 'select',
      name: 'outcome',
      label: req.t('councils.decision.outcome'),
      required: true,
      options: RESPONSES.map((o) => ({ value: o, label: req.t(`councils.status.${o}`) })),
      emptyOption: req.t('councils.choose'),
    },
    { kind: 'textarea', name: 'response', label: req.t('councils.decision.responseText'), required: true, rows: 6 },
  ];
  const loadDecision = async (req: FastifyRequest, reply: FastifyReply) => {
    const d = await findDecision(db, (req.params as { did: string }).did);
    if (!d) {
      await notFound(req, reply);
      return null;
    }
    const m = (await findMeeting(db, d.meeting_id))!;
    return { d, m, c: (await findCouncil(db, m.council_id))! };
  };
  const responseForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    x: NonNullable<Awaited<ReturnType<typeof loadDecision>>>,
    values: FormValues,
    errors: FieldErrors,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.decision.respondTitle', { n: x.d.number })}
        crumbs={[...crumbsOf(req, x.c), [x.m.title, `/councils/meetings/${x.m.id}`]]}
        intro={<blockquote>{x.d.text}</blockquote>}
        action={`/councils/decisions/${x.d.id}/respond`}
        fields={responseFields(req)}
        values={values}
        errors={errors}
        hidden={{ version: x.d.version }}
        submit={req.t('councils.decision.respondSubmit')}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  app.get(`${LANG}/councils/decisions/:did/respond`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadDecision(req, reply);
    if (!x) return reply;
    const d = canRespondToDecision(req.actor, x.c, x.d);
    if (!d.ok) return denyPage(req, reply, d.reason, `/councils/meetings/${x.m.id}`);
    return responseForm(req, reply, x, {}, {});
  });
  app.post(`${LANG}/councils/decisions/:did/respond`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadDecision(req, reply);
    if (!x) return reply;
    const parsed = responseSchema.safeParse(req.body ?? {});
    if (!parsed.success) return responseForm(req, reply, x, formValues(req.body), fieldErrors(req.t, parsed.error));
    const r = await respondToDecision(depsFrom(req), { id: x.d.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/councils/meetings/${x.m.id}`);
    setFlash(reply, 'councils.flash.responded');
    return reply.redirect(localHref(req.locale, `/councils/meetings/${x.m.id}#decision-${x.d.number}`), 303);
  });

  // --------------------------------------------------------------- reports
  const reportFields = (req: FastifyRequest): FieldSpec[] => {
    const orgs = req.actor?.organizations ?? [];
    return [
      {
        kind: 'select',
        name: 'kind',
        label: req.t('councils.report.authorKind'),
        required: true,
        emptyOption: req.t('councils.choose'),
        options: [
          { value: 'council', label: req.t('councils.report.kind.council') },
          ...(orgs.length ? [{ value: 'ngo', label: req.t('councils.report.kind.ngo') }] : []),
        ],
      },
      ...(orgs.length
        ? [
            {
              kind: 'select' as const,
              name: 'bin',
              label: req.t('councils.application.organization'),
              options: orgs.map((b) => ({ value: b, label: b })),
              emptyOption: req.t('councils.choose'),
            },
          ]
        : []),
      { kind: 'text', name: 'title', label: req.t('councils.report.titleField'), required: true },
      { kind: 'textarea', name: 'findings', label: req.t('councils.report.findings'), required: true, rows: 10 },
      {
        kind: 'file',
        name: 'document',
        label: req.t('councils.report.document'),
        hint: req.t('councils.documentHint'),
      },
    ];
  };
  const reportForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    c: CouncilRow,
    values: FormValues,
    errors: FieldErrors,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.report.publish')}
        crumbs={crumbsOf(req, c)}
        action={`/councils/${c.id}/reports/new`}
        fields={reportFields(req)}
        values={values}
        errors={errors}
        submit={req.t('councils.report.publishSubmit')}
        multipart
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  app.get(`${LANG}/councils/:id/reports/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await loadCouncil(req, reply);
    if (!c) return reply;
    return reportForm(req, reply, c, {}, {});
  });
  app.post(
    `${LANG}/councils/:id/reports/new`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const form = await readForm(req, reply);
      if (!form) return reply;
      const c = await loadCouncil(req, reply);
      if (!c) return reply;
      const parsed = reportSchema.safeParse(form.fields);
      if (!parsed.success || Object.keys(form.errors).length)
        return reportForm(req, reply, c, formValues(form.fields), {
          ...(parsed.success ? {} : fieldErrors(req.t, parsed.error)),
          ...form.errors,
        });
      const isMember = (await memberCouncilIds(db, req.actor!.id)).includes(c.id);
      const d = canPublishReport(req.actor, c, { kind: parsed.data.kind, isMember, bin: parsed.data.bin });
      if (!d.ok)
        return reportForm(req, reply, c, formValues(form.fields), {
          [parsed.data.kind === 'ngo' ? 'bin' : 'kind']: req.t(`councils.deny.${d.reason}`),
        });
      const r = await publishReport(depsFrom(req), {
        councilId: c.id,
        ...parsed.data,
        document: form.file ? { file: form.file, storage: app.storage } : undefined,
      });
      if (!r.ok) return denyPage(req, reply, r.reason, back(c));
      setFlash(reply, 'councils.flash.reportPublished');
      return reply.redirect(localHref(req.locale, `/councils/reports/${r.value.id}`), 303);
    },
  );

  const loadReport = async (req: FastifyRequest, reply: FastifyReply) => {
    const r = await findReport(db, (req.params as { rid: string }).rid);
    if (!r) {
      await notFound(req, reply);
      return null;
    }
    return { r, c: (await findCouncil(db, r.council_id))! };
  };
  app.get(`${LANG}/councils/reports/:rid`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await loadReport(req, reply);
    if (!x) return reply;
    return renderPage(
      req,
      reply,
      <ReportPage
        council={x.c}
        report={x.r}
        documents={await documentsOf(db, 'report', x.r.id)}
        canAnswer={canAnswerReport(req.actor, x.c, x.r).ok}
      />,
    );
  });
}
