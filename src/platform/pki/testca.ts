import './reflect.ts';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import * as x509 from '@peculiar/x509';
import { ensureCryptoEngine, toArrayBuffer } from './engine.ts';
import { invalidateTrustStore, readCrls } from './trust.ts';

/**
 * A certification authority for development, tests, benchmarks and the demo — never for real
 * signatures. ECDSA P-256 by default, because issuing and signing thousands of test
 * certificates must be quick.
 */
export interface TestCa {
  dir: string | null;
  certPem: string;
  keyPem: string;
  certificate: x509.X509Certificate;
  privateKey: CryptoKey;
  keyAlgorithm: KeyAlgorithm;
  /** Where the CRL of this CA is written (in `dir`). */
  crlPath: string | null;
  certPath: string | null;
  keyPath: string | null;
}

export type KeyAlgorithm = 'RSA' | 'ECDSA';
export type KeyUsageName = keyof typeof x509.KeyUsageFlags;

export interface IssueOptions {
  /** 12 digits; null issues a certificate with no IIN (tests of the 'no_identity' refusal). */
  iin: string | null;
  surname: string;
  givenName: string;
  patronymic?: string;
  /** An organisation's certificate: the BIN goes into OU as `BIN` + 12 digits. */
  bin?: string;
  organization?: string;
  keyAlgorithm: KeyAlgorithm;
  notBefore?: Date;
  notAfter?: Date;
  /** Default: digitalSignature and nonRepudiation. */
  keyUsage?: KeyUsageName[];
}

export interface IssuedCertificate {
  certPem: string;
  /** PKCS#8, PEM. */
  keyPem: string;
  /** Certificate serial, lower-case hex. */
  serialNumber: string;
}

const FILE = { cert: 'qogam-test-ca.pem', key: 'qogam-test-ca.key', crl: 'qogam-test-ca.crl' } as const;
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const ALGORITHMS: Record<
  KeyAlgorithm,
  { key: RsaHashedKeyGenParams | EcKeyGenParams; signing: Algorithm | EcdsaParams }
> = {
  ECDSA: { key: { name: 'ECDSA', namedCurve: 'P-256' }, signing: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams },
  RSA: {
    key: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    signing: { name: 'RSASSA-PKCS1-v1_5' },
  },
};

function pem(tag: string, der: ArrayBuffer | Uint8Array): string {
  const b64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString('base64');
  return `-----BEGIN ${tag}-----\n${b64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${tag}-----\n`;
}

function pemBody(text: string, tag: string): Uint8Array {
  const m = new RegExp(`-----BEGIN ${tag}-----([\\s\\S]+?)-----END ${tag}-----`).exec(text);
  if (!m) throw new Error(`no ${tag} in PEM`);
  return new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}

/** A random positive serial of 16 bytes, hex. */
function newSerial(): string {
  const b = randomBytes(16);
  b[0] = 0x10 + (b[0] % 0x60);
  return b.toString('hex');
}

async function generateKeys(alg: KeyAlgorithm): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ALGORITHMS[alg].key, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function importPrivateKey(keyPem: string, alg: KeyAlgorithm): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', toArrayBuffer(pemBody(keyPem, 'PRIVATE KEY')), ALGORITHMS[alg].key, false, [
    'sign',
  ]);
}

function keyAlgorithmOf(cert: x509.X509Certificate): KeyAlgorithm {
  const name = cert.publicKey.algorithm.name.toUpperCase();
  if (name === 'ECDSA' || name === 'EC') return 'ECDSA';
  if (name.startsWith('RSA')) return 'RSA';
  throw new Error(`the test CA tooling signs with RSA or ECDSA keys, not ${name}`);
}

function writeAtomic(path: string, data: string | Uint8Array) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

async function makeCa(
  commonName: string,
  alg: KeyAlgorithm,
  issuer?: TestCa,
): Promise<{ cert: x509.X509Certificate; keys: CryptoKeyPair }> {
  ensureCryptoEngine();
  const keys = await generateKeys(alg);
  const now = Date.now();
  const name: x509.JsonName = [
    { '2.5.4.3': [commonName] },
    { '2.5.4.10': ['Qogam test PKI (not for real signatures)'] },
    { '2.5.4.6': ['KZ'] },
  ];
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(true, issuer ? 0 : undefined, true),
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
  ];
  if (issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate.publicKey));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: newSerial(),
    subject: name,
    issuer: issuer ? issuer.certificate.subjectName.toString() : name,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 10 * 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: issuer ? issuer.privateKey : keys.privateKey,
    signingAlgorithm: ALGORITHMS[issuer ? issuer.keyAlgorithm : alg].signing,
    extensions,
  });
  return { cert, keys };
}

