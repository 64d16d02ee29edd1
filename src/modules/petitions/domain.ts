/**
 * Rules of public initiatives (PRODUCT.md §3): the lifecycle as a state machine, thresholds by
 * addressee from dated legal parameters, deadlines in working days, what is public, and the exact
 * text a citizen signs. Pure functions: no database, no clock (the instant is an argument).
 */
import { createHash } from 'node:crypto';
import {
  addWorkingDays,
  almatyDate,
  almatyDayStart,
  param,
  paramNames,
  populationOf,
  regionByCode,
  regions,
  stateBodyByCode,
  type IsoDate,
  type ParamName,
  type RegionCode,
} from '../../reference/index.ts';
import { lifecycle, type EventOf } from '../../platform/kit/lifecycle.ts';

// ------------------------------------------------------------------ lifecycle

export const STATUSES = [
  'draft',
  'moderation',
  'collecting',
  'threshold_reached',
  'under_review',
  'answered',
  'rejected',
  'expired',
] as const;
export type Status = (typeof STATUSES)[number];

/**
 * The only allowed transitions: draft → moderation → collecting → threshold_reached →
 * under_review → answered; rejected and expired end it.
 */
export const LIFECYCLE = lifecycle(STATUSES, {
  submit: { from: ['draft'], to: 'moderation' },
  approve: { from: ['moderation'], to: 'collecting' },
  reject: { from: ['moderation'], to: 'rejected' },
  reach_threshold: { from: ['collecting'], to: 'threshold_reached' },
  expire: { from: ['collecting'], to: 'expired' },
  start_review: { from: ['threshold_reached'], to: 'under_review' },
  answer: { from: ['under_review'], to: 'answered' },
});
export type Event = EventOf<typeof LIFECYCLE>;

/** A new initiative is a draft only its author sees. */
export const INITIAL = 'draft' as const satisfies Status;

/** States whose initiative a visitor may open by its link (drafts and moderation stay with the author and moderators). */
export const PUBLIC_STATUSES: readonly Status[] = [
  'collecting',
  'threshold_reached',
  'under_review',
  'answered',
  'rejected',
  'expired',
];

/**
 * Listed and searchable: below the minimum (50) an initiative is reachable only by its link.
 * Rejected ones keep their page (with the reason) but are not listed.
 */
export function isListed(i: { status: Status; signatureCount: number }, at: Date): boolean {
  if (i.status === 'threshold_reached' || i.status === 'under_review' || i.status === 'answered') return true;
  if (i.status === 'collecting' || i.status === 'expired')
    return i.signatureCount >= param('petition.publicListingMin', at);
  return false;
}

// ----------------------------------------------------------------- addressees

export type AddresseeKind = 'government' | 'city_akimat' | 'city_maslikhat' | 'oblast_akimat' | 'oblast_maslikhat';

/** Which kind of addressee a state body code is, or null when initiatives cannot be addressed to it. */
export function addresseeKind(code: string): AddresseeKind | null {
  if (code === 'government') return 'government';
  const m = /^(akimat|maslikhat)-(.+)$/.exec(code);
  if (!m) return null;
  const region = regionByCode(m[2]);
  if (!region) return null;
  return `${region.kind}_${m[1]}` as AddresseeKind;
}

/** State body codes an initiative may be addressed to, Government first. */
export const ADDRESSEE_CODES: readonly string[] = [
  'government',
  ...regions.flatMap((r) => [`akimat-${r.code}`, `maslikhat-${r.code}`]),
];

/** Region of an addressee (null for the Government). */
export function addresseeRegion(code: string): RegionCode | null {
  return (stateBodyByCode(code)?.region as RegionCode | null | undefined) ?? null;
}

/**
 * Signatures needed, by the parameters in force on `at` (Law "On Public Control"): Government
 * 50,000; oblast akimat 1% and maslikhat 2% of the oblast's population (the population figure of
 * that year); city akimat 2,500, maslikhat 5,000. Rounded up: 1% of 786,000 is 7,860.
 */
export function thresholdFor(code: string, at: Date | IsoDate): number {
  const kind = addresseeKind(code);
  if (!kind) throw new RangeError(`not an initiative addressee: ${code}`);
  const p = param('petition.threshold', at);
  const year = Number((at instanceof Date ? almatyDate(at) : at).slice(0, 4));
  switch (kind) {
    case 'government':
      return p.government;
    case 'city_akimat':
      return p.cityAkimat;
    case 'city_maslikhat':
      return p.cityMaslikhat;
    case 'oblast_akimat':
      return Math.ceil(populationOf(addresseeRegion(code)!, year) * p.oblastAkimatPopulationShare);
    case 'oblast_maslikhat':
      return Math.ceil(populationOf(addresseeRegion(code)!, year) * p.oblastMaslikhatPopulationShare);
  }
}

// ------------------------------------------------------------------ deadlines

/** Moderation is due 20 working days (parameter) after the day the draft was submitted. */
export function moderationDue(submittedAt: Date): IsoDate {
  return addWorkingDays(almatyDate(submittedAt), param('petition.moderationWorkingDays', submittedAt));
}

