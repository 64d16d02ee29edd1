/**
 * Public hearings, as kit declarations: the list, the announcement (with materials), the hearing
 * page with its inline forms (registration, questions, minutes), publishing the answers,
 * cancelling, and answering or hiding a question.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate } from '../../../reference/index.ts';
import { hasRole } from '../../../platform/auth/actor.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { formatDate, pick } from '../../../platform/i18n/index.ts';
import { FormPage, ok, routesFor, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { announceHearing } from '../commands/announceHearing.ts';
import { askQuestion } from '../commands/askQuestion.ts';
import { cancelHearing } from '../commands/cancelHearing.ts';
import { publishHearingAnswers } from '../commands/publishHearingAnswers.ts';
import { recordHearing } from '../commands/recordHearing.ts';
import { registerForHearing } from '../commands/registerForHearing.ts';
import { earliestHearingDate, unansweredCount } from '../domain.ts';
import { canCancelHearing, hearingCan } from '../policy.ts';
import { councilName } from '../presenters.ts';
import { fail, refuse } from '../reasons.ts';
import {
  councilsOfBodies,
  documentsOf,
  findCouncil,
  findHearing,
  hearingQuestions,
  hearingRegistrations,
  listStateBodies,
  searchHearings,
  type HearingRow,
} from '../repository/index.ts';
import {
  cancelSchema,
  hearingFilters,
  hearingMinutesSchema,
  hearingSchema,
  parseFilters,
  questionSchema,
  registrationSchema,
  versionOnly,
} from '../schemas.ts';
import { documentView, hearingView as hearingRowView, questionView } from '../presenters/views.ts';
import { HearingListPage, HearingPage } from '../views/HearingPages.tsx';

const { page, form, action } = routesFor('councils');
const signedIn = SIGNED_IN;
const PAGE_SIZE = 20;
const byId = z.object({ id: z.string().uuid() });
const byQuestion = z.object({ qid: z.string().uuid() });
const toHearing = (p: { id: string }) => `/hearings/${p.id}`;
const toList = () => '/hearings';
const earliest = () => earliestHearingDate(almatyDate(new Date()));
const mayAnnounce = (req: FastifyRequest) =>
  !!req.actor && (req.actor.stateBodies.length > 0 || hasRole(req.actor, 'administrator'));

/** The bodies (and their councils) this reader may organise a hearing for: all for an administrator. */
async function organiserOptions(req: FastifyRequest) {
  const ids = hasRole(req.actor, 'administrator') ? undefined : (req.actor?.stateBodies ?? []);
  const [bodies, councils] = await Promise.all([
    listStateBodies(req.server.db, ids),
    councilsOfBodies(req.server.db, ids),
  ]);
  return {
    bodies: bodies.map((b) => ({
      value: b.id,
      label: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale),
    })),
    councils: councils.map((c) => ({ value: c.id, label: councilName(c, req.locale) })),
  };
}

