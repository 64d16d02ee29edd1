import './reflect.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash, createPublicKey, X509Certificate as NodeX509, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { ensureCryptoEngine, toArrayBuffer, toHex } from './engine.ts';
import type { CertificateVerdict } from './fast.ts';

const publicKeys = new WeakMap<x509.X509Certificate, KeyObject>();

/** The issuer's public key as a Node KeyObject, imported once per certificate object. */
function publicKeyOf(cert: x509.X509Certificate): KeyObject {
  let k = publicKeys.get(cert);
  if (!k)
    publicKeys.set(
      cert,
      (k = createPublicKey({ key: Buffer.from(cert.publicKey.rawData), format: 'der', type: 'spki' })),
    );
  return k;
}

const thumbprints = new WeakMap<x509.X509Certificate, Promise<string>>();

/** SHA-256 of a certificate, hex, computed once per certificate object. */
function thumbprintOf(cert: x509.X509Certificate): Promise<string> {
  let t = thumbprints.get(cert);
  if (!t) thumbprints.set(cert, (t = cert.getThumbprint('SHA-256').then(toHex)));
  return t;
}

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const CRL_BLOCK = /-----BEGIN (?:X509 )?CRL-----([\s\S]+?)-----END (?:X509 )?CRL-----/g;

/** DER of a distinguished name, in hex: names are compared byte for byte, as RFC 5280 path building does in practice. */
export const nameKey = (name: x509.Name): string => toHex(name.toArrayBuffer());

function isSelfIssued(cert: x509.X509Certificate): boolean {
  return nameKey(cert.subjectName) === nameKey(cert.issuerName);
}

/**
 * Trusted roots, intermediates and CRLs from one directory.
 * Self-signed certificates are trust anchors; the others are intermediates offered for path
 * building (they are trusted only through an anchor).
 */
export class TrustStore {
  readonly anchors: x509.X509Certificate[] = [];
  readonly intermediates: x509.X509Certificate[] = [];
  readonly crls: x509.X509Crl[] = [];
  /** Files that could not be read, with the reason (shown by the plugin's log, never fatal). */
  readonly problems: string[] = [];
  private readonly anchorDer = new Set<string>();
  private readonly bySubject = new Map<string, x509.X509Certificate[]>();
  /** Results of signature checks keyed by child thumbprint + issuer thumbprint (bounded). */
  private readonly verified = new Map<string, boolean>();
  private readonly crlVerified = new Map<x509.X509Crl, Map<string, boolean>>();
  /**
   * Signer certificates the full path accepted (chain, key usage, CRLs) against THIS content of
   * the store, keyed by the SHA-256 of every certificate the CMS carried (fast.ts, verdictKey).
   * Emptied by reload() and addCertificate(): a CRL update can never be hidden by the cache.
   */
  private readonly verdicts = new Map<string, CertificateVerdict>();
  /** Bumped whenever the store's content may have changed. */
  get generation(): number {
    return this._generation;
  }
  private _generation = 0;

  constructor(readonly dir: string | null) {}

  get loadedAt(): Date {
    return this._loadedAt;
  }
  private _loadedAt = new Date();

  /** Reads the directory again (after a CRL update, or in tests). */
  async reload(): Promise<this> {
    this.anchors.length = 0;
    this.intermediates.length = 0;
    this.crls.length = 0;
    this.problems.length = 0;
    this.anchorDer.clear();
    this.bySubject.clear();
    this.verified.clear();
    this.crlVerified.clear();
    this.forgetVerdicts();
    this._loadedAt = new Date();
    if (!this.dir || !existsSync(this.dir)) return this;
    for (const name of readdirSync(this.dir).sort()) {
      const path = join(this.dir, name);
      if (!statSync(path).isFile()) continue;
      const lower = name.toLowerCase();
      try {
        if (lower.endsWith('.pem') || lower.endsWith('.crt') || lower.endsWith('.cer')) {
          for (const cert of readCertificates(readFileSync(path))) this.addCertificate(cert);
        } else if (lower.endsWith('.crl')) {
          this.crls.push(...readCrls(readFileSync(path)));
        }
      } catch (e) {
        this.problems.push(`${name}: ${(e as Error).message}`);
      }
    }
    return this;
  }

  private forgetVerdicts(): void {
    this.verdicts.clear();
    this._generation++;
  }

  /** The cached verdict on a signer certificate (see verify.ts); undefined when none. */
  verdictFor(key: string): CertificateVerdict | undefined {
    return this.verdicts.get(key);
  }

  /** Called by verifyCms after the full path accepted a signature by this certificate (bounded). */
  rememberVerdict(key: string, verdict: CertificateVerdict): void {
    if (this.verdicts.size >= 100_000) this.verdicts.clear();
    this.verdicts.set(key, verdict);
  }

