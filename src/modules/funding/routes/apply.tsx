/** The NGO's forms (apply, edit and submit, withdraw, report) and the expert's (declare conflicts, score). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { DOCUMENT_TYPES, readMultipartForm, type UploadedFile } from '../../../platform/files/index.ts';
import { csrfValid, sendCsrfFailure, setFlash } from '../../../platform/http/context.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { declareConflict } from '../commands/declareConflict.ts';
import { saveApplication, type ApplicationContent } from '../commands/saveApplication.ts';
import { startApplication } from '../commands/startApplication.ts';
import { submitApplication } from '../commands/submitApplication.ts';
import { submitReport } from '../commands/submitReport.ts';
import { scoreProblems, submitScore } from '../commands/submitScore.ts';
import { withdrawApplication } from '../commands/withdrawApplication.ts';
import { parseTenge, tiynToInput, type ConflictKind } from '../domain.ts';
import { canEditApplication, canReport } from '../policy.ts';
import {
  applicationDocuments,
  type ApplicationRow,
  conflictDeclaration,
  findApplication,
  findCall,
  findLot,
  findProject,
  isPanelMember,
  projectDetail,
  expertScore,
} from '../repository/index.ts';
import { applicationSchema, budgetRows, conflictSchema, reportSchema } from '../schemas.ts';
import { FormPage, type FieldSpec } from '../views/components.tsx';
import { ApplicationFormPage, ReviewPage } from '../views/forms.tsx';
import { denyPage, formValues, hide, LANG, notFound, params, problemErrors, zodErrors } from './shared.tsx';

const signedIn = { policy: SIGNED_IN };

/** A saved application as the form's values. */
export function applicationValues(a: ApplicationRow): FormValues {
  const v: FormValues = {
    language: a.language,
    title: a.title,
    summary: a.summary,
    description: a.description,
    activities: a.activities.map((x) => `${x.title}; ${x.period}`).join('\n'),
    indicators: a.indicators.map((x) => `${x.name}; ${x.unit}; ${x.target}`).join('\n'),
    team: a.team.map((x) => `${x.name}; ${x.role}`).join('\n'),
    beneficiariesPlanned: a.beneficiaries_planned ? String(a.beneficiaries_planned) : '',
    requested: a.requested_tiyn ? tiynToInput(a.requested_tiyn) : '',
  };
  a.budget_lines.forEach((b, i) => {
    v[`budget.${i}.item`] = b.item;
    v[`budget.${i}.amount`] = b.amountTiyn ? tiynToInput(b.amountTiyn) : '';
    if (b.ownDevelopment) v[`budget.${i}.own`] = 'on';
  });
  return v;
}

/** Translates the submit refusals into field errors / a top message. */
function submitErrors(
  req: FastifyRequest,
  r: { reason: string; problems?: Record<string, string>; ineligible?: string[]; at?: string; closesAt?: string },
): { notice?: string; errors: FieldErrors } {
  if (r.reason === 'incomplete') return { errors: problemErrors(req, r.problems ?? {}) };
  if (r.reason === 'ineligible') {
    const reasons = (r.ineligible ?? [])
      .map((x) => req.t(x === 'not_registered' ? 'funding.ineligible.not_registered' : `registry.eligibility.${x}`))
      .join('; ');
    return { notice: req.t('funding.errors.ineligible', { reasons }), errors: {} };
  }
  if (r.reason === 'deadlinePassed' || r.reason === 'notOpenYet')
    return { notice: req.t(`funding.errors.${r.reason}`, { at: r.at ?? '', closes: r.closesAt ?? '' }), errors: {} };
  return { notice: req.t(`funding.deny.${r.reason}`), errors: {} };
}

