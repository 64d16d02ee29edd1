/**
 * Who may do what in the Civil Forum. Pure functions: deny by default, with a reason (the last
 * segment of an i18n key "forum.deny.<reason>").
 *
 * Decision (moderation): a forum is run by its organiser — the officials of its organising state
 * body (in the demo, the Ministry of Information and Social Development, `mip`) — together with
 * the platform's moderators and administrators. They move the forum through its stages, adopt
 * the recommendations of each dialogue platform, and draw up the action plan. The officials of
 * the body responsible for an item report on it (status and evidence); the organiser may too.
 * Participants are any signed-in people: they propose and support during the open stage.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { isStaff } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import type { ForumStatus, ItemStatus } from './domain.ts';
import { allow, deny, type ForumReason } from './reasons.ts';

type Decision = Verdict<ForumReason>;

/** The organiser of a forum: officials of its organising body, or staff. */
export const organises = (actor: Actor | null, forum: { organiser_body_id: string }): boolean =>
  !!actor && (isStaff(actor) || actor.stateBodies.includes(forum.organiser_body_id));

/** Any official (of a state body) or staff member may organise a forum for a body they act for. */
export function canCreateForum(actor: Actor | null, organiserBodyId: string): Decision {
  if (!actor) return deny('sign_in');
  if (!isStaff(actor) && !actor.stateBodies.includes(organiserBodyId)) return deny('not_organiser');
  return allow;
}

export function canAdvanceForum(
  actor: Actor | null,
  forum: { organiser_body_id: string; status: ForumStatus },
): Decision {
  if (!actor) return deny('sign_in');
  if (!organises(actor, forum)) return deny('not_organiser');
  if (forum.status === 'concluded') return deny('concluded');
  return allow;
}

/** Participants propose while the forum is open. */
export function canPropose(actor: Actor | null, forum: { status: ForumStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (forum.status !== 'open') return deny('not_open');
  return allow;
}

/** One support per person, not for one's own proposal, while the forum is open. */
export function canSupport(
  actor: Actor | null,
  forum: { status: ForumStatus },
  proposal: { author_id: string | null },
  facts: { supported: boolean },
): Decision {
  if (!actor) return deny('sign_in');
  if (forum.status !== 'open') return deny('not_open');
  if (proposal.author_id === actor.id) return deny('own_proposal');
  if (facts.supported) return deny('already_supported');
  return allow;
}

/** The platform's moderators (the organiser) adopt recommendations during deliberation. */
export function canAdopt(actor: Actor | null, forum: { organiser_body_id: string; status: ForumStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (!organises(actor, forum)) return deny('not_organiser');
  if (forum.status !== 'deliberation') return deny('not_deliberating');
  return allow;
}

/** The organiser draws up the action plan of a concluded forum. */
export function canPlan(actor: Actor | null, forum: { organiser_body_id: string; status: ForumStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (!organises(actor, forum)) return deny('not_organiser');
  if (forum.status !== 'concluded') return deny('not_concluded');
  return allow;
}

/** The responsible body's officials (or the organiser) report on an open item. */
export function canReport(
  actor: Actor | null,
  item: { responsible_body_id: string; status: ItemStatus },
  forum: { organiser_body_id: string },
): Decision {
  if (!actor) return deny('sign_in');
  if (!actor.stateBodies.includes(item.responsible_body_id) && !organises(actor, forum)) return deny('not_responsible');
  if (item.status === 'done' || item.status === 'cancelled') return deny('item_closed');
  return allow;
}
