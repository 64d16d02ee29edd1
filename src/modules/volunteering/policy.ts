/**
 * Who may do what in volunteering and charity. Pure functions of (actor, resource, facts): deny by
 * default, a reason (the last segment of an i18n key "volunteering.deny.<reason>") when denied.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import {
  APPLICATION,
  campaignPhase,
  fitsAge,
  OPPORTUNITY,
  type ApplicationAction,
  type ApplicationStatus,
  type CampaignStatus,
  type OpportunityAction,
  type OpportunityStatus,
} from './domain.ts';
import { allow, deny, type VolunteeringReason } from './reasons.ts';

type Decision = Verdict<VolunteeringReason>;

export interface Organizer {
  type: 'organization' | 'state_body';
  id: string;
}

/** A person acts for an organiser when a membership links them to its BIN or state body. */
export function actsFor(actor: Actor | null, o: Organizer): boolean {
  if (!actor) return false;
  return o.type === 'organization' ? actor.organizations.includes(o.id) : actor.stateBodies.includes(o.id);
}

/** Every organiser this person may post for (their NGOs and state bodies). */
export function organizersOf(actor: Actor | null): Organizer[] {
  if (!actor) return [];
  return [
    ...actor.organizations.map((id) => ({ type: 'organization' as const, id })),
    ...actor.stateBodies.map((id) => ({ type: 'state_body' as const, id })),
  ];
}

/**
 * NGO representatives post for an active organisation; officials for their state body.
 * @example canPostOpportunity(rep, { type: 'organization', id: bin }, { active: true }) // allow
 */
export function canPostOpportunity(actor: Actor | null, o: Organizer, facts: { active: boolean }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, o)) return deny('not_organizer');
  if (!facts.active) return deny('organization_inactive');
  return allow;
}

/** The organiser changes the opportunity's status along its lifecycle. */
export function canChangeOpportunity(
  actor: Actor | null,
  opp: { organizer_type: Organizer['type']; organizer_id: string; status: OpportunityStatus },
  action: OpportunityAction,
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, { type: opp.organizer_type, id: opp.organizer_id })) return deny('not_organizer');
  if (!OPPORTUNITY.can(opp.status, action)) return deny('wrong_state');
  return allow;
}

/** The organiser corrects an opportunity while it is open or closed (not once completed or cancelled). */
export function canEditOpportunity(
  actor: Actor | null,
  opp: { organizer_type: Organizer['type']; organizer_id: string; status: OpportunityStatus },
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, { type: opp.organizer_type, id: opp.organizer_id })) return deny('not_organizer');
  if (opp.status !== 'open' && opp.status !== 'closed') return deny('wrong_state');
  return allow;
}

/** Any signed-in person keeps their own volunteer profile. */
export function canEditProfile(actor: Actor | null): Decision {
  return actor ? allow : deny('sign_in');
}

export interface SignUpFacts {
  hasProfile: boolean;
  birthYear: number | null;
  alreadyApplied: boolean;
  placesLeft: number;
  today: string;
}

/**
 * A volunteer with a profile signs up once for an open opportunity that has not ended, has places
 * left and whose age limits they fit. Organisers do not sign up for their own opportunities.
 */
export function canSignUp(
  actor: Actor | null,
  opp: {
    organizer_type: Organizer['type'];
    organizer_id: string;
    status: OpportunityStatus;
    ends_on: string;
    starts_on: string;
    min_age: number | null;
    max_age: number | null;
  },
  f: SignUpFacts,
): Decision {
  if (!actor) return deny('sign_in');
  if (opp.status !== 'open' || opp.ends_on < f.today) return deny('not_open');
  if (actsFor(actor, { type: opp.organizer_type, id: opp.organizer_id })) return deny('own_opportunity');
  if (!f.hasProfile || f.birthYear === null) return deny('no_profile');
  if (f.alreadyApplied) return deny('already_applied');
  if (f.placesLeft <= 0) return deny('no_places');
  if (!fitsAge(f.birthYear, { minAge: opp.min_age, maxAge: opp.max_age, startsOn: opp.starts_on })) return deny('age');
  return allow;
}

/** The organiser accepts, declines, confirms hours or revokes a confirmation; the volunteer withdraws. */
export function canActOnApplication(
  actor: Actor | null,
  opp: { organizer_type: Organizer['type']; organizer_id: string; status: OpportunityStatus; starts_on: string },
  app: { user_id: string; status: ApplicationStatus },
  action: ApplicationAction,
  facts: { today: string },
): Decision {
  if (!actor) return deny('sign_in');
  if (action === 'withdraw') {
    if (actor.id !== app.user_id) return deny('not_volunteer');
  } else if (!actsFor(actor, { type: opp.organizer_type, id: opp.organizer_id })) return deny('not_organizer');
  if (!APPLICATION.can(app.status, action)) return deny('wrong_state');
  if (action === 'accept' && opp.status === 'cancelled') return deny('wrong_state');
  // Hours are confirmed after the activity has begun, never in advance.
  if (action === 'confirm' && (opp.starts_on > facts.today || opp.status === 'cancelled')) return deny('too_early');
  return allow;
}

/** The certificate's PDF is for its volunteer (and the organiser); the public checks facts at the verify URL. */
export function canDownloadCertificate(
  actor: Actor | null,
  cert: { user_id: string; organizer_type: Organizer['type']; organizer_id: string },
): Decision {
  if (!actor) return deny('sign_in');
  if (actor.id === cert.user_id || actsFor(actor, { type: cert.organizer_type, id: cert.organizer_id })) return allow;
  return deny('not_volunteer');
}

// ------------------------------------------------------------------ charity

/** A representative of an active, verified organisation starts a campaign (the public trusts the badge). */
export function canStartCampaign(
  actor: Actor | null,
  org: { bin: string; status: string; verification: string },
): Decision {
  if (!actor) return deny('sign_in');
  if (!actor.organizations.includes(org.bin)) return deny('not_representative');
  if (org.status !== 'active') return deny('organization_inactive');
  if (org.verification !== 'verified') return deny('not_verified');
  return allow;
}

type CampaignFacts = { bin: string; status: CampaignStatus; starts_on: string; ends_on: string };

/** Anyone, signed in or not, donates to a campaign while it is collecting. */
export function canDonate(c: CampaignFacts, today: string): Decision {
  return campaignPhase(c, today) === 'active' ? allow : deny('not_collecting');
}

/** The NGO closes its campaign early. */
export function canCloseCampaign(actor: Actor | null, c: CampaignFacts, today: string): Decision {
  if (!actor) return deny('sign_in');
  if (!actor.organizations.includes(c.bin)) return deny('not_representative');
  const phase = campaignPhase(c, today);
  if (phase !== 'active' && phase !== 'upcoming') return deny('wrong_state');
  return allow;
}

/** The NGO publishes the report once, after the campaign has ended. */
export function canPublishReport(actor: Actor | null, c: CampaignFacts, today: string): Decision {
  if (!actor) return deny('sign_in');
  if (!actor.organizations.includes(c.bin)) return deny('not_representative');
  const phase = campaignPhase(c, today);
  if (phase === 'reported') return deny('already_reported');
  if (phase !== 'ended') return deny('not_ended');
  return allow;
}
