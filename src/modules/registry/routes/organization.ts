/** The organisation a registry URL names, as the kit's routes load it. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { validateBin } from '../../../reference/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { fail } from '../reasons.ts';
import { findOrganization } from '../repository.ts';

/** URL params of every page about one organisation (the BIN is checked by `organizationAt`, to say why). */
export const binParams = z.object({ bin: z.string() });

/** The organisation by the URL's BIN: 400 for a malformed BIN (saying why: length or check digit), 404 when not registered. */
export async function organizationAt(req: FastifyRequest, { bin }: { bin: string }) {
  const v = validateBin(bin);
  if (!v.ok) return fail(v.reason === 'checksum' ? 'bin_checksum' : 'bin_format');
  const org = await findOrganization(req.server.db, v.value);
  return org ? ok(org) : fail('not_found');
}

export const toProfile = ({ bin }: { bin: string }) => `/registry/${bin}`;
