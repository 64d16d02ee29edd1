/**
 * Calls for council members, as kit declarations: opening a call, applying (with a document),
 * the commission's decision, and the applicant's document for the commission.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate } from '../../../reference/index.ts';
import { LANG } from '../../../platform/kit/routes.tsx';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { FormPage, ok, routesFor, type FieldSpec } from '../../../platform/kit/index.ts';
import { applyToCouncil } from '../commands/applyToCouncil.ts';
import { decideSelection } from '../commands/decideSelection.ts';
import { openSelection } from '../commands/openSelection.ts';
import { earliestSelectionClose } from '../domain.ts';
import { canApply, canManageCouncil, canMoveSelection, canSeeApplicationDocument } from '../policy.ts';
import { councilName } from '../presenters.ts';
import { fail, refuse } from '../reasons.ts';
import {
  findApplication,
  findApplicationFile,
  findCouncil,
  findSelection,
  selectionApplications,
  type CouncilRow,
} from '../repository/index.ts';
import { applicationSchema, decisionVotesSchema, selectionSchema } from '../schemas.ts';
import { applicationView, councilView, selectionView } from '../presenters/views.ts';
import { DecidePage } from '../views/SelectionPages.tsx';

const { form, deny } = routesFor('councils');
const signedIn = SIGNED_IN;
const byId = z.object({ id: z.string().uuid() });
const bySelection = z.object({ sid: z.string().uuid() });
const byApplication = z.object({ aid: z.string().uuid() });
const toSelection = (p: { sid: string }) => `/councils/selections/${p.sid}`;

const crumbsOf = (req: FastifyRequest, c: CouncilRow): [string, string][] => [
  [req.t('councils.list.title'), '/councils'],
  [councilName(c, req.locale), `/councils/${c.id}`],
];

/** The first day a call opened today may close on. */
const earliestClose = () => earliestSelectionClose(almatyDate(new Date()));

async function selectionOf(req: FastifyRequest, sid: string) {
  const s = await findSelection(req.server.db, sid);
  return s ? { s, c: (await findCouncil(req.server.db, s.council_id))! } : null;
}

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
    hint: req.t('councils.selection.closesHint', { date: formatDate(earliestClose(), req.locale) }),
  },
];

/** Citizens apply; representatives of an NGO may apply on its behalf. */
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

export async function councilCalls(app: FastifyInstance) {
  form(app, {
    path: '/councils/:id/selections/new',
    policy: signedIn,
    params: byId,
    load: async (req, p) => {
      const c = await findCouncil(req.server.db, p.id);
      if (!c) return fail('not_found');
      const d = canManageCouncil(req.actor, c);
      return d.ok ? ok(c) : refuse(d);
    },
    back: (p) => `/councils/${p.id}`,
    schema: selectionSchema,
    initial: () => ({ closesOn: earliestClose() }),
    view: (c, f, req) => (
      <FormPage
        title={req.t('councils.selection.open')}
        crumbs={crumbsOf(req, c)}
        action={`/councils/${c.id}/selections/new`}
        fields={selectionFields(req)}
        {...f}
        submit={req.t('councils.selection.openSubmit')}
      />
    ),
    submit: async (req, c, data) => {
      const r = await openSelection(depsFrom(req), { councilId: c.id, ...data });
      // The earliest day is told in the reader's own date format.
      return !r.ok && r.reason === 'closes_too_soon'
        ? { ...r, params: { date: formatDate(earliestClose(), req.locale) } }
        : r;
    },
    done: (_req, _c, r) => ({ to: `/councils/selections/${r.id}`, flash: 'councils.flash.selectionOpened' }),
  });

  form(app, {
    path: '/councils/selections/:sid/apply',
    policy: signedIn,
    params: bySelection,
    files: [{ name: 'document' }],
    load: async (req, p) => {
      const x = await selectionOf(req, p.sid);
      if (!x) return fail('not_found');
      const apps = await selectionApplications(req.server.db, x.s.id);
      const d = canApply(req.actor, x.c, x.s, {
        alreadyApplied: apps.some((a) => a.user_id === req.actor?.id),
        now: new Date(),
      });
      return d.ok ? ok(x) : refuse(d);
    },
    back: toSelection,
    schema: applicationSchema,
    view: ({ c, s }, f, req) => (
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
        {...f}
        submit={req.t('councils.application.submit')}
        multipart
      />
    ),
    submit: async (req, { s }, data, files) => {
      if (data.bin && !req.actor!.organizations.includes(data.bin)) return fail('not_representative', 'bin');
      return applyToCouncil(depsFrom(req), {
        selectionId: s.id,
        ...data,
        document: files.document,
        storage: req.server.storage,
      });
    },
    done: (_req, { s }) => ({ to: `/councils/selections/${s.id}#candidates-title`, flash: 'councils.flash.applied' }),
  });

  form(app, {
    path: '/councils/selections/:sid/decide',
    policy: signedIn,
    params: bySelection,
    load: async (req, p) => {
      const x = await selectionOf(req, p.sid);
      if (!x) return fail('not_found');
      const d = canMoveSelection(req.actor, x.c, x.s, 'decide');
      return d.ok ? ok({ ...x, apps: await selectionApplications(req.server.db, x.s.id) }) : refuse(d);
    },
    back: toSelection,
    schema: ({ apps }) => decisionVotesSchema(apps.map((a) => a.id)),
    view: ({ c, s, apps }, f) => (
      <DecidePage
        council={councilView(c)}
        selection={selectionView(s)}
        applications={apps.map(applicationView)}
        values={f.values}
        errors={f.errors}
      />
    ),
    submit: async (req, { s, apps }, data) => {
      const v = data as Record<string, any>;
      const votes = Object.fromEntries(
        apps.map((a) => [
          a.id,
          { for: v[`for_${a.id}`], against: v[`against_${a.id}`], abstain: v[`abstain_${a.id}`] },
        ]),
      );
      const r = await decideSelection(depsFrom(req), {
        id: s.id,
        version: v.version,
        commissionSize: v.commissionSize,
        note: v.note,
        votes,
      });
      // The command names the candidate; the message goes next to that candidate's votes.
      return !r.ok && r.field ? { ...r, field: `for_${r.field}` } : r;
    },
    done: (_req, { s }) => ({ to: `/councils/selections/${s.id}`, flash: 'councils.flash.selectionDecided' }),
  });

  // The applicant's document, for the commission (officials of the body) and the applicant.
  app.get(
    `${LANG}/councils/applications/:aid/document`,
    { config: { policy: signedIn }, schema: { hide: true } },
    async (req, reply) => {
      const p = byApplication.safeParse(req.params);
      const a = p.success ? await findApplication(req.server.db, p.data.aid) : undefined;
      if (!a || !a.file_id) return deny(req, reply, { kind: 'not_found', reason: 'not_found' }, '/councils');
      const s = (await findSelection(req.server.db, a.selection_id))!;
      const c = (await findCouncil(req.server.db, s.council_id))!;
      if (!canSeeApplicationDocument(req.actor, c, a))
        return deny(req, reply, { kind: 'forbidden', reason: 'not_official' }, `/councils/selections/${s.id}`);
      const f = (await findApplicationFile(req.server.db, a.file_id))!;
      return reply
        .type(f.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.original_name)}`)
        .send(await req.server.storage.get(f.storage_key));
    },
  );
}
