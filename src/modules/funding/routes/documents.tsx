/**
 * Documents and the beneficiaries' survey. A document is downloaded when policy.canSeeDocument
 * allows it (otherwise it is not there for the reader: 404); the survey is answered by its public link.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok } from '../../../platform/kit/index.ts';
import { Layout } from '../../../platform/views/Layout.tsx';
import { answerSurvey } from '../commands/answerSurvey.ts';
import { canSeeDocument } from '../policy.ts';
import { orgName } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  findApplication,
  findBody,
  findCall,
  findDocument,
  isPanelMember,
  orgsByBins,
  projectBySurveyToken,
} from '../repository/index.ts';
import { surveySchema } from '../schemas.ts';
import { byId, byToken, crumbs, deny, form } from './loaders.ts';

const doneQuery = z.object({ done: z.string().optional().catch(undefined) });

/** What the document's access rule is judged on: its application, call, body and the reader's panel seat. */
async function documentFacts(req: FastifyRequest, d: { entity_type: string; entity_id: string }) {
  if (d.entity_type !== 'application') return { application: null, onPanel: false };
  const db = req.server.db;
  const app = await findApplication(db, d.entity_id);
  const call = app ? await findCall(db, app.call_id) : undefined;
  const body = call ? await findBody(db, call.state_body_id) : undefined;
  const onPanel = !!req.actor && !!call && (await isPanelMember(db, call.id, req.actor.id));
  return { application: { app, call, body }, onPanel };
}

export async function fundingDocuments(app: FastifyInstance) {
  app.get('/funding/documents/:id', { config: { policy: PUBLIC }, schema: { hide: true } }, async (req, reply) => {
    const p = byId.safeParse(req.params);
    const d = p.success ? await findDocument(req.server.db, p.data.id) : undefined;
    const facts = d ? await documentFacts(req, d) : null;
    if (!d || !facts || !canSeeDocument(req.actor, d, facts.application, facts.onPanel))
      return deny(req, reply, { kind: 'not_found', reason: 'not_found' }, '/funding');
    return reply
      .type(d.mime)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(d.original_name)}`)
      .header('x-content-type-options', 'nosniff')
      .send(await req.server.storage.get(d.storage_key));
  });

  form(app, {
    path: '/funding/survey/:token',
    policy: PUBLIC,
    params: byToken,
    load: async (req, p) => {
      const project = await projectBySurveyToken(req.server.db, p.token);
      if (!project) return fail('not_found');
      const orgs = await orgsByBins(req.server.db, [project.bin]);
      return ok({ project, org: orgName(orgs.get(project.bin), req.locale) });
    },
    back: () => '/funding',
    schema: surveySchema,
    view: ({ project, org }, f, req) => {
      const intro = <p>{req.t('funding.survey.intro', { project: project.title, org })}</p>;
      if (doneQuery.parse(req.query ?? {}).done === '1')
        return (
          <Layout title={req.t('funding.survey.title')} crumbs={crumbs(req)}>
            <h1>{req.t('funding.survey.title')}</h1>
            {intro}
            <p class="notice">{req.t('funding.survey.thanks')}</p>
          </Layout>
        );
      return (
        <FormPage
          title={req.t('funding.survey.title')}
          crumbs={crumbs(req)}
          intro={intro}
          action={`/funding/survey/${project.survey_token}`}
          fields={[
            {
              kind: 'select',
              name: 'score',
              label: req.t('funding.survey.score'),
              required: true,
              emptyOption: req.t('funding.survey.choose'),
              options: [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: req.t(`funding.survey.score${n}`) })),
            },
            { kind: 'textarea', name: 'comment', label: req.t('funding.survey.comment'), rows: 4 },
          ]}
          {...f}
          submit={req.t('funding.survey.send')}
        />
      );
    },
    submit: (req, { project }, d) =>
      answerSurvey(depsFrom(req), { token: project.survey_token, score: d.score, comment: d.comment }),
    done: (_req, { project }) => ({
      to: `/funding/survey/${project.survey_token}?done=1`,
      flash: 'funding.flash.surveyThanks',
    }),
  });
}
