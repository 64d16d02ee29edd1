/**
 * The councils' forms written with the module kit: each route is a declaration (params, what it
 * loads and who may, the form, the command, where to go). The rest of the council pages are in
 * councils.tsx until they are ported too.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate } from '../../../reference/index.ts';
import { hasRole } from '../../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok, routesFor, type FieldSpec } from '../../../platform/kit/index.ts';
import { addMember } from '../commands/addMember.ts';
import { answerReport } from '../commands/answerReport.ts';
import { createCouncil } from '../commands/createCouncil.ts';
import { cancelMeeting } from '../commands/cancelMeeting.ts';
import { cancelSelection, closeSelection } from '../commands/closeSelection.ts';
import { scheduleMeeting } from '../commands/scheduleMeeting.ts';
import { COUNCIL_LEVELS, COUNCIL_ROLES } from '../domain.ts';
import { canAnswerReport, canCancelMeeting, canCreateCouncil, canManageCouncil, canMoveSelection } from '../policy.ts';
import { councilName } from '../presenters.ts';
import { fail, refuse } from '../reasons.ts';
import {
  findCouncil,
  findMeeting,
  findReport,
  findSelection,
  listStateBodies,
  type CouncilRow,
} from '../repository/index.ts';
import { cancelSchema, councilSchema, meetingSchema, memberSchema, reportAnswerSchema } from '../schemas.ts';

const { form, action } = routesFor('councils');
const signedIn = SIGNED_IN;
const byId = z.object({ id: z.string().uuid() });
const bySelection = z.object({ sid: z.string().uuid() });
const byMeeting = z.object({ mid: z.string().uuid() });
const byReport = z.object({ rid: z.string().uuid() });

const crumbsOf = (req: FastifyRequest, c: CouncilRow): [string, string][] => [
  [req.t('councils.list.title'), '/councils'],
  [councilName(c, req.locale), `/councils/${c.id}`],
];

/** The council, if this reader may manage it. */
async function managedCouncil(req: FastifyRequest, id: string) {
  const c = await findCouncil(req.server.db, id);
  if (!c) return fail('not_found');
  const d = canManageCouncil(req.actor, c);
  return d.ok ? ok(c) : refuse(d);
}

async function selectionOf(req: FastifyRequest, sid: string) {
  const s = await findSelection(req.server.db, sid);
  return s ? { s, c: (await findCouncil(req.server.db, s.council_id))! } : null;
}

/** The bodies this reader may create a council for (all of them for an administrator). */
async function bodyOptions(req: FastifyRequest) {
  const all = hasRole(req.actor, 'administrator');
  const rows = await listStateBodies(req.server.db, all ? undefined : (req.actor?.stateBodies ?? []));
  return rows.map((b) => ({ value: b.id, label: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale) }));
}

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

const cancelFields = (req: FastifyRequest): FieldSpec[] => [
  { kind: 'textarea', name: 'reason', label: req.t('councils.cancelReason'), required: true, rows: 3 },
];

const memberFields = (req: FastifyRequest): FieldSpec[] => [
  { kind: 'text', name: 'fullName', label: req.t('councils.member.name'), required: true },
  {
    kind: 'select',
    name: 'role',
    label: req.t('councils.member.role'),
    required: true,
    options: COUNCIL_ROLES.map((r) => ({ value: r, label: req.t(`councils.role.${r}`) })),
    emptyOption: req.t('councils.choose'),
  },
  {
    kind: 'text',
    name: 'affiliation',
    label: req.t('councils.member.affiliation'),
    hint: req.t('councils.member.affiliationHint'),
  },
  {
    kind: 'date',
    name: 'termStart',
    label: req.t('councils.field.termStart'),
    required: true,
    hint: req.t('councils.dateHint'),
  },
  { kind: 'date', name: 'termEnd', label: req.t('councils.field.termEnd'), hint: req.t('councils.dateHint') },
];

