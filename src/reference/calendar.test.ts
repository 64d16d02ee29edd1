import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  almatyDate,
  almatyDayStart,
  almatyOffsetHours,
  holidaysIn,
  workingRestDaysIn,
  hasCalendarData,
} from './calendar.ts';
import { assertLocalized } from './testLocalized.ts';

const offDays = (year: number) => holidaysIn(year).map((d) => `${d.date} ${d.kind} ${d.id}`);

test('ordinary weekdays work, weekends rest', () => {
  assert.equal(isWorkingDay('2025-04-15'), true); // Tuesday
  assert.equal(isWorkingDay('2025-04-19'), false); // Saturday
  assert.equal(isWorkingDay('2025-04-20'), false); // Sunday
});

test('Nauryz 2025: 21 March is Friday, 22–23 fall on the weekend and carry to 24–25', () => {
  for (const d of ['2025-03-21', '2025-03-22', '2025-03-23', '2025-03-24', '2025-03-25']) {
    assert.equal(isWorkingDay(d), false, d);
  }
  assert.equal(isWorkingDay('2025-03-20'), true);
  assert.equal(isWorkingDay('2025-03-26'), true);
  const carries = holidaysIn(2025).filter((d) => d.kind === 'carry' && d.id === 'nauryz');
  assert.deepEqual(
    carries.map((d) => [d.date, d.instead]),
    [
      ['2025-03-24', '2025-03-22'],
      ['2025-03-25', '2025-03-23'],
    ],
  );
});

test('weekend carry-over to the next working day', () => {
  assert.equal(isWorkingDay('2024-07-08'), false, 'Capital City Day, Sat 6 July 2024 → Mon 8 July');
  assert.equal(isWorkingDay('2025-10-27'), false, 'Republic Day, Sat 25 Oct 2025 → Mon 27 Oct');
  assert.equal(isWorkingDay('2026-03-09'), false, "Women's Day, Sun 8 Mar 2026 → Mon 9 Mar");
  // 2026: Nauryz Sat 21, Sun 22, Mon 23 → Tue 24 and Wed 25 off, Thu 26 works.
  assert.deepEqual(
    ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'].map((d) => isWorkingDay(d)),
    [false, false, false, true],
  );
  // 2027: New Year Fri 1, Sat 2 → Mon 4; Unity Day Sat 1 May → Mon 3; Victory Day Sun 9 May → Mon 10.
  assert.deepEqual(
    ['2027-01-04', '2027-05-03', '2027-05-10'].map((d) => isWorkingDay(d)),
    [false, false, false],
  );
});

test('religious holidays are days off but are not carried', () => {
  assert.equal(isWorkingDay('2025-06-06'), false, 'Kurban Ait 2025, a Friday');
  assert.equal(isWorkingDay('2024-06-17'), true, 'Kurban Ait Sun 16 June 2024 is not carried');
  assert.equal(isWorkingDay('2027-05-17'), true, 'Kurban Ait Sun 16 May 2027 is not carried');
  assert.equal(isWorkingDay('2025-01-07'), false, 'Orthodox Christmas');
  assert.equal(isWorkingDay('2024-01-08'), true, 'Orthodox Christmas on Sunday 7 January 2024 is not carried');
});

test('holiday list changes of 2022: Republic Day added, 1 and 17 December removed', () => {
  assert.equal(isWorkingDay('2025-10-24'), true);
  assert.equal(isWorkingDay('2024-10-25'), false);
  assert.equal(isWorkingDay('2025-12-16'), false);
  assert.equal(isWorkingDay('2025-12-17'), true);
  assert.equal(isWorkingDay('2025-12-01'), true);
  assert.equal(isWorkingDay('2021-12-17'), false);
  assert.equal(isWorkingDay('2021-10-25'), true);
});

test('transfers: a Saturday or Sunday becomes working, a weekday becomes a day off', () => {
  assert.equal(isWorkingDay('2024-05-04'), true, 'Saturday worked');
  assert.equal(isWorkingDay('2024-05-08'), false, 'Wednesday off, bridging 7 and 9 May');
  assert.equal(isWorkingDay('2025-01-05'), true, 'Sunday 5 January 2025 worked');
  assert.equal(isWorkingDay('2025-01-03'), false);
  assert.deepEqual(workingRestDaysIn(2024), ['2024-05-04']);
  assert.deepEqual(workingRestDaysIn(2026), []);
});

