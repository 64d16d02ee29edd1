import type { FastifyInstance } from 'fastify';
export async function accountsModule(_app: FastifyInstance) {}
