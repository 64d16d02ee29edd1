/**
 * Who may do what in funding (pure; reasons are i18n keys' last segments, funding.deny.<reason>).
 * A state body's plans, calls and projects are managed by its officials (members of the body);
 * the grant operator (role grant_operator) acts for the operator body (code 'cscs').
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { allow, deny, type FundingReason, type FundingVerdict } from './reasons.ts';

type Decision = FundingVerdict;

export const OPERATOR_BODY = 'cscs';

/** Whether the actor manages a state body's funding (member, operator for cscs, administrator). */
export function managesBody(actor: Actor | null, body: { id: string; code: string }): boolean {
  if (!actor) return false;
  if (actor.roles.includes('administrator')) return true;
  if (actor.stateBodies.includes(body.id)) return true;
  return body.code === OPERATOR_BODY && actor.roles.includes('grant_operator');
}

export function canManage(actor: Actor | null, body: { id: string; code: string }): Decision {
  if (!actor) return deny('signIn');
  return managesBody(actor, body) ? allow : deny('notYourBody');
}

/** Whether the actor may create plans and calls at all (some body to act for). */
export const canPlan = (actor: Actor | null): boolean =>
  !!actor &&
  (actor.stateBodies.length > 0 || actor.roles.includes('grant_operator') || actor.roles.includes('administrator'));

export function canComment(
  actor: Actor | null,
  plan: { status: string; discussion_ends_at: Date | null },
  now: Date,
): Decision {
  if (!actor) return deny('signIn');
  if (plan.status !== 'discussion' || !plan.discussion_ends_at || now >= new Date(plan.discussion_ends_at))
    return deny('discussionClosed');
  return allow;
}

/** An NGO representative acts for the organisation whose BIN is in their memberships. */
export function canActForOrg(actor: Actor | null, bin: string): Decision {
  if (!actor) return deny('signIn');
  return actor.organizations.includes(bin) ? allow : deny('notYourOrganization');
}

export function canEditApplication(actor: Actor | null, app: { bin: string; status: string }): Decision {
  const d = canActForOrg(actor, app.bin);
  if (!d.ok) return d;
  return app.status === 'draft' ? allow : deny('notDraft');
}

/** Applications are public once the call's decision is published; before, to their organisation and the body. */
export function canSeeApplication(
  actor: Actor | null,
  app: { bin: string; status: string },
  call: { status: string },
  managesCallBody: boolean,
  onPanel: boolean,
): boolean {
  if (app.status === 'draft') return !!actor && actor.organizations.includes(app.bin);
  if (call.status === 'decided') return true;
  return (!!actor && actor.organizations.includes(app.bin)) || managesCallBody || onPanel;
}

/**
 * Whether an application shows in an organisation's funding history: its outcome is public once
 * the call is decided (a rejection at once); the organisation sees its own in every state.
 */
export function canSeeOutcome(actor: Actor | null, app: { bin: string; status: string }, callStatus?: string): boolean {
  if (actor?.organizations.includes(app.bin)) return true;
  return (app.status !== 'draft' && callStatus === 'decided') || app.status === 'rejected';
}

export function canJoinRegister(actor: Actor | null): Decision {
  if (!actor) return deny('signIn');
  return actor.roles.includes('expert') ? allow : deny('notExpert');
}

/**
 * An expert scores an application of a call under review when drawn onto its panel, after
 * declaring no conflict of interest for it, once.
 */
export function canScore(
  actor: Actor | null,
  ctx: {
    callStatus: string;
    appStatus: string;
    onPanel: boolean;
    declaration: { kinds: string[] } | null;
    alreadyScored: boolean;
  },
): Decision {
  if (!actor) return deny('signIn');
  if (!actor.roles.includes('expert')) return deny('notExpert');
  if (!ctx.onPanel) return deny('notOnPanel');
  if (ctx.callStatus !== 'review' || ctx.appStatus !== 'admitted') return deny('notUnderReview');
  if (!ctx.declaration) return deny('declareFirst');
  if (ctx.declaration.kinds.length > 0) return deny('conflicted');
  if (ctx.alreadyScored) return deny('alreadyScored');
  return allow;
}

export function canDeclare(
  actor: Actor | null,
  ctx: { callStatus: string; appStatus: string; onPanel: boolean; declared: boolean },
): Decision {
  if (!actor) return deny('signIn');
  if (!ctx.onPanel) return deny('notOnPanel');
  if (ctx.callStatus !== 'review' || ctx.appStatus !== 'admitted') return deny('notUnderReview');
  if (ctx.declared) return deny('alreadyDeclared');
  return allow;
}

/** A project reports through its organisation's representatives. */
export const canReport = (actor: Actor | null, project: { bin: string; status: string }): Decision => {
  const d = canActForOrg(actor, project.bin);
  if (!d.ok) return d;
  return project.status === 'delivering' ? allow : deny('projectNotDelivering');
};

/**
 * Who may download a funding document. Documents of reports and other public records: when public.
 * An application's documents: its organisation and the managing body always; the call's panel once
 * the application is submitted; everyone else only public ones of a decided call's submitted application.
 * @example canSeeDocument(null, { entity_type: 'report', is_public: true }, null, false) // true
 */
export function canSeeDocument(
  actor: Actor | null,
  doc: { entity_type: string; is_public: boolean },
  application: {
    app: { bin: string; status: string } | undefined;
    call: { status: string } | undefined;
    body: { id: string; code: string } | undefined;
  } | null,
  onPanel: boolean,
): boolean {
  if (doc.entity_type !== 'application' || !application) return doc.is_public;
  const { app, call, body } = application;
  const owner = !!app && !!actor?.organizations.includes(app.bin);
  if (owner || (!!body && managesBody(actor, body))) return true;
  if (doc.is_public && call?.status === 'decided' && app?.status !== 'draft') return true;
  return !!actor && !!call && app?.status !== 'draft' && onPanel;
}