export async function fundingApply(app: FastifyInstance) {
  const db = app.db;
  const maxMb = Math.round(app.config.maxUploadBytes / 1024 / 1024);

  app.post(`${LANG}/funding/lots/:id/apply`, { config: signedIn, schema: hide }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, string>;
    const bin = String(body.bin ?? req.actor!.organizations[0] ?? '');
    const r = await startApplication(depsFrom(req), {
      lotId: params(req).id,
      bin,
      language: body.language === 'ru' ? 'ru' : 'kk',
    });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/lots/${params(req).id}`);
    return reply.redirect(localHref(req.locale, `/funding/applications/${r.value.id}/edit`), 303);
  });

  async function loadDraft(req: FastifyRequest, reply: FastifyReply) {
    const a = await findApplication(db, params(req).id);
    if (!a) return void (await notFound(req, reply));
    const can = canEditApplication(req.actor, a);
    if (!can.ok) return void (await denyPage(req, reply, can.reason, `/funding/applications/${a.id}`));
    const [call, lot, documents] = await Promise.all([
      findCall(db, a.call_id),
      findLot(db, a.lot_id),
      applicationDocuments(db, 'application', [a.id]),
    ]);
    return { a, call: call!, lot: lot!, documents };
  }

  app.get(`${LANG}/funding/applications/:id/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await loadDraft(req, reply);
    if (!c) return reply;
    return renderPage(
      req,
      reply,
      <ApplicationFormPage
        app={c.a}
        call={c.call}
        lot={c.lot}
        values={applicationValues(c.a)}
        errors={{}}
        documents={c.documents}
        maxMb={maxMb}
      />,
    );
  });

  app.post(
    `${LANG}/funding/applications/:id/edit`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const form = await readMultipartForm(req, { maxBytes: app.config.maxUploadBytes, accept: DOCUMENT_TYPES });
      if (!csrfValid(req, form.fields._csrf as string)) return sendCsrfFailure(req, reply);
      const c = await loadDraft(req, reply);
      if (!c) return reply;
      const values = formValues(form.fields);
      const show = (errors: FieldErrors, notice?: string, app2: ApplicationRow = c.a, docs = c.documents) =>
        renderPage(
          req,
          reply,
          <ApplicationFormPage
            app={app2}
            call={c.call}
            lot={c.lot}
            values={values}
            errors={errors}
            documents={docs}
            notice={notice}
            maxMb={maxMb}
          />,
          notice && !Object.keys(errors).length ? 409 : 400,
        );
      const errors: FieldErrors = {};
      for (const [field, e] of Object.entries(form.fileErrors))
        errors[field] = e === 'too_large' ? req.t('errors.fileTooLarge', { max: maxMb }) : req.t('errors.fileType');
      const parsed = applicationSchema.safeParse(form.fields);
      if (!parsed.success) Object.assign(errors, zodErrors(req, parsed.error));
      const budget = budgetRows(form.fields);
      for (const [k, v] of Object.entries(budget.errors)) errors[k] = req.t(v);
      const requested = parsed.success ? (parsed.data.requested === '' ? 0 : parseTenge(parsed.data.requested)) : 0;
      if (requested === null) errors.requested = req.t('funding.errors.money');
      if (Object.keys(errors).length || !parsed.success) return show(errors);
      const d = parsed.data;
      const content: ApplicationContent = {
        language: d.language,
        title: d.title,
        summary: d.summary,
        description: d.description,
        activities: d.activities as { title: string; period: string }[],
        budgetLines: budget.lines,
        requestedTiyn: requested ?? 0,
        indicators: d.indicators,
        team: d.team as { name: string; role: string }[],
        beneficiariesPlanned: d.beneficiariesPlanned,
      };
      const kind = c.call.required_documents.includes(d.docKind) ? d.docKind : 'other';
      const documents = form.files.filter((f) => f.field === 'document').map((file: UploadedFile) => ({ file, kind }));
      const saved = await saveApplication(depsFrom(req), {
        id: c.a.id,
        version: d.version,
        content,
        documents,
        storage: app.storage,
      });
      if (!saved.ok) {
        if (saved.reason === 'staleVersion') {
          const fresh = (await findApplication(db, c.a.id))!;
          return show({}, req.t('funding.errors.staleVersion'), fresh);
        }
        return denyPage(req, reply, saved.reason, `/funding/applications/${c.a.id}`);
      }
      if (form.fields.action !== 'submit') {
        setFlash(reply, 'funding.flash.draftSaved');
        return reply.redirect(localHref(req.locale, `/funding/applications/${c.a.id}/edit`), 303);
      }
      const r = await submitApplication(depsFrom(req), { id: c.a.id, version: saved.value.version });
      if (!r.ok) {
        const fresh = (await findApplication(db, c.a.id))!;
        const docs = await applicationDocuments(db, 'application', [c.a.id]);
        const e = submitErrors(req, r);
        return show(e.errors, e.notice, fresh, docs);
      }
      setFlash(reply, 'funding.flash.submitted');
      return reply.redirect(localHref(req.locale, `/funding/applications/${c.a.id}`), 303);
    },
  );

  app.post(`${LANG}/funding/applications/:id/withdraw`, { config: signedIn, schema: hide }, async (req, reply) => {
    const r = await withdrawApplication(depsFrom(req), { id: params(req).id });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/applications/${params(req).id}`);
    setFlash(reply, 'funding.flash.withdrawn');
    return reply.redirect(localHref(req.locale, `/funding/applications/${params(req).id}`), 303);
  });

  // -------------------------------------------------------------- report
  async function loadReporting(req: FastifyRequest, reply: FastifyReply) {
    const p = await findProject(db, params(req).id);
    if (!p) return void (await notFound(req, reply));
    const can = canReport(req.actor, p);
    if (!can.ok) return void (await denyPage(req, reply, can.reason, `/funding/projects/${p.id}`));
    const detail = await projectDetail(db, p.id);
    const a = await findApplication(db, p.application_id);
    return { p, detail, indicators: a?.indicators ?? [] };
  }
  const reportFields = (
    req: FastifyRequest,
    c: NonNullable<Awaited<ReturnType<typeof loadReporting>>>,
  ): FieldSpec[] => [
    {
      kind: 'select',
      name: 'kind',
      label: req.t('funding.report.kindLabel'),
      required: true,
      options: ['interim', 'final'].map((k) => ({ value: k, label: req.t(`funding.report.kind.${k}`) })),
    },
    {
      kind: 'text',
      name: 'period',
      label: req.t('funding.report.period'),
      hint: req.t('funding.report.periodHint'),
      required: true,
      width: 'medium',
    },
    { kind: 'textarea', name: 'narrative', label: req.t('funding.report.narrative'), required: true, rows: 8 },
    {
      kind: 'text',
      name: 'beneficiariesReached',
      label: req.t('funding.report.beneficiaries'),
      required: true,
      width: 'short',
      inputmode: 'numeric',
    },
    ...(c.indicators.length ? [{ kind: 'heading', text: req.t('funding.report.indicatorsHeading') } as FieldSpec] : []),
    ...c.indicators.map(
      (i, n) =>
        ({
          kind: 'text',
          name: `ind.${n}`,
          label: `${i.name} (${i.unit}; ${req.t('funding.indicator.target')} ${i.target})`,
          width: 'short',
          inputmode: 'decimal',
        }) as FieldSpec,
    ),
    { kind: 'heading', text: req.t('funding.report.spendingHeading') },
    ...c.detail.lines.map((l) => {
      const spent = c.detail.spending
        .filter((s) => s.budget_line_id === l.id && s.status !== 'returned')
        .reduce((s, x) => s + x.amount_tiyn, 0);
      return {
        kind: 'text',
        name: `spend.${l.id}`,
        label: req.t('funding.report.spendLine', { item: l.item, left: tiynToInput(l.planned_tiyn - spent) }),
        width: 'medium',
        inputmode: 'decimal',
      } as FieldSpec;
    }),
    {
      kind: 'file',
      name: 'document',
      label: req.t('funding.report.document'),
      hint: req.t('funding.appForm.documentHint', { max: maxMb }),
    },
  ];
  const reportPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    c: NonNullable<Awaited<ReturnType<typeof loadReporting>>>,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.report.new')}
        action={`/funding/projects/${c.p.id}/reports/new`}
        multipart
        fields={reportFields(req, c)}
        values={values}
        errors={errors}
        submit={req.t('funding.report.submit')}
        crumbs={[[c.p.title, `/funding/projects/${c.p.id}`]]}
      />,
      status,
    );

  app.get(`${LANG}/funding/projects/:id/reports/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await loadReporting(req, reply);
    if (!c) return reply;
    return reportPage(req, reply, c, { kind: 'interim' }, {});
  });
  app.post(
    `${LANG}/funding/projects/:id/reports/new`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const form = await readMultipartForm(req, { maxBytes: app.config.maxUploadBytes, accept: DOCUMENT_TYPES });
      if (!csrfValid(req, form.fields._csrf as string)) return sendCsrfFailure(req, reply);
      const c = await loadReporting(req, reply);
      if (!c) return reply;
      const values = formValues(form.fields);
      const errors: FieldErrors = {};
      for (const [field, e] of Object.entries(form.fileErrors))
        errors[field] = e === 'too_large' ? req.t('errors.fileTooLarge', { max: maxMb }) : req.t('errors.fileType');
      const parsed = reportSchema.safeParse(form.fields);
      if (!parsed.success) Object.assign(errors, zodErrors(req, parsed.error));
      const indicatorValues: Record<string, number> = {};
      c.indicators.forEach((i, n) => {
        const raw = String(form.fields[`ind.${n}`] ?? '').trim();
        if (!raw) return;
        const v = Number(raw.replace(',', '.'));
        if (!Number.isFinite(v) || v < 0) errors[`ind.${n}`] = req.t('funding.errors.number');
        else indicatorValues[i.name] = v;
      });
      const spending: Record<string, number> = {};
      for (const l of c.detail.lines) {
        const raw = String(form.fields[`spend.${l.id}`] ?? '').trim();
        if (!raw) continue;
        const v = parseTenge(raw);
        if (v === null) errors[`spend.${l.id}`] = req.t('funding.errors.money');
        else spending[l.id] = v;
      }
      if (!parsed.success || Object.keys(errors).length) return reportPage(req, reply, c, values, errors, 400);
      const r = await submitReport(depsFrom(req), {
        projectId: c.p.id,
        ...parsed.data,
        indicatorValues,
        spending,
        documents: form.files.filter((f) => f.field === 'document'),
        storage: app.storage,
      });
      if (!r.ok)
        return r.field
          ? reportPage(req, reply, c, values, problemErrors(req, { [r.field]: r.reason }), 400)
          : denyPage(req, reply, r.reason, `/funding/projects/${c.p.id}`);
      setFlash(reply, 'funding.flash.reportSubmitted');
      return reply.redirect(localHref(req.locale, `/funding/projects/${c.p.id}`), 303);
    },
  );

  // -------------------------------------------------------------- expert
  async function reviewContext(req: FastifyRequest, reply: FastifyReply) {
    const a = await findApplication(db, params(req).id);
    if (!a || a.status === 'draft') return void (await notFound(req, reply));
    const actor = req.actor!;
    const call = (await findCall(db, a.call_id))!;
    const [lot, member, declaration, scored] = await Promise.all([
      findLot(db, a.lot_id),
      isPanelMember(db, call.id, actor.id),
      conflictDeclaration(db, a.id, actor.id),
      expertScore(db, a.id, actor.id),
    ]);
    if (!member) return void (await denyPage(req, reply, 'notOnPanel', `/funding/applications/${a.id}`));
    return {
      a,
      call,
      lot: lot!,
      declaration: declaration ?? null,
      scored: scored ? { total: Number(scored.total) } : null,
    };
  }
  const reviewPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    c: NonNullable<Awaited<ReturnType<typeof reviewContext>>>,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
    blocked?: string,
  ) =>
    renderPage(
      req,
      reply,
      <ReviewPage
        app={c.a}
        call={c.call}
        lot={c.lot}
        declaration={c.declaration}
        scored={c.scored}
        values={values}
        errors={errors}
        blocked={blocked}
      />,
      status,
    );

  app.get(`${LANG}/funding/applications/:id/review`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await reviewContext(req, reply);
    if (!c) return reply;
    return reviewPage(req, reply, c, {}, {});
  });
  app.post(`${LANG}/funding/applications/:id/conflict`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await reviewContext(req, reply);
    if (!c) return reply;
    const parsed = conflictSchema.safeParse(req.body ?? {});
    if (!parsed.success) return reviewPage(req, reply, c, formValues(req.body), zodErrors(req, parsed.error), 400);
    const r = await declareConflict(depsFrom(req), {
      applicationId: c.a.id,
      kinds: parsed.data.kinds as ConflictKind[],
      note: parsed.data.note,
    });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/applications/${c.a.id}`);
    setFlash(reply, r.value.conflicted ? 'funding.flash.conflictDeclared' : 'funding.flash.noConflict');
    return reply.redirect(localHref(req.locale, `/funding/applications/${c.a.id}/review`), 303);
  });
  app.post(`${LANG}/funding/applications/:id/score`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await reviewContext(req, reply);
    if (!c) return reply;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const r = await submitScore(depsFrom(req), {
      applicationId: c.a.id,
      scores: body,
      comment: String(body.comment ?? '').slice(0, 4000),
    });
    if (!r.ok) {
      const problems = scoreProblems(r);
      if (problems) return reviewPage(req, reply, c, formValues(req.body), problemErrors(req, problems), 400);
      // A conflicted expert (or one who has not declared) is refused on the same page, with the reason.
      return reviewPage(req, reply, c, formValues(req.body), {}, 403, req.t(`funding.deny.${r.reason}`));
    }
    setFlash(reply, 'funding.flash.scored');
    return reply.redirect(localHref(req.locale, `/funding/applications/${c.a.id}/review`), 303);
  });
}
