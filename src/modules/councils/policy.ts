/**
 * Who may do what with public councils and hearings. Pure functions of (actor, resource, facts):
 * deny by default; a reason is the last segment of an i18n key "councils.deny.<reason>".
 * The officials of a council's state body run the council's business (calls, meetings, the
 * body's responses); administrators may act for any body.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { hasRole, isStaff } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/command.ts';
import { allow, deny, type CouncilReason } from './reasons.ts';
import {
  applicationsOpen,
  canRecordHearingAt,
  HEARING,
  MEETING,
  questionsOpen,
  registrationOpen,
  REPORT,
  SELECTION,
  type DecisionStatus,
  type HearingStatus,
  type MeetingStatus,
  type ReportStatus,
  type SelectionStatus,
} from './domain.ts';

/** A policy's answer with a reason from the module's table (reasons.ts), so `tsc` checks it. */
type Decision = Verdict<CouncilReason>;

/** The person acts for the state body (a membership links them to it). */
export const isOfficialOf = (actor: Actor | null, bodyId: string): boolean =>
  !!actor && actor.stateBodies.includes(bodyId);
const actsFor = (actor: Actor | null, bodyId: string) => isOfficialOf(actor, bodyId) || hasRole(actor, 'administrator');

interface CouncilFacts {
  state_body_id: string;
  status: 'active' | 'dissolved';
}

/** Officials of a body create its councils (a body may have several: national and departmental). */
export function canCreateCouncil(actor: Actor | null, bodyId: string): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, bodyId)) return deny('not_official');
  return allow;
}

/** Officials of the council's body keep its composition, calls and meetings. */
export function canManageCouncil(actor: Actor | null, council: CouncilFacts): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (council.status !== 'active') return deny('dissolved');
  return allow;
}

export function canOpenSelection(
  actor: Actor | null,
  council: CouncilFacts,
  facts: { hasOpenSelection: boolean },
): Decision {
  const d = canManageCouncil(actor, council);
  if (!d.ok) return d;
  if (facts.hasOpenSelection) return deny('selection_running');
  return allow;
}

/**
 * Citizens and NGO representatives apply while the call is open, once; an official of the
 * council's own body does not (the body decides). For an NGO the applicant must represent it.
 */
export function canApply(
  actor: Actor | null,
  council: CouncilFacts,
  sel: { status: SelectionStatus; applications_close_on: string },
  facts: { alreadyApplied: boolean; now: Date; bin?: string | null },
): Decision {
  if (!actor) return deny('sign_in');
  if (!applicationsOpen(sel.status, sel.applications_close_on, facts.now)) return deny('applications_closed');
  if (isOfficialOf(actor, council.state_body_id)) return deny('own_body');
  if (facts.alreadyApplied) return deny('already_applied');
  if (facts.bin && !actor.organizations.includes(facts.bin)) return deny('not_representative');
  return allow;
}

export function canMoveSelection(
  actor: Actor | null,
  council: CouncilFacts,
  sel: { status: SelectionStatus },
  event: 'close' | 'decide' | 'cancel',
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (!SELECTION.can(sel.status, event)) return deny('wrong_state');
  return allow;
}

/** Applicants see their own document; officials of the body see every applicant's. */
export const canSeeApplicationDocument = (actor: Actor | null, council: CouncilFacts, app: { user_id: string }) =>
  !!actor && (actor.id === app.user_id || actsFor(actor, council.state_body_id));

export function canScheduleMeeting(actor: Actor | null, council: CouncilFacts): Decision {
  return canManageCouncil(actor, council);
}

/** The minutes are recorded for a planned meeting once it has begun. */
export function canRecordMeeting(
  actor: Actor | null,
  council: CouncilFacts,
  m: { status: MeetingStatus; starts_at: Date },
  now: Date,
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (!MEETING.can(m.status, 'hold')) return deny('wrong_state');
  if (now < new Date(m.starts_at)) return deny('not_started');
  return allow;
}

