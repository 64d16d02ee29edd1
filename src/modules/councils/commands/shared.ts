/** Pieces the councils' commands share: compare-and-set by version, public documents. */
import { sql } from 'kysely';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { addDocument, type Db } from '../repository.ts';

/** A document to keep with a meeting, hearing, report or call; `title` is what readers see. */
export interface NewDocument {
  file: UploadedFile;
  title?: string;
  storage: Storage;
}

/** Saves an uploaded file and links it to its owner as a public document. */
export async function attachDocument(
  trx: Db,
  owner: 'meeting' | 'hearing' | 'report' | 'selection',
  ownerId: string,
  doc: NewDocument | undefined,
  userId: string | null,
) {
  if (!doc) return null;
  const f = await saveFile(trx, doc.storage, doc.file, userId);
  await addDocument(trx, owner, ownerId, f.id, (doc.title || doc.file.filename).slice(0, 300));
  return f.id;
}

/**
 * Optimistic locking: updates the row only if it still has the version the editor saw, and
 * bumps it; false means someone else saved first (the caller fails with 'stale').
 */
export async function updateIfVersion(
  trx: Db,
  table:
    | 'councils'
    | 'council_selections'
    | 'council_meetings'
    | 'council_decisions'
    | 'council_reports'
    | 'hearings'
    | 'hearing_questions',
  id: string,
  expected: number,
  set: Record<string, unknown>,
): Promise<boolean> {
  const r = await trx
    .updateTable(table)
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
