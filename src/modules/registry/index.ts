import type { FastifyInstance } from 'fastify';
export async function registryModule(_app: FastifyInstance) {}