async function fromFiles(dir: string): Promise<TestCa> {
  const bundle = readFileSync(join(dir, FILE.key), 'utf8');
  const certPem = pem('CERTIFICATE', pemBody(bundle, 'CERTIFICATE'));
  const keyPem = pem('PRIVATE KEY', pemBody(bundle, 'PRIVATE KEY'));
  const certificate = new x509.X509Certificate(certPem);
  const keyAlgorithm = keyAlgorithmOf(certificate);
  const certPath = join(dir, FILE.cert);
  if (!existsSync(certPath) || readFileSync(certPath, 'utf8') !== certPem) writeAtomic(certPath, certPem);
  return {
    dir,
    certPem,
    keyPem,
    certificate,
    privateKey: await importPrivateKey(keyPem, keyAlgorithm),
    keyAlgorithm,
    crlPath: join(dir, FILE.crl),
    certPath,
    keyPath: join(dir, FILE.key),
  };
}

/**
 * The test root CA of `dir`, created if missing: `qogam-test-ca.pem` (the certificate, which
 * the trust store reads), `qogam-test-ca.key` (PKCS#8 key followed by the certificate) and an
 * empty CRL `qogam-test-ca.crl`. Safe when several processes start at once: the key file is
 * created exclusively, and the loser reads the winner's.
 */