export function canCancelMeeting(actor: Actor | null, council: CouncilFacts, m: { status: MeetingStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (!MEETING.can(m.status, 'cancel')) return deny('wrong_state');
  return allow;
}

/** Decisions (with their votes) are recorded for a held meeting. */
export function canAddDecision(actor: Actor | null, council: CouncilFacts, m: { status: MeetingStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (m.status !== 'held') return deny('not_held');
  return allow;
}

/** The body answers a decision of its council once. */
export function canRespondToDecision(
  actor: Actor | null,
  council: CouncilFacts,
  d: { response_status: DecisionStatus },
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (d.response_status !== 'awaiting') return deny('already_answered');
  return allow;
}

/**
 * A monitoring report is published by the council (one of its members, or an official of its
 * body on its behalf) or by an NGO through its representative.
 */
export function canPublishReport(
  actor: Actor | null,
  council: CouncilFacts,
  facts: { kind: 'council' | 'ngo'; isMember: boolean; bin?: string | null },
): Decision {
  if (!actor) return deny('sign_in');
  if (facts.kind === 'council')
    return facts.isMember || actsFor(actor, council.state_body_id) ? allow : deny('not_member');
  if (!facts.bin || !actor.organizations.includes(facts.bin)) return deny('not_representative');
  return allow;
}

export function canAnswerReport(actor: Actor | null, council: CouncilFacts, r: { status: ReportStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, council.state_body_id)) return deny('not_official');
  if (!REPORT.can(r.status, 'answer')) return deny('already_answered');
  return allow;
}

// ---------------------------------------------------------------- hearings

interface HearingFacts {
  state_body_id: string;
  status: HearingStatus;
  starts_at: Date;
}

export function canAnnounceHearing(actor: Actor | null, bodyId: string): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, bodyId)) return deny('not_official');
  return allow;
}

export function canRegisterForHearing(
  actor: Actor | null,
  h: HearingFacts,
  facts: { already: boolean; now: Date },
): Decision {
  if (!actor) return deny('sign_in');
  if (!registrationOpen(h.status, new Date(h.starts_at), facts.now)) return deny('registration_closed');
  if (facts.already) return deny('already_registered');
  return allow;
}

export function canAskQuestion(actor: Actor | null, h: HearingFacts): Decision {
  if (!actor) return deny('sign_in');
  if (!questionsOpen(h.status)) return deny('questions_closed');
  return allow;
}

/** Light moderation: the organiser's officials and moderators hide abusive or off-topic posts, with a reason. */
export function canModerateQuestion(actor: Actor | null, h: HearingFacts, q: { hidden: boolean }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, h.state_body_id) && !isStaff(actor)) return deny('not_official');
  if (q.hidden) return deny('already_hidden');
  if (h.status === 'answered' || h.status === 'cancelled') return deny('wrong_state');
  return allow;
}

export function canAnswerQuestion(actor: Actor | null, h: HearingFacts, q: { hidden: boolean }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, h.state_body_id)) return deny('not_official');
  if (q.hidden) return deny('hidden');
  if (h.status === 'answered' || h.status === 'cancelled') return deny('wrong_state');
  return allow;
}

export function canRecordHearing(actor: Actor | null, h: HearingFacts, now: Date): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, h.state_body_id)) return deny('not_official');
  if (!HEARING.can(h.status, 'hold')) return deny('wrong_state');
  if (!canRecordHearingAt(new Date(h.starts_at), now)) return deny('not_started');
  return allow;
}

export function canPublishAnswers(actor: Actor | null, h: HearingFacts, facts: { unanswered: number }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, h.state_body_id)) return deny('not_official');
  if (!HEARING.can(h.status, 'publishAnswers')) return deny('wrong_state');
  if (facts.unanswered > 0) return deny('unanswered');
  return allow;
}

export function canCancelHearing(actor: Actor | null, h: HearingFacts): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, h.state_body_id)) return deny('not_official');
  if (!HEARING.can(h.status, 'cancel')) return deny('wrong_state');
  return allow;
}

/** What the hearing page offers this reader; the buttons follow the same rules as the server. */
export function hearingCan(
  actor: Actor | null,
  h: HearingFacts,
  facts: { registered: boolean; unanswered: number; now: Date },
) {
  return {
    register: canRegisterForHearing(actor, h, { already: facts.registered, now: facts.now }).ok,
    ask: canAskQuestion(actor, h).ok,
    manage: !!actor && actsFor(actor, h.state_body_id),
    moderate:
      !!actor &&
      (actsFor(actor, h.state_body_id) || isStaff(actor)) &&
      h.status !== 'answered' &&
      h.status !== 'cancelled',
    answer: !!actor && actsFor(actor, h.state_body_id) && h.status !== 'answered' && h.status !== 'cancelled',
    record: canRecordHearing(actor, h, facts.now).ok,
    publish: canPublishAnswers(actor, h, { unanswered: facts.unanswered }).ok,
    cancel: canCancelHearing(actor, h).ok,
  };
}
