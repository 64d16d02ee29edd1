/** An action-plan item: its page, evidence (a document or a link) and its status. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type Back, type FormState } from '../../../platform/kit/index.ts';
import { addEvidence } from '../commands/addEvidence.ts';
import { updateItemStatus } from '../commands/updateItemStatus.ts';
import { canReport } from '../policy.ts';
import { presentEvidence, presentHistory, presentItem, presentSource } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { evidenceOf, findItem, sourcesOf, type ItemRow } from '../repository/index.ts';
import { evidenceForm, statusForm } from '../schemas.ts';
import { ItemPage } from '../views/ItemPage.tsx';

const { page, form } = routesFor('forum');
/** Any text: an id that is not one finds nothing, and the refusal page links back to the forums. */
const idParams = z.object({ id: z.string() });
const HOME: Back = [['forum.title', '/forum']];
const DOC_MAX = 10 * 1024 * 1024;
const itemPath = (p: { id: string }) => `/forum/action-plan/${p.id}`;
/** A thing that is not there links to the forums; a refusal of one that is, back to the item. */
const back = (p: { id: string }, _: unknown, f?: { kind: string }) => (f?.kind === 'not_found' ? HOME : itemPath(p));

/** The item, if the reader may report on it (the responsible body's officials or the organiser). */
async function reportable(req: FastifyRequest, p: { id: string }) {
  const item = await findItem(req.server.db, p.id);
  if (!item) return fail('not_found');
  const can = canReport(req.actor, item, item);
  return can.ok ? ok(item) : fail(can.reason);
}

/** The item's page, with the form that was sent (and its errors) when there is one. */
async function itemPage(req: FastifyRequest, item: ItemRow, forms: { evidence?: FormState; status?: FormState } = {}) {
  const db = req.server.db;
  const [sources, evidence, history] = await Promise.all([
    sourcesOf(db, item.id),
    evidenceOf(db, [item.id]),
    publicHistory(db, 'action_plan_item', item.id),
  ]);
  return (
    <ItemPage
      item={presentItem(item)}
      sources={sources.map(presentSource)}
      evidence={evidence.map(presentEvidence)}
      can={{ report: canReport(req.actor, item, item).ok }}
      now={new Date()}
      history={history.map(presentHistory)}
      forms={forms}
    />
  );
}

export async function forumItemRoutes(app: FastifyInstance) {
  page(app, {
    path: '/forum/action-plan/:id',
    policy: PUBLIC,
    params: idParams,
    back: () => HOME,
    load: async (req, p) => (await findItem(req.server.db, p.id)) ?? fail('not_found'),
    render: (item, req) => itemPage(req, item),
  });

  form(app, {
    path: '/forum/action-plan/:id/evidence',
    get: false,
    policy: SIGNED_IN,
    params: idParams,
    back,
    load: reportable,
    files: [{ name: 'document', maxBytes: DOC_MAX }],
    schema: evidenceForm,
    view: (item, f, req) => itemPage(req, item, { evidence: f }),
    // Neither a document nor a link is told next to the document field (no_evidence).
    submit: (req, item, data, files) =>
      addEvidence(depsFrom(req), { itemId: item.id, ...data, document: files.document, storage: app.storage }),
    done: (_, item) => ({ to: `${itemPath(item)}#evidence-h`, flash: 'forum.flash.evidence' }),
  });

  form(app, {
    path: '/forum/action-plan/:id/status',
    get: false,
    policy: SIGNED_IN,
    params: idParams,
    back,
    load: reportable,
    schema: statusForm,
    view: (item, f, req) => itemPage(req, item, { status: f }),
    submit: (req, item, data) => updateItemStatus(depsFrom(req), { itemId: item.id, ...data }),
    done: (_, item, v) => ({ to: itemPath(item), flash: `forum.flash.status.${v.status}` }),
  });
}
