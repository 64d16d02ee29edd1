/** Forms: officials prepare, open, answer, summarise and revise drafts; citizens and NGOs comment, support and attach conclusions. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { almatyDate, param } from '../../../reference/index.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { DOCUMENT_TYPES, readMultipartForm } from '../../../platform/files/index.ts';
import { csrfValid, sendCsrfFailure, setFlash, takeDraft } from '../../../platform/http/context.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { addComment } from '../commands/addComment.ts';
import { addVersion } from '../commands/addVersion.ts';
import { answerComment } from '../commands/answerComment.ts';
import { attachConclusion } from '../commands/attachConclusion.ts';
import { createDraft } from '../commands/createDraft.ts';
import { editDraft } from '../commands/editDraft.ts';
import { openDiscussion } from '../commands/openDiscussion.ts';
import { publishSummary } from '../commands/publishSummary.ts';
import { supportComment } from '../commands/supportComment.ts';
import { minimumLastDay, unitsToText, type Unit } from '../domain.ts';
import {
  canAddVersion,
  canAnswer,
  canAttachConclusion,
  canComment,
  canCreateDraft,
  canEditDraft,
  canOpenDraft,
} from '../policy.ts';
import { organizationNames } from '../../registry/index.ts';
import { commentView, draftTitle, textLang, unitView } from '../presenters.ts';
import {
  commentsOf,
  countUnanswered,
  findComment,
  findDraft,
  findVersion,
  stateBodiesList,
  unitsOf,
  type DraftRow,
  type UnitRow,
} from '../repository.ts';
import {
  answerFormSchema,
  commentFormSchema,
  conclusionFormSchema,
  draftEditSchema,
  draftFormSchema,
  formErrors,
  openFormSchema,
  readTexts,
  unitName,
  versionFormSchema,
} from '../schemas.ts';
import {
  AnswerPage,
  CommentPage,
  ConclusionPage,
  DraftFormPage,
  OpenPage,
  VersionFormPage,
} from '../views/FormPages.tsx';
import { denyPage, formValues, LANG, loadDraft } from './shared.tsx';

const hide = { hide: true };
const signedIn = { policy: SIGNED_IN };
type Req = FastifyRequest;
type Rep = FastifyReply;

const asUnits = (rows: UnitRow[], l: 'kk' | 'ru'): Unit[] =>
  rows.map((u) => ({
    key: u.key,
    kind: u.kind,
    label: u.label,
    heading: l === 'kk' ? u.heading_kk : u.heading_ru,
    text: l === 'kk' ? u.text_kk : u.text_ru,
  }));

/** Plain-text files of a draft's text may be uploaded instead of pasted (UTF-8, with or without a BOM). */
const TEXT_TYPES = ['text/plain'];
const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * The body of a draft form: urlencoded, or multipart when the official imports the texts from
 * .txt files (fileKk, fileRu replace the text fields). Null when the CSRF token is wrong (a page
 * has been sent); file problems come back as field errors on the text fields.
 */
async function draftBody(req: Req, reply: Rep): Promise<{ body: Record<string, unknown>; errors: FieldErrors } | null> {
  if (!req.isMultipart()) return { body: (req.body ?? {}) as Record<string, unknown>, errors: {} };
  const form = await readMultipartForm(req, { maxBytes: MAX_TEXT_BYTES, accept: TEXT_TYPES });
  if (!csrfValid(req, typeof form.fields._csrf === 'string' ? form.fields._csrf : undefined)) {
    await sendCsrfFailure(req, reply);
    return null;
  }
  const body: Record<string, unknown> = { ...form.fields };
  const errors: FieldErrors = {};
  for (const [file, field] of [
    ['fileKk', 'textKk'],
    ['fileRu', 'textRu'],
  ] as const) {
    const problem = form.fileErrors[file];
    if (problem)
      errors[field] = req.t(
        problem === 'too_large' ? 'legislation.errors.fileTooLarge' : 'legislation.errors.textFileType',
      );
    const f = form.files.find((x) => x.field === file);
    if (f) body[field] = f.data.toString('utf8').replace(/^\ufeff/, '');
  }
  return { body, errors };
}

