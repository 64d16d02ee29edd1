/** Who may do what with an appeal: pure functions of the actor and the appeal (deny by default). */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import { APPEAL_LIFECYCLE, isOpen, type AppealStatus } from './domain.ts';
import { allow, deny, type AppealsReason } from './reasons.ts';

type Decision = Verdict<AppealsReason>;

type AppealFacts = {
  citizen_id: string;
  state_body_id: string;
  status: AppealStatus;
  publish_consent: boolean;
  published_at: unknown;
};

/** Any signed-in person may write to a state body. */
export function canSubmitAppeal(actor: Actor | null): Decision {
  return actor ? allow : deny('sign_in');
}

/** An official of the body that must answer the appeal now. */
export function isOfficialOf(actor: Actor | null, stateBodyId: string): boolean {
  return !!actor && actor.stateBodies.includes(stateBodyId);
}

/**
 * The full appeal (with the citizen's name and attachments) is seen by its author and by the
 * officials of the body handling it; everybody else sees only a published, anonymised version.
 * @example canViewAppeal(actor, appeal).ok
 */
export function canViewAppeal(actor: Actor | null, a: AppealFacts): Decision {
  if (!actor) return deny('sign_in');
  if (actor.id === a.citizen_id || isOfficialOf(actor, a.state_body_id)) return allow;
  return deny('not_yours');
}

/** Taking in work, assigning, redirecting, extending and answering are for the body's officials. */
export function canWorkAppeal(actor: Actor | null, a: AppealFacts): Decision {
  return isOfficialOf(actor, a.state_body_id) ? allow : deny('not_official');
}

/** Assigning is for the body's officials while the appeal is open. */
export function canAssignAppeal(actor: Actor | null, a: AppealFacts): Decision {
  if (!isOfficialOf(actor, a.state_body_id)) return deny('not_official');
  return isOpen(a.status) ? allow : deny('not_open');
}

/** Answering is for the body's officials, once: an answered appeal is not answered again. */
export function canAnswerAppeal(actor: Actor | null, a: AppealFacts): Decision {
  if (!isOfficialOf(actor, a.state_body_id)) return deny('not_official');
  if (APPEAL_LIFECYCLE.can(a.status, 'answer')) return allow;
  return deny(a.status === 'answered' || a.status === 'rated' ? 'already_answered' : 'bad_transition');
}

/** The author rates an answer, once. */
export function canRateAppeal(actor: Actor | null, a: AppealFacts): Decision {
  if (!actor || actor.id !== a.citizen_id) return deny('not_yours');
  return a.status === 'answered' ? allow : deny('not_answered');
}

/** Publication needs the citizen's consent and an answer; an official of the body publishes. */
export function canPublishAppeal(actor: Actor | null, a: AppealFacts): Decision {
  if (!isOfficialOf(actor, a.state_body_id)) return deny('not_official');
  if (!a.publish_consent) return deny('no_consent');
  if (a.status !== 'answered' && a.status !== 'rated') return deny('not_answered');
  return allow;
}
