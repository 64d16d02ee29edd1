/** Why a signature was refused. Each has a message `pki.reason.<code>` in kk, ru and en. */
export const SIGNATURE_FAILURES = [
  'malformed',
  'content_mismatch',
  'bad_signature',
  'untrusted_chain',
  'expired',
  'not_yet_valid',
  'revoked',
  'key_usage',
  'no_identity',
] as const;
export type SignatureFailure = (typeof SIGNATURE_FAILURES)[number];

/** Who signed, as the certificate says. */
export interface SignerIdentity {
  /** Individual identification number from the subject serialNumber `IIN` + 12 digits (check digit valid). */
  iin: string | null;
  /** Business identification number from the subject OU `BIN` + 12 digits, for an organisation's certificate. */
  bin: string | null;
  surname: string;
  /** The first name. Kazakh state certificates keep it in CN ("SURNAME GIVEN") and the patronymic in givenName. */
  givenName: string;
  /** The patronymic when the certificate carries one (NCA RK puts it in givenName, 2.5.4.42). */
  patronymic: string | null;
  commonName: string;
  /** Certificate serial number, lower-case hex. */
  serialNumber: string;
  /** Issuer distinguished name, as text. */
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

export interface VerifiedSignature {
  signer: SignerIdentity;
  /** The signingTime signed attribute, when the signer put one. */
  signingTime: Date | null;
  /** The signer's certificate, DER. */
  certificateDer: Uint8Array;
}

export type VerifyResult =
  { ok: true; value: VerifiedSignature } | { ok: false; reason: SignatureFailure; detail?: string };

/** A status from a revocation service other than the configured CRLs (for example an OCSP responder). */
export type RevocationStatus = 'good' | 'revoked' | 'unknown';

/**
 * Hook for online revocation checking (OCSP). Qogam ships none that goes to the network;
 * a deployment plugs its own in through the plugin options or `verifyCms` options.
 * 'unknown' is treated like 'good' (the CRLs have already been consulted).
 */
export type RevocationChecker = (certificateDer: Uint8Array, issuerDer: Uint8Array) => Promise<RevocationStatus>;

export interface VerifyOptions {
  /** The moment the platform received the signature; now when absent. */
  at?: Date;
  revocation?: RevocationChecker;
}