async function hearingFields(req: FastifyRequest): Promise<FieldSpec[]> {
  const { bodies, councils } = await organiserOptions(req);
  return [
    {
      kind: 'select',
      name: 'stateBodyId',
      label: req.t('councils.hearing.organiser'),
      required: true,
      options: bodies,
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
      hint: req.t('councils.hearing.dateHint', { date: formatDate(earliest(), req.locale) }),
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
}

/** The hearing page, with one of its inline forms as typed when it came back with errors. */
async function hearingView(
  req: FastifyRequest,
  h: HearingRow,
  form?: FormState & { name: 'register' | 'question' | 'minutes' },
) {
  const db = req.server.db;
  const now = new Date();
  const [questions, regs, materials, council] = await Promise.all([
    hearingQuestions(db, h.id),
    hearingRegistrations(db, h.id),
    documentsOf(db, 'hearing', h.id),
    h.council_id ? findCouncil(db, h.council_id) : Promise.resolve(undefined),
  ]);
  const registered = !!req.actor && regs.some((r) => r.user_id === req.actor!.id);
  const unanswered = unansweredCount(questions);
  return (
    <HearingPage
      hearing={hearingRowView(h)}
      councilName={council ? councilName(council, req.locale) : null}
      questions={questions.map(questionView)}
      registrations={regs.length}
      materials={materials.map(documentView)}
      earliestDate={earliestHearingDate(almatyDate(new Date(h.announced_at)))}
      can={hearingCan(req.actor, h, { registered, unanswered, now })}
      registered={registered}
      unanswered={unanswered}
      form={form}
    />
  );
}

const loadHearing = async (req: FastifyRequest, p: { id: string }) =>
  (await findHearing(req.server.db, p.id)) ?? fail('not_found');

export async function hearingsPages(app: FastifyInstance) {
  // The list: its filters report their own errors (a 400 page with the messages on the fields).
  page(app, {
    path: '/hearings',
    policy: PUBLIC,
    load: async (req) => {
      const filters = parseFilters(req.query as Record<string, unknown>, hearingFilters);
      const f = filters.ok;
      const pageNo = (f.page as number | undefined) ?? 1;
      const [found, bodies] = await Promise.all([
        searchHearings(req.server.db, {
          q: f.q || undefined,
          status: f.status,
          region: f.region,
          body: f.body,
          page: pageNo,
          pageSize: PAGE_SIZE,
        }),
        listStateBodies(req.server.db),
      ]);
      return { values: filters.values, errors: filters.errors, pageNo, found, bodies };
    },
    status: ({ errors }) => (Object.keys(errors).length ? 400 : 200),
    render: ({ values, errors, pageNo, found, bodies }, req) => (
      <HearingListPage
        values={values}
        linkQuery={Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'page' && !errors[k]))}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, req.t(v, { max: 200 })]))}
        rows={found.rows.map(hearingRowView)}
        total={found.total}
        page={pageNo}
        pageSize={PAGE_SIZE}
        bodies={bodies.map((b) => ({
          code: b.code,
          name: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale),
        }))}
        canAnnounce={mayAnnounce(req)}
      />
    ),
  });

  form(app, {
    path: '/hearings/new',
    policy: signedIn,
    files: [{ name: 'document' }],
    // Only officials (and administrators) have a body to organise a hearing for.
    load: async (req) => (mayAnnounce(req) ? ok(undefined) : fail('not_official')),
    back: toList,
    schema: hearingSchema,
    initial: () => ({ date: earliest(), time: '15:00' }),
    view: async (_x, f, req) => (
      <FormPage
        title={req.t('councils.hearing.announce')}
        crumbs={[[req.t('councils.hearings.title'), '/hearings']]}
        action="/hearings/new"
        fields={await hearingFields(req)}
        {...f}
        submit={req.t('councils.hearing.announceSubmit')}
        multipart
      />
    ),
    submit: async (req, _x, data, files) => {
      const r = await announceHearing(depsFrom(req), {
        ...data,
        document: files.document ? { file: files.document, storage: req.server.storage } : undefined,
      });
      if (r.ok) return r;
      // The earliest day in the reader's date format; a body not one's own next to the body.
      if (r.reason === 'notice_too_short') return { ...r, params: { date: formatDate(earliest(), req.locale) } };
      if (r.reason === 'not_official') return { ...r, field: 'stateBodyId' };
      return r;
    },
    done: (_req, _x, r) => ({ to: `/hearings/${r.id}`, flash: 'councils.flash.hearingAnnounced' }),
  });

  page(app, {
    path: '/hearings/:id',
    policy: PUBLIC,
    params: byId,
    load: loadHearing,
    back: toList,
    render: (h, req) => hearingView(req, h),
  });

  // The hearing page's own forms: errors come back on the page, next to the fields.
  form(app, {
    path: '/hearings/:id/register',
    get: false,
    policy: signedIn,
    params: byId,
    load: loadHearing,
    back: toHearing,
    schema: registrationSchema,
    view: (h, f, req) => hearingView(req, h, { name: 'register', ...f }),
    submit: (req, h, data) => registerForHearing(depsFrom(req), { hearingId: h.id, mode: data.mode }),
    done: (_req, h) => ({ to: `/hearings/${h.id}`, flash: 'councils.flash.registered' }),
  });

  form(app, {
    path: '/hearings/:id/questions',
    get: false,
    policy: signedIn,
    params: byId,
    load: loadHearing,
    back: toHearing,
    schema: questionSchema,
    view: (h, f, req) => hearingView(req, h, { name: 'question', ...f }),
    submit: (req, h, data) => askQuestion(depsFrom(req), { hearingId: h.id, ...data }),
    done: (_req, h, r) => ({ to: `/hearings/${h.id}#q-${r.id}`, flash: 'councils.flash.questionSent' }),
  });

  form(app, {
    path: '/hearings/:id/minutes',
    get: false,
    policy: signedIn,
    params: byId,
    load: loadHearing,
    back: toHearing,
    schema: hearingMinutesSchema,
    view: (h, f, req) => hearingView(req, h, { name: 'minutes', ...f }),
    submit: (req, h, data) => recordHearing(depsFrom(req), { id: h.id, ...data }),
    done: (_req, h) => ({ to: `/hearings/${h.id}`, flash: 'councils.flash.hearingRecorded' }),
  });

  action(app, {
    path: '/hearings/:id/publish',
    policy: signedIn,
    params: byId,
    load: loadHearing,
    back: toHearing,
    submit: (req, h) => {
      // A missing or malformed version is never current: the command answers 'stale'.
      const parsed = versionOnly.safeParse(req.body ?? {});
      return publishHearingAnswers(depsFrom(req), { id: h.id, version: parsed.success ? parsed.data.version : -1 });
    },
    done: (_req, h) => ({ to: `/hearings/${h.id}`, flash: 'councils.flash.answersPublished' }),
  });

  form(app, {
    path: '/hearings/:id/cancel',
    policy: signedIn,
    params: byId,
    load: async (req, p) => {
      const h = await findHearing(req.server.db, p.id);
      if (!h) return fail('not_found');
      const d = canCancelHearing(req.actor, h);
      return d.ok ? ok(h) : refuse(d);
    },
    back: toHearing,
    schema: cancelSchema,
    view: (h, f, req) => (
      <FormPage
        title={req.t('councils.hearing.cancelTitle', { title: h.title })}
        crumbs={[
          [req.t('councils.hearings.title'), '/hearings'],
          [h.title, `/hearings/${h.id}`],
        ]}
        action={`/hearings/${h.id}/cancel`}
        fields={[{ kind: 'textarea', name: 'reason', label: req.t('councils.cancelReason'), required: true, rows: 3 }]}
        {...f}
        hidden={{ version: h.version }}
        submit={req.t('councils.hearing.cancel')}
      />
    ),
    submit: (req, h, data) => cancelHearing(depsFrom(req), { id: h.id, ...data }),
    done: (_req, h) => ({ to: `/hearings/${h.id}`, flash: 'councils.flash.hearingCancelled' }),
  });
}
