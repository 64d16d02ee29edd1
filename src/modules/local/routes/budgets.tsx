/** Participatory budgets: the list, a cycle, proposals, ballots, reviews and implementation. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { regionCodes } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { csrfValid, sendCsrfFailure, setFlash, takeDraft } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { readMultipartForm } from '../../../platform/files/index.ts';
import { formatMoney } from '../../../platform/i18n/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { advanceCycle } from '../commands/advanceCycle.ts';
import { castBallot } from '../commands/castBallot.ts';
import { createCycle } from '../commands/createCycle.ts';
import { recordProgress } from '../commands/recordProgress.ts';
import { reviewProposal } from '../commands/reviewProposal.ts';
import { submitProposal } from '../commands/submitProposal.ts';
import {
  advanceBlocker,
  CYCLE_STATUSES,
  nextCycleStatus,
  PROPOSAL_STATUSES,
  type CycleStatus,
  type ProposalStatus,
} from '../domain.ts';
import { actsFor, canPropose, canRecordProgress, canReview, canVote, cycleCan } from '../policy.ts';
import { bodyName } from '../presenters.ts';
import {
  countBallots,
  cycleFacts,
  findCycle,
  findProposal,
  findPublicPhoto,
  hasVoted,
  listAkimats,
  listProgress,
  listProposals,
  myBallot,
  searchCycles,
} from '../repository.ts';
import { ballotForm, cycleForm, progressForm, proposalForm, reviewForm } from '../schemas.ts';
import { CyclePage } from '../views/CyclePage.tsx';
import { CycleFormPage, CyclesPage, CYCLE_FILTERS } from '../views/CyclesPage.tsx';
import { BallotPage, ProposalFormPage, ProposalPage } from '../views/ProposalPages.tsx';
import { commandFieldError, denyPage, formValues, LANG, notFound } from './shared.tsx';

const hide = { hide: true };
const PAGE_SIZE = 20;
/** Photos of implementation: JPEG or PNG up to 5 MB. */
const PHOTO_TYPES = ['image/jpeg', 'image/png'];
const PHOTO_MAX = 5 * 1024 * 1024;

/** The list's filters, read leniently: a bad value is reported next to its field and left out. */
function parseFilters(q: Record<string, unknown>) {
  const values: Record<string, string> = {};
  for (const k of [...CYCLE_FILTERS, 'page']) if (typeof q[k] === 'string') values[k] = (q[k] as string).trim();
  const errors: Record<string, string> = {};
  if (values.q && values.q.length > 200) errors.q = 'errors.tooBig';
  if (values.region && !(regionCodes as readonly string[]).includes(values.region))
    errors.region = 'errors.invalidOption';
  if (values.status && !(CYCLE_STATUSES as readonly string[]).includes(values.status))
    errors.status = 'errors.invalidOption';
  if (values.year && !/^\d{4}$/.test(values.year)) errors.year = 'local.errors.year';
  const page = /^\d{1,4}$/.test(values.page ?? '') ? Math.max(1, Number(values.page)) : 1;
  return {
    values,
    errors,
    query: {
      q: !errors.q && values.q ? values.q : undefined,
      region: !errors.region && values.region ? values.region : undefined,
      status: !errors.status && values.status ? (values.status as CycleStatus) : undefined,
      year: !errors.year && values.year ? Number(values.year) : undefined,
      page,
      pageSize: PAGE_SIZE,
    },
  };
}

