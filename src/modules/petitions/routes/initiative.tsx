/** What the petitions' route tables share: the initiative of the URL, its signing payload, its page. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { param } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { ok, type FormState } from '../../../platform/kit/index.ts';
import { factsOf } from '../commands/facts.ts';
import { isListed, signingPayload } from '../domain.ts';
import { canAnswer, canEditDraft, canModerate, canStartReview, canSubmit, canView } from '../policy.ts';
import { initiativeView } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { findInitiative, recentSigners, similarInitiatives, type InitiativeRow } from '../repository/index.ts';
import { InitiativePage, type HistoryEntry } from '../views/InitiativePage.tsx';

export { idParams } from '../schemas.ts';

/** The version a form was made from (optimistic locking); -1 when missing, which is always stale. */
export const versionField = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : -1),
  z.number().int(),
);
const versioned = z.object({ version: versionField });
export const versionOf = (body: unknown) => {
  const r = versioned.safeParse(body ?? {});
  return r.success ? r.data.version : -1;
};

/** The initiative of the URL if this reader may see it; otherwise not found (drafts are not revealed). */
export async function visible(req: FastifyRequest, p: { id: string }) {
  const row = await findInitiative(req.server.db, p.id);
  if (!row || !canView(req.actor, factsOf(row)).ok) return fail('not_found');
  return ok(row);
}

/** Refusals link back to the initiative; an initiative that could not be found, to the list. */
export const back = (p: { id: string }, row?: unknown) => (row ? `/initiatives/${p.id}` : '/initiatives');

/** The readable payload and its bytes in base64 (what NCALayer and other tools sign). */
export function payloadOf(r: InitiativeRow) {
  const text = signingPayload({ id: r.id, title: r.title, addresseeCode: r.addressee_code, body: r.body });
  return { text, payloadBase64: Buffer.from(text, 'utf8').toString('base64') };
}

/** The initiative's page with what this reader may do there (and the moderation form's state). */
export async function initiativePage(req: FastifyRequest, row: InitiativeRow, moderation?: FormState) {
  const db = req.server.db;
  const now = new Date();
  const facts = factsOf(row);
  const listingMin = param('petition.publicListingMin', now);
  const [history, signers, similar] = await Promise.all([
    publicHistory(db, 'initiative', row.id),
    recentSigners(db, row.id, 20),
    row.status === 'draft' && canEditDraft(req.actor, facts).ok
      ? similarInitiatives(db, row.title, row.body, { excludeId: row.id, listingMin })
      : Promise.resolve([]),
  ]);
  const can = {
    edit: canEditDraft(req.actor, facts).ok,
    submit: canSubmit(req.actor, facts).ok,
    moderate: canModerate(req.actor, facts).ok,
    startReview: canStartReview(req.actor, facts).ok,
    answer: canAnswer(req.actor, facts).ok,
  };
  return (
    <InitiativePage
      v={initiativeView(row, req.locale, now)}
      history={
        history.map((h) => ({
          at: new Date(h.at),
          action: h.action,
          actorName: h.actor_name,
          data: h.data as Record<string, unknown>,
        })) as HistoryEntry[]
      }
      signers={signers}
      listed={isListed({ status: row.status, signatureCount: row.signature_count }, now)}
      listingMin={listingMin}
      can={can}
      similar={similar}
      moderation={moderation}
    />
  );
}
