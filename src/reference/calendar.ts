import { l, type Localized } from './localized.ts';

/**
 * Kazakhstan's working-day calendar (five-day week), used for every deadline
 * counted in working days (appeals, petition moderation, grant reviews…).
 *
 * Civil dates are ISO strings 'YYYY-MM-DD' with no time: a deadline is a day
 * in Kazakhstan, not an instant. Functions that take a Date first convert it
 * to the civil date in Asia/Almaty.
 *
 * The rules (Law "On holidays", Labour Code):
 * - Saturday and Sunday are rest days;
 * - public holidays are days off; when one falls on a rest day, the next
 *   working day after it becomes a day off ("carry");
 * - religious holidays (7 January, the first day of Kurban Ait) are days off
 *   but are not carried;
 * - each year the labour authority (the Government until 2023, the Minister
 *   of Labour since) moves some rest days to bridge holidays ("transfers"):
 *   these are data, see `dayOffTransfers`, to be updated by each year's act.
 */

export type IsoDate = string;
export type DayInput = IsoDate | Date;

// ---------------------------------------------------------------- time zone

/**
 * Kazakhstan moved to a single zone, UTC+5, at 00:00 on 1 March 2024; Almaty
 * was UTC+6 before (without DST since 2005). A fixed rule instead of Intl so
 * the result does not depend on the ICU time-zone data Node was built with.
 */
const ZONE_CHANGE = Date.UTC(2024, 1, 29, 18); // 2024-03-01T00:00+06:00
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Offset of Asia/Almaty from UTC at an instant, in hours (6 before 1 March 2024, 5 since). */
export function almatyOffsetHours(instant: Date): number {
  return instant.getTime() < ZONE_CHANGE ? 6 : 5;
}

/** The civil date in Asia/Almaty at an instant: `almatyDate(new Date('2025-03-20T20:00Z'))` → '2025-03-21'. */
export function almatyDate(instant: Date): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid Date');
  return new Date(t + almatyOffsetHours(instant) * HOUR).toISOString().slice(0, 10);
}

/** The instant at which a civil date begins in Asia/Almaty (00:00 local). */
export function almatyDayStart(date: IsoDate): Date {
  const midnightUtc = dayNumber(date) * DAY;
  const at5 = midnightUtc - 5 * HOUR;
  return new Date(at5 >= ZONE_CHANGE ? at5 : midnightUtc - 6 * HOUR);
}

// ------------------------------------------------------------ civil dates

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws RangeError otherwise. */
function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (m) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    if (new Date(t).toISOString().slice(0, 10) === date) return t / DAY;
  }
  throw new RangeError(`expected a date 'YYYY-MM-DD', got "${date}"`);
}

/** Whether `s` is an existing civil date written 'YYYY-MM-DD'. */
export function isIsoDate(s: string): boolean {
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
}