/** Collection lasts up to 6 months (parameter): the last day on which signatures are accepted. */
export function collectionEnds(openedAt: Date): IsoDate {
  const months = param('petition.collectionMonths', openedAt);
  const [y, m, d] = almatyDate(openedAt).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  // 31 August + 6 months is the last day of February; the day before the same date otherwise.
  const day = Math.min(d, last);
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), day) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/**
 * Working days the addressee has to answer once the threshold is reached. A dedicated
 * 'petition.answerWorkingDays' parameter is used when the reference data has one; until then the
 * general answer period of the Administrative Procedural Code ('appeal.answerWorkingDays').
 */
export function answerWorkingDays(at: Date | IsoDate): number {
  const dedicated = 'petition.answerWorkingDays';
  if ((paramNames as readonly string[]).includes(dedicated))
    return param(dedicated as ParamName, at) as unknown as number;
  return param('appeal.answerWorkingDays', at);
}

/** The answer is due this many working days after the day the threshold was reached. */
export function answerDue(reachedAt: Date): IsoDate {
  return addWorkingDays(almatyDate(reachedAt), answerWorkingDays(reachedAt));
}

/** A civil due date has passed when the Almaty date of `at` is after it. */
export const isPast = (due: IsoDate | null, at: Date): boolean => !!due && almatyDate(at) > due;

/** The instant collection closes: the start of the day after its last day, in Almaty. */
export function collectionClosesAt(ends: IsoDate): Date {
  return almatyDayStart(new Date(Date.parse(`${ends}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
}

export interface DeadlineFacts {
  status: Status;
  moderationDue: IsoDate | null;
  collectionEnds: IsoDate | null;
  answerDue: IsoDate | null;
  answeredAt: Date | null;
}

/**
 * The state as of `at`: a collecting initiative whose collection period has ended is expired
 * even before the background job records it (so signing is refused at once).
 */
export function effectiveStatus(i: { status: Status; collectionEnds: IsoDate | null }, at: Date): Status {
  if (i.status === 'collecting' && isPast(i.collectionEnds, at)) return 'expired';
  return i.status;
}

/** Overdue answer: the threshold was reached, the due date has passed and no answer is given yet. */
export function isAnswerOverdue(i: DeadlineFacts, at: Date): boolean {
  return (i.status === 'threshold_reached' || i.status === 'under_review') && isPast(i.answerDue, at);
}

/** Answered within the deadline (judged on the Almaty date of the answer). */
export function answeredOnTime(i: { answerDue: IsoDate | null; answeredAt: Date | null }): boolean | null {
  if (!i.answeredAt || !i.answerDue) return null;
  return almatyDate(i.answeredAt) <= i.answerDue;
}

export function isModerationOverdue(i: DeadlineFacts, at: Date): boolean {
  return i.status === 'moderation' && isPast(i.moderationDue, at);
}

// ------------------------------------------------------------------- signing

/** Version line of the signed text; a new format gets a new version, old signatures stay verifiable. */
export const PAYLOAD_HEADER = 'QOGAM-INITIATIVE-SIGNATURE/1';

export const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * The exact text a citizen signs, as UTF-8 bytes (documented in the module README section of the
 * signing page): five lines joined by "\n", no trailing newline, no BOM:
 *
 *   QOGAM-INITIATIVE-SIGNATURE/1
 *   initiative: <uuid>
 *   title: <title, as published>
 *   addressee: <state body code, e.g. akimat-almaty-city>
 *   text-sha256: <lowercase hex SHA-256 of the initiative's text in UTF-8>
 *
 * Title and text cannot change after moderation, so the bytes are the same for every signer.
 */
export function signingPayload(i: { id: string; title: string; addresseeCode: string; body: string }): string {
  return [
    PAYLOAD_HEADER,
    `initiative: ${i.id}`,
    `title: ${i.title}`,
    `addressee: ${i.addresseeCode}`,
    `text-sha256: ${sha256Hex(i.body)}`,
  ].join('\n');
}

/** What is shown publicly of a signer: the given name and the surname's initial ("Айгерім Н."). */
export function publicSignerName(givenName: string | null | undefined, surname: string | null | undefined): string {
  const cap = (s: string) => s.charAt(0).toLocaleUpperCase('kk') + s.slice(1).toLocaleLowerCase('kk');
  const first = (givenName ?? '').trim().split(/\s+/)[0] ?? '';
  const initial = (surname ?? '').trim().charAt(0).toLocaleUpperCase('kk');
  if (!first && !initial) return '—';
  return [first ? cap(first) : '', initial ? `${initial}.` : ''].filter(Boolean).join(' ');
}

/** Progress towards the threshold, 0..100 (whole percent, floored so 99.9% is not shown as 100). */
export function progressPercent(count: number, threshold: number | null): number {
  if (!threshold) return 0;
  return Math.min(100, Math.floor((count * 100) / threshold));
}
