/**
 * The commission's decision, its corrections and the contract, as kit declarations. A winner not
 * admitted, two winners of one lot or a budget exceeded are told next to the winners.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok } from '../../../platform/kit/index.ts';
import { correctDecision } from '../commands/correctDecision.ts';
import { decideCall } from '../commands/decideCall.ts';
import { orgName } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { callApplications, callLots, orgsByBins, scoreSummaries } from '../repository/index.ts';
import { correctionSchema, decideSchema } from '../schemas.ts';
import { byId, crumbs, form, managedCall } from './loaders.ts';

const toCall = (p: { id: string }) => `/funding/calls/${p.id}`;

/** The admitted applications of a call under review, with their lot and their panel's scores. */
async function deciding(req: FastifyRequest, p: { id: string }) {
  const found = await managedCall(req, p);
  if (!found.ok) return found;
  const call = found.value;
  if (call.status !== 'review') return fail('badTransition');
  const db = req.server.db;
  const [apps, lots] = await Promise.all([callApplications(db, call.id), callLots(db, call.id)]);
  const admitted = apps.filter((a) => a.status === 'admitted');
  const [orgs, scores] = await Promise.all([
    orgsByBins(
      db,
      admitted.map((a) => a.bin),
    ),
    scoreSummaries(
      db,
      admitted.map((a) => a.id),
    ),
  ]);
  return ok({
    call,
    admitted: admitted.map((a) => {
      const s = scores.find((x) => x.application_id === a.id);
      return {
        id: a.id,
        title: a.title,
        lot: lots.find((l) => l.id === a.lot_id)?.number,
        org: orgName(orgs.get(a.bin), req.locale),
        score: s ? { avg: Number(s.avg), n: Number(s.n) } : null,
      };
    }),
  });
}

/** The decided applications of a call whose outcome may be corrected. */
async function correcting(req: FastifyRequest, p: { id: string }) {
  const found = await managedCall(req, p);
  if (!found.ok) return found;
  const apps = (await callApplications(req.server.db, found.value.id)).filter(
    (a) => a.status === 'awarded' || a.status === 'not_awarded',
  );
  const orgs = await orgsByBins(
    req.server.db,
    apps.map((a) => a.bin),
  );
  return ok({
    call: found.value,
    apps: apps.map((a) => ({ id: a.id, title: a.title, status: a.status, org: orgName(orgs.get(a.bin), req.locale) })),
  });
}

export async function fundingDecisions(app: FastifyInstance) {
  form(app, {
    path: '/funding/calls/:id/decide',
    policy: SIGNED_IN,
    params: byId,
    load: deciding,
    back: toCall,
    schema: decideSchema,
    view: ({ call, admitted }, f, req) => (
      <FormPage
        title={req.t('funding.manage.decide')}
        crumbs={crumbs(req, [call.title, toCall(call)])}
        action={`/funding/calls/${call.id}/decide`}
        fields={[
          {
            kind: 'checkboxes',
            name: 'winners',
            label: req.t('funding.decision.winners'),
            hint: req.t('funding.decision.winnersHint'),
            options: admitted.map((a) => ({
              value: a.id,
              label: `${req.t('funding.app.lot')} ${a.lot}: ${a.org} — ${a.title} (${a.score ? `${a.score.avg.toFixed(2)}, ${req.t('funding.decision.experts', { count: a.score.n })}` : req.t('funding.decision.unscored')})`,
            })),
          },
          { kind: 'textarea', name: 'reasons', label: req.t('funding.decision.reasons'), required: true, rows: 6 },
          {
            kind: 'textarea',
            name: 'commission',
            label: req.t('funding.decision.commission'),
            hint: req.t('funding.decision.commissionHint'),
            rows: 2,
          },
        ]}
        {...f}
        submit={req.t('funding.decision.publish')}
      />
    ),
    submit: (req, { call }, data) => decideCall(depsFrom(req), { callId: call.id, ...data }),
    done: (_req, { call }) => ({ to: toCall(call), flash: 'funding.flash.decided' }),
  });

  form(app, {
    path: '/funding/calls/:id/correct',
    policy: SIGNED_IN,
    params: byId,
    load: correcting,
    back: toCall,
    schema: correctionSchema,
    view: ({ call, apps }, f, req) => (
      <FormPage
        title={req.t('funding.manage.correct')}
        crumbs={crumbs(req, [call.title, toCall(call)])}
        intro={<p>{req.t('funding.correction.intro')}</p>}
        action={`/funding/calls/${call.id}/correct`}
        fields={[
          {
            kind: 'select',
            name: 'applicationId',
            label: req.t('funding.correction.application'),
            required: true,
            options: apps.map((a) => ({
              value: a.id,
              label: `${a.org} — ${a.title} (${req.t(`funding.status.${a.status}`)})`,
            })),
          },
          {
            kind: 'select',
            name: 'to',
            label: req.t('funding.correction.to'),
            required: true,
            options: ['awarded', 'not_awarded'].map((s) => ({ value: s, label: req.t(`funding.status.${s}`) })),
          },
          {
            kind: 'textarea',
            name: 'reason',
            label: req.t('funding.correction.reason'),
            hint: req.t('funding.correction.reasonHint'),
            required: true,
            rows: 4,
          },
        ]}
        {...f}
        submit={req.t('funding.correction.submit')}
      />
    ),
    submit: (req, _, data) => correctDecision(depsFrom(req), data),
    done: (_req, { call }) => ({ to: toCall(call), flash: 'funding.flash.corrected' }),
  });
}
