/**
 * "My funding" as a kit page: the reader's organisations' applications and projects, the panels
 * they sit on with what is left to declare and score, and the calls and plans of the bodies they manage.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { OPERATOR_BODY } from '../policy.ts';
import {
  applicationsOf,
  applicationsScoredBy,
  callApplications,
  callsByIds,
  callsOfBodies,
  conflictsOf,
  findBody,
  listProjects,
  orgsByBins,
  panelsOfExpert,
  plansOfBodies,
} from '../repository/index.ts';
import { MyPage } from '../views/MyPage.tsx';
import { page } from './loaders.ts';

/** The panels an expert sits on; under review, each admitted application and where the expert is with it. */
async function panelsOf(req: FastifyRequest, actor: Actor) {
  const db = req.server.db;
  const [calls, scored] = await Promise.all([panelsOfExpert(db, actor.id), applicationsScoredBy(db, actor.id)]);
  return Promise.all(
    calls.map(async (c) => {
      const apps =
        c.status === 'review' ? (await callApplications(db, c.id)).filter((a) => a.status === 'admitted') : [];
      const coi = await conflictsOf(
        db,
        apps.map((a) => a.id),
      );
      return {
        call_id: c.id,
        number: c.number,
        title: c.title,
        status: c.status,
        pending: apps.map((a) => {
          const d = coi.find((x) => x.application_id === a.id && x.expert_id === actor.id);
          return {
            id: a.id,
            title: a.title,
            declared: !!d,
            conflicted: !!d && d.kinds.length > 0,
            scored: scored.includes(a.id),
          };
        }),
      };
    }),
  );
}

async function myFunding(req: FastifyRequest) {
  const db = req.server.db;
  const actor = req.actor!;
  const [apps, projects] = await Promise.all([
    applicationsOf(db, actor.organizations),
    actor.organizations.length
      ? listProjects(db, { page: 1, pageSize: 100 }).then((r) =>
          r.items.filter((p) => actor.organizations.includes(p.bin)),
        )
      : [],
  ]);
  const callTitles = new Map(
    (
      await callsByIds(
        db,
        apps.items.map((a) => a.call_id),
      )
    ).map((c) => [c.id, c.title]),
  );
  const orgs = await orgsByBins(db, [...actor.organizations, ...projects.map((p) => p.bin)]);
  const isExpert = actor.roles.includes('expert');
  const bodyIds = [...actor.stateBodies];
  if (actor.roles.includes('grant_operator')) {
    const op = await findBody(db, OPERATOR_BODY);
    if (op) bodyIds.push(op.id);
  }
  const [panels, managed, plans] = await Promise.all([
    isExpert ? panelsOf(req, actor) : [],
    callsOfBodies(db, bodyIds),
    plansOfBodies(db, bodyIds),
  ]);
  return {
    applications: apps.items.map((a) => ({ ...a, callTitle: callTitles.get(a.call_id) ?? '' })),
    projects,
    orgs,
    panels,
    managed,
    plans,
    isExpert,
  };
}

export async function fundingMy(app: FastifyInstance) {
  page(app, { path: '/funding/my', policy: SIGNED_IN, load: myFunding, render: (d) => <MyPage {...d} /> });
}
