/** The JSON API of the module (OpenAPI from the Zod schemas). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { canViewDraft } from '../policy.ts';
import { detailJson, listItemJson } from '../presenters.ts';
import { commentsOf, conclusionsOf, findDraft, listDrafts, listVersions, unitsOf } from '../repository/index.ts';
import { apiError, apiListQuery, draftDetailJson, draftListJson, idParams } from '../schemas.ts';

const api = { policy: PUBLIC, api: true };
const tags = ['legislation'];

export async function legislationApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/drafts',
    {
      config: api,
      schema: {
        tags,
        summary: 'Draft legal acts under public discussion, with filters',
        querystring: apiListQuery,
        response: { 200: draftListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const now = new Date();
      const r = await listDrafts(
        db,
        {
          q: q.q || undefined,
          status: q.status,
          bodyCode: q.stateBody,
          openNow: q.openNow === 'true',
          viewerBodies: req.actor?.stateBodies ?? [],
          page: q.page,
          pageSize: q.pageSize,
        },
        now,
      );
      return { items: r.rows.map((d) => listItemJson(d, now)), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/drafts/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'One draft: structure of the current version, versions, comments with answers and counts, conclusions',
        params: idParams,
        response: { 200: draftDetailJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const draft = await findDraft(db, req.params.id);
      if (!draft || !canViewDraft(req.actor, draft).ok)
        return reply.code(404).send({ error: 'not_found', message: req.t('legislation.draft.notFound') });
      const versions = await listVersions(db, draft.id);
      const version = versions.find((v) => v.number === draft.current_version)!;
      const [units, comments, conclusions] = await Promise.all([
        unitsOf(db, version.id),
        commentsOf(db, draft.id),
        conclusionsOf(db, draft.id),
      ]);
      return detailJson(draft, { version, versions, units, comments, conclusions, now: new Date() });
    },
  );
}
