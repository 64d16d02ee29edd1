/** What the legislation routes share: the draft named by the URL, who may act on it, where refusals link. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { ok, type Result } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { minimumLastDay, unitsToText, type Unit } from '../domain.ts';
import { canViewDraft, type Decision } from '../policy.ts';
import { textLang } from '../presenters.ts';
import { fail, refuse } from '../reasons.ts';
import { findDraft, findVersion, unitsOf, type DraftRow, type UnitRow } from '../repository/index.ts';
import { organizationNames } from '../../registry/index.ts';

export const draftParams = z.object({ id: z.string().uuid() });
export const commentParams = draftParams.extend({ cid: z.string().uuid() });
export type DraftParams = z.infer<typeof draftParams>;

export const toDraft = (p: { id: string }) => `/legislation/${p.id}`;

/** Refusals link back to the draft; a draft that is not there (or not public yet), to the list. */
export const back = (p: DraftParams, _loaded?: unknown, f?: { reason: string }) =>
  f?.reason === 'no_draft' ? '/legislation' : toDraft(p);

/** The draft named by the URL when this reader may see it (a draft in preparation is not public). */
export async function draftAt(req: FastifyRequest, p: DraftParams): Promise<Result<DraftRow, 'no_draft'>> {
  const draft = await findDraft(req.server.db, p.id);
  return draft && canViewDraft(req.actor, draft).ok ? ok(draft) : fail('no_draft');
}

/** The draft, when this person may now do what `rule` decides. */
export async function draftFor(
  req: FastifyRequest,
  p: DraftParams,
  rule: (actor: Actor | null, draft: DraftRow, now: Date) => Decision,
) {
  const r = await draftAt(req, p);
  if (!r.ok) return r;
  const now = new Date();
  const can = rule(req.actor, r.value, now);
  return can.ok ? ok({ draft: r.value, now }) : refuse(can);
}

/** ?version=n of a draft page: a whole number, or the current version; null when it is neither. */
export function versionParam(query: unknown, current: number): number | null {
  const raw = (query as Record<string, unknown> | undefined)?.version;
  if (raw === undefined || raw === '') return current;
  return typeof raw === 'string' && /^\d{1,4}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= current
    ? Number(raw)
    : null;
}

/** A period shorter than the legal minimum is told with the first day allowed, in the reader's words. */
export function withMinimum<T>(req: FastifyRequest, now: Date, r: Result<T, string>): Result<T, string> {
  return !r.ok && r.reason === 'tooShort'
    ? { ...r, params: { date: formatDate(minimumLastDay(almatyDate(now)), req.locale) } }
    : r;
}

const asUnits = (rows: UnitRow[], l: 'kk' | 'ru'): Unit[] =>
  rows.map((u) => ({
    key: u.key,
    kind: u.kind,
    label: u.label,
    heading: l === 'kk' ? u.heading_kk : u.heading_ru,
    text: l === 'kk' ? u.text_kk : u.text_ru,
  }));

/** The current version of a draft as the draft form shows it (the texts written back from the units). */
export async function draftValues(req: FastifyRequest, draft: DraftRow) {
  const version = (await findVersion(req.server.db, draft.id, draft.current_version))!;
  const units = await unitsOf(req.server.db, version.id);
  return {
    kind: draft.kind,
    titleKk: draft.title_kk,
    titleRu: draft.title_ru,
    textKk: unitsToText(asUnits(units, 'kk'), 'kk'),
    textRu: unitsToText(asUnits(units, 'ru'), 'ru'),
    noteKk: version.note_kk,
    noteRu: version.note_ru,
    lockVersion: String(draft.lock_version),
  };
}

/** The organisations this person represents, named in the reader's language of the text. */
export async function myOrganizations(req: FastifyRequest) {
  const bins = req.actor?.organizations ?? [];
  const names = await organizationNames(req.server.db, bins);
  return bins.map((bin) => ({ bin, name: names.get(bin)?.[textLang(req.locale)] ?? bin }));
}
