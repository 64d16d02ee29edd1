/**
 * Applications as kit declarations: an application's page (what is public of it), the NGO's form
 * (save, or save and submit, with a document), withdrawal, the body's compliance check and contract.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, type Failure } from '../../../platform/kit/index.ts';
import { checkCompliance } from '../commands/checkCompliance.ts';
import { saveApplication } from '../commands/saveApplication.ts';
import { signContract } from '../commands/signContract.ts';
import { submitApplication, submitDetails } from '../commands/submitApplication.ts';
import { withdrawApplication } from '../commands/withdrawApplication.ts';
import { parseTenge } from '../domain.ts';
import { canSeeApplication, managesBody } from '../policy.ts';
import { applicationValues, expertName } from '../presenters.ts';
import { fail, type FundingReason } from '../reasons.ts';
import {
  applicationDocuments,
  conflictsOf,
  expertNames,
  findApplication,
  findBody,
  findCall,
  findLot,
  isPanelMember,
  orgsByBins,
  projectOfApplication,
  scoresOf,
} from '../repository/index.ts';
import { applicationSchema, budgetRows, complianceSchema, contractSchema } from '../schemas.ts';
import { ApplicationFormPage } from '../views/ApplicationFormPage.tsx';
import { ApplicationPage } from '../views/ApplicationPage.tsx';
import { action, byId, draftOf, form, page } from './loaders.ts';

const toApplication = (p: { id: string }) => `/funding/applications/${p.id}`;

/** The form's fields; the budget table's rows and the amount asked for are read from the same body. */
const applicationForm = applicationSchema.loose().transform((d) => {
  const requested = d.requested === '' ? 0 : parseTenge(d.requested);
  return { ...d, budgetLines: budgetRows(d).lines, requestedTiyn: requested ?? 0, submit: d.action === 'submit' };
});

/** A refused submission, told on the form: each incomplete field next to itself, the rest above it. */
function submitRefusal(req: FastifyRequest, r: Failure<FundingReason>): Failure<string> {
  const d = submitDetails(r);
  if (r.reason === 'incomplete') return { ...r, fields: d.problems ?? {} };
  if (r.reason === 'ineligible') {
    const reasons = (d.ineligible ?? [])
      .map((x) => req.t(x === 'not_registered' ? 'funding.ineligible.not_registered' : `registry.eligibility.${x}`))
      .join('; ');
    return { ...r, kind: 'conflict', params: { reasons } };
  }
  if (r.reason === 'deadlinePassed' || r.reason === 'notOpenYet')
    return { ...r, params: { at: d.at ?? '', closes: d.closesAt ?? '' } };
  return r;
}

/** An application's page: a draft only to its organisation; the full text once the rules allow it. */
async function applicationPage(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const a = await findApplication(db, p.id);
  if (!a) return fail('not_found');
  const call = (await findCall(db, a.call_id))!;
  const body = (await findBody(db, call.state_body_id))!;
  const manages = managesBody(req.actor, body);
  const onPanel = !!req.actor && (await isPanelMember(db, call.id, req.actor.id));
  const owner = !!req.actor && req.actor.organizations.includes(a.bin);
  if (a.status === 'draft' && !owner) return fail('not_found');
  const full = canSeeApplication(req.actor, a, call, manages, onPanel);
  const [lot, orgs, documents, scores, conflicts, project, history] = await Promise.all([
    findLot(db, a.lot_id),
    orgsByBins(db, [a.bin]),
    full ? applicationDocuments(db, 'application', [a.id], !owner && !manages) : [],
    call.status === 'decided' ? scoresOf(db, [a.id]) : null,
    conflictsOf(db, [a.id]),
    projectOfApplication(db, a.id),
    publicHistory(db, 'funding_application', a.id),
  ]);
  const names = await expertNames(
    db,
    conflicts.map((c) => c.expert_id),
  );
  return ok({
    app: a,
    call,
    lot: lot!,
    org: orgs.get(a.bin),
    full,
    documents,
    scores,
    conflicts: conflicts.map((c) => ({ expert_id: c.expert_id, kinds: c.kinds, name: expertName(names, c.expert_id) })),
    owner,
    manages,
    onPanel,
    projectId: project?.id ?? null,
    history,
  });
}

