/** Participatory budgets: the list, a new cycle, a cycle's page, moving it on, proposing and voting. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { regionCodes } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { formatMoney } from '../../../platform/i18n/index.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { advanceCycle } from '../commands/advanceCycle.ts';
import { castBallot } from '../commands/castBallot.ts';
import { createCycle } from '../commands/createCycle.ts';
import { submitProposal } from '../commands/submitProposal.ts';
import { advanceBlocker, CYCLE_STATUSES, nextCycleStatus, PROPOSAL_STATUSES, type CycleStatus } from '../domain.ts';
import { actsFor, canPropose, canVote, cycleCan } from '../policy.ts';
import { bodyName, presentCycle, presentCycleListItem, presentProposal } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  countBallots,
  cycleFacts,
  findCycle,
  hasVoted,
  listAkimats,
  listProposals,
  myBallot,
  searchCycles,
} from '../repository/index.ts';
import { ballotForm, cycleForm, proposalForm } from '../schemas.ts';
import { CyclePage } from '../views/CyclePage.tsx';
import { CycleFormPage, CyclesPage, CYCLE_FILTERS } from '../views/CyclesPage.tsx';
import { BallotPage, ProposalFormPage } from '../views/ProposalPages.tsx';

const { page, form, action } = routesFor('local');
const PAGE_SIZE = 20;
const idParams = z.object({ id: z.string().uuid() });
const cyclePath = (p: { id: string }) => `/local/budgets/${p.id}`;

/** The list's filters, read leniently: a bad value is reported next to its field and left out. */
const cycleFilters = z.record(z.string(), z.unknown()).transform((q) => {
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
});

/** A cycle's proposals filtered on its page: what does not fit is ignored, as before. */
const proposalFilters = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 200))
    .catch(''),
  status: z.enum(PROPOSAL_STATUSES).or(z.literal('')).catch(''),
});

/** The akimats the signed-in person acts for (the cycle form's choices); none is a refusal. */
async function myAkimats(req: FastifyRequest) {
  const bodies = (await listAkimats(req.server.db))
    .filter((b) => actsFor(req.actor, b.id))
    .map((b) => ({ id: b.id, name: bodyName(b, req.locale), region: b.region ?? '' }));
  return bodies.length ? ok(bodies) : fail('not_official');
}

async function loadCycle(req: FastifyRequest, p: { id: string }) {
  return (await findCycle(req.server.db, p.id)) ?? fail('not_found');
}

export async function localBudgetRoutes(app: FastifyInstance) {
  const db = app.db;

  page(app, {
    path: '/local',
    policy: PUBLIC,
    query: cycleFilters,
    load: async (req) => !!req.actor && (await listAkimats(db)).some((b) => actsFor(req.actor, b.id)),
    status: (_, f) => (Object.keys(f.errors).length ? 400 : 200),
    render: async (canCreate, req, f) => {
      const r = await searchCycles(db, f.query);
      const errors = Object.fromEntries(Object.entries(f.errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
      return (
        <CyclesPage
          values={f.values}
          errors={errors}
          rows={r.rows.map(presentCycleListItem)}
          total={r.total}
          page={f.query.page}
          pageSize={PAGE_SIZE}
          canCreate={canCreate}
        />
      );
    },
  });

  form(app, {
    path: '/local/budgets/new',
    policy: SIGNED_IN,
    load: myAkimats,
    schema: cycleForm,
    view: (bodies, f) => <CycleFormPage bodies={bodies} values={f.values} errors={f.errors} />,
    submit: (req, _, data) => createCycle(depsFrom(req), data),
    done: (_, __, v) => ({ to: `/local/budgets/${v.id}`, flash: 'local.flash.cycleCreated' }),
  });

  page(app, {
    path: '/local/budgets/:id',
    policy: PUBLIC,
    params: idParams,
    query: proposalFilters,
    load: loadCycle,
    render: async (cycle, req, filters) => {
      const [proposals, shown, ballots, mine, facts, history] = await Promise.all([
        listProposals(db, cycle.id),
        listProposals(db, cycle.id, { q: filters.q || undefined, status: filters.status || undefined }),
        countBallots(db, cycle.id),
        req.actor ? myBallot(db, cycle.id, req.actor.id) : Promise.resolve(null),
        cycleFacts(db, cycle.id),
        publicHistory(db, 'budget_cycle', cycle.id),
      ]);
      return (
        <CyclePage
          cycle={presentCycle(cycle)}
          proposals={proposals.map(presentProposal)}
          shown={shown.map(presentProposal)}
          filters={filters}
          ballots={ballots}
          myBallot={mine && { cast_at: mine.cast_at, choices: mine.choices }}
          can={cycleCan(req.actor, cycle, { hasVoted: !!mine })}
          blocker={nextCycleStatus(cycle.status) ? advanceBlocker(cycle.status, facts) : null}
          history={history}
        />
      );
    },
  });

  form(app, {
    path: '/local/budgets/:id/advance',
    policy: SIGNED_IN,
    params: idParams,
    load: loadCycle,
    back: cyclePath,
    get: false,
    // A version that is not a number is an old page: the command answers it as stale.
    schema: z.object({ version: z.coerce.number().int().catch(-1) }),
    view: () => <></>,
    submit: (req, cycle, data) => advanceCycle(depsFrom(req), { id: cycle.id, version: data.version }),
    done: (_, cycle, v) => ({ to: cyclePath(cycle), flash: `local.flash.moved.${v.status}` }),
  });

  form(app, {
    path: '/local/budgets/:id/propose',
    policy: SIGNED_IN,
    params: idParams,
    back: cyclePath,
    load: async (req, p) => {
      const cycle = await findCycle(db, p.id);
      if (!cycle) return fail('not_found');
      const can = canPropose(req.actor, cycle);
      return can.ok ? ok(cycle) : fail(can.reason);
    },
    schema: proposalForm,
    view: (cycle, f) => <ProposalFormPage cycle={presentCycle(cycle)} values={f.values} errors={f.errors} />,
    submit: (req, cycle, data) => submitProposal(depsFrom(req), { ...data, cycleId: cycle.id }),
    done: (_, __, v) => ({ to: `/local/proposals/${v.id}`, flash: 'local.flash.proposed' }),
  });

  form(app, {
    path: '/local/budgets/:id/vote',
    policy: SIGNED_IN,
    params: idParams,
    back: cyclePath,
    load: async (req, p) => {
      const cycle = await findCycle(db, p.id);
      if (!cycle) return fail('not_found');
      const can = canVote(req.actor, cycle, { hasVoted: await hasVoted(db, cycle.id, req.actor!.id) });
      if (!can.ok) return fail(can.reason);
      return ok({ cycle, feasible: await listProposals(db, cycle.id, { status: 'feasible' }) });
    },
    schema: ballotForm,
    messageParams: ({ cycle }, req) => ({ max: cycle.max_choices, budget: formatMoney(cycle.budget, req.locale) }),
    view: (c, f) => (
      <BallotPage
        cycle={presentCycle(c.cycle)}
        feasible={c.feasible.map(presentProposal)}
        values={f.values}
        errors={f.errors}
      />
    ),
    submit: (req, c, data) => castBallot(depsFrom(req), { ...data, cycleId: c.cycle.id }),
    done: (_, c) => ({ to: cyclePath(c.cycle), flash: 'local.flash.voted' }),
  });
}