  addCertificate(cert: x509.X509Certificate): void {
    this.forgetVerdicts();
    const der = toHex(cert.rawData);
    if (this.anchorDer.has(der) || this.intermediates.some((c) => toHex(c.rawData) === der)) return;
    if (isSelfIssued(cert)) {
      this.anchors.push(cert);
      this.anchorDer.add(der);
    } else {
      this.intermediates.push(cert);
    }
    const key = nameKey(cert.subjectName);
    const list = this.bySubject.get(key) ?? [];
    list.push(cert);
    this.bySubject.set(key, list);
  }

  isAnchor(cert: x509.X509Certificate | Uint8Array): boolean {
    return this.anchorDer.has(toHex(cert instanceof Uint8Array ? cert : cert.rawData));
  }

  get empty(): boolean {
    return this.anchors.length === 0;
  }

  /** Certificates of this store whose subject is the given issuer name, anchors first. */
  candidatesFor(issuer: x509.Name | string): x509.X509Certificate[] {
    const list = this.bySubject.get(typeof issuer === 'string' ? issuer : nameKey(issuer)) ?? [];
    return [...list].sort((a, b) => Number(this.isAnchor(b)) - Number(this.isAnchor(a)));
  }

  /**
   * True when `issuer`'s key signed `child`. Checked by Node's own X.509 code (OpenSSL), with the
   * issuer's key imported once; results for CA certificates are remembered, since they sign many.
   */
  async signedBy(
    child: x509.X509Certificate | Uint8Array,
    issuer: x509.X509Certificate,
    remember = false,
  ): Promise<boolean> {
    const childDer = child instanceof Uint8Array ? child : new Uint8Array(child.rawData);
    const key = remember ? `${createHash('sha256').update(childDer).digest('hex')}:${await thumbprintOf(issuer)}` : '';
    const known = remember ? this.verified.get(key) : undefined;
    if (known !== undefined) return known;
    let ok = false;
    try {
      ok = new NodeX509(childDer).verify(publicKeyOf(issuer));
    } catch {
      ok = false;
    }
    if (remember) {
      if (this.verified.size > 10_000) this.verified.clear();
      this.verified.set(key, ok);
    }
    return ok;
  }

  /** CRLs issued (and signed) by this issuer. */
  async crlsOf(issuer: x509.X509Certificate): Promise<x509.X509Crl[]> {
    const subject = nameKey(issuer.subjectName);
    const issuerKey = await thumbprintOf(issuer);
    const out: x509.X509Crl[] = [];
    for (const crl of this.crls) {
      if (nameKey(crl.issuerName) !== subject) continue;
      let seen = this.crlVerified.get(crl);
      if (!seen) this.crlVerified.set(crl, (seen = new Map()));
      let ok = seen.get(issuerKey);
      if (ok === undefined) {
        try {
          ok = await crl.verify({ publicKey: issuer });
        } catch {
          ok = false;
        }
        seen.set(issuerKey, ok);
        if (!ok) this.problems.push(`a CRL of ${crl.issuer} does not verify with the issuer's key; ignored`);
      }
      if (ok) out.push(crl);
    }
    return out;
  }
}

/** Every certificate in a PEM bundle, or the one certificate of a DER file. */
export function readCertificates(raw: Buffer | string): x509.X509Certificate[] {
  ensureCryptoEngine();
  const text = typeof raw === 'string' ? raw : raw.toString('latin1');
  if (text.includes('-----BEGIN')) return (text.match(CERT_BLOCK) ?? []).map((pem) => new x509.X509Certificate(pem));
  return [new x509.X509Certificate(toArrayBuffer(typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw))];
}

/** Every CRL in a PEM file, or the one CRL of a DER file. */
export function readCrls(raw: Buffer | string): x509.X509Crl[] {
  ensureCryptoEngine();
  const text = typeof raw === 'string' ? raw : raw.toString('latin1');
  if (text.includes('-----BEGIN'))
    return [...text.matchAll(CRL_BLOCK)].map(
      (m) => new x509.X509Crl(toArrayBuffer(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'))),
    );
  return [new x509.X509Crl(toArrayBuffer(typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw))];
}

const cache = new Map<string, Promise<TrustStore>>();

/**
 * The trust store of a directory: every `*.pem`/`*.crt`/`*.cer` certificate (roots and
 * intermediates) and every `*.crl` (PEM or DER). Loaded once per directory and cached;
 * `store.reload()` (or `reload: true`) reads it again.
 */
export function loadTrustStore(dir: string | null | undefined, opts: { reload?: boolean } = {}): Promise<TrustStore> {
  ensureCryptoEngine();
  const key = dir ? resolve(dir) : '';
  const cached = cache.get(key);
  if (cached && !opts.reload) return cached;
  const p = new TrustStore(key || null).reload();
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  return p;
}

/** Forget the cached store of a directory (after the test CA tooling wrote a new CRL there). */
export async function invalidateTrustStore(dir: string): Promise<void> {
  const key = resolve(dir);
  const cached = cache.get(key);
  if (cached) await (await cached).reload();
}
