import './reflect.ts';
import type * as pkijs from 'pkijs';
import * as x509 from '@peculiar/x509';
import { validateBin, validateIin } from '../../reference/identity.ts';
import { toHex } from './engine.ts';
import type { SignerIdentity } from './types.ts';

export const OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
} as const;

/** `IIN` + 12 digits with a valid check digit, or null. */
export function iinFromSerialNumber(values: string[], now = new Date()): string | null {
  for (const v of values) {
    const m = /^IIN(\d{12})$/i.exec(v.trim());
    if (m && validateIin(m[1], now).ok) return m[1];
  }
  return null;
}

/** `BIN` + 12 digits with a valid check digit, or null. */
export function binFromOrganizationalUnit(values: string[]): string | null {
  for (const v of values) {
    const m = /^BIN(\d{12})$/i.exec(v.trim());
    if (m && validateBin(m[1]).ok) return m[1];
  }
  return null;
}

export interface CertificateFacts {
  field(oid: string): string[];
  serialNumber: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

/**
 * Kazakh state certificates (NCA RK) write CN = "SURNAME GIVEN", SURNAME = surname and
 * givenName (G) = the patronymic. Other issuers put the first name in givenName. So the first
 * name is the part of CN after the surname when CN starts with the surname; otherwise givenName.
 */
export function identityOf(c: CertificateFacts, now: Date): SignerIdentity {
  const first = (oid: string) => (c.field(oid)[0] ?? '').trim();
  const commonName = first(OID.commonName);
  const surname = first(OID.surname);
  const g = first(OID.givenName);
  let givenName = g;
  let patronymic: string | null = null;
  if (surname && commonName.toLocaleUpperCase().startsWith(`${surname.toLocaleUpperCase()} `)) {
    const rest = commonName.slice(surname.length).trim();
    if (rest) {
      givenName = rest.split(/\s+/)[0];
      if (g && g.toLocaleUpperCase() !== givenName.toLocaleUpperCase()) patronymic = g;
    }
  }
  return {
    iin: iinFromSerialNumber(c.field(OID.serialNumber), now),
    bin: binFromOrganizationalUnit(c.field(OID.organizationalUnit)),
    surname,
    givenName,
    patronymic,
    commonName,
    serialNumber: c.serialNumber.toLowerCase(),
    issuer: c.issuer,
    notBefore: c.notBefore,
    notAfter: c.notAfter,
  };
}

/** The person (and organisation) a certificate names. */
export function signerIdentity(cert: x509.X509Certificate, now = new Date()): SignerIdentity {
  return identityOf(
    {
      field: (oid) => cert.subjectName.getField(oid),
      serialNumber: cert.serialNumber,
      issuer: cert.issuer,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
    },
    now,
  );
}

/** Certificate serial in hex, as @peculiar/x509 writes it (without the sign-padding zero byte). */
export function serialHexOf(cert: pkijs.Certificate): string {
  let bytes = cert.serialNumber.valueBlock.valueHexView;
  if (bytes.length > 1 && bytes[0] === 0 && bytes[1] > 0x7f) bytes = bytes.subarray(1);
  return toHex(bytes);
}

/** The facts identityOf reads, from a certificate already parsed by pkijs inside a CMS (no second parse). */
export function certificateFactsOfPkijs(cert: pkijs.Certificate, issuer: string): CertificateFacts {
  const field = (oid: string) =>
    cert.subject.typesAndValues
      .filter((tv) => tv.type === oid)
      .map((tv) => String((tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value ?? ''));
  return {
    field,
    serialNumber: serialHexOf(cert),
    issuer,
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
  };
}

/** Facts with the subject fields copied out (kept in the verdict cache without the parsed certificate). */
export function detachedFacts(facts: CertificateFacts): CertificateFacts {
  const fields = new Map<string, string[]>(Object.values(OID).map((oid) => [oid, facts.field(oid)]));
  return {
    field: (oid) => fields.get(oid) ?? [],
    serialNumber: facts.serialNumber,
    issuer: facts.issuer,
    notBefore: facts.notBefore,
    notAfter: facts.notAfter,
  };
}

/** The same, from a certificate already parsed by pkijs inside a CMS (no second parse). */
export function signerIdentityOfPkijs(cert: pkijs.Certificate, issuer: string, now = new Date()): SignerIdentity {
  return identityOf(certificateFactsOfPkijs(cert, issuer), now);
}
