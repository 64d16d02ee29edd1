/** The funding module (see ../shared/design/PRODUCT.md): the Fastify plugin and what other modules may use. */
import type { FastifyInstance } from 'fastify';

export async function fundingModule(_app: FastifyInstance) {}

/** Demo data of the module, loaded after the registry's on a first start in demo mode. */
export async function seedFundingDemo(_app: FastifyInstance, _opts: { seed: number }) {}
