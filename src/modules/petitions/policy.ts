/**
 * Who may do what with initiatives. Pure functions of (actor, facts); deny by default with a
 * reason (the last segment of an i18n key "petitions.deny.<reason>").
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { hasRole, isStaff } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import { PUBLIC_STATUSES, type Status } from './domain.ts';
import { allow, deny, type PetitionsReason } from './reasons.ts';

type Decision = Verdict<PetitionsReason>;

export interface InitiativeFacts {
  status: Status;
  authorId: string | null;
  addresseeId: string;
}

const isAuthor = (a: Actor | null, i: InitiativeFacts) => !!a && !!i.authorId && a.id === i.authorId;
export const isModerator = (a: Actor | null) => hasRole(a, 'moderator') || hasRole(a, 'administrator');
/** An official of the addressee: a membership links them to that state body. */
export const actsForAddressee = (a: Actor | null, i: Pick<InitiativeFacts, 'addresseeId'>) =>
  !!a && a.stateBodies.includes(i.addresseeId);

/** Any signed-in person may draft an initiative. */
export function canCreate(actor: Actor | null): Decision {
  return actor ? allow : deny('sign_in');
}

/** The author edits and submits their draft; nothing else can be changed after submission. */
export function canEditDraft(actor: Actor | null, i: InitiativeFacts): Decision {
  if (!actor) return deny('sign_in');
  if (!isAuthor(actor, i)) return deny('not_author');
  if (i.status !== 'draft') return deny('not_draft');
  return allow;
}
export const canSubmit = canEditDraft;

/** Moderators decide on initiatives in moderation. */
export function canModerate(actor: Actor | null, i: InitiativeFacts): Decision {
  if (!isModerator(actor)) return deny('not_moderator');
  if (i.status !== 'moderation') return deny('not_in_moderation');
  return allow;
}

/** The addressee's officials take an initiative that reached its threshold into review… */
export function canStartReview(actor: Actor | null, i: InitiativeFacts): Decision {
  if (!actsForAddressee(actor, i)) return deny('not_addressee');
  if (i.status !== 'threshold_reached') return deny('not_threshold_reached');
  return allow;
}

/** …and answer it. */
export function canAnswer(actor: Actor | null, i: InitiativeFacts): Decision {
  if (!actsForAddressee(actor, i)) return deny('not_addressee');
  if (i.status !== 'under_review') return deny('not_under_review');
  return allow;
}

/**
 * Who may open the page: anyone once it has passed moderation (reachable by link even below the
 * listing minimum); the author and moderators while it is a draft or in moderation.
 */
export function canView(actor: Actor | null, i: InitiativeFacts): Decision {
  if (PUBLIC_STATUSES.includes(i.status)) return allow;
  if (isAuthor(actor, i)) return allow;
  if (i.status === 'moderation' && (isModerator(actor) || isStaff(actor))) return allow;
  return deny('not_found');
}

/** Signing needs no account (the signature is the identity), only an initiative collecting now. */
export function canSign(effective: Status): Decision {
  return effective === 'collecting' ? allow : deny('not_collecting');
}
