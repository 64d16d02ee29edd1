import { isStaff } from '../../../platform/auth/actor.ts';
import { ok } from '../../../platform/kit/index.ts';
import { VERIFICATION, verificationEventForEdit } from '../domain.ts';
import { canChangeStatus, canEditOrganization } from '../policy.ts';
import { command } from '../reasons.ts';
import { FIELD_COLUMNS } from '../presenters.ts';
import { findOrganization, insertChange, updateOrganization, type OrganizationRow } from '../repository/index.ts';
import type { ProfileInput } from '../schemas.ts';

/** Form fields -> the organisations table's columns (shared with registration). */
export function profileColumns(p: ProfileInput) {
  return {
    name_kk: p.nameKk,
    name_ru: p.nameRu,
    name_en: p.nameEn,
    short_name: p.shortName,
    legal_form: p.legalForm,
    region: p.region,
    settlement: p.settlement,
    areas: p.areas,
    founded_on: p.foundedOn,
    website: p.website,
    email: p.email,
    phone: p.phone,
    address: p.address,
    description: p.description,
    leaders: p.leaders,
    founders: p.founders,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field -> {from, to} for every field the edit changes (keys are form field names). */
export function diffProfile(
  before: OrganizationRow,
  after: Partial<OrganizationRow>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, column] of Object.entries(FIELD_COLUMNS)) {
    if (!(column in after)) continue;
    if (!same(before[column], after[column])) out[field] = { from: before[column], to: after[column] };
  }
  return out;
}

/**
 * Saves an edit of a profile: records the changed fields in the public history and the audit log,
 * and applies the verification rule of domain.ts (a refused profile is resubmitted; legal data
 * changed by a representative sends a verified profile back to pending).
 * @example await editOrganization(deps, { bin, profile: parsed.data })
 */
export const editOrganization = command({
  load: (trx, input: { bin: string; profile: ProfileInput & { status?: 'active' | 'liquidated' } }) =>
    findOrganization(trx, input.bin, { forUpdate: true }),
  policy: (actor, org) => canEditOrganization(actor, org),
  // An edit that changes nothing writes nothing, so it has no entry; every change is audited below.
  audit: 'none',
  run: async ({ trx, loaded: org, actor, at, audit }, input) => {
    const after: Partial<OrganizationRow> = profileColumns(input.profile);
    if (input.profile.status && canChangeStatus(actor)) after.status = input.profile.status;
    const changes = diffProfile(org, after);
    const changed = Object.keys(changes);
    if (changed.length === 0) return ok({ changed, verification: org.verification });

    const actorKind = isStaff(actor) ? 'moderator' : 'representative';
    const event = verificationEventForEdit(org.verification, changed, actorKind);
    const next = event ? VERIFICATION.next(org.verification, event) : org.verification;
    if (!next) throw new Error(`verificationEventForEdit chose ${event}, impossible from ${org.verification}`);
    await updateOrganization(trx, org.bin, {
      ...after,
      ...(event ? { verification: next, verification_reason: null, verified_at: null } : {}),
    });
    await insertChange(trx, { bin: org.bin, actorId: actor!.id, actorKind, changes, at });
    await audit({
      action: 'registry.organization.edited',
      entityType: 'organization',
      entityId: org.bin,
      data: { fields: changed },
    });
    if (event)
      // Leaving the verified state (or re-entering the queue) is public, like the decision itself.
      await audit({
        action: 'registry.verification.reopened',
        entityType: 'organization',
        entityId: org.bin,
        data: { event, from: org.verification, to: next, fields: changed },
        public: true,
        system: true,
      });
    return ok({ changed, verification: next });
  },
});
