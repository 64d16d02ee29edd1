/**
 * The view models of the profile and the moderators' pages: what each page may show, declared
 * here so that views never see a repository row.
 */
import type { SocialStatus, Verification } from '../domain.ts';
import type { OrganizationRow } from '../repository/index.ts';

/** What the profile and the review page show of an organisation: never its evidence file, lock or creator. */
export type OrganizationView = Pick<
  OrganizationRow,
  | 'bin'
  | 'name_kk'
  | 'name_ru'
  | 'name_en'
  | 'short_name'
  | 'legal_form'
  | 'status'
  | 'region'
  | 'settlement'
  | 'address'
  | 'founded_on'
  | 'areas'
  | 'founders'
  | 'leaders'
  | 'description'
  | 'email'
  | 'phone'
  | 'website'
  | 'verification'
  | 'verification_reason'
  | 'verified_at'
  | 'created_at'
>;

export const organizationView = (o: OrganizationRow): OrganizationView => ({
  bin: o.bin,
  name_kk: o.name_kk,
  name_ru: o.name_ru,
  name_en: o.name_en,
  short_name: o.short_name,
  legal_form: o.legal_form,
  status: o.status,
  region: o.region,
  settlement: o.settlement,
  address: o.address,
  founded_on: o.founded_on,
  areas: o.areas,
  founders: o.founders,
  leaders: o.leaders,
  description: o.description,
  email: o.email,
  phone: o.phone,
  website: o.website,
  verification: o.verification,
  verification_reason: o.verification_reason,
  verified_at: o.verified_at,
  created_at: o.created_at,
});

/** An application to the list of social enterprises, as its organisation and the moderator see it. */
export interface SocialApplicationView {
  id: number;
  list_year: number;
  category: number;
  application: { activities: string; employeesTotal: number; employeesVulnerable: number | null };
  status: SocialStatus;
  decision_reason: string | null;
  applied_at: Date;
  decided_at: Date | null;
}

/** A public decision on the organisation (from the audit log), with what it recorded. */
export interface DecisionView {
  id: number;
  at: Date;
  actor_name: string | null;
  action: string;
  data: Record<string, unknown>;
}

export const decisionView = (h: Omit<DecisionView, 'data'> & { data: unknown }): DecisionView => ({
  id: h.id,
  at: h.at,
  actor_name: h.actor_name,
  action: h.action,
  data: h.data && typeof h.data === 'object' ? (h.data as Record<string, unknown>) : {},
});

/** A change of the profile's fields: when, by whom (a kind, never the person) and from what to what. */
export interface ChangeView {
  id: number;
  changed_at: Date;
  actor_kind: 'representative' | 'moderator';
  changes: Record<string, { from: unknown; to: unknown }>;
}

type NamedView = { bin: string; name_kk: string; name_ru: string; name_en: string | null };
/** A line of the moderators' verification queue. */
export type QueueItemView = NamedView & {
  region: string;
  legal_form: string;
  verification: Verification;
  created_at: Date;
  updated_at: Date;
};
/** An application waiting for a moderator's decision. */
export type OpenSocialView = NamedView & { id: number; list_year: number; category: number; applied_at: Date };
/** An entry of the public yearly list of social enterprises. */
export type ApprovedSocialView = NamedView & {
  id: number;
  category: number;
  decided_at: Date | null;
  region: string;
  legal_form: string;
};
