/**
 * Who may do what in the registry. Pure functions of (actor, resource, facts): deny by default,
 * a reason (the last segment of an i18n key "registry.deny.<reason>") when denied.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { isStaff } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import { fileableReportYears, type SocialStatus, type Verification } from './domain.ts';
import { allow, deny, type RegistryReason } from './reasons.ts';

type Decision = Verdict<RegistryReason>;

export interface OrgFacts {
  bin: string;
  status: 'active' | 'liquidated';
  verification: Verification;
  founded_on: string;
}

/** A person represents an organisation when a membership links them to its BIN. */
export const represents = (actor: Actor | null, bin: string): boolean => !!actor && actor.organizations.includes(bin);

/**
 * Any signed-in person may put an organisation in the registry; they become its representative
 * and a moderator checks the documents before the badge appears.
 * @example canRegisterOrganization(actor) // { ok: true }
 */
export function canRegisterOrganization(actor: Actor | null): Decision {
  return actor ? allow : deny('sign_in');
}

/**
 * Representatives edit their organisation's profile; moderators and administrators may edit any
 * (to correct legal data against documents, or to record a liquidation).
 * @example canEditOrganization(rep, org) // { ok: true } when rep.organizations includes org.bin
 */
export function canEditOrganization(actor: Actor | null, org: OrgFacts): Decision {
  if (!actor) return deny('sign_in');
  if (isStaff(actor)) return allow;
  if (!represents(actor, org.bin)) return deny('not_representative');
  if (org.status === 'liquidated') return deny('liquidated');
  return allow;
}

/** Only staff change the legal status (active / liquidated): it follows the state register. */
export const canChangeStatus = (actor: Actor | null): boolean => isStaff(actor);

/** A moderator decides on a pending profile. */
export function canDecideVerification(actor: Actor | null, org: OrgFacts): Decision {
  if (!isStaff(actor)) return deny('not_moderator');
  if (org.verification !== 'pending') return deny('not_pending');
  return allow;
}

/**
 * A representative of an active organisation files the report for a finished year the
 * organisation existed in, once.
 * @example canFileReport(rep, org, 2025, { alreadyFiled: false, now })
 */
export function canFileReport(
  actor: Actor | null,
  org: OrgFacts,
  year: number,
  facts: { alreadyFiled: boolean; now: Date },
): Decision {
  if (!actor) return deny('sign_in');
  if (!represents(actor, org.bin)) return deny('not_representative');
  if (org.status === 'liquidated') return deny('liquidated');
  const { from, to } = fileableReportYears(org.founded_on, facts.now);
  if (!Number.isInteger(year) || year < from || year > to) return deny('year_out_of_range');
  if (facts.alreadyFiled) return deny('already_filed');
  return allow;
}

/** A representative of an active organisation applies once per list year. */
export function canApplySocialEnterprise(
  actor: Actor | null,
  org: OrgFacts,
  facts: { hasApplicationForYear: boolean },
): Decision {
  if (!actor) return deny('sign_in');
  if (!represents(actor, org.bin)) return deny('not_representative');
  if (org.status === 'liquidated') return deny('liquidated');
  if (facts.hasApplicationForYear) return deny('already_applied');
  return allow;
}

/** The commission's decision is recorded by a moderator, on an open application. */
export function canDecideSocialEnterprise(actor: Actor | null, application: { status: SocialStatus }): Decision {
  if (!isStaff(actor)) return deny('not_moderator');
  if (application.status !== 'applied') return deny('already_decided');
  return allow;
}

/** Evidence documents are for staff: they may carry personal data of founders. */
export const canViewEvidence = (actor: Actor | null): boolean => isStaff(actor);

/** What a profile page may offer this reader; buttons follow the same rules as the server. */
export function profileCan(
  actor: Actor | null,
  org: OrgFacts,
  facts: { fileableYear: number | null; hasApplicationForYear: boolean; now: Date },
) {
  return {
    edit: canEditOrganization(actor, org).ok,
    fileReport:
      facts.fileableYear !== null &&
      canFileReport(actor, org, facts.fileableYear, { alreadyFiled: false, now: facts.now }).ok,
    applySocialEnterprise: canApplySocialEnterprise(actor, org, facts).ok,
    review: isStaff(actor),
  };
}
