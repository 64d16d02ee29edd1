import './reflect.ts';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import * as x509 from '@peculiar/x509';
import { bytesEqual, ensureCryptoEngine, toArrayBuffer, toHex } from './engine.ts';
import { X509Certificate as NodeX509 } from 'node:crypto';
import { certificateFactsOfPkijs, detachedFacts, identityOf, serialHexOf, type CertificateFacts } from './identity.ts';
import {
  certificateSerial,
  fastSignatureCheck,
  parseCmsFast,
  verdictKey,
  type CertificateVerdict,
  type FastCms,
} from './fast.ts';
import { nameKey, type TrustStore } from './trust.ts';
import type { SignatureFailure, VerifyOptions, VerifyResult } from './types.ts';

const ID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const ID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const MAX_CHAIN = 8;
/** A signingTime this far after the moment of receipt is not believed. */
const FUTURE_SKEW_MS = 60 * 60 * 1000;

const fail = (reason: SignatureFailure, detail?: string): VerifyResult => ({ ok: false, reason, detail });

const PEM_ARMOR = /-----BEGIN [A-Z0-9 ]+-----([\s\S]*?)-----END [A-Z0-9 ]+-----/;

/**
 * The DER bytes of a CMS given as DER, as PEM (`CMS`, `PKCS7`), or as base64 text (what NCALayer
 * returns and what people paste). Null when it is none of these.
 */
