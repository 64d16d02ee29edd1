/** What the councils module publishes as open data: datasets, the hearings feed, indicators. */
import type { FastifyInstance } from 'fastify';
import { pick } from '../../platform/i18n/index.ts';
import { keysetBatches, type Db, type IndicatorValue, type OpenRow } from '../../platform/opendata/index.ts';
import { almatyDate, type RegionCode } from '../../reference/index.ts';
import {
  announcedHearings,
  councilsAfter,
  heldHearings,
  heldMeetings,
  hearingsAfter,
  meetingsAfter,
  tableStats,
} from './repository/index.ts';

export const COUNCIL_COLUMNS = [
  'id',
  'name_kk',
  'name_ru',
  'name_en',
  'level',
  'region',
  'state_body',
  'term_start',
  'term_end',
  'status',
  'members',
  'url',
] as const;
export const MEETING_COLUMNS = [
  'id',
  'council_id',
  'council_name_ru',
  'title',
  'starts_at',
  'ends_at',
  'location',
  'status',
  'agenda',
  'attendance',
  'decisions',
  'decisions_answered',
  'url',
] as const;
export const HEARING_COLUMNS = [
  'id',
  'title',
  'state_body',
  'region',
  'starts_at',
  'announced_at',
  'location',
  'status',
  'registrations',
  'questions',
  'answered',
  'url',
] as const;

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null);
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export async function councilBatch(db: Db, after: string, limit: number): Promise<OpenRow[]> {
  const rows = await councilsAfter(db, after, limit);
  return rows.map((r) => ({
    id: r.id,
    name_kk: r.name_kk,
    name_ru: r.name_ru,
    name_en: r.name_en,
    level: r.level,
    region: r.region,
    state_body: r.code,
    term_start: day(r.term_start),
    term_end: day(r.term_end),
    status: r.status,
    members: Number(r.members),
    url: `/kk/councils/${r.id}`,
  }));
}

export async function meetingBatch(db: Db, after: string, limit: number): Promise<OpenRow[]> {
  const rows = await meetingsAfter(db, after, limit);
  return rows.map((r) => ({
    id: r.id,
    council_id: r.council_id,
    council_name_ru: r.name_ru,
    title: r.title,
    starts_at: iso(r.starts_at),
    ends_at: iso(r.ends_at),
    location: r.location,
    status: r.status,
    agenda: r.agenda as string[],
    attendance: (r.attendance as string[]).length,
    decisions: Number(r.decisions),
    decisions_answered: Number(r.answered),
    url: `/kk/councils/meetings/${r.id}`,
  }));
}

export async function hearingBatch(db: Db, after: string, limit: number): Promise<OpenRow[]> {
  const rows = await hearingsAfter(db, after, limit);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    state_body: r.code,
    region: r.region,
    starts_at: iso(r.starts_at),
    announced_at: iso(r.announced_at),
    location: r.location,
    status: r.status,
    registrations: Number(r.registrations),
    questions: Number(r.questions),
    answered: Number(r.answered),
    url: `/kk/hearings/${r.id}`,
  }));
}

/** Yearly counts by region of the body (Almaty year of the event); the national figure (region null) is the sum including national bodies. */
function byRegionYear(rows: { region: string | null; at: Date | string }[]): IndicatorValue[] {
  const out = new Map<string, IndicatorValue>();
  const add = (region: RegionCode | null, year: number) => {
    const k = `${region ?? ''}|${year}`;
    const v = out.get(k) ?? { region, year, value: 0 };
    v.value++;
    out.set(k, v);
  };
  for (const r of rows) {
    const year = Number(almatyDate(new Date(r.at)).slice(0, 4));
    add(null, year);
    if (r.region) add(r.region as RegionCode, year);
  }
  return [...out.values()].sort((a, b) => a.year - b.year || (a.region ?? '').localeCompare(b.region ?? ''));
}

/** Meetings held (minutes recorded) per region of the council's body and year. */
export async function meetingsHeld(db: Db): Promise<IndicatorValue[]> {
  const rows = await heldMeetings(db);
  return byRegionYear(rows);
}

/** Public hearings held (held or answered) per region of the organising body and year. */
export async function hearingsHeld(db: Db): Promise<IndicatorValue[]> {
  const rows = await heldHearings(db);
  return byRegionYear(rows);
}

const stats = (table: 'councils' | 'council_meetings' | 'hearings') => (db: Db) => tableStats(db, table);

export function registerOpenData(app: FastifyInstance) {
  const od = app.openData;
  od.addDataset({
    id: 'councils',
    module: 'councils',
    titleKey: 'councils.openData.councils',
    descriptionKey: 'councils.openData.councilsDescription',
    columns: COUNCIL_COLUMNS,
    batches: (db) =>
      keysetBatches(
        (after, n) => councilBatch(db, after, n),
        (r) => String(r.id),
        '',
      ),
    stats: stats('councils'),
  });
  od.addDataset({
    id: 'council-meetings',
    module: 'councils',
    titleKey: 'councils.openData.meetings',
    descriptionKey: 'councils.openData.meetingsDescription',
    columns: MEETING_COLUMNS,
    batches: (db) =>
      keysetBatches(
        (after, n) => meetingBatch(db, after, n),
        (r) => String(r.id),
        '',
      ),
    stats: stats('council_meetings'),
  });
  od.addDataset({
    id: 'hearings',
    module: 'councils',
    titleKey: 'councils.openData.hearings',
    descriptionKey: 'councils.openData.hearingsDescription',
    columns: HEARING_COLUMNS,
    batches: (db) =>
      keysetBatches(
        (after, n) => hearingBatch(db, after, n),
        (r) => String(r.id),
        '',
      ),
    stats: stats('hearings'),
  });
  od.addFeed({
    id: 'hearings',
    module: 'councils',
    titleKey: 'councils.openData.hearingsFeed',
    async entries(db, locale, limit) {
      const rows = await announcedHearings(db, limit);
      return rows.map((r) => ({
        id: `/hearings/${r.id}`,
        title: r.title,
        summary: `${pick({ kk: r.name_kk, ru: r.name_ru, en: r.name_en }, locale)}: ${r.description.slice(0, 300)}`,
        href: `/${locale}/hearings/${r.id}`,
        updated: new Date(r.updated_at),
        published: new Date(r.announced_at),
      }));
    },
  });
  od.addIndicator({
    id: 'councils.meetingsHeld',
    module: 'councils',
    titleKey: 'councils.openData.meetingsHeld',
    definitionKey: 'councils.openData.meetingsHeldDefinition',
    unit: 'count',
    compute: meetingsHeld,
  });
  od.addIndicator({
    id: 'councils.hearingsHeld',
    module: 'councils',
    titleKey: 'councils.openData.hearingsHeld',
    definitionKey: 'councils.openData.hearingsHeldDefinition',
    unit: 'count',
    compute: hearingsHeld,
  });
}
