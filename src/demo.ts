import type { FastifyInstance } from 'fastify';
/** Loads demo data into an empty database; returns whether it did. */
export async function seedDemoIfEmpty(_app: FastifyInstance): Promise<boolean> {
  return false;
}
