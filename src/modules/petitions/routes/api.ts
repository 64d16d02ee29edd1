/** The JSON API of initiatives (OpenAPI from the Zod schemas). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { param } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { signInitiative, type SignContext } from '../commands/sign.ts';
import { PUBLIC_STATUSES } from '../domain.ts';
import { detailJson, itemJson } from '../presenters.ts';
import { findInitiative, searchInitiatives } from '../repository/index.ts';
import {
  apiError,
  apiListQuery,
  idParams,
  initiativeDetailJson,
  initiativeListJson,
  payloadJson,
  signBody,
  signedJson,
} from '../schemas.ts';
import { payloadOf } from './initiative.tsx';

const api = { policy: PUBLIC, api: true };
const tags = ['initiatives'];

export async function petitionsApi(fastify: FastifyInstance, opts: { sign: () => SignContext }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/initiatives',
    {
      config: api,
      schema: {
        tags,
        summary: 'Listed public initiatives (past moderation; collecting ones from 50 signatures)',
        querystring: apiListQuery,
        response: { 200: initiativeListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const now = new Date();
      const r = await searchInitiatives(
        db,
        {
          status: q.status,
          addressee: q.addressee,
          region: q.region,
          q: q.q?.trim() || undefined,
          page: q.page,
          pageSize: q.pageSize,
        },
        param('petition.publicListingMin', now),
      );
      return { items: r.rows.map((row) => itemJson(row, now)), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  const loadPublic = async (id: string) => {
    const row = await findInitiative(db, id);
    return row && PUBLIC_STATUSES.includes(row.status) ? row : undefined;
  };

  app.get(
    '/api/v1/initiatives/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'One initiative: status, signature count, threshold, deadlines, answer',
        params: idParams,
        response: { 200: initiativeDetailJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const row = await loadPublic(req.params.id);
      if (!row) return reply.code(404).send({ error: 'not_found', message: req.t('petitions.notFound.message') });
      return detailJson(row, new Date());
    },
  );

  app.get(
    '/api/v1/initiatives/:id/signing-payload',
    {
      config: api,
      schema: {
        tags,
        summary: 'The exact bytes to sign (base64) and their readable text',
        params: idParams,
        response: { 200: payloadJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const row = await loadPublic(req.params.id);
      if (!row) return reply.code(404).send({ error: 'not_found', message: req.t('petitions.notFound.message') });
      return payloadOf(row);
    },
  );

  app.post(
    '/api/v1/initiatives/:id/signatures',
    {
      config: api,
      schema: {
        tags,
        summary: 'Sign with a CMS (base64 DER, attached or detached) over the signing payload; no account needed',
        params: idParams,
        body: signBody,
        response: { 201: signedJson, 404: apiError, 409: apiError, 422: apiError },
      },
    },
    async (req, reply) => {
      const r = await signInitiative(opts.sign(), { id: req.params.id, cms: req.body.cms });
      if (r.ok)
        return reply.code(201).send({
          signatureCount: r.value.signatureCount,
          receiptUrl: `/${req.locale}/initiatives/receipts/${r.value.receiptToken}`,
        });
      if (r.reason === 'not_found')
        return reply.code(404).send({ error: 'not_found', message: req.t('petitions.notFound.message') });
      if (r.reason === 'already_signed')
        return reply.code(409).send({ error: 'already_signed', message: req.t('petitions.sign.alreadySigned') });
      if (r.reason === 'not_collecting')
        return reply.code(409).send({ error: 'not_collecting', message: req.t('petitions.deny.not_collecting') });
      return reply.code(422).send({ error: r.reason, message: req.t(`pki.reason.${r.reason}`) });
    },
  );
}
