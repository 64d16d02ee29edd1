// The per-certificate verdict cache and the fast path (fast.ts): a cached signer is still refused
// after a CRL reload revokes it, or once its certificate has expired; every refusal and its reason
// are the same on a warm store as on a cold one; openssl's signatures take the fast path too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIin } from '../../reference/identity.ts';
import {
  createIntermediateCa,
  createTestCa,
  issueCertificate,
  loadTrustStore,
  revoke,
  signCms,
  verifyCms,
  type IssueOptions,
  type TestCa,
  type VerifyResult,
} from './index.ts';
import { parseCmsFast, verdictKey } from './fast.ts';
import { TrustStore } from './trust.ts';

let root: string;
let ca: TestCa;
const CONTENT = new TextEncoder().encode('Qogam: бастамаға қол қоямын / I support this initiative');
const DAY = 86400_000;

const person = (seed: number, over: Partial<IssueOptions> = {}): IssueOptions => ({
  iin: generateIin('1987-11-02', seed % 2 ? 'male' : 'female', seed),
  surname: 'СЕРІКОВ',
  givenName: 'ДӘУРЕН',
  keyAlgorithm: 'ECDSA',
  ...over,
});

/** The cache key of a CMS's signer (its certificate with the list the CMS carries). */
const signerKey = (cms: Uint8Array) => verdictKey(parseCmsFast(cms)!.certificates);
const reasonOf = (r: VerifyResult) => (r.ok ? 'ok' : r.reason);

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'qogam-pki-cache-'));
  ca = await createTestCa(join(root, 'ca'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('verdict cache', () => {
  test('a good signer is cached; the cached answer equals the full one (identity, signing time, certificate)', async () => {
    const trust = await loadTrustStore(ca.dir, { reload: true });
    const issued = await issueCertificate(ca, person(1, { patronymic: 'АСҚАРҰЛЫ' }));
    const cms = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    const full = await verifyCms(cms, CONTENT, trust);
    assert.ok(full.ok);
    assert.ok(trust.verdictFor(signerKey(cms)), 'the verdict is kept after the full path accepted');
    const fast = await verifyCms(cms, CONTENT, trust);
    assert.deepEqual(fast, full);
    // A second signature by the same person (another document) is judged on the fast path too.
    const other = new TextEncoder().encode('another initiative');
    const cms2 = await signCms(other, issued.certPem, issued.keyPem, { detached: false });
    const r2 = await verifyCms(cms2, other, trust);
    assert.ok(r2.ok);
    assert.equal(r2.value.signer.iin, full.value.signer.iin);
  });

  test('revoked after it was cached as good: refused as revoked once the CRL is reloaded', async () => {
    const trust = await loadTrustStore(ca.dir, { reload: true });
    const issued = await issueCertificate(ca, person(2));
    const cms = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    assert.ok(trust.verdictFor(signerKey(cms)));
    const generation = trust.generation;
    await revoke(ca, issued.serialNumber); // rewrites the CRL and reloads the store
    assert.ok(trust.generation > generation);
    assert.equal(trust.verdictFor(signerKey(cms)), undefined, 'the reload forgot every verdict');
    assert.equal(reasonOf(await verifyCms(cms, CONTENT, trust)), 'revoked');
  });

  test('a CRL put in place by hand and a plain store.reload() also refuse the cached signer', async () => {
    const dir = join(root, 'manual');
    const own = await createTestCa(dir);
    const trust = new TrustStore(dir);
    await trust.reload();
    const issued = await issueCertificate(own, person(3));
    const cms = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    // revoke() writes the CRL (and reloads the shared cached store, not this one).
    await revoke(own, issued.serialNumber);
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok, 'this store has not read the new CRL yet');
    await trust.reload();
    assert.equal(reasonOf(await verifyCms(cms, CONTENT, trust)), 'revoked');
  });

  test('expired since it was cached: refused as expired (at receipt), and judged by the signing time too', async () => {
    const trust = await loadTrustStore(ca.dir, { reload: true });
    const notAfter = new Date(Date.now() + 2 * DAY);
    const issued = await issueCertificate(ca, person(4, { notAfter }));
    const cms = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    assert.ok(trust.verdictFor(signerKey(cms)));
    assert.equal(
      reasonOf(await verifyCms(cms, CONTENT, trust, { at: new Date(notAfter.getTime() + 60_000) })),
      'expired',
    );
    // A signature dated after the certificate's end, received while it is cached as good.
    const late = await signCms(CONTENT, issued.certPem, issued.keyPem, {
      detached: true,
      signingTime: new Date(notAfter.getTime() + 60_000),
    });
    assert.equal(
      reasonOf(await verifyCms(late, CONTENT, trust, { at: new Date(notAfter.getTime() + 30 * 60_000) })),
      'expired',
    );
    // And one dated more than an hour ahead of receipt.
    const future = await signCms(CONTENT, issued.certPem, issued.keyPem, {
      detached: true,
      signingTime: new Date(Date.now() + DAY),
    });
    assert.equal(reasonOf(await verifyCms(future, CONTENT, trust)), 'not_yet_valid');
  });

  test('an intermediate that expires: the cached path is re-checked at receipt', async () => {
    const trust = await loadTrustStore(ca.dir, { reload: true });
    const sub = await createIntermediateCa(ca, { commonName: 'Qogam Cache Sub CA' });
    const issued = await issueCertificate(sub, person(5));
    const cms = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true, extraCertsPem: [sub.certPem] });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    // The same signer without the intermediate in the CMS: no path, even though the signer is cached.
    const bare = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    assert.equal(reasonOf(await verifyCms(bare, CONTENT, trust)), 'untrusted_chain');
    const end = sub.certificate.notAfter.getTime();
    assert.equal(reasonOf(await verifyCms(cms, CONTENT, trust, { at: new Date(end + 60_000) })), 'expired');
  });

  test('every refusal on a warm store has the same reason as on a cold one', async () => {
    const issued = await issueCertificate(ca, person(6));
    const rsa = await issueCertificate(ca, person(7, { keyAlgorithm: 'RSA' }));
    const good = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    const goodRsa = await signCms(CONTENT, rsa.certPem, rsa.keyPem, { detached: false });
    const otherBytes = new TextEncoder().encode('something else');
    const flip = (b: Uint8Array, at: number) => {
      const c = new Uint8Array(b);
      c[at] ^= 0x01;
      return c;
    };
    const cases: [string, Uint8Array, Uint8Array][] = [
      ['good', good, CONTENT],
      ['good RSA attached', goodRsa, CONTENT],
      ['detached, other content', good, otherBytes],
      ['detached, no content', good, new Uint8Array(0)],
      ['attached, other content', goodRsa, otherBytes],
      ['signature bit flipped', flip(good, good.length - 5), CONTENT],
      ['RSA signature bit flipped', flip(goodRsa, goodRsa.length - 5), CONTENT],
      ['signed attributes tampered', flip(good, good.length - 90), CONTENT],
      [
        'signed over other bytes',
        await signCms(otherBytes, issued.certPem, issued.keyPem, { detached: true }),
        CONTENT,
      ],
      ['truncated', good.subarray(0, good.length - 10), CONTENT],
      [
        'no signing time',
        await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true, signingTime: null }),
        CONTENT,
      ],
    ];
    const warm = await loadTrustStore(ca.dir, { reload: true });
    assert.ok((await verifyCms(good, CONTENT, warm)).ok);
    assert.ok((await verifyCms(goodRsa, CONTENT, warm)).ok);
    assert.ok(warm.verdictFor(signerKey(good)) && warm.verdictFor(signerKey(goodRsa)));
    for (const [name, cms, content] of cases) {
      const store = new TrustStore(ca.dir);
      await store.reload();
      const expected = reasonOf(await verifyCms(cms, content, store));
      assert.equal(reasonOf(await verifyCms(cms, content, warm)), expected, name);
    }
    assert.equal(reasonOf(await verifyCms(good, otherBytes, warm)), 'bad_signature');
    assert.equal(reasonOf(await verifyCms(goodRsa, otherBytes, warm)), 'content_mismatch');
  });

  test('an online revocation check is asked every time (no fast path with one)', async () => {
    const trust = await loadTrustStore(ca.dir, { reload: true });
    const issued = await issueCertificate(ca, person(8));
    const cms = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    let asked = 0;
    const r = await verifyCms(cms, CONTENT, trust, { revocation: async () => (asked++, 'revoked') });
    assert.equal(reasonOf(r), 'revoked');
    assert.equal(asked, 1);
  });

  test('openssl cms signatures (RSA and ECDSA, attached and detached) are read by the fast path', async () => {
    const trust = await loadTrustStore(ca.dir, { reload: true });
    for (const [i, alg] of (['ECDSA', 'RSA'] as const).entries()) {
      const issued = await issueCertificate(ca, person(10 + i, { keyAlgorithm: alg }));
      for (const detached of [true, false]) {
        const dir = mkdtempSync(join(root, 'ossl-'));
        writeFileSync(join(dir, 'c.pem'), issued.certPem);
        writeFileSync(join(dir, 'k.pem'), issued.keyPem);
        writeFileSync(join(dir, 'in.bin'), CONTENT);
        const args = [
          'cms',
          '-sign',
          '-binary',
          '-outform',
          'DER',
          '-in',
          'in.bin',
          '-signer',
          'c.pem',
          '-inkey',
          'k.pem',
          '-md',
          'sha256',
          '-out',
          'sig.der',
        ];
        if (!detached) args.push('-nodetach');
        execFileSync('/usr/bin/openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        const cms = new Uint8Array(readFileSync(join(dir, 'sig.der')));
        assert.ok(parseCmsFast(cms), `${alg} ${detached ? 'detached' : 'attached'} is within the fast subset`);
        const first = await verifyCms(cms, CONTENT, trust);
        assert.ok(first.ok);
        assert.deepEqual(await verifyCms(cms, CONTENT, trust), first);
      }
    }
  });
});