export async function createTestCa(
  dir: string,
  opts: { keyAlgorithm?: KeyAlgorithm; commonName?: string } = {},
): Promise<TestCa> {
  ensureCryptoEngine();
  dir = resolve(dir);
  mkdirSync(dir, { recursive: true });
  const keyPath = join(dir, FILE.key);
  if (existsSync(keyPath)) return fromFiles(dir);
  const alg = opts.keyAlgorithm ?? 'ECDSA';
  const { cert, keys } = await makeCa(opts.commonName ?? 'Qogam Test Root CA', alg);
  const keyPem = pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const tmp = `${keyPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, keyPem + cert.toString('pem') + '\n', { mode: 0o600 });
  try {
    linkSync(tmp, keyPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(tmp);
  }
  const ca = await fromFiles(dir);
  if (!existsSync(ca.crlPath!)) await writeCrl(ca, []);
  await invalidateTrustStore(dir);
  return ca;
}

/**
 * An intermediate CA under `parent`, kept in memory (it is carried inside the CMS, or written
 * by the caller into a trust directory).
 */
export async function createIntermediateCa(
  parent: TestCa,
  opts: { keyAlgorithm?: KeyAlgorithm; commonName?: string } = {},
): Promise<TestCa> {
  const alg = opts.keyAlgorithm ?? 'ECDSA';
  const { cert, keys } = await makeCa(opts.commonName ?? 'Qogam Test Intermediate CA', alg, parent);
  const keyPem = pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return {
    dir: null,
    certPem: cert.toString('pem') + '\n',
    keyPem,
    certificate: cert,
    privateKey: keys.privateKey,
    keyAlgorithm: alg,
    crlPath: null,
    certPath: null,
    keyPath: null,
  };
}

const KU_DEFAULT: KeyUsageName[] = ['digitalSignature', 'nonRepudiation'];

/**
 * A citizen's (or, with `bin`, an organisation employee's) certificate in the shape of the
 * Kazakh state PKI: CN "SURNAME GIVEN", SURNAME, SERIALNUMBER "IIN…", C=KZ, G the patronymic,
 * O and OU "BIN…" for an organisation.
 */
export async function issueCertificate(ca: TestCa, opts: IssueOptions): Promise<IssuedCertificate> {
  ensureCryptoEngine();
  const keys = await generateKeys(opts.keyAlgorithm);
  const now = Date.now();
  const subject: x509.JsonName = [{ '2.5.4.3': [`${opts.surname} ${opts.givenName}`] }, { '2.5.4.4': [opts.surname] }];
  if (opts.iin !== null) subject.push({ '2.5.4.5': [`IIN${opts.iin}`] });
  subject.push({ '2.5.4.6': ['KZ'] });
  if (opts.patronymic) subject.push({ '2.5.4.42': [opts.patronymic] });
  if (opts.bin) {
    subject.push({ '2.5.4.10': [opts.organization ?? `BIN${opts.bin}`] });
    subject.push({ '2.5.4.11': [`BIN${opts.bin}`] });
  }
  const usages = (opts.keyUsage ?? KU_DEFAULT).reduce((acc, u) => acc | x509.KeyUsageFlags[u], 0);
  const serialNumber = newSerial();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject,
    issuer: ca.certificate.subjectName.toString(),
    notBefore: opts.notBefore ?? new Date(now - HOUR),
    notAfter: opts.notAfter ?? new Date(now + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    signingAlgorithm: ALGORITHMS[ca.keyAlgorithm].signing,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usages, true),
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
    ],
  });
  const keyPem = pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { certPem: cert.toString('pem') + '\n', keyPem, serialNumber };
}

async function writeCrl(ca: TestCa, entries: x509.X509CrlEntryParams[]) {
  if (!ca.crlPath) throw new Error('this CA has no directory to write its CRL to');
  const now = Date.now();
  const crl = await x509.X509CrlGenerator.create({
    issuer: ca.certificate.subjectName.toString(),
    thisUpdate: new Date(now - 60_000),
    nextUpdate: new Date(now + 30 * DAY),
    entries,
    signingKey: ca.privateKey,
    signingAlgorithm: ALGORITHMS[ca.keyAlgorithm].signing,
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey)],
  });
  // OpenSSL and most tools read the RFC 7468 label "X509 CRL".
  writeAtomic(ca.crlPath, pem('X509 CRL', crl.rawData));
}

/** Revoke a certificate of this CA: rewrites the CA's CRL in its directory (keeping earlier entries) and reloads that trust store. */
export async function revoke(
  ca: TestCa,
  serial: string,
  opts: { date?: Date; reason?: x509.X509CrlReason } = {},
): Promise<void> {
  ensureCryptoEngine();
  const hex = serial.toLowerCase().replace(/^0+/, '');
  const entries: x509.X509CrlEntryParams[] = [];
  if (ca.crlPath && existsSync(ca.crlPath)) {
    for (const crl of readCrls(readFileSync(ca.crlPath))) {
      for (const e of crl.entries)
        entries.push({ serialNumber: e.serialNumber, revocationDate: e.revocationDate, reason: e.reason });
    }
  }
  if (!entries.some((e) => e.serialNumber.toLowerCase().replace(/^0+/, '') === hex)) {
    entries.push({
      serialNumber: serial.toLowerCase(),
      revocationDate: opts.date ?? new Date(),
      reason: opts.reason ?? x509.X509CrlReason.keyCompromise,
    });
  }
  await writeCrl(ca, entries);
  if (ca.dir) await invalidateTrustStore(ca.dir);
}

const ID_DATA = '1.2.840.113549.1.7.1';
const ID_SIGNED_DATA = '1.2.840.113549.1.7.2';

const signerCache = new Map<string, { cert: pkijs.Certificate; key: CryptoKey }>();

async function signerOf(certPem: string, keyPem: string) {
  const cacheKey = certPem + keyPem;
  const hit = signerCache.get(cacheKey);
  if (hit) return hit;
  const der = pemBody(certPem, 'CERTIFICATE');
  const cert = pkijs.Certificate.fromBER(toArrayBuffer(der));
  const key = await importPrivateKey(keyPem, keyAlgorithmOf(new x509.X509Certificate(toArrayBuffer(der))));
  if (signerCache.size >= 2000) signerCache.clear();
  const value = { cert, key };
  signerCache.set(cacheKey, value);
  return value;
}

/**
 * A CMS SignedData over `content` with SHA-256 and signed attributes (contentType,
 * signingTime, messageDigest), DER — what `openssl cms -sign -binary -outform DER` makes.
 * In-process, for tests and the signing benchmark.
 */
export async function signCms(
  content: Uint8Array,
  certPem: string,
  keyPem: string,
  opts: { detached: boolean; signingTime?: Date | null; extraCertsPem?: string[] },
): Promise<Uint8Array> {
  ensureCryptoEngine();
  const { cert, key } = await signerOf(certPem, keyPem);
  const data = toArrayBuffer(content);
  const digest = await crypto.subtle.digest('SHA-256', data);
  const attributes = [
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: ID_DATA })] }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
  ];
  const signingTime = opts.signingTime === undefined ? new Date() : opts.signingTime;
  if (signingTime)
    attributes.push(
      new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: signingTime })] }),
    );
  const extra = (opts.extraCertsPem ?? []).map((p) =>
    pkijs.Certificate.fromBER(toArrayBuffer(pemBody(p, 'CERTIFICATE'))),
  );
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: ID_DATA,
      ...(opts.detached ? {} : { eContent: new asn1js.OctetString({ valueHex: data }) }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [cert, ...extra],
  });
  await signed.sign(key, 0, 'SHA-256', data);
  const info = new pkijs.ContentInfo({ contentType: ID_SIGNED_DATA, content: signed.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER(false));
}
