import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkDigit,
  checkDigitValid,
  validateIin,
  validateBin,
  iinBirthDate,
  iinSex,
  maskIin,
  generateIin,
  generateBin,
} from './identity.ts';

// Hand-computed vectors. Weights W1 = 1..11, W2 = 3,4,5,6,7,8,9,10,11,1,2.
//
// A) 90010130012? (born 1990-01-01, digit 7 = 3: 1900s male)
//    W1: 9·1+0·2+0·3+1·4+0·5+1·6+3·7+0·8+0·9+1·10+2·11 = 9+4+6+21+10+22 = 72
//    72 mod 11 = 6                                   → 900101300126
// B) 85063040123? (born 1985-06-30, digit 7 = 4: 1900s female)
//    W1: 8+10+0+24+15+0+28+0+9+20+33 = 147; 147 mod 11 = 4 → 850630401234
// C) 90010130081? — first pass gives 10, second pass is used
//    W1: 9+4+6+21+8·10+1·11 = 131; 131 mod 11 = 10
//    W2: 9·3+1·6+1·8+3·9+8·1+1·2 = 27+6+8+27+8+2 = 78; 78 mod 11 = 1 → 900101300811
// D) 90010130080? — both passes give 10: no 12th digit makes it valid
//    W1: 9+4+6+21+80+0 = 120; 120 mod 11 = 10
//    W2: 27+6+8+27+8+0 = 76;   76 mod 11 = 10
// E) BIN 15014000012? (registered 2015-01, type 4, attribute 0, serial 00012)
//    W1: 1·1+5·2+0+1·4+4·5+0+0+0+0+1·10+2·11 = 1+10+4+20+10+22 = 67; 67 mod 11 = 1 → 150140000121

test('check digit: hand-computed vectors', () => {
  assert.equal(checkDigit('90010130012'), 6);
  assert.equal(checkDigit('85063040123'), 4);
  assert.equal(checkDigit('90010130081'), 1);
  assert.equal(checkDigit('90010130080'), null);
  assert.equal(checkDigit('15014000012'), 1);
  assert.equal(checkDigitValid('900101300126'), true);
  assert.equal(checkDigitValid('900101300127'), false);
  assert.equal(checkDigitValid('900101300811'), true);
  assert.equal(checkDigitValid('900101300810'), false);
  for (let k = 0; k <= 9; k++) assert.equal(checkDigitValid(`90010130080${k}`), false);
  assert.equal(checkDigitValid('90010130012'), false);
  assert.equal(checkDigitValid('9001013001a6'), false);
});

test('validateIin accepts valid numbers and normalises whitespace', () => {
  assert.deepEqual(validateIin('900101300126'), { ok: true, value: '900101300126' });
  assert.deepEqual(validateIin('  900101 300 126\n'), { ok: true, value: '900101300126' });
  assert.deepEqual(validateIin('850630401234'), { ok: true, value: '850630401234' });
  assert.deepEqual(validateIin('900101300811'), { ok: true, value: '900101300811' });
});

test('validateIin reports format errors', () => {
  for (const bad of ['', '90010130012', '9001013001260', '90010130012O', '900101-300126', '900101700126']) {
    assert.deepEqual(validateIin(bad), { ok: false, reason: 'format' }, bad);
  }
});

test('validateIin reports checksum errors', () => {
  assert.deepEqual(validateIin('900101300127'), { ok: false, reason: 'checksum' });
  assert.deepEqual(validateIin('900101300800'), { ok: false, reason: 'checksum' });
});

test('validateIin rejects impossible and future birth dates', () => {
  // 30 February 1990, 13th month, day 00 — made checksum-valid so the date is what fails.
  for (const prefix of ['9002303', '9013013', '9001003']) {
    const iin = completeWithCheckDigit(prefix + '0012');
    assert.deepEqual(validateIin(iin), { ok: false, reason: 'birthdate' }, iin);
  }
  // 29 February exists in 2000 (digit 7 = 5) but not in 1900 (digit 7 = 3).
  assert.equal(validateIin(completeWithCheckDigit('0002295' + '0001')).ok, true);
  assert.deepEqual(validateIin(completeWithCheckDigit('0002293' + '0001')), { ok: false, reason: 'birthdate' });
  const future = generateIin('2030-05-01', 'male', 1);
  assert.deepEqual(validateIin(future, new Date('2026-01-01T00:00:00Z')), { ok: false, reason: 'birthdate' });
  assert.equal(validateIin(future, new Date('2031-01-01T00:00:00Z')).ok, true);
});

