/** The organisation a registry URL names, as the kit's routes load it. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { validateBin } from '../../../reference/index.ts';
import { ok, type Back, type Failure } from '../../../platform/kit/index.ts';
import { fail } from '../reasons.ts';
import { findOrganization } from '../repository/index.ts';

/** URL params of every page about one organisation (the BIN is checked by `organizationAt`, to say why). */
export const binParams = z.object({ bin: z.string() });

/**
 * The organisation by the URL's BIN: 400 for a malformed BIN (saying why: length or check digit),
 * 404 naming the BIN when it is not registered.
 */
export async function organizationAt(req: FastifyRequest, { bin }: { bin: string }) {
  const v = validateBin(bin);
  if (!v.ok) return fail(v.reason === 'checksum' ? 'bin_checksum' : 'bin_format');
  const org = await findOrganization(req.server.db, v.value);
  return org ? ok(org) : fail('unknown_bin', undefined, { bin: v.value });
}

export const toProfile = ({ bin }: { bin: string }) => `/registry/${bin}`;

const SEARCH: [string, string] = ['registry.search.title', '/registry'];

/**
 * Where a refusal about one organisation links: to the search and to registering for a BIN not in
 * the registry, to the search for a malformed one, otherwise to `to` (the profile by default).
 */
export const backTo =
  (to: (p: { bin: string }) => string = toProfile) =>
  (p: { bin: string }, _loaded?: unknown, f?: Pick<Failure, 'reason'>): Back =>
    f?.reason === 'unknown_bin'
      ? [SEARCH, ['registry.search.registerLink', '/registry/new']]
      : f?.reason === 'bin_format' || f?.reason === 'bin_checksum'
        ? [SEARCH]
        : to(p);
