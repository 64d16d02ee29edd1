/**
 * Digital signatures: verification of CMS (PKCS#7) SignedData against configured trust
 * anchors and CRLs, the signer's identity (IIN, BIN, name) from the certificate, and a test CA
 * for development, tests, benchmarks and the demo. See docs/decisions/0004-digital-signatures.md.
 *
 *   const r = await app.pki.verify(cmsDer, payloadBytes);
 *   if (!r.ok) reply.code(422).send({ reason: r.reason, message: req.t(`pki.reason.${r.reason}`) });
 */
import { existsSync, readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { loadTrustStore, type TrustStore } from './trust.ts';
import { verifyCms } from './verify.ts';
import { createTestCa } from './testca.ts';
import { VerifierPool } from './pool.ts';
import type { RevocationChecker, VerifyOptions, VerifyResult } from './types.ts';

export { verifyCms, decodeCms } from './verify.ts';
export { VerifierPool } from './pool.ts';
export { TrustStore, loadTrustStore, invalidateTrustStore, readCertificates, readCrls } from './trust.ts';
export { createTestCa, createIntermediateCa, issueCertificate, revoke, signCms } from './testca.ts';
export type { TestCa, IssueOptions, IssuedCertificate, KeyAlgorithm, KeyUsageName } from './testca.ts';
export { signerIdentity, iinFromSerialNumber, binFromOrganizationalUnit } from './identity.ts';
export { SIGNATURE_FAILURES } from './types.ts';
export type {
  SignatureFailure,
  SignerIdentity,
  VerifiedSignature,
  VerifyResult,
  VerifyOptions,
  RevocationChecker,
  RevocationStatus,
} from './types.ts';

export interface Pki {
  /** The trust store of the configured directory (loaded once, cached). */
  trust(): Promise<TrustStore>;
  /** verifyCms against that store, with the configured online revocation check if any. */
  verify(cms: Uint8Array, content: Uint8Array, opts?: VerifyOptions): Promise<VerifyResult>;
}

declare module 'fastify' {
  interface FastifyInstance {
    pki: Pki;
  }
}

function hasCertificates(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((n) => /\.(pem|crt|cer)$/i.test(n));
}

/**
 * Decorates `app.pki`. The trust directory is `config.trustedCaDir` (QOGAM_TRUSTED_CA); in demo
 * mode, when that directory holds no certificate, the project's test CA is created there first.
 * `revocation` plugs in an online check (OCSP) — none is shipped, see the ADR. `workers` > 0
 * verifies on that many worker threads (signing bursts); the online check then is not used.
 */
export const pkiPlugin = fp(
  async (app: FastifyInstance, opts: { revocation?: RevocationChecker; workers?: number } = {}) => {
    const dir = app.config.trustedCaDir;
    if (dir && app.config.demo && !hasCertificates(dir)) {
      await createTestCa(dir);
      app.log.info({ dir }, 'pki: created the demo test CA');
    }
    const trust = () => loadTrustStore(dir ?? null);
    const store = await trust();
    if (store.empty)
      app.log.warn(
        { dir: dir ?? null },
        'pki: no trusted root certificates; every signature will be refused (set QOGAM_TRUSTED_CA)',
      );
    for (const p of store.problems) app.log.warn(`pki: ${p}`);
    const pool = opts.workers && opts.workers > 0 ? new VerifierPool(dir ?? null, opts.workers) : null;
    if (pool) app.addHook('onClose', () => pool.close());
    app.decorate('pki', {
      trust,
      async verify(cms: Uint8Array, content: Uint8Array, o: VerifyOptions = {}) {
        if (pool && !o.revocation) return pool.verify(cms, content, { at: o.at });
        return verifyCms(cms, content, await trust(), { revocation: opts.revocation, ...o });
      },
    } satisfies Pki);
  },
  { name: 'qogam-pki' },
);
