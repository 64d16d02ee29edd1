/** Pages and forms of public hearings: list, announcement, the hearing, registration, questions, answers, minutes. */
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
import { announceHearing } from '../commands/announceHearing.ts';
import { answerQuestion } from '../commands/answerQuestion.ts';
import { askQuestion } from '../commands/askQuestion.ts';
import { cancelHearing } from '../commands/cancelHearing.ts';
import { hideQuestion } from '../commands/hideQuestion.ts';
import { publishHearingAnswers } from '../commands/publishHearingAnswers.ts';
import { recordHearing } from '../commands/recordHearing.ts';
import { registerForHearing } from '../commands/registerForHearing.ts';
import { earliestHearingDate, unansweredCount } from '../domain.ts';
import { canAnswerQuestion, canCancelHearing, canModerateQuestion, hearingCan } from '../policy.ts';
import { councilName } from '../presenters.ts';
import {
  documentsOf,
  findCouncil,
  findHearing,
  findQuestion,
  hearingQuestions,
  hearingRegistrations,
  listStateBodies,
  searchHearings,
  type HearingRow,
} from '../repository.ts';
import {
  answerSchema,
  cancelSchema,
  hearingFilters,
  hearingMinutesSchema,
  hearingSchema,
  hideSchema,
  parseFilters,
  questionSchema,
  registrationSchema,
  versionOnly,
} from '../schemas.ts';
import { FormPage, type FieldSpec } from '../views/components.tsx';
import { HearingListPage, HearingPage } from '../views/HearingPages.tsx';
import { denyPage, formValues, hide, LANG, readForm } from './shared.tsx';

const pub = { policy: PUBLIC };
const signedIn = { policy: SIGNED_IN };
const PAGE_SIZE = 20;