const meetingFields = (req: FastifyRequest): FieldSpec[] => [
  { kind: 'text', name: 'title', label: req.t('councils.meeting.titleField'), required: true },
  {
    kind: 'date',
    name: 'date',
    label: req.t('councils.meeting.date'),
    required: true,
    hint: req.t('councils.dateHint'),
  },
  {
    kind: 'time',
    name: 'startTime',
    label: req.t('councils.meeting.startTime'),
    required: true,
    hint: req.t('councils.timeHint'),
  },
  {
    kind: 'time',
    name: 'endTime',
    label: req.t('councils.meeting.endTime'),
    required: true,
    hint: req.t('councils.timeHint'),
  },
  { kind: 'text', name: 'location', label: req.t('councils.meeting.location'), required: true },
  {
    kind: 'textarea',
    name: 'agenda',
    label: req.t('councils.meeting.agenda'),
    required: true,
    hint: req.t('councils.meeting.agendaHint'),
    rows: 6,
  },
  { kind: 'file', name: 'document', label: req.t('councils.meeting.document'), hint: req.t('councils.documentHint') },
];

export async function councilForms(app: FastifyInstance) {
  // ----------------------------------------------------------- councils
  form(app, {
    path: '/councils/new',
    policy: signedIn,
    // Only officials (and administrators) have a body to create a council for.
    load: async (req) =>
      req.actor?.stateBodies.length || hasRole(req.actor, 'administrator') ? ok(undefined) : fail('not_official'),
    back: () => '/councils',
    schema: councilSchema,
    view: async (_c, f, req) => (
      <FormPage
        title={req.t('councils.council.create')}
        crumbs={[[req.t('councils.list.title'), '/councils']]}
        action="/councils/new"
        fields={councilFields(req, await bodyOptions(req))}
        {...f}
        submit={req.t('councils.council.createSubmit')}
      />
    ),
    submit: async (req, _c, data) => {
      // Told next to the body before the body is looked up, so no body's existence is revealed.
      if (!canCreateCouncil(req.actor, data.stateBodyId).ok) return fail('not_official', 'stateBodyId');
      return createCouncil(depsFrom(req), data);
    },
    done: (_req, _c, r) => ({ to: `/councils/${r.id}`, flash: 'councils.flash.councilCreated' }),
  });

  // ------------------------------------------------------------ members
  form(app, {
    path: '/councils/:id/members/new',
    policy: signedIn,
    params: byId,
    load: (req, p) => managedCouncil(req, p.id),
    back: (p) => `/councils/${p.id}`,
    schema: memberSchema,
    initial: (c) => ({ termStart: almatyDate(new Date()), termEnd: c.term_end ?? '' }),
    view: (c, f, req) => (
      <FormPage
        title={req.t('councils.member.add')}
        crumbs={crumbsOf(req, c)}
        action={`/councils/${c.id}/members/new`}
        fields={memberFields(req)}
        {...f}
        submit={req.t('councils.member.addSubmit')}
      />
    ),
    submit: (req, c, data) => addMember(depsFrom(req), { councilId: c.id, ...data }),
    done: (_req, c) => ({ to: `/councils/${c.id}`, flash: 'councils.flash.memberAdded' }),
  });

  // ----------------------------------------------------------- meetings
  form(app, {
    path: '/councils/:id/meetings/new',
    policy: signedIn,
    params: byId,
    files: [{ name: 'document' }],
    load: (req, p) => managedCouncil(req, p.id),
    back: (p) => `/councils/${p.id}`,
    schema: meetingSchema,
    initial: () => ({ startTime: '10:00', endTime: '12:00' }),
    view: (c, f, req) => (
      <FormPage
        title={req.t('councils.meeting.schedule')}
        crumbs={crumbsOf(req, c)}
        action={`/councils/${c.id}/meetings/new`}
        fields={meetingFields(req)}
        {...f}
        submit={req.t('councils.meeting.scheduleSubmit')}
        multipart
      />
    ),
    submit: (req, c, data, files) =>
      scheduleMeeting(depsFrom(req), {
        councilId: c.id,
        ...data,
        document: files.document ? { file: files.document, storage: req.server.storage } : undefined,
      }),
    done: (_req, _c, r) => ({ to: `/councils/meetings/${r.id}`, flash: 'councils.flash.meetingScheduled' }),
  });

  form(app, {
    path: '/councils/meetings/:mid/cancel',
    policy: signedIn,
    params: byMeeting,
    load: async (req, p) => {
      const m = await findMeeting(req.server.db, p.mid);
      if (!m) return fail('not_found');
      const c = (await findCouncil(req.server.db, m.council_id))!;
      const d = canCancelMeeting(req.actor, c, m);
      return d.ok ? ok({ m, c }) : refuse(d);
    },
    back: (p) => `/councils/meetings/${p.mid}`,
    schema: cancelSchema,
    view: ({ m, c }, f, req) => (
      <FormPage
        title={req.t('councils.meeting.cancelTitle', { title: m.title })}
        crumbs={crumbsOf(req, c)}
        action={`/councils/meetings/${m.id}/cancel`}
        fields={cancelFields(req)}
        {...f}
        hidden={{ version: m.version }}
        submit={req.t('councils.meeting.cancel')}
      />
    ),
    submit: (req, { m }, data) => cancelMeeting(depsFrom(req), { id: m.id, ...data }),
    done: (_req, { m }) => ({ to: `/councils/meetings/${m.id}`, flash: 'councils.flash.meetingCancelled' }),
  });

  // --------------------------------------------------------- selections
  form(app, {
    path: '/councils/selections/:sid/cancel',
    policy: signedIn,
    params: bySelection,
    load: async (req, p) => {
      const x = await selectionOf(req, p.sid);
      if (!x) return fail('not_found');
      const d = canMoveSelection(req.actor, x.c, x.s, 'cancel');
      return d.ok ? ok(x) : refuse(d);
    },
    back: (p) => `/councils/selections/${p.sid}`,
    schema: cancelSchema,
    view: ({ s, c }, f, req) => (
      <FormPage
        title={req.t('councils.selection.cancelTitle', { title: s.title })}
        crumbs={crumbsOf(req, c)}
        action={`/councils/selections/${s.id}/cancel`}
        fields={cancelFields(req)}
        {...f}
        hidden={{ version: s.version }}
        submit={req.t('councils.selection.cancel')}
      />
    ),
    submit: (req, { s }, data) => cancelSelection(depsFrom(req), { id: s.id, ...data }),
    done: (_req, { s }) => ({ to: `/councils/selections/${s.id}`, flash: 'councils.flash.selectionCancelled' }),
  });

  action(app, {
    path: '/councils/selections/:sid/close',
    policy: signedIn,
    params: bySelection,
    load: async (req, p) => (await findSelection(req.server.db, p.sid)) ?? fail('not_found'),
    back: (p) => `/councils/selections/${p.sid}`,
    submit: (req, s) => {
      // A missing or malformed version is never current: the command answers 'stale'.
      const version = Number((req.body as Record<string, string> | undefined)?.version);
      return closeSelection(depsFrom(req), { id: s.id, version: Number.isInteger(version) ? version : -1 });
    },
    done: (_req, s) => ({ to: `/councils/selections/${s.id}`, flash: 'councils.flash.selectionClosed' }),
  });

  // ------------------------------------------------------------ reports
  form(app, {
    path: '/councils/reports/:rid/answer',
    policy: signedIn,
    params: byReport,
    load: async (req, p) => {
      const r = await findReport(req.server.db, p.rid);
      if (!r) return fail('not_found');
      const c = (await findCouncil(req.server.db, r.council_id))!;
      const d = canAnswerReport(req.actor, c, r);
      return d.ok ? ok({ r, c }) : refuse(d);
    },
    back: (p) => `/councils/reports/${p.rid}`,
    schema: reportAnswerSchema,
    view: ({ r, c }, f, req) => (
      <FormPage
        title={req.t('councils.report.answerTitle', { title: r.title })}
        crumbs={[...crumbsOf(req, c), [r.title, `/councils/reports/${r.id}`]]}
        action={`/councils/reports/${r.id}/answer`}
        fields={[{ kind: 'textarea', name: 'answer', label: req.t('councils.report.answer'), required: true, rows: 8 }]}
        {...f}
        hidden={{ version: r.version }}
        submit={req.t('councils.report.answerSubmit')}
      />
    ),
    submit: (req, { r }, data) => answerReport(depsFrom(req), { id: r.id, ...data }),
    done: (_req, { r }) => ({ to: `/councils/reports/${r.id}`, flash: 'councils.flash.reportAnswered' }),
  });
}
