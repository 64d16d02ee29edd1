/**
 * What funding's route tables share: the kit's declarations bound to funding, the URL parameters
 * (Zod), and the loads that find a thing and check who may act on it (a failure is a page).
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { areaByCode, areaCodes, regionByCode, regionCodes } from '../../../reference/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { canEditApplication, canReport, managesBody } from '../policy.ts';
import { fail } from '../reasons.ts';
import {
  allBodies,
  applicationDocuments,
  conflictDeclaration,
  expertScore,
  findApplication,
  findBody,
  findCall,
  findLot,
  findPlan,
  findProject,
  isPanelMember,
  projectDetail,
} from '../repository/index.ts';

export const { page, form, action, deny } = routesFor('funding');

/** A record's id (any UUID shape, as the demo's and the database's). */
const uuid = z.guid();
export const byId = z.object({ id: uuid });
export const byToken = z.object({ token: z.string().min(1).max(200) });
export const byCode = z.object({ code: z.string().min(1).max(100) });
export const byBin = z.object({ bin: z.string().regex(/^\d{12}$/) });

/** A page number from the query (1 when absent or wrong). */
export const pageNumber = z.coerce.number().int().min(1).max(10000).catch(1);
/** An optional filter: a value out of its list is no filter (as before: the list is not refused). */
export const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values).optional().catch(undefined);

/** The crumbs of every funding page start with funding's overview. */
export const crumbs = (req: FastifyRequest, ...more: [string, string][]): [string, string][] => [
  [req.t('funding.title'), '/funding'],
  ...more,
];

export const regionOptions = (req: FastifyRequest) =>
  regionCodes.map((r) => ({ value: r, label: pick(regionByCode(r)?.name, req.locale) || r }));
export const areaOptions = (req: FastifyRequest) =>
  areaCodes.map((a) => ({ value: a, label: pick(areaByCode(a)?.name, req.locale) || a }));
export const instrumentOptions = (req: FastifyRequest) =>
  ['social_order', 'grant', 'award'].map((i) => ({ value: i, label: req.t(`funding.instrument.${i}`) }));

/** The bodies the actor may act for (members; the operator for cscs; administrators for all). */
export async function myBodies(req: FastifyRequest) {
  const a = req.actor;
  if (!a) return [];
  return (await allBodies(req.server.db)).filter((b) => managesBody(a, b));
}

/** A call its body's officials manage. */
export async function managedCall(req: FastifyRequest, p: { id: string }) {
  const call = await findCall(req.server.db, p.id);
  if (!call) return fail('not_found');
  const body = (await findBody(req.server.db, call.state_body_id))!;
  return managesBody(req.actor, body) ? ok(call) : fail('notYourBody');
}

export async function managedPlan(req: FastifyRequest, p: { id: string }) {
  const plan = await findPlan(req.server.db, p.id);
  if (!plan) return fail('not_found');
  const body = (await findBody(req.server.db, plan.state_body_id))!;
  return managesBody(req.actor, body) ? ok(plan) : fail('notYourBody');
}

export async function managedProject(req: FastifyRequest, p: { id: string }) {
  const project = await findProject(req.server.db, p.id);
  if (!project) return fail('not_found');
  const body = (await findBody(req.server.db, project.state_body_id))!;
  return managesBody(req.actor, body) ? ok(project) : fail('notYourBody');
}

/** A draft application its organisation edits, with its call, lot and documents. */
export async function draftOf(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const a = await findApplication(db, p.id);
  if (!a) return fail('not_found');
  const can = canEditApplication(req.actor, a);
  if (!can.ok) return fail(can.reason);
  const [call, lot, documents] = await Promise.all([
    findCall(db, a.call_id),
    findLot(db, a.lot_id),
    applicationDocuments(db, 'application', [a.id]),
  ]);
  return ok({ a, call: call!, lot: lot!, documents });
}

/** A project its organisation reports on, with what the report form asks about. */
export async function reportingOf(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const project = await findProject(db, p.id);
  if (!project) return fail('not_found');
  const can = canReport(req.actor, project);
  if (!can.ok) return fail(can.reason);
  const [detail, a] = await Promise.all([projectDetail(db, project.id), findApplication(db, project.application_id)]);
  return ok({ p: project, detail, indicators: a?.indicators ?? [] });
}

/** An application a panel expert reviews: the declaration made and the score given, if any. */
export async function reviewOf(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const a = await findApplication(db, p.id);
  if (!a || a.status === 'draft') return fail('not_found');
  const actor = req.actor!;
  const call = (await findCall(db, a.call_id))!;
  const [lot, member, declaration, scored] = await Promise.all([
    findLot(db, a.lot_id),
    isPanelMember(db, call.id, actor.id),
    conflictDeclaration(db, a.id, actor.id),
    expertScore(db, a.id, actor.id),
  ]);
  if (!member) return fail('notOnPanel');
  return ok({
    a,
    call,
    lot: lot!,
    declaration: declaration ?? null,
    scored: scored ? { total: Number(scored.total) } : null,
  });
}
