/** Conclusions on a draft (expert, anti-corruption, public councils) and their files. */
import type { Db } from '../../../platform/db/schema.ts';
import type { ConclusionKind } from '../domain.ts';
import { withOrgNames } from './columns.ts';

export type ConclusionRow = {
  id: string;
  draft_id: string;
  version_id: string;
  kind: ConclusionKind;
  organization_bin: string;
  summary: string;
  file_id: string;
  created_at: Date;
  version_number: number;
  org_name_kk: string | null;
  org_name_ru: string | null;
  file_name: string;
  file_mime: string;
  file_size: number;
};

export async function conclusionsOf(db: Db, draftId: string): Promise<ConclusionRow[]> {
  const rows = await db
    .selectFrom('legislation_conclusions as k')
    .innerJoin('legislation_versions as v', 'v.id', 'k.version_id')
    .innerJoin('files as f', 'f.id', 'k.file_id')
    .select([
      'k.id',
      'k.draft_id',
      'k.version_id',
      'k.kind',
      'k.organization_bin',
      'k.summary',
      'k.file_id',
      'k.created_at',
      'v.number as version_number',
      'f.original_name as file_name',
      'f.mime as file_mime',
      'f.size_bytes as file_size',
    ])
    .where('k.draft_id', '=', draftId)
    .orderBy('k.created_at')
    .execute();
  return (await withOrgNames(db, rows)) as ConclusionRow[];
}

export async function findConclusionFile(db: Db, draftId: string, conclusionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(conclusionId)) return undefined;
  return db
    .selectFrom('legislation_conclusions as k')
    .innerJoin('files as f', 'f.id', 'k.file_id')
    .select(['f.storage_key', 'f.original_name', 'f.mime'])
    .where('k.id', '=', conclusionId)
    .where('k.draft_id', '=', draftId)
    .executeTakeFirst();
}

export async function insertConclusion(
  db: Db,
  v: {
    draftId: string;
    versionId: string;
    kind: ConclusionKind;
    bin: string;
    summary: string;
    fileId: string;
    by: string;
    at: Date;
  },
) {
  return db
    .insertInto('legislation_conclusions')
    .values({
      draft_id: v.draftId,
      version_id: v.versionId,
      kind: v.kind,
      organization_bin: v.bin,
      summary: v.summary,
      file_id: v.fileId,
      submitted_by: v.by,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
