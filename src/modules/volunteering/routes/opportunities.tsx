/** Opportunities: the list, posting, one opportunity's page with signing up and its status, editing. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { formValues, ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { almatyDate } from '../../../reference/index.ts';
import { organizationFacts } from '../../registry/index.ts';
import { changeOpportunityStatus } from '../commands/changeOpportunityStatus.ts';
import { editOpportunity } from '../commands/editOpportunity.ts';
import { postOpportunity } from '../commands/postOpportunity.ts';
import { signUp } from '../commands/signUp.ts';
import type { OpportunityAction } from '../domain.ts';
import { opportunitiesWithOrganizers, opportunityWithOrganizer, type OpportunityWithOrganizer } from '../lookups.ts';
import { actsFor, canEditOpportunity, canSignUp, organizersOf, type Organizer } from '../policy.ts';
import { nameIn, presentApplication, presentMine, presentOpportunity, presentOpportunityItem } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { applicationOf, applicationsOf, findProfile, placesTaken, stateBodyNames } from '../repository/index.ts';
import { opportunityActionSchema, opportunityPageQuery, opportunitySchema, signUpSchema } from '../schemas.ts';
import { OpportunityFormPage } from '../views/OpportunityFormPage.tsx';
import { OpportunityListPage } from '../views/OpportunityListPage.tsx';
import { OpportunityPage } from '../views/OpportunityPage.tsx';

const { page, form } = routesFor('volunteering');
const idParams = z.object({ id: z.string().uuid() });
/** Today's date in Almaty: what "ended" and "started" are judged against. */
const today = () => almatyDate(new Date());
const none: FormState = { values: {}, errors: {} };
const toList: [string, string][] = [['volunteering.list.title', '/volunteering']];
/** Back from a refusal: to the opportunity, or to the list when there is none. */
const backTo = (p: { id: string }, _?: unknown, f?: { kind: string }) =>
  f?.kind === 'not_found' ? toList : `/volunteering/${p.id}`;

/** Display names of the organisers a person acts for (their active NGOs by BIN, their state bodies). */
export async function organizerOptions(db: Db, list: Organizer[], locale: Locale) {
  const bins = list.filter((o) => o.type === 'organization').map((o) => o.id);
  const bodies = list.filter((o) => o.type === 'state_body').map((o) => o.id);
  const [facts, sbs] = await Promise.all([organizationFacts(db, bins), stateBodyNames(db, bodies)]);
  return [
    ...[...facts.values()]
      .filter((o) => o.status === 'active')
      .map((o) => ({
        value: `organization:${o.bin}`,
        label: nameIn(o.name, locale),
        organizer: { type: 'organization' as const, id: o.bin },
      })),
    ...sbs.map((s) => ({
      value: `state_body:${s.id}`,
      label: nameIn({ kk: s.name_kk, ru: s.name_ru, en: s.name_en }, locale),
      organizer: { type: 'state_body' as const, id: s.id },
    })),
  ];
}

/** The filters as typed (a bad one is told next to its field, with a 400) and the page of results. */
async function opportunityList(req: FastifyRequest) {
  const raw = (req.query ?? {}) as Record<string, unknown>;
  const parsed = opportunityPageQuery.safeParse(raw);
  const q = parsed.success
    ? parsed.data
    : { q: '', region: '', area: '', online: '', status: '' as const, page: 1, pageSize: 20 };
  const r = await opportunitiesWithOrganizers(req.server.db, {
    q: q.q || undefined,
    region: q.region || undefined,
    area: q.area || undefined,
    online: q.online === '' || q.online === undefined ? undefined : q.online === 'true',
    status: q.status || undefined,
    page: q.page,
    pageSize: q.pageSize,
  });
  const taken = await placesTaken(
    req.server.db,
    r.rows.map((o) => o.id),
  );
  const linkQuery = Object.fromEntries(
    Object.entries({ q: q.q, region: q.region, area: q.area, online: q.online, status: q.status }).filter(([, v]) => v),
  ) as Record<string, string>;
  return {
    ok: parsed.success,
    filters: { values: formValues(raw), errors: parsed.success ? {} : fieldErrors(req.t, parsed.error) },
    linkQuery,
    items: r.rows.map((o) => presentOpportunityItem(o, taken.get(o.id) ?? 0)),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
    canPost: organizersOf(req.actor).length > 0,
  };
}

/** What one opportunity's page shows to this reader: places, their own sign-up, and for its organiser the sign-ups. */
async function opportunityAt(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const opp = await opportunityWithOrganizer(db, p.id);
  if (!opp) return fail('not_found');
  const actor = req.actor;
  const [taken, mine, profile] = await Promise.all([
    placesTaken(db, [opp.id]),
    actor ? applicationOf(db, opp.id, actor.id) : undefined,
    actor ? findProfile(db, actor.id) : undefined,
  ]);
  const n = taken.get(opp.id) ?? 0;
  const manage = actsFor(actor, { type: opp.organizer_type, id: opp.organizer_id });
  const signUpVerdict = canSignUp(actor, opp, {
    hasProfile: !!profile,
    birthYear: profile?.birth_year ?? null,
    alreadyApplied: !!mine,
    placesLeft: opp.places - n,
    today: today(),
  });
  const applications = manage ? (await applicationsOf(db, opp.id)).map(presentApplication) : [];
  return ok({ opp, taken: n, mine: mine ? presentMine(mine) : null, manage, signUp: signUpVerdict, applications });
}
type Loaded = Extract<Awaited<ReturnType<typeof opportunityAt>>, { ok: true }>['value'];