export async function fundingApplications(app: FastifyInstance) {
  const maxMb = Math.round(app.config.maxUploadBytes / 1024 / 1024);

  page(app, {
    path: '/funding/applications/:id',
    policy: PUBLIC,
    params: byId,
    load: applicationPage,
    back: () => '/funding/calls',
    render: (d) => <ApplicationPage {...d} />,
  });

  form(app, {
    path: '/funding/applications/:id/edit',
    policy: SIGNED_IN,
    params: byId,
    load: draftOf,
    back: toApplication,
    files: [{ name: 'document' }],
    initial: (c) => applicationValues(c.a),
    // The budget's amounts and the amount asked for are told next to their fields with the rest.
    before: async ({ fields }, req) => {
      const errors: Record<string, string> = {};
      for (const [k, v] of Object.entries(budgetRows(fields).errors)) errors[k] = req.t(v);
      const requested = String(fields.requested ?? '').trim();
      if (requested !== '' && parseTenge(requested) === null) errors.requested = req.t('funding.errors.money');
      return { fields, errors };
    },
    schema: applicationForm,
    view: async (c, f, req) => {
      // Shown again after a save that went through and a submission that did not: the saved version.
      const now = Object.keys(f.errors).length ? await draftOf(req, c.a) : null;
      const d = now?.ok ? now.value : c;
      return <ApplicationFormPage app={d.a} call={d.call} lot={d.lot} documents={d.documents} maxMb={maxMb} {...f} />;
    },
    submit: async (req, c, d, files) => {
      const kind = c.call.required_documents.includes(d.docKind) ? d.docKind : 'other';
      const saved = await saveApplication(depsFrom(req), {
        id: c.a.id,
        version: d.version,
        content: {
          language: d.language,
          title: d.title,
          summary: d.summary,
          description: d.description,
          activities: d.activities as { title: string; period: string }[],
          budgetLines: d.budgetLines,
          requestedTiyn: d.requestedTiyn,
          indicators: d.indicators,
          team: d.team as { name: string; role: string }[],
          beneficiariesPlanned: d.beneficiariesPlanned,
        },
        documents: files.document ? [{ file: files.document, kind }] : [],
        storage: req.server.storage,
      });
      if (!saved.ok) return saved;
      if (!d.submit) return ok(undefined);
      const r = await submitApplication(depsFrom(req), { id: c.a.id, version: saved.value.version });
      return r.ok ? ok(undefined) : submitRefusal(req, r);
    },
    done: (_req, c, _r, d) =>
      d.submit
        ? { to: toApplication(c.a), flash: 'funding.flash.submitted' }
        : { to: `${toApplication(c.a)}/edit`, flash: 'funding.flash.draftSaved' },
  });

  action(app, {
    path: '/funding/applications/:id/withdraw',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    back: toApplication,
    submit: (req, p) => withdrawApplication(depsFrom(req), { id: p.id }),
    done: (_req, p) => ({ to: toApplication(p), flash: 'funding.flash.withdrawn' }),
  });

  // The compliance check and the contract are small forms on the application's page.
  action(app, {
    path: '/funding/applications/:id/compliance',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    back: toApplication,
    submit: async (req, p) => {
      const parsed = complianceSchema.safeParse(req.body ?? {});
      if (!parsed.success) return fail('badInput');
      return checkCompliance(depsFrom(req), { applicationId: p.id, ...parsed.data });
    },
    done: (_req, p) => ({ to: toApplication(p), flash: 'funding.flash.complianceRecorded' }),
  });

  action(app, {
    path: '/funding/applications/:id/contract',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    back: toApplication,
    submit: async (req, p) => {
      const parsed = contractSchema.safeParse(req.body ?? {});
      if (!parsed.success) return fail('startsOnRequired');
      return signContract(depsFrom(req), { applicationId: p.id, startsOn: parsed.data.startsOn });
    },
    done: (_req, _p, r) => ({ to: `/funding/projects/${r.id}`, flash: 'funding.flash.contractSigned' }),
  });
}