test('holidaysIn(2025) lists every day off beyond ordinary weekends', () => {
  assert.deepEqual(offDays(2025), [
    '2025-01-01 holiday new-year',
    '2025-01-02 holiday new-year',
    '2025-01-03 transfer transfer',
    '2025-01-07 religious orthodox-christmas',
    '2025-03-08 holiday womens-day',
    '2025-03-10 carry womens-day',
    '2025-03-21 holiday nauryz',
    '2025-03-22 holiday nauryz',
    '2025-03-23 holiday nauryz',
    '2025-03-24 carry nauryz',
    '2025-03-25 carry nauryz',
    '2025-05-01 holiday unity-day',
    '2025-05-07 holiday defender-day',
    '2025-05-09 holiday victory-day',
    '2025-06-06 religious kurban-ait',
    '2025-07-06 holiday capital-day',
    '2025-07-07 carry capital-day',
    '2025-08-30 holiday constitution-day',
    '2025-09-01 carry constitution-day',
    '2025-10-25 holiday republic-day',
    '2025-10-27 carry republic-day',
    '2025-12-16 holiday independence-day',
  ]);
  for (const d of holidaysIn(2025)) assertLocalized(d.name, d.date);
});

test('addWorkingDays: 15 working days across Nauryz 2025', () => {
  // After Fri 14 March: 17–20 (4), Nauryz 21–25 off, 26–28 (7), 31 (8), 1–4 Apr (12), 7–9 Apr (15).
  assert.equal(addWorkingDays('2025-03-14', 15), '2025-04-09');
  assert.equal(addWorkingDays('2025-03-14', 0), '2025-03-14');
  assert.equal(addWorkingDays('2025-03-14', 1), '2025-03-17');
  assert.equal(addWorkingDays('2025-03-22', 1), '2025-03-26', 'counting from a day off');
  assert.equal(addWorkingDays('2024-12-31', 2), '2025-01-06', 'across the year end and the New Year transfer');
  assert.throws(() => addWorkingDays('2025-03-14', -1), RangeError);
  assert.throws(() => addWorkingDays('2025-03-14', 1.5), RangeError);
});

test('workingDaysBetween is the inverse of addWorkingDays', () => {
  assert.equal(workingDaysBetween('2025-03-14', '2025-04-09'), 15);
  assert.equal(workingDaysBetween('2025-04-09', '2025-03-14'), -15);
  assert.equal(workingDaysBetween('2025-03-20', '2025-03-25'), 0);
  for (const start of ['2024-12-25', '2025-03-19', '2025-06-04', '2026-03-20', '2027-04-28']) {
    for (const n of [0, 1, 5, 10, 15, 20, 30]) {
      assert.equal(workingDaysBetween(start, addWorkingDays(start, n)), n, `${start} + ${n}`);
    }
  }
});

test('Date inputs use the civil date in Asia/Almaty', () => {
  // 20:00 UTC on 20 March is 01:00 on 21 March in Almaty (UTC+5): Nauryz.
  assert.equal(almatyDate(new Date('2025-03-20T20:00:00Z')), '2025-03-21');
  assert.equal(isWorkingDay(new Date('2025-03-20T20:00:00Z')), false);
  assert.equal(isWorkingDay(new Date('2025-03-20T18:59:59Z')), true);
  assert.equal(addWorkingDays(new Date('2025-03-13T19:30:00Z'), 15), '2025-04-09');
});

test('the zone change of 1 March 2024 (UTC+6 → UTC+5)', () => {
  assert.equal(almatyOffsetHours(new Date('2024-02-29T17:59:59Z')), 6);
  assert.equal(almatyOffsetHours(new Date('2024-02-29T18:00:00Z')), 5);
  assert.equal(almatyDate(new Date('2024-01-15T18:30:00Z')), '2024-01-16');
  assert.equal(almatyDate(new Date('2024-06-15T18:30:00Z')), '2024-06-15');
  assert.equal(almatyDayStart('2024-01-16').toISOString(), '2024-01-15T18:00:00.000Z');
  assert.equal(almatyDayStart('2024-03-01').toISOString(), '2024-02-29T19:00:00.000Z');
  assert.equal(almatyDayStart('2025-05-01').toISOString(), '2025-04-30T19:00:00.000Z');
  for (const d of ['2023-12-31', '2024-02-29', '2024-03-01', '2025-07-06'])
    assert.equal(almatyDate(almatyDayStart(d)), d);
});

test('bad input is rejected', () => {
  for (const bad of ['2025-02-30', '2025-3-1', '01.03.2025', ''])
    assert.throws(() => isWorkingDay(bad), RangeError, bad);
  assert.throws(() => almatyDate(new Date('nope')), RangeError);
});

test('hasCalendarData tells whether the movable holiday is known', () => {
  for (const y of [2024, 2025, 2026, 2027]) assert.equal(hasCalendarData(y), true);
  assert.equal(hasCalendarData(2030), false);
});
