import './reflect.ts';
import * as pkijs from 'pkijs';
import * as x509 from '@peculiar/x509';

let ready = false;

/**
 * pkijs and @peculiar/x509 both run over Node's own WebCrypto (`globalThis.crypto`).
 * Called at the top of every public entry point; only the first call does anything.
 */
export function ensureCryptoEngine(): void {
  if (ready) return;
  const webcrypto = globalThis.crypto;
  pkijs.setEngine('qogam-node-webcrypto', new pkijs.CryptoEngine({ name: 'qogam-node-webcrypto', crypto: webcrypto }));
  x509.cryptoProvider.set(webcrypto);
  ready = true;
}

/** A fresh ArrayBuffer holding exactly these bytes (pkijs and asn1js want ArrayBuffers, not views). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
}
