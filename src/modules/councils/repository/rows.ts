/** Row types and small helpers shared by the councils' repository files. */
import type { ColumnType } from 'kysely';
import type { CouncilTables } from '../tables.ts';
export type { CouncilTables } from '../tables.ts';

import type { Db } from '../../../platform/db/schema.ts';
export type { Db } from '../../../platform/db/schema.ts';

type Row<T> = { [K in keyof T]: T[K] extends ColumnType<infer S, any, any> ? S : T[K] };
export type CouncilRow = Row<CouncilTables['councils']> & {
  body_code: string;
  body_name_kk: string;
  body_name_ru: string;
  body_name_en: string;
};
export type MemberRow = Row<CouncilTables['council_members']>;
export type SelectionRow = Row<CouncilTables['council_selections']>;
export type ApplicationRow = Row<CouncilTables['council_applications']>;
export type MeetingRow = Row<CouncilTables['council_meetings']>;
export type DecisionRow = Row<CouncilTables['council_decisions']>;
export type ReportRow = Row<CouncilTables['council_reports']>;
export type HearingRow = Row<CouncilTables['hearings']> & {
  body_code: string;
  body_name_kk: string;
  body_name_ru: string;
  body_name_en: string;
};
export type QuestionRow = Row<CouncilTables['hearing_questions']>;
export type RegistrationRow = Row<CouncilTables['hearing_registrations']>;
export type DocumentRow = {
  id: string;
  file_id: string;
  title: string;
  original_name: string;
  mime: string;
  size_bytes: number;
};

export const toIso = (d: unknown): string =>
  d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);
/** PGlite and node-postgres both return `date` columns as Date or string; pages use 'YYYY-MM-DD'. */
export function fixDates<T extends Record<string, unknown>>(row: T, cols: string[]): T {
  for (const c of cols) if (row[c] !== null && row[c] !== undefined) (row as any)[c] = toIso(row[c]);
  return row;
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
