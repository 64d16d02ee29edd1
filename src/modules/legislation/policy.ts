/**
 * Who may do what with draft legal acts. Pure functions of (actor, draft, facts, now): deny by
 * default; a reason (the last segment of the i18n key "legislation.deny.<reason>") when denied.
 * The draft's state is judged as the public sees it at `now` (domain.effectiveState).
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import { DRAFT, effectiveState, type DraftEvent, type DraftState } from './domain.ts';
import { allow, deny, type LegislationReason } from './reasons.ts';

/** A policy's answer, with a reason from the module's table (reasons.ts), so tsc checks it. */
export type Decision = Verdict<LegislationReason>;

export interface DraftFacts {
  state_body_id: string;
  status: DraftState;
  closes_at: Date | null;
}

/** An official of the state body that develops the draft (a membership of that body). */
export const isDeveloper = (actor: Actor | null, draft: { state_body_id: string }): boolean =>
  !!actor && actor.stateBodies.includes(draft.state_body_id);

/**
 * Any official (a member of a state body) may prepare a draft for one of their bodies.
 * @example canCreateDraft(official, bodyId) // { ok: true } when official.stateBodies includes bodyId
 */
export function canCreateDraft(actor: Actor | null, stateBodyId?: string): Decision {
  if (!actor) return deny('sign_in');
  if (!actor.stateBodies.length) return deny('not_official');
  if (stateBodyId !== undefined && !actor.stateBodies.includes(stateBodyId)) return deny('not_official');
  return allow;
}

/** A draft in preparation is seen only by its developer; once published it is public. */
export function canViewDraft(actor: Actor | null, draft: DraftFacts): Decision {
  if (draft.status !== 'draft' || isDeveloper(actor, draft)) return allow;
  return deny('not_found');
}

function developerIn(actor: Actor | null, draft: DraftFacts, event: DraftEvent, now: Date): Decision {
  if (!actor) return deny('sign_in');
  if (!isDeveloper(actor, draft)) return deny('not_developer');
  if (!DRAFT.can(effectiveState(draft.status, draft.closes_at, now), event)) return deny(`state_${event}`);
  return allow;
}

/** The developer corrects the text before it is published for discussion. */
export const canEditDraft = (actor: Actor | null, draft: DraftFacts, now: Date): Decision =>
  developerIn(actor, draft, 'edit', now);
/** The developer publishes the draft for discussion. */
export const canOpenDraft = (actor: Actor | null, draft: DraftFacts, now: Date): Decision =>
  developerIn(actor, draft, 'open', now);
/** The developer publishes a revised version after the summary of the previous one. */
export const canAddVersion = (actor: Actor | null, draft: DraftFacts, now: Date): Decision =>
  developerIn(actor, draft, 'newVersion', now);

/**
 * A signed-in citizen or NGO representative comments on a paragraph while the discussion is open;
 * the developer answers comments rather than writing them.
 * @example canComment(citizen, draft, now) // { ok: true } while open
 */
export function canComment(actor: Actor | null, draft: DraftFacts, now: Date): Decision {
  if (!actor) return deny('sign_in');
  if (effectiveState(draft.status, draft.closes_at, now) !== 'open') return deny('not_open');
  if (isDeveloper(actor, draft)) return deny('developer_comment');
  return allow;
}

/** Support another person's comment, once, while the discussion is open. */
export function canSupport(
  actor: Actor | null,
  draft: DraftFacts,
  comment: { author_id: string | null },
  facts: { alreadySupported: boolean },
  now: Date,
): Decision {
  if (!actor) return deny('sign_in');
  if (effectiveState(draft.status, draft.closes_at, now) !== 'open') return deny('not_open');
  if (comment.author_id === actor.id) return deny('own_comment');
  if (facts.alreadySupported) return deny('already_supported');
  return allow;
}

/** An NGO representative attaches an expert or anti-corruption conclusion while the draft is discussed or awaits its summary. */
export function canAttachConclusion(actor: Actor | null, draft: DraftFacts, now: Date, bin?: string): Decision {
  if (!actor) return deny('sign_in');
  if (!actor.organizations.length) return deny('not_ngo');
  if (bin !== undefined && !actor.organizations.includes(bin)) return deny('not_ngo');
  const state = effectiveState(draft.status, draft.closes_at, now);
  if (state !== 'open' && state !== 'closed') return deny('not_open');
  return allow;
}

/** The developer answers a comment during the discussion or after it, until the summary is published. */
export function canAnswer(actor: Actor | null, draft: DraftFacts, now: Date): Decision {
  if (!actor) return deny('sign_in');
  if (!isDeveloper(actor, draft)) return deny('not_developer');
  const state = effectiveState(draft.status, draft.closes_at, now);
  if (state !== 'open' && state !== 'closed') return deny('state_answer');
  return allow;
}

/**
 * The summary is published by the developer after the discussion has closed and only when every
 * comment on the version has an answer.
 * @example canPublishSummary(official, draft, { unanswered: 2 }, now) // { ok: false, reason: 'unanswered' }
 */
export function canPublishSummary(
  actor: Actor | null,
  draft: DraftFacts,
  facts: { unanswered: number },
  now: Date,
): Decision {
  const d = developerIn(actor, draft, 'publishSummary', now);
  if (!d.ok) return d;
  if (facts.unanswered > 0) return deny('unanswered');
  return allow;
}

/** The table of comments and answers is public as the discussion goes; it is final once the summary is published. */
export function canViewSummary(actor: Actor | null, draft: DraftFacts): boolean {
  return canViewDraft(actor, draft).ok;
}

/** What a draft page may offer this reader; buttons follow the same rules as the server. */
export function draftCan(actor: Actor | null, draft: DraftFacts, facts: { unanswered: number }, now: Date) {
  return {
    edit: canEditDraft(actor, draft, now).ok,
    open: canOpenDraft(actor, draft, now).ok,
    comment: canComment(actor, draft, now).ok,
    conclude: canAttachConclusion(actor, draft, now).ok,
    answer: canAnswer(actor, draft, now).ok,
    publishSummary: canPublishSummary(actor, draft, facts, now).ok,
    newVersion: canAddVersion(actor, draft, now).ok,
    developer: isDeveloper(actor, draft),
    signedIn: !!actor,
  };
}
