/** Versions of a draft and the units (articles, points) of their text. */
import type { Db } from '../../../platform/db/schema.ts';
import type { BilingualUnit, UnitKind } from '../domain.ts';
import { fixDraft } from './columns.ts';

export interface VersionRow {
  id: string;
  draft_id: string;
  number: number;
  note_kk: string;
  note_ru: string;
  changes_kk: string;
  changes_ru: string;
  created_at: Date;
  opened_at: Date | null;
  last_day: string | null;
  summary_published_at: Date | null;
}

export async function insertVersion(
  db: Db,
  v: {
    draftId: string;
    number: number;
    noteKk: string;
    noteRu: string;
    changesKk?: string;
    changesRu?: string;
    at: Date;
  },
  units: readonly BilingualUnit[],
): Promise<string> {
  const r = await db
    .insertInto('legislation_versions')
    .values({
      draft_id: v.draftId,
      number: v.number,
      note_kk: v.noteKk,
      note_ru: v.noteRu,
      changes_kk: v.changesKk ?? '',
      changes_ru: v.changesRu ?? '',
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceUnits(db, r.id, units);
  return r.id;
}

export async function replaceUnits(db: Db, versionId: string, units: readonly BilingualUnit[]) {
  await db.deleteFrom('legislation_units').where('version_id', '=', versionId).execute();
  if (!units.length) return;
  await db
    .insertInto('legislation_units')
    .values(
      units.map((u, i) => ({
        version_id: versionId,
        position: i,
        key: u.key,
        kind: u.kind,
        label: u.label,
        heading_kk: u.heading.kk,
        heading_ru: u.heading.ru,
        text_kk: u.text.kk,
        text_ru: u.text.ru,
      })),
    )
    .execute();
}

export async function updateVersion(
  db: Db,
  id: string,
  set: Partial<
    Pick<
      VersionRow,
      'note_kk' | 'note_ru' | 'opened_at' | 'last_day' | 'changes_kk' | 'changes_ru' | 'summary_published_at'
    >
  >,
) {
  await db.updateTable('legislation_versions').set(set).where('id', '=', id).execute();
}

export async function listVersions(db: Db, draftId: string): Promise<VersionRow[]> {
  const rows = await db
    .selectFrom('legislation_versions')
    .selectAll()
    .where('draft_id', '=', draftId)
    .orderBy('number')
    .execute();
  return rows.map((r) => fixDraft(r) as VersionRow);
}

export async function findVersion(db: Db, draftId: string, number: number): Promise<VersionRow | undefined> {
  const r = await db
    .selectFrom('legislation_versions')
    .selectAll()
    .where('draft_id', '=', draftId)
    .where('number', '=', number)
    .executeTakeFirst();
  return r ? (fixDraft(r) as VersionRow) : undefined;
}

export type UnitRow = {
  id: string;
  version_id: string;
  position: number;
  key: string;
  kind: UnitKind;
  label: string;
  heading_kk: string;
  heading_ru: string;
  text_kk: string;
  text_ru: string;
};

export async function unitsOf(db: Db, versionId: string): Promise<UnitRow[]> {
  return db
    .selectFrom('legislation_units')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
}

export async function findUnit(db: Db, versionId: string, key: string): Promise<UnitRow | undefined> {
  return db
    .selectFrom('legislation_units')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('key', '=', key)
    .executeTakeFirst();
}
