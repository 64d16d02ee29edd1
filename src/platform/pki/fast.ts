/**
 * The fast path of verifyCms, for a signer whose certificate was already judged good by the full
 * (pkijs) path against the same trust store generation.
 *
 * What a certificate's verdict holds (cached per exact certificate DER on the TrustStore, dropped
 * whenever the store reloads, i.e. whenever the CRLs may have changed): the chain to a trust
 * anchor, the key usage, "not revoked" by the store's CRLs, the parsed certificate and its public
 * key. What is still checked for every signature: the structure, the exact bytes (attached content
 * or messageDigest over the detached content), the signature over the signed attributes with the
 * certificate's key, the validity of every certificate of the path at the signing time and at
 * receipt, and the IIN.
 *
 * The fast path only ever ACCEPTS. It reads a strict subset of DER (definite lengths, primitive
 * content, one signer identified by issuer and serial, signed attributes with exactly one
 * contentType and one messageDigest, SHA-2 digests, ECDSA or RSA PKCS#1 v1.5); anything else —
 * and every failed check — returns null and the caller runs the full path, so every refusal and
 * its reason come from the full path, unchanged.
 */
import { createHash, verify as nodeVerify, type KeyObject } from 'node:crypto';
import type * as x509 from '@peculiar/x509';
import type { CertificateFacts } from './identity.ts';

/** One DER element: tag byte, where its content starts and ends, where the element ends. */
interface Tlv {
  tag: number;
  start: number;
  hdr: number;
  end: number;
}

/** A single-byte-tag, definite-length DER element at `pos` inside `[.., limit)`; null if it is not one. */
function tlv(b: Uint8Array, pos: number, limit: number): Tlv | null {
  if (pos + 2 > limit) return null;
  const tag = b[pos];
  if ((tag & 0x1f) === 0x1f) return null; // multi-byte tags: not in this subset
  let len = b[pos + 1];
  let p = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || p + n > limit) return null; // indefinite (BER) or absurd lengths
    len = 0;
    for (let i = 0; i < n; i++) len = (len << 8) | b[p + i];
    if (len < 0x80 || (n > 1 && b[p] === 0)) return null; // not the minimal (DER) length
    p += n;
  }
  if (p + len > limit) return null;
  return { tag, start: pos, hdr: p, end: p + len };
}

/** The children of a constructed element, all of them; null if they do not tile it exactly. */
function children(b: Uint8Array, parent: Tlv): Tlv[] | null {
  const out: Tlv[] = [];
  let p = parent.hdr;
  while (p < parent.end) {
    const c = tlv(b, p, parent.end);
    if (!c) return null;
    out.push(c);
    p = c.end;
  }
  return out;
}

/** Every constructed element below `t` tiles its parent exactly (what asn1js insists on too). */
function wellFormed(b: Uint8Array, t: Tlv, depth = 0): boolean {
  if (!(t.tag & 0x20)) return true;
  if (depth > 32) return false;
  const c = children(b, t);
  return !!c && c.every((x) => wellFormed(b, x, depth + 1));
}

const content = (b: Uint8Array, t: Tlv) => b.subarray(t.hdr, t.end);
const whole = (b: Uint8Array, t: Tlv) => b.subarray(t.start, t.end);

function oidIs(b: Uint8Array, t: Tlv | undefined, hex: string): boolean {
  return !!t && t.tag === 0x06 && Buffer.from(content(b, t)).toString('hex') === hex;
}

// OIDs as DER content, hex.
const OID = {
  signedData: '2a864886f70d010702',
  contentType: '2a864886f70d010903',
  messageDigest: '2a864886f70d010904',
  signingTime: '2a864886f70d010905',
} as const;
const DIGESTS: Record<string, string> = {
  '608648016503040201': 'sha256',
  '608648016503040202': 'sha384',
  '608648016503040203': 'sha512',
};
const ECDSA_SIGS: Record<string, string> = {
  '2a8648ce3d040302': 'sha256',
  '2a8648ce3d040303': 'sha384',
  '2a8648ce3d040304': 'sha512',
};
const RSA_ENCRYPTION = '2a864886f70d010101';
const RSA_SIGS: Record<string, string> = {
  '2a864886f70d01010b': 'sha256',
  '2a864886f70d01010c': 'sha384',
  '2a864886f70d01010d': 'sha512',
};

/** AlgorithmIdentifier: the OID (hex) when its parameters are absent or NULL; else null. */
function algorithm(b: Uint8Array, t: Tlv | undefined): string | null {
  if (!t || t.tag !== 0x30) return null;
  const c = children(b, t);
  if (!c || c.length < 1 || c.length > 2 || c[0].tag !== 0x06) return null;
  if (c.length === 2 && !(c[1].tag === 0x05 && c[1].end === c[1].hdr)) return null;
  return Buffer.from(content(b, c[0])).toString('hex');
}

/** UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ, nothing looser (looser forms go to the full path). */
function strictTime(b: Uint8Array, t: Tlv): Date | null {
  const s = Buffer.from(content(b, t)).toString('latin1');
  let m: RegExpExecArray | null;
  let year: number;
  if (t.tag === 0x17 && (m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s))) {
    const yy = Number(m[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
  } else if (t.tag === 0x18 && (m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s))) {
    year = Number(m[1]);
  } else return null;
  const [mo, d, h, mi, se] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return null;
  const date = new Date(Date.UTC(year, mo - 1, d, h, mi, se));
  // Reject dates that roll over (31 February and the like) rather than guess what asn1js makes of them.
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return null;
  return date;
}

/** The serial number INTEGER content of a certificate, by position (tbsCertificate's first or second field). */
export function certificateSerial(b: Uint8Array): Uint8Array | null {
  const cert = tlv(b, 0, b.length);
  if (!cert || cert.tag !== 0x30 || cert.end !== b.length) return null;
  const tbs = tlv(b, cert.hdr, cert.end);
  if (!tbs || tbs.tag !== 0x30) return null;
  let f = tlv(b, tbs.hdr, tbs.end);
  if (f && f.tag === 0xa0) f = tlv(b, f.end, tbs.end);
  return f && f.tag === 0x02 ? content(b, f) : null;
}

/** What the fast path reads out of one CMS. */
export interface FastCms {
  /** Each carried certificate's DER, in order. */
  certificates: Uint8Array[];
  /** Attached content, or null when detached. */
  eContent: Uint8Array | null;
  sidIssuer: Uint8Array;
  sidSerial: Uint8Array;
  digest: string;
  messageDigest: Uint8Array;
  /** The signed attributes re-tagged as SET (what the signature covers). */
  signedAttrs: Uint8Array;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** undefined: no signingTime attribute. */
  signingTime: Date | undefined;
}

/** Parses a DER CMS SignedData within the fast path's subset; null when outside it. */
export function parseCmsFast(b: Uint8Array): FastCms | null {
  const ci = tlv(b, 0, b.length);
  if (!ci || ci.tag !== 0x30 || ci.end !== b.length) return null;
  const ciParts = children(b, ci);
  if (!ciParts || ciParts.length !== 2 || !oidIs(b, ciParts[0], OID.signedData) || ciParts[1].tag !== 0xa0) return null;
  const sdWrap = children(b, ciParts[1]);
  if (!sdWrap || sdWrap.length !== 1 || sdWrap[0].tag !== 0x30) return null;
  const sd = children(b, sdWrap[0]);
  if (!sd || sd.length < 4) return null;
  let i = 0;
  if (sd[i++].tag !== 0x02) return null; // version
  if (sd[i].tag !== 0x31 || !wellFormed(b, sd[i])) return null; // digestAlgorithms
  i++;
  const encap = sd[i++];
  if (encap.tag !== 0x30 || !wellFormed(b, encap)) return null;
  const encapParts = children(b, encap);
  if (!encapParts || encapParts.length < 1 || encapParts.length > 2 || encapParts[0].tag !== 0x06) return null;
  let eContent: Uint8Array | null = null;
  if (encapParts.length === 2) {
    if (encapParts[1].tag !== 0xa0) return null;
    const inner = children(b, encapParts[1]);
    if (!inner || inner.length !== 1) return null;
    if (inner[0].tag === 0x04) eContent = content(b, inner[0]);
    else if (inner[0].tag === 0x24) {
      // A constructed OCTET STRING (what pkijs writes): one level of primitive segments, joined.
      const parts = children(b, inner[0]);
      if (!parts || !parts.every((x) => x.tag === 0x04)) return null;
      eContent = Buffer.concat(parts.map((x) => content(b, x)));
    } else return null;
  }
  const certificates: Uint8Array[] = [];
  if (sd[i]?.tag === 0xa0) {
    const certs = children(b, sd[i++]);
    if (!certs) return null;
    for (const c of certs) {
      if (c.tag !== 0x30) return null; // other certificate formats: full path
      certificates.push(whole(b, c));
    }
  }
  if (sd[i]?.tag === 0xa1) i++; // crls: not used by the verification (the trust store's CRLs are)
  const signerSet = sd[i++];
  if (!signerSet || signerSet.tag !== 0x31 || i !== sd.length) return null;
  const signers = children(b, signerSet);
  if (!signers || signers.length !== 1 || signers[0].tag !== 0x30 || !wellFormed(b, signers[0])) return null;
  const si = children(b, signers[0]);
  if (!si || si.length < 6 || si.length > 7) return null;
  if (si[0].tag !== 0x02) return null;
  if (si[1].tag !== 0x30) return null; // issuerAndSerialNumber only
  const sid = children(b, si[1]);
  if (!sid || sid.length !== 2 || sid[0].tag !== 0x30 || sid[1].tag !== 0x02) return null;
  const digestOid = algorithm(b, si[2]);
  const digest = digestOid ? DIGESTS[digestOid] : undefined;
  if (!digest) return null;
  if (si[3].tag !== 0xa0) return null; // signed attributes are required here
  const sigAlg = algorithm(b, si[4]);
  if (!sigAlg || si[5].tag !== 0x04) return null;
  if (si.length === 7 && si[6].tag !== 0xa1) return null;

  const attrs = children(b, si[3]);
  if (!attrs) return null;
  let contentTypes = 0;
  let messageDigest: Uint8Array | null = null;
  let digests = 0;
  let signingTime: Date | undefined;
  let times = 0;
  for (const a of attrs) {
    if (a.tag !== 0x30) return null;
    const parts = children(b, a);
    if (!parts || parts.length !== 2 || parts[0].tag !== 0x06 || parts[1].tag !== 0x31) return null;
    const values = children(b, parts[1]);
    if (!values) return null;
    if (oidIs(b, parts[0], OID.contentType)) contentTypes++;
    else if (oidIs(b, parts[0], OID.messageDigest)) {
      digests++;
      if (values.length !== 1 || values[0].tag !== 0x04) return null;
      messageDigest = content(b, values[0]);
    } else if (oidIs(b, parts[0], OID.signingTime)) {
      times++;
      if (values.length !== 1) return null;
      const d = strictTime(b, values[0]);
      if (!d) return null;
      signingTime = d;
    }
  }
  if (contentTypes !== 1 || digests !== 1 || times > 1 || !messageDigest) return null;
  const signedAttrs = new Uint8Array(whole(b, si[3]));
  signedAttrs[0] = 0x31;
  return {
    certificates,
    eContent,
    sidIssuer: whole(b, sid[0]),
    sidSerial: content(b, sid[1]),
    digest,
    messageDigest,
    signedAttrs,
    signatureAlgorithm: sigAlg,
    signature: content(b, si[5]),
    signingTime,
  };
}