export async function hearingsPages(app: FastifyInstance) {
  const db = app.db;
  const bodyOptions = async (req: FastifyRequest) => {
    const rows = await listStateBodies(
      db,
      hasRole(req.actor, 'administrator') ? undefined : (req.actor?.stateBodies ?? []),
    );
    return rows.map((b) => ({ value: b.id, label: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale) }));
  };
  const councilOptions = async (req: FastifyRequest) => {
    let q = db.selectFrom('councils').select(['id', 'name_kk', 'name_ru', 'name_en']).orderBy('name_ru');
    if (!hasRole(req.actor, 'administrator')) {
      const ids = req.actor?.stateBodies ?? [];
      if (!ids.length) return [];
      q = q.where('state_body_id', 'in', ids);
    }
    return (await q.execute()).map((c) => ({ value: c.id, label: councilName(c, req.locale) }));
  };

  app.get(`${LANG}/hearings`, { config: pub, schema: hide }, async (req, reply) => {
    const { values, errors, ok } = parseFilters(req.query as Record<string, unknown>, hearingFilters);
    const page = (ok.page as number | undefined) ?? 1;
    const [r, bodies] = await Promise.all([
      searchHearings(db, {
        q: ok.q || undefined,
        status: ok.status,
        region: ok.region,
        body: ok.body,
        page,
        pageSize: PAGE_SIZE,
      }),
      listStateBodies(db),
    ]);
    const linkQuery = Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'page' && !errors[k]));
    return renderPage(
      req,
      reply,
      <HearingListPage
        values={values}
        linkQuery={linkQuery}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, req.t(v, { max: 200 })]))}
        rows={r.rows}
        total={r.total}
        page={page}
        pageSize={PAGE_SIZE}
        bodies={bodies.map((b) => ({
          code: b.code,
          name: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale),
        }))}
        canAnnounce={!!req.actor && (req.actor.stateBodies.length > 0 || hasRole(req.actor, 'administrator'))}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // --------------------------------------------------------- announcement
  const hearingFields = async (req: FastifyRequest): Promise<FieldSpec[]> => {
    const earliest = formatDate(earliestHearingDate(almatyDate(new Date())), req.locale);
    const councils = await councilOptions(req);
    return [
      {
        kind: 'select',
        name: 'stateBodyId',
        label: req.t('councils.hearing.organiser'),
        required: true,
        options: await bodyOptions(req),
        emptyOption: req.t('councils.choose'),
      },
      ...(councils.length
        ? [
            {
              kind: 'select' as const,
              name: 'councilId',
              label: req.t('councils.hearing.council'),
              options: councils,
              emptyOption: req.t('councils.hearing.noCouncil'),
            },
          ]
        : []),
      { kind: 'text', name: 'title', label: req.t('councils.hearing.titleField'), required: true },
      { kind: 'textarea', name: 'description', label: req.t('councils.hearing.description'), required: true, rows: 8 },
      {
        kind: 'text',
        name: 'location',
        label: req.t('councils.hearing.location'),
        required: true,
        hint: req.t('councils.hearing.locationHint'),
      },
      {
        kind: 'date',
        name: 'date',
        label: req.t('councils.hearing.date'),
        required: true,
        hint: req.t('councils.hearing.dateHint', { date: earliest }),
      },
      {
        kind: 'time',
        name: 'time',
        label: req.t('councils.hearing.time'),
        required: true,
        hint: req.t('councils.timeHint'),
      },
      {
        kind: 'file',
        name: 'document',
        label: req.t('councils.hearing.materialsFile'),
        hint: req.t('councils.documentHint'),
      },
    ];
  };
  const hearingForm = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldErrors) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.hearing.announce')}
        crumbs={[[req.t('councils.hearings.title'), '/hearings']]}
        action="/hearings/new"
        fields={await hearingFields(req)}
        values={values}
        errors={errors}
        submit={req.t('councils.hearing.announceSubmit')}
        multipart
      />,
      Object.keys(errors).length ? 400 : 200,
    );

  app.get(`${LANG}/hearings/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    if (!req.actor!.stateBodies.length && !hasRole(req.actor, 'administrator'))
      return denyPage(req, reply, 'not_official', '/hearings');
    return hearingForm(req, reply, { date: earliestHearingDate(almatyDate(new Date())), time: '15:00' }, {});
  });
  app.post(`${LANG}/hearings/new`, { config: { ...signedIn, multipart: true }, schema: hide }, async (req, reply) => {
    const form = await readForm(req, reply);
    if (!form) return reply;
    const values = formValues(form.fields);
    const parsed = hearingSchema.safeParse(form.fields);
    if (!parsed.success || Object.keys(form.errors).length)
      return hearingForm(req, reply, values, {
        ...(parsed.success ? {} : fieldErrors(req.t, parsed.error)),
        ...form.errors,
      });
    const r = await announceHearing(depsFrom(req), {
      ...parsed.data,
      document: form.file ? { file: form.file, storage: app.storage } : undefined,
    });
    if (!r.ok && r.reason === 'notice_too_short')
      return hearingForm(req, reply, values, {
        date: req.t('councils.errors.noticeTooShort', {
          date: formatDate(earliestHearingDate(almatyDate(new Date())), req.locale),
        }),
      });
    if (!r.ok && r.reason === 'not_official')
      return hearingForm(req, reply, values, { stateBodyId: req.t('councils.errors.notYourBody') });
    if (!r.ok && r.reason === 'council_not_of_body')
      return hearingForm(req, reply, values, { councilId: req.t('councils.errors.councilNotOfBody') });
    if (!r.ok) return denyPage(req, reply, r.reason, '/hearings');
    setFlash(reply, 'councils.flash.hearingAnnounced');
    return reply.redirect(localHref(req.locale, `/hearings/${r.value.id}`), 303);
  });

  // ------------------------------------------------------------- a hearing
  const loadHearing = async (req: FastifyRequest, reply: FastifyReply): Promise<HearingRow | null> => {
    const h = await findHearing(db, (req.params as { id: string }).id);
    if (!h) await denyPage(req, reply, 'not_found', '/hearings');
    return h ?? null;
  };
  const hearingPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    h: HearingRow,
    form?: { name: 'register' | 'question' | 'minutes'; values: FormValues; errors: FieldErrors },
  ) => {
    const now = new Date();
    const [questions, regs, materials, council] = await Promise.all([
      hearingQuestions(db, h.id),
      hearingRegistrations(db, h.id),
      documentsOf(db, 'hearing', h.id),
      h.council_id ? findCouncil(db, h.council_id) : Promise.resolve(undefined),
    ]);
    const registered = !!req.actor && regs.some((r) => r.user_id === req.actor!.id);
    const unanswered = unansweredCount(questions);
    return renderPage(
      req,
      reply,
      <HearingPage
        hearing={h}
        councilName={council ? councilName(council, req.locale) : null}
        questions={questions}
        registrations={regs.length}
        materials={materials}
        earliestDate={earliestHearingDate(almatyDate(new Date(h.announced_at)))}
        can={hearingCan(req.actor, h, { registered, unanswered, now })}
        registered={registered}
        unanswered={unanswered}
        form={form}
      />,
      form ? 400 : 200,
    );
  };
  app.get(`${LANG}/hearings/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    return hearingPage(req, reply, h);
  });

  app.post(`${LANG}/hearings/:id/register`, { config: signedIn, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    const parsed = registrationSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return hearingPage(req, reply, h, {
        name: 'register',
        values: formValues(req.body),
        errors: fieldErrors(req.t, parsed.error),
      });
    const r = await registerForHearing(depsFrom(req), { hearingId: h.id, mode: parsed.data.mode });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${h.id}`);
    setFlash(reply, 'councils.flash.registered');
    return reply.redirect(localHref(req.locale, `/hearings/${h.id}`), 303);
  });

  app.post(`${LANG}/hearings/:id/questions`, { config: signedIn, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    const parsed = questionSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return hearingPage(req, reply, h, {
        name: 'question',
        values: formValues(req.body),
        errors: fieldErrors(req.t, parsed.error),
      });
    const r = await askQuestion(depsFrom(req), { hearingId: h.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${h.id}`);
    setFlash(reply, 'councils.flash.questionSent');
    return reply.redirect(localHref(req.locale, `/hearings/${h.id}#q-${r.value.id}`), 303);
  });

  app.post(`${LANG}/hearings/:id/minutes`, { config: signedIn, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    const parsed = hearingMinutesSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return hearingPage(req, reply, h, {
        name: 'minutes',
        values: formValues(req.body),
        errors: fieldErrors(req.t, parsed.error),
      });
    const r = await recordHearing(depsFrom(req), { id: h.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${h.id}`);
    setFlash(reply, 'councils.flash.hearingRecorded');
    return reply.redirect(localHref(req.locale, `/hearings/${h.id}`), 303);
  });

  app.post(`${LANG}/hearings/:id/publish`, { config: signedIn, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    const parsed = versionOnly.safeParse(req.body ?? {});
    const r = await publishHearingAnswers(depsFrom(req), {
      id: h.id,
      version: parsed.success ? parsed.data.version : -1,
    });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${h.id}`);
    setFlash(reply, 'councils.flash.answersPublished');
    return reply.redirect(localHref(req.locale, `/hearings/${h.id}`), 303);
  });

  const cancelFields = (req: FastifyRequest): FieldSpec[] => [
    { kind: 'textarea', name: 'reason', label: req.t('councils.cancelReason'), required: true, rows: 3 },
  ];
  const cancelForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    h: HearingRow,
    values: FormValues,
    errors: FieldErrors,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.hearing.cancelTitle', { title: h.title })}
        crumbs={[
          [req.t('councils.hearings.title'), '/hearings'],
          [h.title, `/hearings/${h.id}`],
        ]}
        action={`/hearings/${h.id}/cancel`}
        fields={cancelFields(req)}
        values={values}
        errors={errors}
        hidden={{ version: h.version }}
        submit={req.t('councils.hearing.cancel')}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  app.get(`${LANG}/hearings/:id/cancel`, { config: signedIn, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    const d = canCancelHearing(req.actor, h);
    if (!d.ok) return denyPage(req, reply, d.reason, `/hearings/${h.id}`);
    return cancelForm(req, reply, h, {}, {});
  });
  app.post(`${LANG}/hearings/:id/cancel`, { config: signedIn, schema: hide }, async (req, reply) => {
    const h = await loadHearing(req, reply);
    if (!h) return reply;
    const parsed = cancelSchema.safeParse(req.body ?? {});
    if (!parsed.success) return cancelForm(req, reply, h, formValues(req.body), fieldErrors(req.t, parsed.error));
    const r = await cancelHearing(depsFrom(req), { id: h.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${h.id}`);
    setFlash(reply, 'councils.flash.hearingCancelled');
    return reply.redirect(localHref(req.locale, `/hearings/${h.id}`), 303);
  });

  // ------------------------------------------------ answering, moderating
  const loadQuestion = async (req: FastifyRequest, reply: FastifyReply) => {
    const q = await findQuestion(db, (req.params as { qid: string }).qid);
    const h = q ? await findHearing(db, q.hearing_id) : undefined;
    if (!q || !h) {
      await denyPage(req, reply, 'not_found', '/hearings');
      return null;
    }
    return { q, h };
  };
  const answerFields = (req: FastifyRequest, kind: 'question' | 'proposal'): FieldSpec[] => [
    {
      kind: 'select',
      name: 'outcome',
      label: req.t('councils.question.outcome'),
      required: true,
      emptyOption: req.t('councils.choose'),
      options: (kind === 'question' ? ['answered'] : ['accepted', 'partly_accepted', 'rejected']).map((o) => ({
        value: o,
        label: req.t(`councils.status.${o}`),
      })),
    },
    {
      kind: 'textarea',
      name: 'answer',
      label: req.t('councils.question.answer'),
      required: true,
      rows: 6,
      hint: kind === 'proposal' ? req.t('councils.question.reasonsHint') : undefined,
    },
  ];
  type QX = NonNullable<Awaited<ReturnType<typeof loadQuestion>>>;
  const answerForm = (req: FastifyRequest, reply: FastifyReply, x: QX, values: FormValues, errors: FieldErrors) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t(`councils.question.answerTitle_${x.q.kind}`)}
        crumbs={[
          [req.t('councils.hearings.title'), '/hearings'],
          [x.h.title, `/hearings/${x.h.id}`],
        ]}
        intro={
          <blockquote>
            {x.q.author_name}: {x.q.text}
          </blockquote>
        }
        action={`/hearings/questions/${x.q.id}/answer`}
        fields={answerFields(req, x.q.kind)}
        values={values}
        errors={errors}
        hidden={{ version: x.q.version }}
        submit={req.t('councils.question.answerSubmit')}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  app.get(`${LANG}/hearings/questions/:qid/answer`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadQuestion(req, reply);
    if (!x) return reply;
    const d = canAnswerQuestion(req.actor, x.h, x.q);
    if (!d.ok) return denyPage(req, reply, d.reason, `/hearings/${x.h.id}`);
    return answerForm(
      req,
      reply,
      x,
      { outcome: x.q.outcome ?? (x.q.kind === 'question' ? 'answered' : ''), answer: x.q.answer ?? '' },
      {},
    );
  });
  app.post(`${LANG}/hearings/questions/:qid/answer`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadQuestion(req, reply);
    if (!x) return reply;
    const parsed = answerSchema.safeParse(req.body ?? {});
    if (!parsed.success) return answerForm(req, reply, x, formValues(req.body), fieldErrors(req.t, parsed.error));
    const r = await answerQuestion(depsFrom(req), { id: x.q.id, ...parsed.data });
    if (!r.ok && r.reason === 'wrong_outcome')
      return answerForm(req, reply, x, formValues(req.body), { outcome: req.t('errors.invalidOption') });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${x.h.id}`);
    setFlash(reply, 'councils.flash.answered');
    return reply.redirect(localHref(req.locale, `/hearings/${x.h.id}#q-${x.q.id}`), 303);
  });

  const hideFields = (req: FastifyRequest): FieldSpec[] => [
    {
      kind: 'text',
      name: 'reason',
      label: req.t('councils.question.hideReason'),
      required: true,
      hint: req.t('councils.question.hideHint'),
    },
  ];
  const hideForm = (req: FastifyRequest, reply: FastifyReply, x: QX, values: FormValues, errors: FieldErrors) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('councils.question.hideTitle')}
        crumbs={[
          [req.t('councils.hearings.title'), '/hearings'],
          [x.h.title, `/hearings/${x.h.id}`],
        ]}
        intro={
          <blockquote>
            {x.q.author_name}: {x.q.text}
          </blockquote>
        }
        action={`/hearings/questions/${x.q.id}/hide`}
        fields={hideFields(req)}
        values={values}
        errors={errors}
        submit={req.t('councils.question.hideSubmit')}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  app.get(`${LANG}/hearings/questions/:qid/hide`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadQuestion(req, reply);
    if (!x) return reply;
    const d = canModerateQuestion(req.actor, x.h, x.q);
    if (!d.ok) return denyPage(req, reply, d.reason, `/hearings/${x.h.id}`);
    return hideForm(req, reply, x, {}, {});
  });
  app.post(`${LANG}/hearings/questions/:qid/hide`, { config: signedIn, schema: hide }, async (req, reply) => {
    const x = await loadQuestion(req, reply);
    if (!x) return reply;
    const parsed = hideSchema.safeParse(req.body ?? {});
    if (!parsed.success) return hideForm(req, reply, x, formValues(req.body), fieldErrors(req.t, parsed.error));
    const r = await hideQuestion(depsFrom(req), { id: x.q.id, reason: parsed.data.reason });
    if (!r.ok) return denyPage(req, reply, r.reason, `/hearings/${x.h.id}`);
    setFlash(reply, 'councils.flash.questionHidden');
    return reply.redirect(localHref(req.locale, `/hearings/${x.h.id}`), 303);
  });
}