export async function localBudgetRoutes(app: FastifyInstance) {
  const db = app.db;

  app.get(`${LANG}/local`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const f = parseFilters(req.query as Record<string, unknown>);
    const r = await searchCycles(db, f.query);
    const errors = Object.fromEntries(Object.entries(f.errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
    const canCreate = !!req.actor && (await listAkimats(db)).some((b) => actsFor(req.actor, b.id));
    return renderPage(
      req,
      reply,
      <CyclesPage
        values={f.values}
        errors={errors}
        rows={r.rows}
        total={r.total}
        page={f.query.page}
        pageSize={PAGE_SIZE}
        canCreate={canCreate}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // ------------------------------------------------------------ new cycle
  const myAkimats = async (req: FastifyRequest) =>
    (await listAkimats(db))
      .filter((b) => actsFor(req.actor, b.id))
      .map((b) => ({ id: b.id, name: bodyName(b, req.locale), region: b.region ?? '' }));

  app.get(`${LANG}/local/budgets/new`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const bodies = await myAkimats(req);
    if (!bodies.length) return denyPage(req, reply, 'not_official');
    return renderPage(
      req,
      reply,
      <CycleFormPage bodies={bodies} values={formValues(await takeDraft(req))} errors={{}} />,
    );
  });

  app.post(`${LANG}/local/budgets/new`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const bodies = await myAkimats(req);
    if (!bodies.length) return denyPage(req, reply, 'not_official');
    const values = formValues(req.body);
    const parsed = cycleForm.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <CycleFormPage bodies={bodies} values={values} errors={fieldErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await createCycle(depsFrom(req), parsed.data);
    if (!r.ok && r.field)
      return renderPage(
        req,
        reply,
        <CycleFormPage bodies={bodies} values={values} errors={commandFieldError(req, r.reason, r.field)} />,
        400,
      );
    if (!r.ok) return denyPage(req, reply, r.reason);
    setFlash(reply, 'local.flash.cycleCreated');
    return reply.redirect(localHref(req.locale, `/local/budgets/${r.value.id}`), 303);
  });

  // ---------------------------------------------------------------- cycle
  async function loadCycle(req: FastifyRequest, reply: FastifyReply) {
    const cycle = await findCycle(db, (req.params as { id: string }).id);
    if (!cycle) {
      await notFound(req, reply);
      return null;
    }
    return cycle;
  }

  app.get(`${LANG}/local/budgets/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const cycle = await loadCycle(req, reply);
    if (!cycle) return reply;
    const q = req.query as Record<string, unknown>;
    const filters = {
      q: typeof q.q === 'string' ? q.q.trim().slice(0, 200) : '',
      status:
        typeof q.status === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(q.status) ? q.status : '',
    };
    const [proposals, shown, ballots, mine, facts, history] = await Promise.all([
      listProposals(db, cycle.id),
      listProposals(db, cycle.id, {
        q: filters.q || undefined,
        status: (filters.status || undefined) as ProposalStatus | undefined,
      }),
      countBallots(db, cycle.id),
      req.actor ? myBallot(db, cycle.id, req.actor.id) : Promise.resolve(null),
      cycleFacts(db, cycle.id),
      publicHistory(db, 'budget_cycle', cycle.id),
    ]);
    const can = cycleCan(req.actor, cycle, { hasVoted: !!mine });
    const blocker = nextCycleStatus(cycle.status) ? advanceBlocker(cycle.status, facts) : null;
    return renderPage(
      req,
      reply,
      <CyclePage
        cycle={cycle}
        proposals={proposals}
        shown={shown}
        filters={filters}
        ballots={ballots}
        myBallot={mine}
        can={can}
        blocker={blocker}
        history={history}
      />,
    );
  });

  app.post(`${LANG}/local/budgets/:id/advance`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const cycle = await loadCycle(req, reply);
    if (!cycle) return reply;
    const version = Number((req.body as Record<string, unknown> | undefined)?.version);
    const r = await advanceCycle(depsFrom(req), { id: cycle.id, version: Number.isInteger(version) ? version : -1 });
    if (!r.ok) return denyPage(req, reply, r.reason, `/local/budgets/${cycle.id}`);
    setFlash(reply, `local.flash.moved.${r.value.status}`);
    return reply.redirect(localHref(req.locale, `/local/budgets/${cycle.id}`), 303);
  });

  // ------------------------------------------------------------- proposals
  app.get(`${LANG}/local/budgets/:id/propose`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const cycle = await loadCycle(req, reply);
    if (!cycle) return reply;
    const can = canPropose(req.actor, cycle);
    if (!can.ok) return denyPage(req, reply, can.reason, `/local/budgets/${cycle.id}`);
    return renderPage(
      req,
      reply,
      <ProposalFormPage cycle={cycle} values={formValues(await takeDraft(req))} errors={{}} />,
    );
  });

  app.post(`${LANG}/local/budgets/:id/propose`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const cycle = await loadCycle(req, reply);
    if (!cycle) return reply;
    const can = canPropose(req.actor, cycle);
    if (!can.ok) return denyPage(req, reply, can.reason, `/local/budgets/${cycle.id}`);
    const values = formValues(req.body);
    const parsed = proposalForm.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <ProposalFormPage cycle={cycle} values={values} errors={fieldErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await submitProposal(depsFrom(req), { ...parsed.data, cycleId: cycle.id });
    if (!r.ok && r.field)
      return renderPage(
        req,
        reply,
        <ProposalFormPage cycle={cycle} values={values} errors={commandFieldError(req, r.reason, r.field)} />,
        400,
      );
    if (!r.ok) return denyPage(req, reply, r.reason, `/local/budgets/${cycle.id}`);
    setFlash(reply, 'local.flash.proposed');
    return reply.redirect(localHref(req.locale, `/local/proposals/${r.value.id}`), 303);
  });

  // --------------------------------------------------------------- ballot
  async function ballotContext(req: FastifyRequest, reply: FastifyReply) {
    const cycle = await loadCycle(req, reply);
    if (!cycle) return null;
    const can = canVote(req.actor, cycle, { hasVoted: await hasVoted(db, cycle.id, req.actor!.id) });
    if (!can.ok) {
      await denyPage(req, reply, can.reason, `/local/budgets/${cycle.id}`);
      return null;
    }
    return { cycle, feasible: await listProposals(db, cycle.id, { status: 'feasible' }) };
  }

  app.get(`${LANG}/local/budgets/:id/vote`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const c = await ballotContext(req, reply);
    if (!c) return reply;
    return renderPage(
      req,
      reply,
      <BallotPage cycle={c.cycle} feasible={c.feasible} values={formValues(await takeDraft(req))} errors={{}} />,
    );
  });

  app.post(`${LANG}/local/budgets/:id/vote`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const c = await ballotContext(req, reply);
    if (!c) return reply;
    const values = formValues(req.body);
    const parsed = ballotForm.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <BallotPage cycle={c.cycle} feasible={c.feasible} values={values} errors={fieldErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await castBallot(depsFrom(req), { ...parsed.data, cycleId: c.cycle.id });
    if (!r.ok && r.field) {
      const errors = commandFieldError(req, r.reason, r.field);
      if (r.field === 'choices')
        errors.choices = req.t(`local.errors.${r.reason}`, {
          max: c.cycle.max_choices,
          budget: formatMoney(c.cycle.budget, req.locale),
        });
      return renderPage(
        req,
        reply,
        <BallotPage cycle={c.cycle} feasible={c.feasible} values={values} errors={errors} />,
        400,
      );
    }
    if (!r.ok) return denyPage(req, reply, r.reason, `/local/budgets/${c.cycle.id}`);
    setFlash(reply, 'local.flash.voted');
    return reply.redirect(localHref(req.locale, `/local/budgets/${c.cycle.id}`), 303);
  });

  // ---------------------------------------------------- a proposal's page
  async function proposalContext(req: FastifyRequest, reply: FastifyReply) {
    const proposal = await findProposal(db, (req.params as { id: string }).id);
    const cycle = proposal ? await findCycle(db, proposal.cycle_id) : undefined;
    if (!proposal || !cycle) {
      await notFound(req, reply);
      return null;
    }
    const progress = await listProgress(db, [proposal.id]);
    const can = {
      review: canReview(req.actor, cycle, proposal).ok,
      progress: canRecordProgress(req.actor, cycle, proposal).ok,
    };
    return { proposal, cycle, progress, can };
  }
  const proposalPage = (
    c: NonNullable<Awaited<ReturnType<typeof proposalContext>>>,
    forms: { rv?: FormValues; re?: FieldErrors; pv?: FormValues; pe?: FieldErrors } = {},
  ) => (
    <ProposalPage
      cycle={c.cycle}
      proposal={c.proposal}
      progress={c.progress}
      can={c.can}
      reviewValues={forms.rv ?? {}}
      reviewErrors={forms.re ?? {}}
      progressValues={forms.pv ?? {}}
      progressErrors={forms.pe ?? {}}
    />
  );

  app.get(`${LANG}/local/proposals/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const c = await proposalContext(req, reply);
    if (!c) return reply;
    return renderPage(req, reply, proposalPage(c));
  });

  app.post(
    `${LANG}/local/proposals/:id/review`,
    { config: { policy: SIGNED_IN }, schema: hide },
    async (req, reply) => {
      const c = await proposalContext(req, reply);
      if (!c) return reply;
      const can = canReview(req.actor, c.cycle, c.proposal);
      if (!can.ok) return denyPage(req, reply, can.reason, `/local/proposals/${c.proposal.id}`);
      const parsed = reviewForm.safeParse(req.body ?? {});
      if (!parsed.success)
        return renderPage(
          req,
          reply,
          proposalPage(c, { rv: formValues(req.body), re: fieldErrors(req.t, parsed.error) }),
          400,
        );
      const r = await reviewProposal(depsFrom(req), { proposalId: c.proposal.id, ...parsed.data });
      if (!r.ok) return denyPage(req, reply, r.reason, `/local/proposals/${c.proposal.id}`);
      setFlash(reply, 'local.flash.reviewed');
      return reply.redirect(localHref(req.locale, `/local/budgets/${c.cycle.id}#proposals-h`), 303);
    },
  );

  app.post(
    `${LANG}/local/proposals/:id/progress`,
    { config: { policy: SIGNED_IN, multipart: true }, schema: hide },
    async (req, reply) => {
      const c = await proposalContext(req, reply);
      if (!c) return reply;
      const form = await readMultipartForm(req, { maxBytes: PHOTO_MAX, accept: PHOTO_TYPES });
      if (!csrfValid(req, form.fields._csrf as string | undefined)) return sendCsrfFailure(req, reply);
      const can = canRecordProgress(req.actor, c.cycle, c.proposal);
      if (!can.ok) return denyPage(req, reply, can.reason, `/local/proposals/${c.proposal.id}`);
      const values = formValues(form.fields);
      const parsed = progressForm.safeParse(form.fields);
      const errors: FieldErrors = parsed.success ? {} : fieldErrors(req.t, parsed.error);
      const fe = form.fileErrors.photo;
      if (fe)
        errors.photo = fe === 'too_large' ? req.t('errors.fileTooLarge', { max: 5 }) : req.t('local.errors.photoType');
      if (!parsed.success || fe) return renderPage(req, reply, proposalPage(c, { pv: values, pe: errors }), 400);
      const r = await recordProgress(depsFrom(req), {
        proposalId: c.proposal.id,
        ...parsed.data,
        photo: form.files.find((f) => f.field === 'photo'),
        storage: app.storage,
      });
      if (!r.ok && r.field)
        return renderPage(
          req,
          reply,
          proposalPage(c, { pv: values, pe: commandFieldError(req, r.reason, r.field) }),
          400,
        );
      if (!r.ok) return denyPage(req, reply, r.reason, `/local/proposals/${c.proposal.id}`);
      setFlash(reply, 'local.flash.progress');
      return reply.redirect(localHref(req.locale, `/local/proposals/${c.proposal.id}#progress-h`), 303);
    },
  );

  // Photos of implementation are public: only files attached to a progress entry are served.
  app.get('/local/photos/:id', { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const photo = await findPublicPhoto(db, (req.params as { id: string }).id);
    if (!photo) return reply.code(404).type('text/plain').send('not found');
    const data = await app.storage.get(photo.storage_key);
    return reply
      .type(photo.mime)
      .header('cache-control', 'public, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(data);
  });
}
