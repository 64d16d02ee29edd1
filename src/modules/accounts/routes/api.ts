import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { presentMe } from '../presenters.ts';
import { stateBodiesByIds } from '../repository.ts';
import { meResponse } from '../schemas.ts';

const problem = z.object({ error: z.string(), message: z.string() });

/** JSON API of the accounts module. */
export async function apiRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/me',
    {
      config: { policy: SIGNED_IN, api: true },
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in person',
        description:
          'Who the token (or session) belongs to: name, e-mail, roles, the organisations (by BIN) and state bodies they act for. State body names follow ?lang= or Accept-Language.',
        security: [{ bearer: [] }],
        response: { 200: meResponse, 401: problem },
      },
    },
    async (req) => {
      const actor = req.actor as Actor;
      return presentMe(actor, await stateBodiesByIds(app.db, actor.stateBodies), req.locale);
    },
  );
}
