import type { ZodTypeProvider } from 'fastify-type-provider-zod';
/** Every dataset in the catalogue downloadable as CSV and JSON at /open-data/{id}.csv|json, streamed. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PUBLIC } from '../authz/index.ts';
import { attachment, csvStream, jsonArrayStream } from './stream.ts';

const fileParams = z.object({ file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.(csv|json)$/) });

export async function openDataRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/open-data/:file',
    {
      config: { policy: PUBLIC, api: true },
      schema: {
        tags: ['open-data'],
        summary:
          'A dataset of the open-data catalogue as CSV or JSON ({id}.csv, {id}.json); /open-data/index.json lists them',
        params: fileParams,
      },
    },
    async (req, reply) => {
      const { file } = req.params;
      const dot = file.lastIndexOf('.');
      const dataset = app.openData.dataset(file.slice(0, dot));
      if (!dataset)
        return reply
          .code(404)
          .send({ error: 'not_found', message: `No dataset ${file.slice(0, dot)}; see /open-data/index.json` });
      reply.header('content-disposition', attachment(file));
      if (file.endsWith('.csv'))
        return reply
          .type('text/csv; charset=utf-8')
          .send(Readable.from(csvStream(dataset.columns, dataset.batches(app.db))));
      return reply
        .type('application/json; charset=utf-8')
        .send(Readable.from(jsonArrayStream(dataset.batches(app.db))));
    },
  );
}
