/** Pieces the councils' commands share: public documents kept with their owner. */
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { addDocument, type Db } from '../repository/index.ts';

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
