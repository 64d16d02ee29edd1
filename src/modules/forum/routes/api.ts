/** The JSON API of forums and the action plan (OpenAPI from the Zod schemas). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { almatyDate } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { evidenceJson, forumJson, itemJson, recommendationJson } from '../presenters.ts';
import {
  evidenceOf,
  findForum,
  findItem,
  listPlatforms,
  listRecommendations,
  searchForums,
  searchItems,
  sourcesOf,
} from '../repository/index.ts';
import {
  apiError,
  forumDetailJson,
  forumListJson,
  forumListQuery,
  idParams,
  itemDetailJson,
  itemListJson,
  itemListQuery,
} from '../schemas.ts';

const api = { policy: PUBLIC, api: true };
const tags = ['forum'];

export async function forumApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/forums',
    {
      config: api,
      schema: {
        tags,
        summary: 'Civil forums, national and regional',
        querystring: forumListQuery,
        response: { 200: forumListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await searchForums(db, {
        q: q.q || undefined,
        kind: q.kind,
        region: q.region,
        status: q.status,
        year: q.year,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: r.rows.map(forumJson), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/forums/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'A forum with its dialogue platforms and their recommendations',
        params: idParams,
        response: { 200: forumDetailJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const forum = await findForum(db, req.params.id);
      if (!forum) return reply.code(404).send({ error: 'not_found', message: req.t('forum.notFound.message') });
      const [platforms, recs] = await Promise.all([
        listPlatforms(db, forum.id),
        listRecommendations(db, { forumId: forum.id }),
      ]);
      return {
        ...forumJson(forum),
        description: forum.description,
        platforms: platforms.map((p) => ({
          id: p.id,
          topic: p.topic,
          title: { kk: p.title_kk, ru: p.title_ru, en: p.title_en },
          proposals: p.proposals,
          recommendations: recs.filter((r) => r.platform_id === p.id).map(recommendationJson),
        })),
      };
    },
  );

  app.get(
    '/api/v1/action-plan',
    {
      config: api,
      schema: {
        tags,
        summary: 'Items of the action plans, with their state (overdue items flagged)',
        querystring: itemListQuery,
        response: { 200: itemListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const now = new Date();
      const r = await searchItems(db, {
        q: q.q || undefined,
        forumId: q.forum,
        body: q.body,
        topic: q.topic,
        region: q.region,
        status: q.status,
        overdue: q.overdue === 'true',
        today: almatyDate(now),
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: r.rows.map((i) => itemJson(i, now)), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/action-plan/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'One action-plan item: its recommendations, responsible body, deadline, status and evidence',
        params: idParams,
        response: { 200: itemDetailJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const item = await findItem(db, req.params.id);
      if (!item) return reply.code(404).send({ error: 'not_found', message: req.t('forum.notFound.message') });
      const [sources, evidence] = await Promise.all([sourcesOf(db, item.id), evidenceOf(db, [item.id])]);
      return {
        ...itemJson(item, new Date()),
        recommendations: sources.map((r) => ({
          id: r.id,
          number: r.number,
          text: { kk: r.text_kk, ru: r.text_ru, en: r.text_en },
          url: `/kk/forum/recommendations/${r.id}`,
        })),
        evidence: evidence.map(evidenceJson),
      };
    },
  );
}
