/**
 * A meeting's forms, as kit declarations: the minutes and a decision (both on the meeting page
 * itself) and the body's response to a decision.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate } from '../../../reference/index.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok, routesFor, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { addDecision } from '../commands/addDecision.ts';
import { recordMeeting } from '../commands/recordMeeting.ts';
import { respondToDecision } from '../commands/respondToDecision.ts';
import { RESPONSES } from '../domain.ts';
import { canAddDecision, canCancelMeeting, canRecordMeeting, canRespondToDecision } from '../policy.ts';
import { councilName } from '../presenters.ts';
import { fail, refuse } from '../reasons.ts';
import {
  councilMembers,
  documentsOf,
  findCouncil,
  findDecision,
  findMeeting,
  meetingDecisions,
  type CouncilRow,
  type MeetingRow,
} from '../repository/index.ts';
import { decisionSchema, minutesSchema, responseSchema } from '../schemas.ts';
import {
  councilView,
  decisionView,
  documentView,
  meetingView as meetingRowView,
  memberView,
} from '../presenters/views.ts';
import { MeetingPage } from '../views/MeetingPage.tsx';

const { form } = routesFor('councils');
const signedIn = SIGNED_IN;
const byMeeting = z.object({ mid: z.string().uuid() });
const byDecision = z.object({ did: z.string().uuid() });
const toMeeting = (p: { mid: string }) => `/councils/meetings/${p.mid}`;

export interface MeetingOf {
  m: MeetingRow;
  c: CouncilRow;
}

export async function meetingOf(req: FastifyRequest, mid: string): Promise<MeetingOf | null> {
  const m = await findMeeting(req.server.db, mid);
  return m ? { m, c: (await findCouncil(req.server.db, m.council_id))! } : null;
}

/** The meeting page, with one of its inline forms as typed when it came back with errors. */
export async function meetingView(
  req: FastifyRequest,
  { m, c }: MeetingOf,
  form?: FormState & { name: 'minutes' | 'decision' },
) {
  const db = req.server.db;
  const now = new Date();
  const [members, decisions, documents] = await Promise.all([
    councilMembers(db, c.id),
    meetingDecisions(db, m.id),
    documentsOf(db, 'meeting', m.id),
  ]);
  const can = {
    record: canRecordMeeting(req.actor, c, m, now).ok,
    cancel: canCancelMeeting(req.actor, c, m).ok,
    addDecision: canAddDecision(req.actor, c, m).ok,
    respond: canRespondToDecision(req.actor, c, { response_status: 'awaiting' }).ok,
  };
  return (
    <MeetingPage
      council={councilView(c)}
      meeting={meetingRowView(m)}
      members={members.map(memberView)}
      decisions={decisions.map(decisionView)}
      documents={documents.map(documentView)}
      today={almatyDate(now)}
      can={can}
      form={form}
    />
  );
}

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

export async function meetingForms(app: FastifyInstance) {
  form(app, {
    path: '/councils/meetings/:mid/minutes',
    get: false,
    policy: signedIn,
    params: byMeeting,
    load: async (req, p) => {
      const x = await meetingOf(req, p.mid);
      if (!x) return fail('not_found');
      const d = canRecordMeeting(req.actor, x.c, x.m, new Date());
      return d.ok ? ok(x) : refuse(d);
    },
    back: toMeeting,
    schema: minutesSchema,
    view: (x, f, req) => meetingView(req, x, { name: 'minutes', ...f }),
    submit: (req, { m }, data) => recordMeeting(depsFrom(req), { id: m.id, ...data }),
    done: (_req, { m }) => ({ to: `/councils/meetings/${m.id}`, flash: 'councils.flash.meetingRecorded' }),
  });

  form(app, {
    path: '/councils/meetings/:mid/decisions',
    get: false,
    policy: signedIn,
    params: byMeeting,
    load: async (req, p) => {
      const x = await meetingOf(req, p.mid);
      if (!x) return fail('not_found');
      const d = canAddDecision(req.actor, x.c, x.m);
      return d.ok ? ok(x) : refuse(d);
    },
    back: toMeeting,
    schema: decisionSchema,
    view: (x, f, req) => meetingView(req, x, { name: 'decision', ...f }),
    submit: (req, { m }, data) => addDecision(depsFrom(req), { meetingId: m.id, ...data }),
    done: (_req, { m }, r) => ({
      to: `/councils/meetings/${m.id}#decision-${r.number}`,
      flash: 'councils.flash.decisionAdded',
    }),
  });

  form(app, {
    path: '/councils/decisions/:did/respond',
    policy: signedIn,
    params: byDecision,
    load: async (req, p) => {
      const d = await findDecision(req.server.db, p.did);
      if (!d) return fail('not_found');
      const m = (await findMeeting(req.server.db, d.meeting_id))!;
      const c = (await findCouncil(req.server.db, m.council_id))!;
      const v = canRespondToDecision(req.actor, c, d);
      return v.ok ? ok({ d, m, c }) : refuse(v);
    },
    // A refusal before the decision is found cannot name its meeting: back to the councils.
    back: (_p, x) => (x ? `/councils/meetings/${x.m.id}` : '/councils'),
    schema: responseSchema,
    view: ({ d, m, c }, f, req) => (
      <FormPage
        title={req.t('councils.decision.respondTitle', { n: d.number })}
        crumbs={[
          [req.t('councils.list.title'), '/councils'],
          [councilName(c, req.locale), `/councils/${c.id}`],
          [m.title, `/councils/meetings/${m.id}`],
        ]}
        intro={<blockquote>{d.text}</blockquote>}
        action={`/councils/decisions/${d.id}/respond`}
        fields={responseFields(req)}
        {...f}
        hidden={{ version: d.version }}
        submit={req.t('councils.decision.respondSubmit')}
      />
    ),
    submit: (req, { d }, data) => respondToDecision(depsFrom(req), { id: d.id, ...data }),
    done: (_req, { d, m }) => ({
      to: `/councils/meetings/${m.id}#decision-${d.number}`,
      flash: 'councils.flash.responded',
    }),
  });
}
