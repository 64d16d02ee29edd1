/** The JSON API (OpenAPI from the Zod schemas) and the payment providers' webhook. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { settlePayment } from '../commands/settlePayment.ts';
import { paymentProvider } from '../payments.ts';
import { campaignJson, opportunityJson } from '../presenters.ts';
import {
  campaignsWithOrgs,
  campaignWithOrg,
  opportunitiesWithOrganizers,
  opportunityWithOrganizer,
} from '../lookups.ts';
import { placesTaken } from '../repository/index.ts';
import {
  apiError,
  campaignJson as campaignSchema,
  campaignListJson,
  campaignListQuery,
  idParams,
  opportunityJson as opportunitySchema,
  opportunityListJson,
  opportunityListQuery,
} from '../schemas.ts';
import { almatyDate } from '../../../reference/index.ts';

const api = { policy: PUBLIC, api: true };
/** Today's date in Almaty: what a campaign's phase is judged against. */
const today = () => almatyDate(new Date());

export async function volunteeringApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/opportunities',
    {
      config: api,
      schema: {
        tags: ['volunteering'],
        summary: 'Volunteer opportunities posted by NGOs and state bodies',
        querystring: opportunityListQuery,
        response: { 200: opportunityListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await opportunitiesWithOrganizers(db, {
        q: q.q || undefined,
        region: q.region,
        area: q.area,
        online: q.online === undefined ? undefined : q.online === 'true',
        status: q.status,
        page: q.page,
        pageSize: q.pageSize,
      });
      const taken = await placesTaken(
        db,
        r.rows.map((o) => o.id),
      );
      return {
        items: r.rows.map((o) => opportunityJson(o, taken.get(o.id) ?? 0)),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/v1/opportunities/:id',
    {
      config: api,
      schema: {
        tags: ['volunteering'],
        summary: 'One volunteer opportunity',
        params: idParams,
        response: { 200: opportunitySchema, 404: apiError },
      },
    },
    async (req, reply) => {
      const o = await opportunityWithOrganizer(db, req.params.id);
      if (!o) return reply.code(404).send({ error: 'not_found', message: req.t('volunteering.notFound.message') });
      const taken = await placesTaken(db, [o.id]);
      return opportunityJson(o, taken.get(o.id) ?? 0);
    },
  );

  app.get(
    '/api/v1/campaigns',
    {
      config: api,
      schema: {
        tags: ['charity'],
        summary: 'Charitable campaigns of registered NGOs, with progress and reports',
        querystring: campaignListQuery,
        response: { 200: campaignListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const day = today();
      const r = await campaignsWithOrgs(db, {
        q: q.q || undefined,
        region: q.region,
        area: q.area,
        phase: q.phase,
        bin: q.bin,
        today: day,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: r.rows.map((c) => campaignJson(c, day)), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/campaigns/:id',
    {
      config: api,
      schema: {
        tags: ['charity'],
        summary: 'One charitable campaign',
        params: idParams,
        response: { 200: campaignSchema, 404: apiError },
      },
    },
    async (req, reply) => {
      const c = await campaignWithOrg(db, req.params.id);
      if (!c) return reply.code(404).send({ error: 'not_found', message: req.t('volunteering.notFound.message') });
      return campaignJson(c, today());
    },
  );

  // A provider's server tells us the outcome of a payment. The provider authenticates the body
  // (the development provider: an HMAC signature); a repeated notice is answered 200 "duplicate".
  app.post(
    '/api/v1/payments/:provider/notify',
    {
      config: api,
      schema: {
        tags: ['charity'],
        summary: 'Payment provider webhook: confirmation or failure of a donation (idempotent)',
        params: z.object({ provider: z.string().max(40) }),
        response: {
          200: z.object({ outcome: z.enum(['donated', 'duplicate', 'failed']) }),
          400: apiError,
          404: apiError,
        },
      },
    },
    async (req, reply) => {
      const provider = paymentProvider(app, req.params.provider);
      if (!provider) return reply.code(404).send({ error: 'unknown_provider' });
      const notice = provider.verifyNotice(req.body);
      if (!notice) return reply.code(400).send({ error: 'bad_signature' });
      const r = await settlePayment(depsFrom(req), { provider: provider.id, notice });
      if (!r.ok) return reply.code(404).send({ error: r.reason });
      return { outcome: r.value.outcome };
    },
  );
}
