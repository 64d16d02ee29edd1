/** The public JSON API (OpenAPI from the Zod schemas), the iCalendar feeds and public documents. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { meetingsCalendar } from '../ical.ts';
import { councilDetailJson, councilItemJson, councilName, hearingDetailJson, hearingItemJson } from '../presenters.ts';
import {
  councilMeetings,
  councilMembers,
  councilReports,
  councilSelections,
  documentsOf,
  findCouncil,
  findHearing,
  findPublicDocument,
  hearingQuestions,
  hearingRegistrations,
  meetingDecisions,
  searchCouncils,
  searchHearings,
  selectionApplications,
} from '../repository/index.ts';
import {
  apiError,
  councilDetailJson as councilDetailSchema,
  councilListJson,
  councilsApiQuery,
  hearingDetailJson as hearingDetailSchema,
  hearingListJson,
  hearingsApiQuery,
  idParams,
} from '../schemas.ts';

const api = { policy: PUBLIC, api: true };
const tags = ['councils'];

export async function councilsApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/councils',
    {
      config: api,
      schema: {
        tags,
        summary: 'Public councils (national and local)',
        querystring: councilsApiQuery,
        response: { 200: councilListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await searchCouncils(db, {
        q: q.q || undefined,
        level: q.level,
        region: q.region,
        body: q.body,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: r.rows.map(councilItemJson), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/councils/:id',
    {
      config: api,
      schema: {
        tags,
        summary:
          'One council: members, selections with candidates and votes, meetings with decisions and responses, monitoring reports',
        params: idParams,
        response: { 200: councilDetailSchema, 404: apiError },
      },
    },
    async (req, reply) => {
      const c = await findCouncil(db, req.params.id);
      if (!c) return reply.code(404).send({ error: 'not_found', message: req.t('councils.council.notFound') });
      const [members, selections, meetings, reports] = await Promise.all([
        councilMembers(db, c.id),
        councilSelections(db, c.id),
        councilMeetings(db, c.id),
        councilReports(db, c.id),
      ]);
      return councilDetailJson(c, {
        members,
        selections: await Promise.all(
          selections.map(async (s) => ({ ...s, applications: await selectionApplications(db, s.id) })),
        ),
        meetings: await Promise.all(
          meetings.map(async (m) => ({
            ...m,
            decisions: await meetingDecisions(db, m.id),
            documents: await documentsOf(db, 'meeting', m.id),
          })),
        ),
        reports,
      });
    },
  );

  app.get(
    '/api/v1/councils/:id/meetings.ics',
    { config: api, schema: { tags, summary: "The council's meetings as iCalendar (times in UTC)", params: idParams } },
    async (req, reply) => {
      const c = await findCouncil(db, req.params.id);
      if (!c) return reply.code(404).send({ error: 'not_found', message: req.t('councils.council.notFound') });
      const base = app.config.baseUrl ?? `${req.protocol}://${req.host}`;
      const ics = meetingsCalendar(
        { id: c.id, name: councilName(c, req.locale) },
        await councilMeetings(db, c.id),
        base,
        req.locale,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="council-${c.id}.ics"`)
        .send(ics);
    },
  );

  app.get(
    '/api/v1/hearings',
    {
      config: api,
      schema: { tags, summary: 'Public hearings', querystring: hearingsApiQuery, response: { 200: hearingListJson } },
    },
    async (req) => {
      const q = req.query;
      const r = await searchHearings(db, {
        q: q.q || undefined,
        status: q.status,
        region: q.region,
        body: q.body,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: r.rows.map(hearingItemJson), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/hearings/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'One hearing: materials, minutes, questions and proposals with the answers',
        params: idParams,
        response: { 200: hearingDetailSchema, 404: apiError },
      },
    },
    async (req, reply) => {
      const h = await findHearing(db, req.params.id);
      if (!h) return reply.code(404).send({ error: 'not_found', message: req.t('councils.hearing.notFound') });
      const [questions, regs, materials] = await Promise.all([
        hearingQuestions(db, h.id),
        hearingRegistrations(db, h.id),
        documentsOf(db, 'hearing', h.id),
      ]);
      return hearingDetailJson(h, { questions, registrations: regs.length, materials });
    },
  );

  // Public documents (agenda papers, minutes, materials, reports): the law makes them public.
  app.get('/councils/documents/:id', { config: { policy: PUBLIC }, schema: { hide: true } }, async (req, reply) => {
    const p = idParams.safeParse(req.params);
    const d = p.success ? await findPublicDocument(db, p.data.id) : undefined;
    if (!d) return reply.code(404).type('text/plain; charset=utf-8').send(req.t('errors.notFound'));
    const data = await app.storage.get(d.storage_key);
    return reply
      .type(d.mime)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(d.original_name)}`)
      .send(data);
  });
}