test('digit 7 = 0 (foreigners): century unknown, date not checked', () => {
  const iin = completeWithCheckDigit('9913320' + '0001'); // "month 13, day 32" would fail with a century
  assert.deepEqual(validateIin(iin), { ok: true, value: iin });
  assert.equal(iinBirthDate(iin), null);
  assert.equal(iinSex(iin), null);
});

test('iinBirthDate and iinSex', () => {
  assert.equal(iinBirthDate('900101300126')?.toISOString(), '1990-01-01T00:00:00.000Z');
  assert.equal(iinBirthDate('850630401234')?.toISOString(), '1985-06-30T00:00:00.000Z');
  assert.equal(iinSex('900101300126'), 'male');
  assert.equal(iinSex('850630401234'), 'female');
  assert.equal(iinBirthDate('900101300127'), null);
  assert.equal(iinSex('garbage'), null);
});

test('maskIin shows the first 2 and the last digit only', () => {
  assert.equal(maskIin('900101300126'), '90•••••••••6');
  assert.equal(maskIin(' 900101 300126 '), '90•••••••••6');
  assert.equal(maskIin('90010130012'), '••••••••••••');
  assert.equal(maskIin('900101300126').length, 12);
});

test('validateBin', () => {
  assert.deepEqual(validateBin('150140000121'), { ok: true, value: '150140000121' });
  assert.deepEqual(validateBin(' 1501 4000 0121 '), { ok: true, value: '150140000121' });
  assert.deepEqual(validateBin('150140000122'), { ok: false, reason: 'checksum' });
  assert.deepEqual(validateBin('15014000012'), { ok: false, reason: 'format' });
  // month 13, type 7, attribute 4 — each made checksum-valid so the structure is what fails.
  for (const prefix of ['1513400', '1501700', '1501440']) {
    assert.deepEqual(validateBin(completeWithCheckDigit(prefix + '0012')), { ok: false, reason: 'format' }, prefix);
  }
  for (const type of ['5', '6']) {
    assert.equal(validateBin(completeWithCheckDigit(`1501${type}10` + '0012')).ok, true);
  }
});

test('generateIin is deterministic and valid', () => {
  const a = generateIin(new Date(Date.UTC(1990, 0, 1)), 'male', 42);
  assert.equal(a, generateIin('1990-01-01', 'male', 42));
  assert.match(a, /^9001013\d{5}$/);
  assert.equal(generateIin('2004-02-29', 'female', 7).slice(0, 7), '0402296');
  assert.equal(generateIin('1899-12-31', 'male', 7).slice(0, 7), '9912311');
  const seen = new Set<string>();
  for (let seed = 0; seed < 500; seed++) {
    const birth = new Date(Date.UTC(1940 + (seed % 80), seed % 12, 1 + (seed % 28)));
    const sex = seed % 2 ? 'female' : 'male';
    const iin = generateIin(birth, sex, seed);
    assert.equal(validateIin(iin).ok, true, iin);
    assert.equal(iinSex(iin), sex);
    assert.equal(iinBirthDate(iin)?.getTime(), birth.getTime());
    seen.add(iin);
  }
  assert.ok(seen.size > 490, 'different seeds give different numbers');
  assert.throws(() => generateIin('1799-01-01', 'male', 1), RangeError);
  assert.throws(() => generateIin('1990-02-30', 'male', 1), RangeError);
});

test('generateBin is deterministic and valid', () => {
  assert.equal(generateBin(1), generateBin(1));
  assert.match(generateBin(3, '1507'), /^150740\d{6}$/);
  const seen = new Set<string>();
  for (let seed = 0; seed < 500; seed++) {
    const bin = generateBin(seed);
    assert.deepEqual(validateBin(bin), { ok: true, value: bin });
    seen.add(bin);
  }
  assert.ok(seen.size > 490);
  assert.throws(() => generateBin(1, '1513'), RangeError);
  assert.throws(() => generateBin(1, '15-1'), RangeError);
});

/** Test helper: append the first check digit that works, advancing the serial if needed. */
function completeWithCheckDigit(first11: string): string {
  let n = Number(first11.slice(7));
  for (;;) {
    const p = first11.slice(0, 7) + String(n).padStart(4, '0');
    const k = checkDigit(p);
    if (k !== null) return p + k;
    n++;
  }
}