const opportunityPage = (c: Loaded, f: FormState = none) => (
  <OpportunityPage
    opp={presentOpportunity(c.opp)}
    taken={c.taken}
    signUp={c.signUp}
    mine={c.mine}
    manage={c.manage}
    applications={c.applications}
    form={f}
  />
);

/** The opportunity for its organiser while it can still change. */
async function editable(req: FastifyRequest, p: { id: string }) {
  const opp = await opportunityWithOrganizer(req.server.db, p.id);
  if (!opp) return fail('not_found');
  const can = canEditOpportunity(req.actor, opp);
  return can.ok ? ok(opp) : fail(can.reason);
}

const editValues = (opp: OpportunityWithOrganizer) => ({
  title: opp.title,
  description: opp.description,
  area: opp.area,
  online: opp.online ? 'on' : undefined,
  region: opp.region ?? '',
  settlement: opp.settlement,
  startsOn: opp.starts_on,
  endsOn: opp.ends_on,
  places: String(opp.places),
  skills: opp.skills.join(', '),
  minAge: opp.min_age === null ? '' : String(opp.min_age),
  maxAge: opp.max_age === null ? '' : String(opp.max_age),
});

export async function opportunityRoutes(app: FastifyInstance) {
  page(app, {
    path: '/volunteering',
    policy: PUBLIC,
    load: (req) => opportunityList(req),
    render: (l) => <OpportunityListPage {...l} />,
    status: (l) => (l.ok ? 200 : 400),
  });

  form(app, {
    path: '/volunteering/new',
    policy: SIGNED_IN,
    back: () => toList,
    load: async (req) => {
      const options = await organizerOptions(req.server.db, organizersOf(req.actor), req.locale);
      return options.length ? ok(options) : fail('not_organizer');
    },
    schema: () => opportunitySchema(today()),
    view: (options, f) => <OpportunityFormPage organizers={options} {...f} />,
    submit: (req, _, data) => postOpportunity(depsFrom(req), data),
    done: (_, __, { id }) => ({ to: `/volunteering/${id}`, flash: 'volunteering.flash.posted' }),
  });

  page(app, {
    path: '/volunteering/:id',
    policy: PUBLIC,
    params: idParams,
    back: () => toList,
    load: opportunityAt,
    render: (c) => opportunityPage(c),
  });

  form(app, {
    path: '/volunteering/:id/apply',
    policy: SIGNED_IN,
    get: false,
    params: idParams,
    back: backTo,
    load: opportunityAt,
    schema: signUpSchema,
    view: (c, f) => opportunityPage(c, f),
    submit: (req, c, data) => signUp(depsFrom(req), { opportunityId: c.opp.id, motivation: data.motivation }),
    done: (_, c) => ({ to: `/volunteering/${c.opp.id}`, flash: 'volunteering.flash.applied' }),
  });

  form(app, {
    path: '/volunteering/:id/status',
    policy: SIGNED_IN,
    get: false,
    params: idParams,
    back: backTo,
    load: opportunityAt,
    schema: opportunityActionSchema,
    view: (c, f) => opportunityPage(c, f),
    submit: (req, c, data) =>
      changeOpportunityStatus(depsFrom(req), {
        id: c.opp.id,
        action: data.action as OpportunityAction,
        version: data.version,
      }),
    done: (_, c, { status }) => ({ to: `/volunteering/${c.opp.id}`, flash: `volunteering.flash.status.${status}` }),
  });

  form(app, {
    path: '/volunteering/:id/edit',
    policy: SIGNED_IN,
    params: idParams,
    back: backTo,
    load: editable,
    initial: editValues,
    // The organiser does not change; the start already saved may lie in the past (an activity
    // under way), a new one may not.
    schema: (opp) =>
      z.preprocess(
        (body) => ({ ...(body as object), organizer: `${opp.organizer_type}:${opp.organizer_id}` }),
        opportunitySchema(opp.starts_on < today() ? opp.starts_on : today()),
      ),
    view: (opp, f) => (
      <OpportunityFormPage organizers={[]} edit={{ id: opp.id, title: opp.title, version: opp.version }} {...f} />
    ),
    submit: (req, opp, input) => {
      const version = Number((req.body as Record<string, unknown> | undefined)?.version);
      return editOpportunity(depsFrom(req), { id: opp.id, version: Number.isInteger(version) ? version : 0, input });
    },
    done: (_, opp) => ({ to: `/volunteering/${opp.id}`, flash: 'volunteering.flash.edited' }),
  });
}
