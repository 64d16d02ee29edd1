/** Lots as kit declarations: a lot's page, applying to it, and a new lot of a draft call. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok, type FieldSpec } from '../../../platform/kit/index.ts';
import { addLot } from '../commands/addLot.ts';
import { startApplication } from '../commands/startApplication.ts';
import { applicationWindow, type LotInput } from '../domain.ts';
import { managesBody } from '../policy.ts';
import { orgName } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { approvedTopics, findBody, findCall, findLot, findTopic, orgsByBins } from '../repository/index.ts';
import { lotSchema } from '../schemas.ts';
import { LotPage } from '../views/LotPage.tsx';
import { action, areaOptions, byId, crumbs, form, managedCall, page, regionOptions } from './loaders.ts';

/** The fields of a lot (on the new call's form and on a new lot's); topics of the body's approved plans. */
export const lotFieldSpecs = (req: FastifyRequest, topics: { id: string; title: string }[]): FieldSpec[] => [
  { kind: 'text', name: 'lotTitle', label: req.t('funding.lot.titleLabel'), required: true },
  { kind: 'textarea', name: 'lotDescription', label: req.t('funding.lot.description'), rows: 3 },
  ...(topics.length
    ? [
        {
          kind: 'select' as const,
          name: 'topicId',
          label: req.t('funding.lot.topic'),
          options: topics.map((t) => ({ value: t.id, label: t.title })),
          emptyOption: req.t('funding.lot.noTopic'),
        },
      ]
    : []),
  {
    kind: 'select',
    name: 'area',
    label: req.t('funding.lot.area'),
    required: true,
    options: areaOptions(req),
    emptyOption: req.t('funding.choose'),
  },
  {
    kind: 'select',
    name: 'region',
    label: req.t('funding.lot.region'),
    options: regionOptions(req),
    emptyOption: req.t('funding.national'),
  },
  {
    kind: 'text',
    name: 'budget',
    label: req.t('funding.callForm.budget'),
    hint: req.t('funding.callForm.budgetHint'),
    required: true,
    width: 'medium',
    inputmode: 'decimal',
  },
  {
    kind: 'number',
    name: 'durationMonths',
    label: req.t('funding.callForm.duration'),
    hint: req.t('funding.callForm.durationHint'),
    required: true,
  },
  { kind: 'textarea', name: 'expectedResults', label: req.t('funding.lot.expectedResults'), rows: 3 },
  {
    kind: 'textarea',
    name: 'indicators',
    label: req.t('funding.lot.indicators'),
    hint: req.t('funding.appForm.indicatorsHint'),
    rows: 3,
  },
  {
    kind: 'select',
    name: 'grantType',
    label: req.t('funding.lot.grantType'),
    hint: req.t('funding.callForm.grantTypeHint'),
    options: ['short_term', 'medium_term', 'long_term'].map((g) => ({
      value: g,
      label: req.t(`funding.grantType.${g}`),
    })),
    emptyOption: '—',
  },
  {
    kind: 'text',
    name: 'prize',
    label: req.t('funding.lot.prize'),
    hint: req.t('funding.callForm.prizeHint'),
    width: 'medium',
    inputmode: 'decimal',
  },
  {
    kind: 'select',
    name: 'splitRule',
    label: req.t('funding.lot.splitRule'),
    hint: req.t('funding.callForm.prizeHint'),
    options: ['single', 'equal_split'].map((s) => ({ value: s, label: req.t(`funding.splitRule.${s}`) })),
    emptyOption: '—',
  },
];

/** The lot's fields as parsed, as the domain takes them. */
export const lotOf = (d: {
  lotTitle: string;
  lotDescription: string;
  area: string;
  region: string | null;
  budget: number;
  durationMonths: number;
  expectedResults: string;
  indicators: LotInput['indicators'];
  grantType: LotInput['grantType'];
  prize: number | null;
  splitRule: LotInput['splitRule'];
  topicId: string | null;
}): LotInput => ({
  topicId: d.topicId,
  title: d.lotTitle,
  description: d.lotDescription,
  area: d.area,
  region: d.region,
  budgetTiyn: d.budget,
  durationMonths: d.durationMonths,
  expectedResults: d.expectedResults,
  indicators: d.indicators,
  grantType: d.grantType,
  prizeTiyn: d.prize,
  splitRule: d.splitRule,
});

export async function fundingLots(app: FastifyInstance) {
  page(app, {
    path: '/funding/lots/:id',
    policy: PUBLIC,
    params: byId,
    load: async (req, p) => {
      const db = req.server.db;
      const lot = await findLot(db, p.id);
      if (!lot) return fail('not_found');
      const call = (await findCall(db, lot.call_id))!;
      const body = await findBody(db, call.state_body_id);
      if (call.status === 'draft' && !managesBody(req.actor, body!)) return fail('not_found');
      const bins = req.actor?.organizations ?? [];
      const [orgs, topic] = await Promise.all([
        orgsByBins(db, bins),
        lot.topic_id ? findTopic(db, lot.topic_id) : undefined,
      ]);
      return ok({
        lot,
        call,
        body,
        topic,
        canApply: bins.length > 0,
        orgs: bins.map((b) => ({ bin: b, name: orgName(orgs.get(b), req.locale) || b })),
        window: applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, new Date()),
      });
    },
    back: () => '/funding/calls',
    render: (d) => <LotPage {...d} />,
  });

  // The NGO starts (or reopens) its draft for the lot, as the organisation and in the language chosen.
  action(app, {
    path: '/funding/lots/:id/apply',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    back: (p) => `/funding/lots/${p.id}`,
    submit: (req, p) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      return startApplication(depsFrom(req), {
        lotId: p.id,
        bin: String(body.bin ?? req.actor!.organizations[0] ?? ''),
        language: body.language === 'ru' ? 'ru' : 'kk',
      });
    },
    done: (_req, _p, r) => ({ to: `/funding/applications/${r.id}/edit` }),
  });

  form(app, {
    path: '/funding/calls/:id/lots/new',
    policy: SIGNED_IN,
    params: byId,
    load: async (req, p) => {
      const call = await managedCall(req, p);
      if (!call.ok) return call;
      return ok({ call: call.value, topics: await approvedTopics(req.server.db, [call.value.state_body_id]) });
    },
    back: (p) => `/funding/calls/${p.id}`,
    schema: lotSchema,
    initial: () => ({ durationMonths: '12' }),
    view: ({ call, topics }, f, req) => (
      <FormPage
        title={req.t('funding.manage.addLot')}
        crumbs={crumbs(req, [call.title, `/funding/calls/${call.id}`])}
        action={`/funding/calls/${call.id}/lots/new`}
        fields={lotFieldSpecs(req, topics)}
        {...f}
        submit={req.t('funding.manage.addLot')}
      />
    ),
    submit: (req, { call }, data) => addLot(depsFrom(req), { callId: call.id, lot: lotOf(data) }),
    done: (_req, { call }) => ({ to: `/funding/calls/${call.id}`, flash: 'funding.flash.saved' }),
  });
}
