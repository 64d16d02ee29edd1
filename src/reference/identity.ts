/**
 * IIN (individual identification number) and BIN (business identification
 * number): 12 digits, the last one a check digit.
 *
 * IIN:  YYMMDD C NNNN K   — birth date, century-and-sex digit, serial, check
 * BIN:  YYMM T A NNNNN K  — registration year/month, entity type, attribute,
 *                           serial, check
 *
 * Validation is pure and needs no registry: it proves a number is well formed,
 * not that a person or organisation with that number exists.
 */

export type IdentityFailure = 'format' | 'checksum' | 'birthdate';
export type IdentityResult = { ok: true; value: string } | { ok: false; reason: IdentityFailure };
export type Sex = 'male' | 'female';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * weights[i];
  return sum % 11;
}

/**
 * The check digit for the first 11 digits, or null when both passes give 10
 * (no 12th digit can make such a prefix valid; issuers skip those serials).
 */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError(`expected 11 digits, got "${first11}"`);
  const first = weightedMod11(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** True when `s` is 12 digits whose last digit is the check digit of the rest. */
export function checkDigitValid(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  const expected = checkDigit(s.slice(0, 11));
  return expected !== null && expected === Number(s[11]);
}

/**
 * People paste numbers with spaces ("900101 300 123", a trailing newline, a
 * non-breaking space from a PDF), so all whitespace is dropped, not just trimmed.
 */
function normalise(s: string): string {
  return String(s).replace(/\s+/g, '');
}

/** Century of birth from IIN digit 7 (1/2 → 1800, 3/4 → 1900, 5/6 → 2000); 0 = not encoded. */
const CENTURY: Record<string, number | null> = {
  '0': null,
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

/** A UTC-midnight Date for a civil date, or null if the date does not exist (e.g. 30 February). */
function civilDate(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC treats years 0..99 as 1900+; set the full year explicitly.
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

function birthDateOf(iin: string): Date | null | 'unknown' {
  const century = CENTURY[iin[6]];
  if (century === null) return 'unknown';
  return civilDate(century + Number(iin.slice(0, 2)), Number(iin.slice(2, 4)), Number(iin.slice(4, 6)));
}

/**
 * Validate an IIN. Checks run format → checksum → birth date, so a typo
 * (which almost always breaks the checksum) is reported as such.
 * A birth date after `now` is impossible too. Digit 7 = 0 (issued to some
 * foreigners) carries no century, so the date cannot be checked.
 */
export function validateIin(s: string, now: Date = new Date()): IdentityResult {
  const value = normalise(s);
  if (!/^\d{12}$/.test(value) || !(value[6] in CENTURY)) return { ok: false, reason: 'format' };
  if (!checkDigitValid(value)) return { ok: false, reason: 'checksum' };
  const birth = birthDateOf(value);
  if (birth === null) return { ok: false, reason: 'birthdate' };
  if (birth !== 'unknown' && birth.getTime() > now.getTime()) return { ok: false, reason: 'birthdate' };
  return { ok: true, value };
}

/** BIN digit 5: 4 resident legal entity, 5 non-resident legal entity, 6 joint individual entrepreneurship (ИП(С)). */
export const BIN_TYPES = ['4', '5', '6'] as const;

/**
 * Validate a BIN. A bad registration month, type or attribute digit is a
 * 'format' failure (the union has no date reason for BINs: a BIN does not
 * carry a birth date, and a month of 13 is simply malformed).
 */
export function validateBin(s: string): IdentityResult {
  const value = normalise(s);
  if (!/^\d{12}$/.test(value)) return { ok: false, reason: 'format' };
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return { ok: false, reason: 'format' };
  if (!(BIN_TYPES as readonly string[]).includes(value[4])) return { ok: false, reason: 'format' };
  if (!/[0-3]/.test(value[5])) return { ok: false, reason: 'format' };
  if (!checkDigitValid(value)) return { ok: false, reason: 'checksum' };
  return { ok: true, value };
}

/** Birth date (UTC midnight of the civil date) of a valid IIN; null if invalid or the century is not encoded. */
export function iinBirthDate(iin: string): Date | null {
  const v = validateIin(iin);
  if (!v.ok) return null;
  const birth = birthDateOf(v.value);
  return birth instanceof Date ? birth : null;
}

/** Sex of a valid IIN from digit 7 (odd = male, even = female); null if invalid or digit 7 is 0. */
export function iinSex(iin: string): Sex | null {
  const v = validateIin(iin);
  if (!v.ok || v.value[6] === '0') return null;
  return Number(v.value[6]) % 2 === 1 ? 'male' : 'female';
}

export const MASK_CHAR = '•';

/**
 * Mask an IIN for display: the first 2 digits and the last digit stay, the
 * 9 in between become "•", keeping the length 12 so it still reads as an IIN:
 * "900101300123" → "90•••••••••3". Showing the first 2 (birth year only, not
 * month and day) lets a person recognise their own number without revealing
 * the birth date; the last digit helps tell two of one's numbers apart.
 * Anything that is not 12 digits is masked entirely, so nothing leaks from
 * malformed input.
 */
export function maskIin(iin: string): string {
  const v = normalise(iin);
  if (!/^\d{12}$/.test(v)) return MASK_CHAR.repeat(12);
  return v.slice(0, 2) + MASK_CHAR.repeat(9) + v.slice(11);
}

/** A small integer hash so that neighbouring seeds give unrelated serials. */
function mix(seed: number): number {
  let x = (Math.trunc(seed) | 0) ^ 0x9e3779b9;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Append a check digit to `prefix + serial`, advancing the serial past prefixes that have none. */
function withCheckDigit(prefix: string, serialDigits: number, seed: number): string {
  const modulus = 10 ** serialDigits;
  const start = mix(seed) % modulus;
  for (let i = 0; i < modulus; i++) {
    const first11 = prefix + String((start + i) % modulus).padStart(serialDigits, '0');
    const k = checkDigit(first11);
    if (k !== null) return first11 + k;
  }
  throw new Error('unreachable: every prefix has serials with a check digit');
}

function parseBirth(birth: Date | string): { y: number; m: number; d: number } {
  if (typeof birth === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth);
    if (!m || !civilDate(+m[1], +m[2], +m[3])) throw new RangeError(`invalid date "${birth}"`);
    return { y: +m[1], m: +m[2], d: +m[3] };
  }
  if (Number.isNaN(birth.getTime())) throw new RangeError('invalid Date');
  return { y: birth.getUTCFullYear(), m: birth.getUTCMonth() + 1, d: birth.getUTCDate() };
}

/**
 * A valid IIN for demo data and tests, the same for the same arguments.
 * `birth` is read by its UTC calendar fields (or given as 'YYYY-MM-DD').
 * Years 1800–2099 only, as digit 7 cannot encode others.
 */
export function generateIin(birth: Date | string, sex: Sex, seed: number): string {
  const { y, m, d } = parseBirth(birth);
  if (y < 1800 || y > 2099) throw new RangeError(`IIN cannot encode birth year ${y}`);
  const centuryDigit = 1 + 2 * Math.floor((y - 1800) / 100) + (sex === 'female' ? 1 : 0);
  const prefix =
    String(y % 100).padStart(2, '0') + String(m).padStart(2, '0') + String(d).padStart(2, '0') + centuryDigit;
  return withCheckDigit(prefix, 4, seed);
}

/**
 * A valid BIN for demo data and tests, the same for the same arguments: a
 * resident legal entity (type 4), head office (attribute 0). Without `yymm`
 * the registration month is derived from the seed (2000-01 … 2024-12).
 */
export function generateBin(seed: number, yymm?: string): string {
  let ym: string;
  if (yymm === undefined) {
    const h = mix(seed ^ 0x5bd1e995);
    ym = String(h % 25).padStart(2, '0') + String(1 + (Math.floor(h / 25) % 12)).padStart(2, '0');
  } else {
    if (!/^\d{4}$/.test(yymm) || +yymm.slice(2) < 1 || +yymm.slice(2) > 12) {
      throw new RangeError(`yymm must be YYMM with month 01-12, got "${yymm}"`);
    }
    ym = yymm;
  }
  return withCheckDigit(ym + '40', 5, seed);
}
