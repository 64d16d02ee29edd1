// OpenSSL interoperability: signatures made by `openssl cms -sign` (RSA 2048 and ECDSA P-256,
// attached and detached, DER) are accepted; every refusal comes with its own reason code.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateBin, generateIin } from '../../reference/identity.ts';
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
  type TrustStore,
  type VerifyResult,
} from './index.ts';

const OPENSSL = '/usr/bin/openssl';
let root: string;
let trustDir: string;
let ca: TestCa;
let trust: TrustStore;
const CONTENT = Buffer.from(
  'Qogam бастамасы №42: «Алматыда велосипед жолдарын салу» — I support this initiative.\n',
  'utf8',
);

const openssl = (args: string[], cwd = root) => execFileSync(OPENSSL, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

let n = 0;
const file = (name: string, data: string | Uint8Array) => {
  const p = join(root, `${++n}-${name}`);
  writeFileSync(p, data);
  return p;
};

/** Sign CONTENT (or `content`) with openssl cms, DER, binary. */
function opensslSign(
  certPem: string,
  keyPem: string,
  opts: { detached: boolean; content?: Uint8Array; extra?: string[]; noattr?: boolean; stream?: boolean },
): Uint8Array {
  const inFile = file('content.bin', opts.content ?? CONTENT);
  const out = join(root, `${++n}-sig.der`);
  const args = [
    'cms',
    '-sign',
    '-binary',
    '-outform',
    'DER',
    '-in',
    inFile,
    '-signer',
    file('cert.pem', certPem),
    '-inkey',
    file('key.pem', keyPem),
    '-md',
    'sha256',
    '-out',
    out,
  ];
  if (!opts.detached) args.push('-nodetach');
  if (opts.noattr) args.push('-noattr');
  if (opts.stream) args.push('-stream');
  if (opts.extra?.length) args.push('-certfile', file('extra.pem', opts.extra.join('')));
  openssl(args);
  return new Uint8Array(readFileSync(out));
}

const person = (seed: number, over: Partial<IssueOptions> = {}): IssueOptions => ({
  iin: generateIin('1990-03-08', seed % 2 ? 'male' : 'female', seed),
  surname: 'ОРАЗОВА',
  givenName: 'АЙГЕРІМ',
  patronymic: 'САҒАТҚЫЗЫ',
  keyAlgorithm: 'ECDSA',
  ...over,
});

function refused(r: VerifyResult, reason: string) {
  assert.equal(r.ok, false, `expected a refusal "${reason}", got acceptance`);
  if (!r.ok) assert.equal(r.reason, reason, `expected "${reason}", got "${r.reason}" (${r.detail})`);
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'qogam-pki-'));
  trustDir = join(root, 'trusted');
  ca = await createTestCa(trustDir);
  trust = await loadTrustStore(trustDir);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('accepts signatures made by openssl cms -sign', () => {
  for (const keyAlgorithm of ['RSA', 'ECDSA'] as const) {
    for (const detached of [false, true]) {
      test(`${keyAlgorithm} ${keyAlgorithm === 'RSA' ? '2048' : 'P-256'}, ${detached ? 'detached' : 'attached'}`, async () => {
        const opts = person(keyAlgorithm === 'RSA' ? 11 : 12, { keyAlgorithm });
        const issued = await issueCertificate(ca, opts);
        const cms = opensslSign(issued.certPem, issued.keyPem, { detached });
        const r = await verifyCms(cms, CONTENT, trust);
        assert.ok(r.ok, r.ok ? '' : `${r.reason}: ${r.detail}`);
        assert.equal(r.value.signer.iin, opts.iin);
        assert.equal(r.value.signer.surname, 'ОРАЗОВА');
        assert.equal(r.value.signer.givenName, 'АЙГЕРІМ');
        assert.equal(r.value.signer.patronymic, 'САҒАТҚЫЗЫ');
        assert.equal(r.value.signer.commonName, 'ОРАЗОВА АЙГЕРІМ');
        assert.equal(r.value.signer.serialNumber, issued.serialNumber);
        assert.equal(r.value.signer.bin, null);
        assert.ok(
          r.value.signingTime instanceof Date && Math.abs(r.value.signingTime.getTime() - Date.now()) < 10 * 60_000,
        );
        assert.match(r.value.signer.issuer, /Qogam Test Root CA/);
        // The certificate handed back is the signer's, byte for byte.
        const pem = issued.certPem.replace(/-----[^-]+-----|\s/g, '');
        assert.equal(Buffer.from(r.value.certificateDer).toString('base64'), pem);
      });
    }
  }

  test('without signed attributes (-noattr): the signature is over the content itself, no signing time', async () => {
    const issued = await issueCertificate(ca, person(13, { keyAlgorithm: 'RSA' }));
    const r = await verifyCms(
      opensslSign(issued.certPem, issued.keyPem, { detached: true, noattr: true }),
      CONTENT,
      trust,
    );
    assert.ok(r.ok, r.ok ? '' : `${r.reason}: ${r.detail}`);
    assert.equal(r.value.signingTime, null);
  });

  test('streamed BER (indefinite lengths, content in chunks) as made by -stream', async () => {
    const issued = await issueCertificate(ca, person(17, { keyAlgorithm: 'RSA' }));
    const big = Buffer.alloc(5000, 'Қ');
    const cms = opensslSign(issued.certPem, issued.keyPem, { detached: false, stream: true, content: big });
    assert.equal(cms[1], 0x80, 'indefinite length, so really BER');
    const r = await verifyCms(cms, big, trust);
    assert.ok(r.ok, r.ok ? '' : `${r.reason}: ${r.detail}`);
    refused(await verifyCms(cms, big.subarray(1), trust), 'content_mismatch');
  });

  test('a CMS pasted as base64 or PEM is the same signature', async () => {
    const issued = await issueCertificate(ca, person(14));
    const der = opensslSign(issued.certPem, issued.keyPem, { detached: false });
    const b64 = new TextEncoder().encode(
      Buffer.from(der)
        .toString('base64')
        .replace(/(.{76})/g, '$1\n'),
    );
    assert.ok((await verifyCms(b64, CONTENT, trust)).ok);
    const pemFile = join(root, 'sig.pem');
    openssl(['cms', '-cmsout', '-inform', 'DER', '-in', file('sig.der', der), '-outform', 'PEM', '-out', pemFile]);
    assert.ok((await verifyCms(new Uint8Array(readFileSync(pemFile)), CONTENT, trust)).ok);
  });

  test('an intermediate CA carried in the CMS (-certfile) completes the chain; without it the chain is untrusted', async () => {
    const sub = await createIntermediateCa(ca, { keyAlgorithm: 'RSA' });
    const issued = await issueCertificate(sub, person(15));
    const withSub = opensslSign(issued.certPem, issued.keyPem, { detached: true, extra: [sub.certPem] });
    const ok = await verifyCms(withSub, CONTENT, trust);
    assert.ok(ok.ok, ok.ok ? '' : `${ok.reason}: ${ok.detail}`);
    assert.match(ok.value.signer.issuer, /Intermediate/);
    refused(
      await verifyCms(opensslSign(issued.certPem, issued.keyPem, { detached: true }), CONTENT, trust),
      'untrusted_chain',
    );
  });

  test('an organisation employee certificate yields the BIN as well as the IIN', async () => {
    const bin = generateBin(5, '1504');
    const opts = person(16, { bin, organization: '«Жасыл Әлем» қоғамдық қоры' });
    const issued = await issueCertificate(ca, opts);
    const r = await verifyCms(opensslSign(issued.certPem, issued.keyPem, { detached: false }), CONTENT, trust);
    assert.ok(r.ok);
    assert.equal(r.value.signer.bin, bin);
    assert.equal(r.value.signer.iin, opts.iin);
  });
});