function isoOf(day: number): IsoDate {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function toDay(d: DayInput): number {
  return dayNumber(d instanceof Date ? almatyDate(d) : d);
}

const isWeekend = (day: number) => {
  const wd = new Date(day * DAY).getUTCDay();
  return wd === 0 || wd === 6;
};

// -------------------------------------------------------------------- data

interface FixedHoliday {
  readonly id: string;
  readonly month: number;
  readonly day: number;
  readonly name: Localized;
  readonly religious?: true;
  /** First and last years the day was a holiday, when it has not always been one. */
  readonly since?: number;
  readonly until?: number;
}

const NEW_YEAR = l('Жаңа жыл', 'Новый год', 'New Year');
const NAURYZ = l('Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz');
const INDEPENDENCE = l('Тәуелсіздік күні', 'День Независимости', 'Independence Day');

const FIXED: readonly FixedHoliday[] = [
  { id: 'new-year', month: 1, day: 1, name: NEW_YEAR },
  { id: 'new-year', month: 1, day: 2, name: NEW_YEAR },
  {
    id: 'orthodox-christmas',
    month: 1,
    day: 7,
    religious: true,
    name: l('Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas'),
  },
  {
    id: 'womens-day',
    month: 3,
    day: 8,
    name: l('Халықаралық әйелдер күні', 'Международный женский день', "International Women's Day"),
  },
  { id: 'nauryz', month: 3, day: 21, name: NAURYZ },
  { id: 'nauryz', month: 3, day: 22, name: NAURYZ },
  { id: 'nauryz', month: 3, day: 23, name: NAURYZ },
  {
    id: 'unity-day',
    month: 5,
    day: 1,
    name: l(
      'Қазақстан халқының бірлігі мерекесі',
      'Праздник единства народа Казахстана',
      'Day of Unity of the People of Kazakhstan',
    ),
  },
  {
    id: 'defender-day',
    month: 5,
    day: 7,
    name: l('Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),
  },
  { id: 'victory-day', month: 5, day: 9, name: l('Жеңіс күні', 'День Победы', 'Victory Day') },
  { id: 'capital-day', month: 7, day: 6, name: l('Астана күні', 'День столицы', 'Capital City Day') },
  { id: 'constitution-day', month: 8, day: 30, name: l('Конституция күні', 'День Конституции', 'Constitution Day') },
  {
    id: 'republic-day',
    month: 10,
    day: 25,
    since: 2022,
    name: l('Республика күні', 'День Республики', 'Republic Day'),
  },
  // Abolished in 2022; kept so deadlines computed for earlier years stay right.
  {
    id: 'first-president-day',
    month: 12,
    day: 1,
    until: 2021,
    name: l('Тұңғыш Президент күні', 'День Первого Президента', 'First President Day'),
  },
  { id: 'independence-day', month: 12, day: 16, name: INDEPENDENCE },
  { id: 'independence-day', month: 12, day: 17, until: 2021, name: INDEPENDENCE },
];

const KURBAN_AIT_NAME = l('Құрбан айт', 'Курбан айт', 'Kurban Ait');

/**
 * First day of Kurban Ait, announced yearly (it follows the lunar calendar).
 * Add next year's date when the Spiritual Administration of Muslims of
 * Kazakhstan publishes it; until then that year's calendar misses the day.
 */
export const kurbanAitDates: Readonly<Record<number, IsoDate>> = Object.freeze({
  2022: '2022-07-09',
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
  2027: '2027-05-16',
});

export interface DayOffTransfer {
  /** A rest day (Saturday or Sunday) that becomes a working day. */
  readonly from: IsoDate;
  /** The working day that becomes a day off instead. */
  readonly to: IsoDate;
  readonly basis: string;
}

/**
 * Transfers of rest days, as published. DATA TO UPDATE EACH YEAR from the act
 * that sets them (Government decree until 2023, Minister of Labour and Social
 * Protection order since 2024). Years without an entry had no transfer known
 * when this list was last reviewed (early 2026): none was made for New Year
 * 2026; later 2026 and all 2027 transfers are not yet known.
 */
export const dayOffTransfers: readonly DayOffTransfer[] = Object.freeze([
  { from: '2022-10-22', to: '2022-10-24', basis: 'Government decree, 2022 (first Republic Day)' },
  { from: '2023-07-01', to: '2023-07-07', basis: 'Government decree, 2023 (Capital City Day)' },
  {
    from: '2024-05-04',
    to: '2024-05-08',
    basis: 'Order of the Minister of Labour, 2024 (Defender of the Fatherland Day to Victory Day)',
  },
  { from: '2025-01-05', to: '2025-01-03', basis: 'Order of the Minister of Labour (New Year 2025)' },
]);

// --------------------------------------------------------------- the table

export type DayOffKind = 'holiday' | 'religious' | 'carry' | 'transfer';

export interface DayOff {
  readonly date: IsoDate;
  readonly kind: DayOffKind;
  /** Holiday id ('nauryz', 'kurban-ait'…); 'transfer' for a transferred rest day. */
  readonly id: string;
  readonly name: Localized;
  /** For 'carry': the holiday date that fell on a rest day. For 'transfer': the rest day worked instead. */
  readonly instead?: IsoDate;
}

const TRANSFER_NAME = l('Демалыс күнін ауыстыру', 'Перенос дня отдыха', 'Transferred day off');

interface YearTable {
  readonly daysOff: ReadonlyMap<number, DayOff>;
  readonly workedRestDays: ReadonlySet<number>;
  readonly list: readonly DayOff[];
}

const cache = new Map<number, YearTable>();

function yearTable(year: number): YearTable {
  const hit = cache.get(year);
  if (hit) return hit;
  const daysOff = new Map<number, DayOff>();
  const iso = (m: number, d: number) =>
    `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  const holidays: { day: number; off: DayOff; carried: boolean }[] = [];
  for (const h of FIXED) {
    if ((h.since && year < h.since) || (h.until && year > h.until)) continue;
    const date = iso(h.month, h.day);
    holidays.push({
      day: dayNumber(date),
      carried: !h.religious,
      off: { date, kind: h.religious ? 'religious' : 'holiday', id: h.id, name: h.name },
    });
  }
  const kurban = kurbanAitDates[year];
  if (kurban)
    holidays.push({
      day: dayNumber(kurban),
      carried: false,
      off: { date: kurban, kind: 'religious', id: 'kurban-ait', name: KURBAN_AIT_NAME },
    });
  holidays.sort((a, b) => a.day - b.day);
  for (const h of holidays) if (!daysOff.has(h.day)) daysOff.set(h.day, h.off);

  // In date order, so two holidays on one weekend (Nauryz) take consecutive working days.
  for (const h of holidays) {
    if (!h.carried || !isWeekend(h.day)) continue;
    let d = h.day + 1;
    while (isWeekend(d) || daysOff.has(d)) d++;
    daysOff.set(d, { date: isoOf(d), kind: 'carry', id: h.off.id, name: h.off.name, instead: h.off.date });
  }

  const workedRestDays = new Set<number>();
  for (const t of dayOffTransfers) {
    if (t.to.startsWith(`${year}-`))
      daysOff.set(dayNumber(t.to), {
        date: t.to,
        kind: 'transfer',
        id: 'transfer',
        name: TRANSFER_NAME,
        instead: t.from,
      });
    if (t.from.startsWith(`${year}-`)) workedRestDays.add(dayNumber(t.from));
  }

  const list = Object.freeze([...daysOff.entries()].sort(([a], [b]) => a - b).map(([, off]) => Object.freeze(off)));
  const table = { daysOff, workedRestDays, list };
  cache.set(year, table);
  return table;
}

function yearOf(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

function isWorking(day: number): boolean {
  const t = yearTable(yearOf(day));
  if (t.daysOff.has(day)) return false;
  return !isWeekend(day) || t.workedRestDays.has(day);
}

// --------------------------------------------------------------- public API

/** Whether a civil date (or the Almaty date of an instant) is a working day. */
export function isWorkingDay(d: DayInput): boolean {
  return isWorking(toDay(d));
}

/**
 * The date `n` working days after `d` (n ≥ 0): day `d` itself is not counted,
 * so an appeal received on Friday 14 March 2025 with 15 working days is due on
 * `addWorkingDays('2025-03-14', 15)` = '2025-04-09'. n = 0 returns `d` as is.
 */
export function addWorkingDays(d: DayInput, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let day = toDay(d);
  for (let left = n; left > 0;) {
    day++;
    if (isWorking(day)) left--;
  }
  return isoOf(day);
}

/**
 * Working days after `a` up to and including `b`, so that
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when b < a.
 */
export function workingDaysBetween(a: DayInput, b: DayInput): number {
  const from = toDay(a);
  const to = toDay(b);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorking(day)) count++;
  return sign * count;
}

/**
 * All days off other than ordinary weekends that are in force in a year:
 * holidays (including those falling on a weekend), carried days and
 * transferred days, in date order.
 */
export function holidaysIn(year: number): readonly DayOff[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`invalid year ${year}`);
  return yearTable(year).list;
}

/** Saturdays and Sundays that are working days in a year because of a transfer. */
export function workingRestDaysIn(year: number): readonly IsoDate[] {
  return [...yearTable(year).workedRestDays].sort((a, b) => a - b).map(isoOf);
}

/** Whether the calendar has the movable holiday for a year; without it deadlines in that year may be a day short. */
export function hasCalendarData(year: number): boolean {
  return year in kurbanAitDates;
}