/** A certificate judged good by the full path (chain, key usage, CRLs of this store generation). */
export interface CertificateVerdict {
  der: Uint8Array;
  /** The certificate's issuer name DER and serial INTEGER content, as in the CMS signer identifier. */
  issuerDer: Uint8Array;
  serial: Uint8Array;
  key: KeyObject;
  /** Subject fields, serial, issuer and validity of the signer's certificate (identity is re-derived per signature). */
  facts: CertificateFacts;
  path: x509.X509Certificate[];
}

export const certificateKey = (der: Uint8Array) => createHash('sha256').update(der).digest('base64');

/**
 * A verdict belongs to a signer certificate AND the exact list of certificates its CMS carried:
 * the full path builds the chain from the store and from those carried certificates (an
 * intermediate may come only in the CMS), so another list may lead to another answer. Every
 * certificate of that list has been parsed by pkijs in the accepted CMS.
 */
export const verdictKey = (certificates: Uint8Array[]) => certificates.map(certificateKey).join('|');

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

/** An ECDSA signature value that is exactly SEQUENCE { INTEGER r, INTEGER s }. */
function isEcdsaDer(sig: Uint8Array): boolean {
  const seq = tlv(sig, 0, sig.length);
  if (!seq || seq.tag !== 0x30 || seq.end !== sig.length) return false;
  const c = children(sig, seq);
  return !!c && c.length === 2 && c[0].tag === 0x02 && c[1].tag === 0x02;
}

/**
 * The signer's cached verdict when this CMS is fully within the subset, its bytes and signature
 * check out with that certificate's key; else null (the full path decides).
 */
export function fastSignatureCheck(
  cms: FastCms,
  contentBytes: Uint8Array,
  lookup: (key: string) => CertificateVerdict | undefined,
): CertificateVerdict | null {
  if (cms.eContent) {
    if (!sameBytes(cms.eContent, contentBytes)) return null;
  } else if (contentBytes.byteLength === 0) return null;
  // The signer: the one carried certificate with the identifier's serial (pkijs takes the first
  // match by issuer and serial; with a single candidate both choose the same certificate).
  let signerDer: Uint8Array | null = null;
  for (const der of cms.certificates) {
    const serial = certificateSerial(der);
    if (!serial) return null;
    if (sameBytes(serial, cms.sidSerial)) {
      if (signerDer) return null;
      signerDer = der;
    }
  }
  if (!signerDer) return null;
  const verdict = lookup(verdictKey(cms.certificates));
  if (!verdict || !sameBytes(verdict.der, signerDer) || !sameBytes(verdict.issuerDer, cms.sidIssuer)) return null;

  const data = cms.eContent ?? contentBytes;
  if (!sameBytes(createHash(cms.digest).update(data).digest(), cms.messageDigest)) return null;

  let hash: string | undefined;
  let ok = false;
  try {
    if (verdict.key.asymmetricKeyType === 'ec') {
      hash = ECDSA_SIGS[cms.signatureAlgorithm];
      if (!hash || !isEcdsaDer(cms.signature)) return null;
      ok = nodeVerify(hash, cms.signedAttrs, { key: verdict.key, dsaEncoding: 'der' }, cms.signature);
    } else if (verdict.key.asymmetricKeyType === 'rsa') {
      hash = cms.signatureAlgorithm === RSA_ENCRYPTION ? cms.digest : RSA_SIGS[cms.signatureAlgorithm];
      if (!hash) return null;
      ok = nodeVerify(hash, cms.signedAttrs, verdict.key, cms.signature);
    }
  } catch {
    return null;
  }
  return ok ? verdict : null;
}