export async function legislationForms(app: FastifyInstance) {
  const db = app.db;

  /** Translates a command's refusal into field errors when it concerns a field, else null. */
  function commandErrors(req: Req, r: { reason: string; field?: string }, now: Date): FieldErrors | null {
    if (r.reason === 'stale') return { _form: req.t('legislation.errors.stale') };
    if (r.reason === 'tooShort')
      return {
        lastDay: req.t('legislation.errors.lastDayTooShort', {
          date: formatDate(minimumLastDay(almatyDate(now)), req.locale),
        }),
      };
    if (r.reason === 'tooLong') return { lastDay: req.t('legislation.errors.lastDayTooLong') };
    if (r.reason === 'unknown_unit') return { unit: req.t('legislation.errors.chooseUnit') };
    if (r.reason === 'reason_required') return { reason: req.t('legislation.errors.reasonRequired') };
    if (r.field === 'onBehalf' || r.field === 'organization')
      return { [r.field]: req.t('legislation.errors.chooseOrganization') };
    return null;
  }

  async function myBodies(req: Req) {
    const ids = new Set(req.actor?.stateBodies ?? []);
    return (await stateBodiesList(db))
      .filter((b) => ids.has(b.id))
      .map((b) => ({ id: b.id, name: req.locale === 'kk' ? b.name_kk : req.locale === 'ru' ? b.name_ru : b.name_en }));
  }
  async function myOrganizations(req: Req) {
    const names = await organizationNames(db, req.actor?.organizations ?? []);
    return (req.actor?.organizations ?? []).map((bin) => ({
      bin,
      name: names.get(bin)?.[textLang(req.locale)] ?? bin,
    }));
  }

  // ----------------------------------------------------------------- new draft
  app.get(`${LANG}/legislation/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const can = canCreateDraft(req.actor);
    if (!can.ok) return denyPage(req, reply, can.reason);
    const bodies = await myBodies(req);
    const values = formValues(await takeDraft(req));
    if (!values.stateBody && bodies.length === 1) values.stateBody = bodies[0].id;
    return renderPage(req, reply, <DraftFormPage mode="new" values={values} errors={{}} bodies={bodies} />);
  });

  app.post(
    `${LANG}/legislation/new`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const can = canCreateDraft(req.actor);
      if (!can.ok) return denyPage(req, reply, can.reason);
      const bodies = await myBodies(req);
      const read = await draftBody(req, reply);
      if (!read) return reply;
      const values = formValues(read.body);
      const again = (errors: FieldErrors) =>
        renderPage(req, reply, <DraftFormPage mode="new" values={values} errors={errors} bodies={bodies} />, 400);
      const parsed = draftFormSchema.safeParse(read.body);
      const errors: FieldErrors = { ...(parsed.success ? {} : formErrors(req.t, parsed.error)), ...read.errors };
      const texts = readTexts(req.t, String(values.textKk ?? ''), String(values.textRu ?? ''));
      if (!texts.ok) for (const [k, m] of Object.entries(texts.errors)) errors[k] ??= m;
      if (parsed.success && !bodies.some((b) => b.id === parsed.data.stateBody))
        errors.stateBody = req.t('legislation.errors.chooseBody');
      if (!parsed.success || !texts.ok || Object.keys(errors).length) return again(errors);
      const d = parsed.data;
      const r = await createDraft(depsFrom(req), {
        stateBodyId: d.stateBody,
        kind: d.kind,
        titleKk: d.titleKk,
        titleRu: d.titleRu,
        noteKk: d.noteKk,
        noteRu: d.noteRu,
        units: texts.units,
      });
      if (!r.ok) return denyPage(req, reply, r.reason);
      setFlash(reply, 'legislation.flash.created');
      return reply.redirect(localHref(req.locale, `/legislation/${r.value.id}`), 303);
    },
  );

  // ---------------------------------------------------------------- edit draft
  async function draftValues(draft: DraftRow): Promise<FormValues> {
    const version = (await findVersion(db, draft.id, draft.current_version))!;
    const units = await unitsOf(db, version.id);
    return {
      kind: draft.kind,
      titleKk: draft.title_kk,
      titleRu: draft.title_ru,
      textKk: unitsToText(asUnits(units, 'kk'), 'kk'),
      textRu: unitsToText(asUnits(units, 'ru'), 'ru'),
      noteKk: version.note_kk,
      noteRu: version.note_ru,
      lockVersion: String(draft.lock_version),
    };
  }

  app.get(`${LANG}/legislation/:id/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const can = canEditDraft(req.actor, draft, new Date());
    if (!can.ok) return denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
    return renderPage(
      req,
      reply,
      <DraftFormPage
        mode="edit"
        id={draft.id}
        title={draftTitle(draft, req.locale)}
        values={await draftValues(draft)}
        errors={{}}
        bodies={[]}
      />,
    );
  });

  app.post(
    `${LANG}/legislation/:id/edit`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const draft = await loadDraft(req, reply);
      if (!draft) return reply;
      const now = new Date();
      const can = canEditDraft(req.actor, draft, now);
      if (!can.ok) return denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
      const read = await draftBody(req, reply);
      if (!read) return reply;
      const values = formValues(read.body);
      const again = (errors: FieldErrors) =>
        renderPage(
          req,
          reply,
          <DraftFormPage
            mode="edit"
            id={draft.id}
            title={draftTitle(draft, req.locale)}
            values={values}
            errors={errors}
            bodies={[]}
          />,
          400,
        );
      const parsed = draftEditSchema.safeParse(read.body);
      const errors: FieldErrors = { ...(parsed.success ? {} : formErrors(req.t, parsed.error)), ...read.errors };
      const texts = readTexts(req.t, String(values.textKk ?? ''), String(values.textRu ?? ''));
      if (!texts.ok) for (const [k, m] of Object.entries(texts.errors)) errors[k] ??= m;
      if (!parsed.success || !texts.ok || Object.keys(errors).length) return again(errors);
      const d = parsed.data;
      const r = await editDraft(
        depsFrom(req),
        {
          id: draft.id,
          lockVersion: d.lockVersion,
          kind: d.kind,
          titleKk: d.titleKk,
          titleRu: d.titleRu,
          noteKk: d.noteKk,
          noteRu: d.noteRu,
          units: texts.units,
        },
        now,
      );
      if (!r.ok) {
        const e = commandErrors(req, r, now);
        if (e && r.reason === 'stale')
          values.lockVersion = String((await findDraft(db, draft.id))?.lock_version ?? d.lockVersion);
        return e ? again(e) : denyPage(req, reply, r.reason, `/legislation/${draft.id}`);
      }
      setFlash(reply, 'legislation.flash.saved');
      return reply.redirect(localHref(req.locale, `/legislation/${draft.id}`), 303);
    },
  );

  // ------------------------------------------------------------ open discussion
  const openPage = (req: Req, draft: DraftRow, values: FormValues, errors: FieldErrors, now: Date) => {
    const today = almatyDate(now);
    return (
      <OpenPage
        id={draft.id}
        title={draftTitle(draft, req.locale)}
        minimum={minimumLastDay(today)}
        minDays={param('legislation.minDiscussionWorkingDays', today)}
        values={values}
        errors={errors}
      />
    );
  };

  app.get(`${LANG}/legislation/:id/open`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const now = new Date();
    const can = canOpenDraft(req.actor, draft, now);
    if (!can.ok) return denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
    return renderPage(
      req,
      reply,
      openPage(
        req,
        draft,
        { lastDay: minimumLastDay(almatyDate(now)), lockVersion: String(draft.lock_version) },
        {},
        now,
      ),
    );
  });

  app.post(`${LANG}/legislation/:id/open`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const now = new Date();
    const can = canOpenDraft(req.actor, draft, now);
    if (!can.ok) return denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
    const values = formValues(req.body);
    const parsed = openFormSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(req, reply, openPage(req, draft, values, formErrors(req.t, parsed.error), now), 400);
    const r = await openDiscussion(
      depsFrom(req),
      { id: draft.id, lockVersion: parsed.data.lockVersion, lastDay: parsed.data.lastDay },
      now,
    );
    if (!r.ok) {
      const e = commandErrors(req, r, now);
      if (r.reason === 'stale') values.lockVersion = String(draft.lock_version);
      return e
        ? renderPage(req, reply, openPage(req, draft, values, e, now), r.reason === 'stale' ? 409 : 400)
        : denyPage(req, reply, r.reason, `/legislation/${draft.id}`);
    }
    setFlash(reply, 'legislation.flash.opened');
    return reply.redirect(localHref(req.locale, `/legislation/${draft.id}`), 303);
  });

  // ------------------------------------------------------------------- comment
  async function commentContext(req: Req, reply: Rep) {
    const draft = await loadDraft(req, reply);
    if (!draft) return null;
    const can = canComment(req.actor, draft, new Date());
    if (!can.ok) {
      await denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
      return null;
    }
    const version = (await findVersion(db, draft.id, draft.current_version))!;
    const units = (await unitsOf(db, version.id)).filter(
      (u, _i, all) => u.kind !== 'article' || !all.some((x) => x.key.startsWith(`${u.key}.`)),
    );
    return { draft, units, organizations: await myOrganizations(req) };
  }
  const commentPage = (
    req: Req,
    c: NonNullable<Awaited<ReturnType<typeof commentContext>>>,
    values: FormValues,
    errors: FieldErrors,
  ) => {
    const chosen = c.units.find((u) => u.key === values.unit);
    const view = chosen ? unitView(chosen, req.locale) : null;
    const excerpt = (u: UnitRow) => {
      const v = unitView(u, req.locale);
      const s = (v.text || v.heading).replace(/\s+/g, ' ');
      return `${unitName(req.t, u.key)} — ${s.length > 70 ? `${s.slice(0, 70)}…` : s}`;
    };
    return (
      <CommentPage
        id={c.draft.id}
        title={draftTitle(c.draft, req.locale)}
        unitText={view ? [view.heading, view.text].filter(Boolean).join('\n') : null}
        unitLabel={chosen ? unitName(req.t, chosen.key) : null}
        units={c.units.map((u) => ({ key: u.key, label: excerpt(u) }))}
        organizations={c.organizations}
        values={values}
        errors={errors}
      />
    );
  };

  app.get(`${LANG}/legislation/:id/comment`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await commentContext(req, reply);
    if (!c) return reply;
    const draftValues = formValues(await takeDraft(req));
    const unit =
      typeof (req.query as Record<string, unknown>).unit === 'string'
        ? String((req.query as Record<string, unknown>).unit)
        : '';
    return renderPage(req, reply, commentPage(req, c, { unit, ...draftValues }, {}));
  });

  app.post(`${LANG}/legislation/:id/comment`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await commentContext(req, reply);
    if (!c) return reply;
    const now = new Date();
    const values = formValues(req.body);
    const parsed = commentFormSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(req, reply, commentPage(req, c, values, formErrors(req.t, parsed.error)), 400);
    const r = await addComment(
      depsFrom(req),
      {
        draftId: c.draft.id,
        unitKey: parsed.data.unit,
        body: parsed.data.body,
        onBehalf: parsed.data.onBehalf || null,
        lang: req.locale,
      },
      now,
    );
    if (!r.ok) {
      const e = commandErrors(req, r, now);
      return e
        ? renderPage(req, reply, commentPage(req, c, values, e), 400)
        : denyPage(req, reply, r.reason, `/legislation/${c.draft.id}`);
    }
    setFlash(reply, 'legislation.flash.commented');
    return reply.redirect(localHref(req.locale, `/legislation/${c.draft.id}#c-${r.value.id}`), 303);
  });

  app.post(`${LANG}/legislation/:id/comments/:cid/support`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const cid = (req.params as { cid: string }).cid;
    const comment = await findComment(db, cid);
    if (!comment || comment.draft_id !== draft.id) return denyPage(req, reply, 'not_found', `/legislation/${draft.id}`);
    const r = await supportComment(depsFrom(req), { commentId: comment.id });
    if (!r.ok) return denyPage(req, reply, r.reason, `/legislation/${draft.id}`);
    setFlash(reply, 'legislation.flash.supported');
    return reply.redirect(localHref(req.locale, `/legislation/${draft.id}#c-${comment.id}`), 303);
  });

  // -------------------------------------------------------------------- answer
  async function answerContext(req: Req, reply: Rep) {
    const draft = await loadDraft(req, reply);
    if (!draft) return null;
    const now = new Date();
    const can = canAnswer(req.actor, draft, now);
    if (!can.ok) {
      await denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
      return null;
    }
    const comment = await findComment(db, (req.params as { cid: string }).cid);
    if (!comment || comment.draft_id !== draft.id || comment.version_number !== draft.current_version) {
      await denyPage(req, reply, 'not_found', `/legislation/${draft.id}/summary`);
      return null;
    }
    const version = (await findVersion(db, draft.id, draft.current_version))!;
    const unit = (await unitsOf(db, version.id)).find((u) => u.key === comment.unit_key)!;
    const counts = await countUnanswered(db, version.id);
    return { draft, comment, unit, remaining: counts.unanswered, now };
  }
  const answerPage = (
    req: Req,
    a: NonNullable<Awaited<ReturnType<typeof answerContext>>>,
    values: FormValues,
    errors: FieldErrors,
  ) => {
    const u = unitView(a.unit, req.locale);
    const cv = commentView(a.comment, req.locale);
    return (
      <AnswerPage
        id={a.draft.id}
        title={draftTitle(a.draft, req.locale)}
        unitLabel={unitName(req.t, a.unit.key)}
        unitText={[u.heading, u.text].filter(Boolean).join('\n')}
        comment={cv}
        values={{ ...values, commentId: a.comment.id }}
        errors={errors}
        remaining={a.remaining}
      />
    );
  };

  app.get(`${LANG}/legislation/:id/comments/:cid/answer`, { config: signedIn, schema: hide }, async (req, reply) => {
    const a = await answerContext(req, reply);
    if (!a) return reply;
    const c = a.comment;
    return renderPage(
      req,
      reply,
      answerPage(
        req,
        a,
        {
          status: c.answer_status ?? undefined,
          reason: c.answer_reason ?? '',
          answerVersion: String(c.answer_version),
        },
        {},
      ),
    );
  });

  app.post(`${LANG}/legislation/:id/comments/:cid/answer`, { config: signedIn, schema: hide }, async (req, reply) => {
    const a = await answerContext(req, reply);
    if (!a) return reply;
    const values = formValues(req.body);
    const parsed = answerFormSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(req, reply, answerPage(req, a, values, formErrors(req.t, parsed.error)), 400);
    const r = await answerComment(depsFrom(req), { commentId: a.comment.id, ...parsed.data }, a.now);
    if (!r.ok) {
      const e = commandErrors(req, r, a.now);
      if (r.reason === 'stale') values.answerVersion = String(a.comment.answer_version);
      return e
        ? renderPage(req, reply, answerPage(req, a, values, e), r.reason === 'stale' ? 409 : 400)
        : denyPage(req, reply, r.reason, `/legislation/${a.draft.id}`);
    }
    setFlash(reply, 'legislation.flash.answered');
    // On to the next comment without an answer, or back to the summary table when none is left.
    const version = (await findVersion(db, a.draft.id, a.draft.current_version))!;
    const next = (await commentsOf(db, a.draft.id, version.id)).find((c) => !c.answer_status);
    return reply.redirect(
      localHref(
        req.locale,
        next ? `/legislation/${a.draft.id}/comments/${next.id}/answer` : `/legislation/${a.draft.id}/summary`,
      ),
      303,
    );
  });

  // ------------------------------------------------------------------- summary
  app.post(`${LANG}/legislation/:id/summary`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const r = await publishSummary(depsFrom(req), { id: draft.id });
    if (!r.ok) return denyPage(req, reply, r.reason, `/legislation/${draft.id}/summary`);
    setFlash(reply, 'legislation.flash.summaryPublished');
    return reply.redirect(localHref(req.locale, `/legislation/${draft.id}/summary`), 303);
  });

  // ---------------------------------------------------------------- conclusion
  async function conclusionContext(req: Req, reply: Rep) {
    const draft = await loadDraft(req, reply);
    if (!draft) return null;
    const can = canAttachConclusion(req.actor, draft, new Date());
    if (!can.ok) {
      await denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
      return null;
    }
    return { draft, organizations: await myOrganizations(req) };
  }

  app.get(`${LANG}/legislation/:id/conclusions/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await conclusionContext(req, reply);
    if (!c) return reply;
    const values: FormValues = c.organizations.length === 1 ? { organization: c.organizations[0].bin } : {};
    return renderPage(
      req,
      reply,
      <ConclusionPage
        id={c.draft.id}
        title={draftTitle(c.draft, req.locale)}
        organizations={c.organizations}
        values={values}
        errors={{}}
      />,
    );
  });

  app.post(
    `${LANG}/legislation/:id/conclusions/new`,
    { config: { ...signedIn, multipart: true }, schema: hide },
    async (req, reply) => {
      const c = await conclusionContext(req, reply);
      if (!c) return reply;
      const form = await readMultipartForm(req, { maxBytes: app.config.maxUploadBytes, accept: DOCUMENT_TYPES });
      if (!csrfValid(req, typeof form.fields._csrf === 'string' ? form.fields._csrf : undefined))
        return sendCsrfFailure(req, reply);
      const values = formValues(form.fields);
      const parsed = conclusionFormSchema.safeParse(form.fields);
      const errors: FieldErrors = parsed.success ? {} : formErrors(req.t, parsed.error);
      const document = form.files.find((f) => f.field === 'document');
      if (form.fileErrors.document)
        errors.document = req.t(
          form.fileErrors.document === 'too_large' ? 'legislation.errors.fileTooLarge' : 'legislation.errors.fileType',
        );
      else if (!document) errors.document = req.t('legislation.errors.fileRequired');
      if (parsed.success && !c.organizations.some((o) => o.bin === parsed.data.organization))
        errors.organization = req.t('legislation.errors.chooseOrganization');
      const page = (e: FieldErrors) =>
        renderPage(
          req,
          reply,
          <ConclusionPage
            id={c.draft.id}
            title={draftTitle(c.draft, req.locale)}
            organizations={c.organizations}
            values={values}
            errors={e}
          />,
          400,
        );
      if (!parsed.success || Object.keys(errors).length) return page(errors);
      const r = await attachConclusion(depsFrom(req), {
        draftId: c.draft.id,
        kind: parsed.data.kind,
        bin: parsed.data.organization,
        summary: parsed.data.summary,
        document: document!,
        storage: app.storage,
      });
      if (!r.ok) {
        const e = commandErrors(req, r, new Date());
        return e ? page(e) : denyPage(req, reply, r.reason, `/legislation/${c.draft.id}`);
      }
      setFlash(reply, 'legislation.flash.concluded');
      return reply.redirect(localHref(req.locale, `/legislation/${c.draft.id}#conclusions`), 303);
    },
  );

  // --------------------------------------------------------------- new version
  const versionPage = (req: Req, draft: DraftRow, values: FormValues, errors: FieldErrors, now: Date) => (
    <VersionFormPage
      id={draft.id}
      title={draftTitle(draft, req.locale)}
      next={draft.current_version + 1}
      minimum={minimumLastDay(almatyDate(now))}
      values={values}
      errors={errors}
    />
  );

  app.get(`${LANG}/legislation/:id/versions/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const now = new Date();
    const can = canAddVersion(req.actor, draft, now);
    if (!can.ok) return denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
    const v = await draftValues(draft);
    return renderPage(
      req,
      reply,
      versionPage(
        req,
        draft,
        {
          textKk: v.textKk,
          textRu: v.textRu,
          noteKk: v.noteKk,
          noteRu: v.noteRu,
          lockVersion: v.lockVersion,
          lastDay: minimumLastDay(almatyDate(now)),
        },
        {},
        now,
      ),
    );
  });

  app.post(`${LANG}/legislation/:id/versions/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const draft = await loadDraft(req, reply);
    if (!draft) return reply;
    const now = new Date();
    const can = canAddVersion(req.actor, draft, now);
    if (!can.ok) return denyPage(req, reply, can.reason, `/legislation/${draft.id}`);
    const values = formValues(req.body);
    const parsed = versionFormSchema.safeParse(req.body ?? {});
    const errors: FieldErrors = parsed.success ? {} : formErrors(req.t, parsed.error);
    const texts = readTexts(req.t, String(values.textKk ?? ''), String(values.textRu ?? ''));
    if (!texts.ok) for (const [k, m] of Object.entries(texts.errors)) errors[k] ??= m;
    if (!parsed.success || !texts.ok) return renderPage(req, reply, versionPage(req, draft, values, errors, now), 400);
    const d = parsed.data;
    const r = await addVersion(
      depsFrom(req),
      {
        id: draft.id,
        lockVersion: d.lockVersion,
        units: texts.units,
        noteKk: d.noteKk,
        noteRu: d.noteRu,
        changesKk: d.changesKk,
        changesRu: d.changesRu,
        lastDay: d.lastDay,
      },
      now,
    );
    if (!r.ok) {
      const e = commandErrors(req, r, now);
      if (r.reason === 'stale') values.lockVersion = String(draft.lock_version);
      return e
        ? renderPage(req, reply, versionPage(req, draft, values, e, now), r.reason === 'stale' ? 409 : 400)
        : denyPage(req, reply, r.reason, `/legislation/${draft.id}`);
    }
    setFlash(reply, 'legislation.flash.versionPublished');
    return reply.redirect(localHref(req.locale, `/legislation/${draft.id}`), 303);
  });
}