describe('a CA and certificates made entirely by openssl', () => {
  let dir: string;
  let opensslTrust: TrustStore;
  const caCnf = (d: string) => `[ ca ]
default_ca = CA_default
[ CA_default ]
dir = ${d}
database = ${d}/index.txt
new_certs_dir = ${d}/newcerts
certificate = ${d}/ca.pem
private_key = ${d}/ca.key
serial = ${d}/serial
crlnumber = ${d}/crlnumber
default_md = sha256
default_crl_days = 30
default_days = 365
policy = policy_any
unique_subject = no
[ policy_any ]
commonName = supplied
`;
  const leafExt = 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n';

  function opensslLeaf(
    name: string,
    subj: string,
    alg: 'RSA' | 'ECDSA' | 'secp256k1',
  ): { certPem: string; keyPem: string } {
    const key = join(dir, `${name}.key`);
    const csr = join(dir, `${name}.csr`);
    const cert = join(dir, `${name}.pem`);
    const newkey =
      alg === 'RSA'
        ? ['-newkey', 'rsa:2048']
        : ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${alg === 'ECDSA' ? 'P-256' : alg}`];
    openssl(['req', '-new', ...newkey, '-nodes', '-keyout', key, '-out', csr, '-utf8', '-subj', subj], dir);
    writeFileSync(join(dir, 'leaf.ext'), leafExt);
    openssl(
      [
        'x509',
        '-req',
        '-in',
        csr,
        '-CA',
        join(dir, 'ca.pem'),
        '-CAkey',
        join(dir, 'ca.key'),
        '-CAcreateserial',
        '-days',
        '365',
        '-sha256',
        '-extfile',
        join(dir, 'leaf.ext'),
        '-out',
        cert,
      ],
      dir,
    );
    return { certPem: readFileSync(cert, 'utf8'), keyPem: readFileSync(key, 'utf8') };
  }

  before(async () => {
    dir = join(root, 'openssl-ca');
    mkdirSync(join(dir, 'newcerts'), { recursive: true });
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'crlnumber'), '1000\n');
    writeFileSync(join(dir, 'ca.cnf'), caCnf(dir));
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'ca.key'),
        '-out',
        join(dir, 'ca.pem'),
        '-days',
        '3650',
        '-subj',
        '/CN=OpenSSL Test Root/O=Qogam tests/C=KZ',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    );
    const tdir = join(root, 'openssl-trusted');
    mkdirSync(tdir);
    copyFileSync(join(dir, 'ca.pem'), join(tdir, 'openssl-root.crt'));
    opensslTrust = await loadTrustStore(tdir);
  });

  test('RSA and ECDSA leaf certificates with a UTF-8 Kazakh subject, IIN and BIN are read correctly', async () => {
    const iin = generateIin('1985-12-16', 'male', 3);
    const bin = generateBin(9, '0807');
    for (const alg of ['RSA', 'ECDSA'] as const) {
      const leaf = opensslLeaf(
        `leaf-${alg}`,
        `/CN=ЖҰМАБАЕВ ЕРЛАН/SN=ЖҰМАБАЕВ/serialNumber=IIN${iin}/C=KZ/GN=МАРАТҰЛЫ/O=ТОО «Дала»/OU=BIN${bin}`,
        alg,
      );
      for (const detached of [false, true]) {
        const r = await verifyCms(opensslSign(leaf.certPem, leaf.keyPem, { detached }), CONTENT, opensslTrust);
        assert.ok(r.ok, r.ok ? '' : `${alg} ${detached}: ${r.reason}: ${r.detail}`);
        assert.deepEqual(
          [
            r.value.signer.iin,
            r.value.signer.bin,
            r.value.signer.surname,
            r.value.signer.givenName,
            r.value.signer.patronymic,
          ],
          [iin, bin, 'ЖҰМАБАЕВ', 'ЕРЛАН', 'МАРАТҰЛЫ'],
        );
      }
    }
  });

  test('a key algorithm WebCrypto cannot check (secp256k1, as for GOST): malformed, unsupported algorithm', async () => {
    const leaf = opensslLeaf(
      'k1',
      `/CN=ТЕСТОВ ТЕСТ/SN=ТЕСТОВ/serialNumber=IIN${generateIin('1970-01-01', 'male', 5)}/C=KZ`,
      'secp256k1',
    );
    const r = await verifyCms(opensslSign(leaf.certPem, leaf.keyPem, { detached: false }), CONTENT, opensslTrust);
    refused(r, 'malformed');
    assert.match(r.ok ? '' : (r.detail ?? ''), /unsupported algorithm/);
  });

  test('a certificate revoked with openssl ca -revoke / -gencrl is refused as revoked', async () => {
    const leaf = opensslLeaf(
      'to-revoke',
      `/CN=ТЕСТОВ ТЕСТ/SN=ТЕСТОВ/serialNumber=IIN${generateIin('1970-01-01', 'male', 4)}/C=KZ`,
      'ECDSA',
    );
    const cms = opensslSign(leaf.certPem, leaf.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, opensslTrust)).ok, 'valid before revocation');
    const cnf = join(dir, 'ca.cnf');
    openssl(
      ['ca', '-batch', '-config', cnf, '-revoke', join(dir, 'to-revoke.pem'), '-crl_reason', 'keyCompromise'],
      dir,
    );
    openssl(['ca', '-batch', '-config', cnf, '-gencrl', '-out', join(opensslTrust.dir!, 'openssl-root.crl')], dir);
    // The same CRL in DER must be read too.
    openssl(
      [
        'crl',
        '-in',
        join(opensslTrust.dir!, 'openssl-root.crl'),
        '-outform',
        'DER',
        '-out',
        join(opensslTrust.dir!, 'openssl-root-der.crl'),
      ],
      dir,
    );
    await opensslTrust.reload();
    assert.equal(opensslTrust.crls.length, 2);
    refused(await verifyCms(cms, CONTENT, opensslTrust), 'revoked');
  });
});

describe('refusals, each with its own reason', () => {
  test('a certificate from a CA that is not trusted: untrusted_chain', async () => {
    const other = await createTestCa(join(root, 'other-ca'), { commonName: 'Qogam Test Root CA' });
    const issued = await issueCertificate(other, person(21));
    refused(
      await verifyCms(opensslSign(issued.certPem, issued.keyPem, { detached: false }), CONTENT, trust),
      'untrusted_chain',
    );
  });

  test('an expired certificate: expired', async () => {
    const issued = await issueCertificate(
      ca,
      person(22, {
        notBefore: new Date(Date.now() - 400 * 86400_000),
        notAfter: new Date(Date.now() - 30 * 86400_000),
      }),
    );
    refused(await verifyCms(opensslSign(issued.certPem, issued.keyPem, { detached: true }), CONTENT, trust), 'expired');
  });

  test('a certificate not valid yet: not_yet_valid', async () => {
    const issued = await issueCertificate(
      ca,
      person(23, {
        keyAlgorithm: 'RSA',
        notBefore: new Date(Date.now() + 5 * 86400_000),
        notAfter: new Date(Date.now() + 400 * 86400_000),
      }),
    );
    refused(
      await verifyCms(opensslSign(issued.certPem, issued.keyPem, { detached: false }), CONTENT, trust),
      'not_yet_valid',
    );
  });

  test('valid when signed, expired on receipt: the certificate must also be valid when the platform receives it', async () => {
    const notAfter = new Date(Date.now() + 86400_000);
    const issued = await issueCertificate(ca, person(24, { notAfter }));
    const cms = opensslSign(issued.certPem, issued.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    refused(await verifyCms(cms, CONTENT, trust, { at: new Date(notAfter.getTime() + 60_000) }), 'expired');
  });

  test('a certificate revoked by the test CA tooling: revoked (and openssl agrees with that CRL)', async () => {
    const issued = await issueCertificate(ca, person(25));
    const cms = opensslSign(issued.certPem, issued.keyPem, { detached: true });
    assert.ok((await verifyCms(cms, CONTENT, trust)).ok);
    await revoke(ca, issued.serialNumber);
    refused(await verifyCms(cms, CONTENT, trust), 'revoked');
    // OpenSSL reads our CRL, finds its signature good and the certificate on it.
    const crl = ca.crlPath!;
    openssl(['crl', '-in', crl, '-CAfile', ca.certPath!, '-noout']);
    assert.throws(
      () =>
        openssl([
          'verify',
          '-crl_check',
          '-CAfile',
          ca.certPath!,
          '-CRLfile',
          crl,
          file('revoked.pem', issued.certPem),
        ]),
      (e: { stdout?: Buffer; stderr?: Buffer }) => /revoked/i.test(`${e.stdout}${e.stderr}`),
    );
    // A second revocation keeps the first entry.
    const other = await issueCertificate(ca, person(26));
    await revoke(ca, other.serialNumber);
    refused(await verifyCms(cms, CONTENT, trust), 'revoked');
    refused(await verifyCms(opensslSign(other.certPem, other.keyPem, { detached: true }), CONTENT, trust), 'revoked');
  });

  test('a detached signature over different bytes: bad_signature', async () => {
    const issued = await issueCertificate(ca, person(27, { keyAlgorithm: 'RSA' }));
    const cms = opensslSign(issued.certPem, issued.keyPem, {
      detached: true,
      content: Buffer.from('I support something else'),
    });
    refused(await verifyCms(cms, CONTENT, trust), 'bad_signature');
    const noattr = opensslSign(issued.certPem, issued.keyPem, {
      detached: true,
      noattr: true,
      content: Buffer.from('other bytes'),
    });
    refused(await verifyCms(noattr, CONTENT, trust), 'bad_signature');
  });

  test('an attached signature over a different document: content_mismatch', async () => {
    const issued = await issueCertificate(ca, person(28));
    const cms = opensslSign(issued.certPem, issued.keyPem, {
      detached: false,
      content: Buffer.concat([CONTENT, Buffer.from(' ')]),
    });
    refused(await verifyCms(cms, CONTENT, trust), 'content_mismatch');
  });

  test('a signature whose bytes were tampered with: bad_signature', async () => {
    const issued = await issueCertificate(ca, person(29));
    const cms = opensslSign(issued.certPem, issued.keyPem, { detached: true, noattr: true });
    const tampered = new Uint8Array(cms);
    tampered[tampered.length - 5] ^= 0x01;
    const r = await verifyCms(tampered, CONTENT, trust);
    assert.equal(r.ok, false);
    if (!r.ok) assert.ok(['bad_signature', 'malformed'].includes(r.reason), r.reason);
  });

  test('a certificate whose key usage does not allow signing: key_usage', async () => {
    const issued = await issueCertificate(ca, person(30, { keyUsage: ['keyEncipherment'] }));
    refused(
      await verifyCms(await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true }), CONTENT, trust),
      'key_usage',
    );
  });

  test('a certificate without an IIN, or with an IIN whose check digit is wrong: no_identity', async () => {
    const none = await issueCertificate(ca, person(31, { iin: null }));
    refused(await verifyCms(opensslSign(none.certPem, none.keyPem, { detached: true }), CONTENT, trust), 'no_identity');
    const good = generateIin('1990-03-08', 'female', 32);
    const bad = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
    const wrong = await issueCertificate(ca, person(32, { iin: bad }));
    refused(
      await verifyCms(opensslSign(wrong.certPem, wrong.keyPem, { detached: true }), CONTENT, trust),
      'no_identity',
    );
  });

  test('garbage: random bytes, base64 of random data, empty, a certificate instead of a CMS, a truncated CMS: malformed', async () => {
    const issued = await issueCertificate(ca, person(33));
    const cms = opensslSign(issued.certPem, issued.keyPem, { detached: false });
    const inputs: [string, Uint8Array][] = [
      ['random bytes', new Uint8Array(randomBytes(600))],
      [
        'random bytes starting like DER',
        new Uint8Array(Buffer.concat([Buffer.from([0x30, 0x82, 0x02, 0x00]), randomBytes(512)])),
      ],
      ['base64 of random data', new TextEncoder().encode(randomBytes(400).toString('base64'))],
      ['empty', new Uint8Array(0)],
      ['text', new TextEncoder().encode('I am a signature, honestly')],
      ['a certificate', new Uint8Array(Buffer.from(issued.certPem.replace(/-----[^-]+-----|\s/g, ''), 'base64'))],
      ['a truncated CMS', cms.slice(0, cms.length - 40)],
    ];
    for (const [what, bytes] of inputs) {
      const r = await verifyCms(bytes, CONTENT, trust);
      assert.equal(r.ok, false, what);
      if (!r.ok) assert.equal(r.reason, 'malformed', `${what}: ${r.reason} ${r.detail}`);
    }
  });
});

describe('signatures made by the in-process tooling verify with openssl', () => {
  for (const keyAlgorithm of ['RSA', 'ECDSA'] as const) {
    test(`signCms (${keyAlgorithm}, attached and detached) passes openssl cms -verify`, async () => {
      const issued = await issueCertificate(ca, person(40, { keyAlgorithm }));
      for (const detached of [false, true]) {
        const der = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached });
        assert.ok((await verifyCms(der, CONTENT, trust)).ok);
        const args = [
          'cms',
          '-verify',
          '-binary',
          '-inform',
          'DER',
          '-in',
          file('own.der', der),
          '-CAfile',
          ca.certPath!,
          '-purpose',
          'any',
          '-out',
          join(root, 'verified.bin'),
        ];
        if (detached) args.push('-content', file('content.bin', CONTENT));
        openssl(args);
        assert.deepEqual(readFileSync(join(root, 'verified.bin')), CONTENT);
      }
    });
  }
});