export function decodeCms(input: Uint8Array | string): Uint8Array | null {
  if (typeof input !== 'string') {
    if (input.byteLength === 0) return null;
    // DER SignedData starts with SEQUENCE (0x30); anything else may be text.
    if (input[0] === 0x30) return input;
    input = Buffer.from(input).toString('latin1');
  }
  let text = input.trim();
  const armored = PEM_ARMOR.exec(text);
  if (armored) text = armored[1];
  text = text.replace(/\s+/g, '');
  if (!text || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  const der = new Uint8Array(Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  return der.byteLength > 0 && der[0] === 0x30 ? der : null;
}

function signingTimeOf(signerInfo: pkijs.SignerInfo): Date | null {
  const attr = signerInfo.signedAttrs?.attributes.find((a) => a.type === ID_SIGNING_TIME);
  const v = attr?.values[0];
  if (v instanceof asn1js.UTCTime || v instanceof asn1js.GeneralizedTime) {
    const d = v.toDate();
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

const ID_KEY_USAGE = '2.5.29.15';

/** The signer's keyUsage allows signing; no keyUsage extension means the key is not restricted (RFC 5280 §4.2.1.3). */
function hasSigningKeyUsage(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === ID_KEY_USAGE);
  if (!ext) return true;
  const ku = new x509.KeyUsagesExtension(ext.toSchema().toBER(false));
  return (ku.usages & (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation)) !== 0;
}

function canSignCertificates(cert: x509.X509Certificate): boolean {
  const bc = cert.getExtension(x509.BasicConstraintsExtension);
  if (!bc || !bc.ca) return false;
  const ku = cert.getExtension(x509.KeyUsagesExtension);
  return !ku || (ku.usages & x509.KeyUsageFlags.keyCertSign) !== 0;
}

/** The signer's certificate as the CMS carries it: pkijs's parse plus its original bytes. */
interface Leaf {
  cert: pkijs.Certificate;
  der: Uint8Array;
  issuerKey: string;
}

/**
 * The issuing certificates from the signer's issuer up to a trust anchor: issuers are looked up
 * by name among the store and the certificates carried in the CMS, and each link's signature is
 * checked. Depth-first with backtracking, so a stale cross-certificate does not hide a good path.
 * [] when the signer's certificate is itself a trust anchor; null when there is no path.
 */
async function buildPath(
  leaf: Leaf,
  carriedCerts: () => x509.X509Certificate[],
  trust: TrustStore,
): Promise<x509.X509Certificate[] | null> {
  if (trust.isAnchor(leaf.der)) return [];
  const candidates = (issuerKey: string) => [
    ...trust.candidatesFor(issuerKey),
    ...carriedCerts().filter((c) => nameKey(c.subjectName) === issuerKey && !trust.isAnchor(c)),
  ];
  const walk = async (path: x509.X509Certificate[]): Promise<x509.X509Certificate[] | null> => {
    if (path.length >= MAX_CHAIN) return null;
    const current = path.length ? path[path.length - 1] : null;
    for (const issuer of candidates(current ? nameKey(current.issuerName) : leaf.issuerKey)) {
      if (path.some((c) => c === issuer || bytesEqual(new Uint8Array(c.rawData), new Uint8Array(issuer.rawData))))
        continue;
      if (!canSignCertificates(issuer)) continue;
      if (!(await trust.signedBy(current ?? leaf.der, issuer, current !== null))) continue;
      const next = [...path, issuer];
      if (trust.isAnchor(issuer)) return next;
      const found = await walk(next);
      if (found) return found;
    }
    return null;
  };
  return walk([]);
}

function timeFailure(
  leaf: { notBefore: Date; notAfter: Date },
  path: x509.X509Certificate[],
  at: Date,
): VerifyResult | null {
  const spans = [
    { who: 'signer certificate', notBefore: leaf.notBefore, notAfter: leaf.notAfter },
    ...path.map((c) => ({ who: `issuing certificate "${c.subject}"`, notBefore: c.notBefore, notAfter: c.notAfter })),
  ];
  for (const { who, notBefore, notAfter } of spans) {
    if (at.getTime() > notAfter.getTime()) return fail('expired', `${who} expired on ${notAfter.toISOString()}`);
    if (at.getTime() < notBefore.getTime())
      return fail('not_yet_valid', `${who} is valid from ${notBefore.toISOString()}`);
  }
  return null;
}

/** The original DER of each certificate of the SignedData, in the order pkijs lists them. */
function rawCertificates(signedDataBlock: asn1js.AsnType): Uint8Array[] {
  const value = (signedDataBlock as asn1js.Sequence).valueBlock?.value ?? [];
  const set = value.find((b) => b.idBlock.tagClass === 3 && b.idBlock.tagNumber === 0) as
    asn1js.Constructed | undefined;
  return (set?.valueBlock.value ?? []).map((b) => new Uint8Array(b.valueBeforeDecodeView));
}

/**
 * Verify a CMS (PKCS#7) SignedData over `content`, attached or detached.
 *
 * In order: the structure parses (one signer, DER/PEM/base64 accepted); attached content equals
 * `content` byte for byte; the signature (and the messageDigest signed attribute, when there are
 * signed attributes) is valid over those bytes; the signer certificate chains to a trust anchor;
 * every certificate of the path is valid at the signing time (the signingTime attribute if
 * present) and at the moment of receipt (`opts.at`, else now); the key may sign
 * (digitalSignature or nonRepudiation); no certificate of the path is on a CRL of its issuer (or
 * revoked by the optional online check); the subject carries a valid IIN.
 */
export async function verifyCms(
  cms: Uint8Array,
  content: Uint8Array,
  trust: TrustStore,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  ensureCryptoEngine();
  const at = opts.at ?? new Date();
  const der = decodeCms(cms);
  if (!der) return fail('malformed', 'not a DER, PEM or base64 CMS');

  // A signer already judged good against this store: only the per-signature checks (fast.ts).
  // Not with an online revocation check, which must be asked every time.
  const fast = opts.revocation ? null : parseCmsFast(der);
  if (fast) {
    const quick = fastVerify(fast, content, trust, at);
    if (quick) return quick;
  }

  let signed: pkijs.SignedData;
  let raws: Uint8Array[];
  try {
    const info = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
    if (info.contentType !== ID_SIGNED_DATA)
      return fail('malformed', `content type ${info.contentType} is not SignedData`);
    raws = rawCertificates(info.content);
    signed = new pkijs.SignedData({ schema: info.content });
  } catch (e) {
    return fail('malformed', (e as Error).message);
  }
  if (signed.signerInfos.length !== 1)
    return fail('malformed', `expected one signer, found ${signed.signerInfos.length}`);
  const signerInfo = signed.signerInfos[0];

  const eContent = signed.encapContentInfo.eContent;
  if (eContent) {
    const attached = new Uint8Array(eContent.getValue());
    if (!bytesEqual(attached, content))
      return fail(
        'content_mismatch',
        `the signed document (${attached.byteLength} bytes) is not the one asked for (${content.byteLength} bytes)`,
      );
  } else if (content.byteLength === 0) {
    return fail('malformed', 'detached signature and no content to check it against');
  }

  let signerCert: pkijs.Certificate;
  try {
    const r = await signed.verify({ signer: 0, data: toArrayBuffer(content), checkChain: false, extendedMode: true });
    if (!r.signatureVerified || !r.signerCertificate)
      return fail('bad_signature', 'the signature does not match the document');
    signerCert = r.signerCertificate;
  } catch (e) {
    const err = e as pkijs.SignedDataVerifyError;
    const message = err?.message ?? String(e);
    if (err?.code === 2 || err?.code === 3)
      return fail('malformed', 'the signer certificate is not included in the signature');
    if (err?.code === 7) return fail('malformed', `unsupported algorithm: ${message}`);
    if (err?.code === 9 || err?.code === 10) return fail('malformed', message);
    if (/unsupported|not supported|unrecognized/i.test(message))
      return fail(
        'malformed',
        `unsupported algorithm (GOST and curves other than P-256/P-384/P-521 cannot be checked): ${message}`,
      );
    if (/digest/i.test(message)) return fail('bad_signature', 'the signature was made over different bytes');
    return fail('bad_signature', message);
  }

  // The signer's certificate in its original bytes, for the chain check: the certificate pkijs
  // verified the signature with, as long as the raw list lines up with pkijs's and carries the very
  // same signed part (tbsCertificate); otherwise pkijs's own encoding of it.
  let index = signed.certificates?.indexOf(signerCert) ?? -1;
  const aligned =
    index >= 0 &&
    raws.length === (signed.certificates?.length ?? 0) &&
    Buffer.from(raws[index]).indexOf(Buffer.from(signerCert.tbsView)) >= 0;
  if (!aligned) index = -1;
  const leaf: Leaf = {
    cert: signerCert,
    der: aligned ? raws[index] : new Uint8Array(signerCert.toSchema().toBER(false)),
    issuerKey: toHex(signerCert.issuer.valueBeforeDecode),
  };
  // Other certificates in the CMS (intermediates) are read only when the store lacks the issuer.
  let carried: x509.X509Certificate[] | null = null;
  const carriedCerts = () => {
    if (carried) return carried;
    carried = [];
    for (const [i, raw] of raws.entries()) {
      if (i === index || bytesEqual(raw, leaf.der)) continue;
      try {
        carried.push(new x509.X509Certificate(toArrayBuffer(raw)));
      } catch {
        // An unreadable extra certificate (or another certificate format) cannot be part of a path.
      }
    }
    return carried;
  };

  const path = await buildPath(leaf, carriedCerts, trust);
  if (!path) return fail('untrusted_chain', 'no trusted issuer for the signer certificate');

  const signingTime = signingTimeOf(signerInfo);
  if (signingTime && signingTime.getTime() > at.getTime() + FUTURE_SKEW_MS)
    return fail('not_yet_valid', `signing time ${signingTime.toISOString()} is in the future`);
  const leafSpan = { notBefore: signerCert.notBefore.value, notAfter: signerCert.notAfter.value };
  const timeProblem = (signingTime && timeFailure(leafSpan, path, signingTime)) || timeFailure(leafSpan, path, at);
  if (timeProblem) return timeProblem;

  if (!hasSigningKeyUsage(signerCert)) return fail('key_usage', 'the certificate is not meant for signing (key usage)');

  const serial = serialHexOf(signerCert);
  const links: { label: string; serial: string; der: Uint8Array; issuer: x509.X509Certificate }[] = path.map(
    (issuer, i) =>
      i === 0
        ? { label: 'signer certificate', serial, der: leaf.der, issuer }
        : {
            label: `certificate "${path[i - 1].subject}"`,
            serial: path[i - 1].serialNumber,
            der: new Uint8Array(path[i - 1].rawData),
            issuer,
          },
  );
  for (const link of links) {
    for (const crl of await trust.crlsOf(link.issuer)) {
      const entry = crl.findRevoked(link.serial);
      if (entry)
        return fail(
          'revoked',
          `${link.label} (serial ${link.serial}) revoked on ${entry.revocationDate.toISOString()}`,
        );
    }
    if (opts.revocation) {
      const status = await opts.revocation(link.der, new Uint8Array(link.issuer.rawData));
      if (status === 'revoked') return fail('revoked', `${link.label} (serial ${link.serial}) revoked (online check)`);
    }
  }

  const facts = certificateFactsOfPkijs(signerCert, path[0]?.subject ?? '');
  const signer = identityOf(facts, at);
  if (!signer.iin) return fail('no_identity', 'the certificate carries no valid IIN');
  if (fast) rememberVerdict(trust, fast, leaf.der, facts, path);
  return { ok: true, value: { signer, signingTime, certificateDer: leaf.der } };
}

/**
 * After the full path accepted a signature: keep the certificate's verdict for the fast path,
 * when this CMS is one the fast path reads and its signer certificate is carried verbatim.
 */
function rememberVerdict(
  trust: TrustStore,
  fast: FastCms,
  leafDer: Uint8Array,
  facts: CertificateFacts,
  path: x509.X509Certificate[],
): void {
  if (!fast.certificates.some((c) => bytesEqual(c, leafDer))) return;
  const serial = certificateSerial(leafDer);
  if (!serial || !bytesEqual(serial, fast.sidSerial)) return;
  let key;
  try {
    key = new NodeX509(leafDer).publicKey;
  } catch {
    return;
  }
  const verdict: CertificateVerdict = {
    der: new Uint8Array(leafDer),
    issuerDer: new Uint8Array(fast.sidIssuer),
    serial: new Uint8Array(serial),
    key,
    facts: detachedFacts(facts),
    path,
  };
  trust.rememberVerdict(verdictKey(fast.certificates), verdict);
}

/**
 * The fast path (see fast.ts): a verified signature when the signer's certificate has a verdict
 * from this store generation and every per-signature check passes; null otherwise (full path).
 */
function fastVerify(fast: FastCms, content: Uint8Array, trust: TrustStore, at: Date): VerifyResult | null {
  const verdict = fastSignatureCheck(fast, content, (k) => trust.verdictFor(k));
  if (!verdict) return null;
  const signingTime = fast.signingTime ?? null;
  if (signingTime && signingTime.getTime() > at.getTime() + FUTURE_SKEW_MS) return null;
  if (
    (signingTime && timeFailure(verdict.facts, verdict.path, signingTime)) ||
    timeFailure(verdict.facts, verdict.path, at)
  )
    return null;
  const signer = identityOf(verdict.facts, at);
  if (!signer.iin) return null;
  return { ok: true, value: { signer, signingTime, certificateDer: verdict.der } };
}
