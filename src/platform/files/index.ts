import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Db } from '../db/schema.ts';

/** Where uploaded bytes live: local disk by default; an S3-compatible driver implements the same two calls. */
export interface Storage {
  put(data: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
}

export function localDiskStorage(dir: string): Storage {
  return {
    async put(data) {
      const key = randomUUID();
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      await writeFile(join(dir, key.slice(0, 2), key), data);
      return key;
    },
    async get(key) {
      if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
      return readFile(join(dir, key.slice(0, 2), key));
    },
  };
}

export interface UploadedFile {
  field: string;
  filename: string;
  mime: string;
  data: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string | string[]>;
  files: UploadedFile[];
  /** Fields whose file was over the size limit or of a type not accepted. */
  fileErrors: Record<string, 'too_large' | 'bad_type'>;
}

/** Documents accepted as evidence: PDF, images, office documents. */
export const DOCUMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/**
 * Reads a multipart form completely, keeping text fields and files apart; an oversized
 * or wrong-typed file becomes a field error instead of a 413/500, so the form can be
 * shown again with everything else the user typed.
 */
export async function readMultipartForm(
  req: FastifyRequest,
  opts: { maxBytes: number; accept?: string[] },
): Promise<MultipartForm> {
  const out: MultipartForm = { fields: {}, files: [], fileErrors: {} };
  // throwFileSizeLimit: false — an oversized file is marked truncated instead of ending the form with a 413.
  for await (const part of (req as any).parts({
    limits: { fileSize: opts.maxBytes, files: 10, fields: 200 },
    throwFileSizeLimit: false,
  })) {
    if (part.type === 'file') {
      if (!part.filename) {
        await part.toBuffer().catch(() => undefined);
        continue;
      }
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch {
        out.fileErrors[part.fieldname] = 'too_large';
        continue;
      }
      if (part.file.truncated) {
        out.fileErrors[part.fieldname] = 'too_large';
        continue;
      }
      if (opts.accept && !opts.accept.includes(part.mimetype)) {
        out.fileErrors[part.fieldname] = 'bad_type';
        continue;
      }
      out.files.push({ field: part.fieldname, filename: part.filename, mime: part.mimetype, data });
    } else {
      const prev = out.fields[part.fieldname];
      const v = String(part.value ?? '');
      out.fields[part.fieldname] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
  }
  return out;
}

export async function saveFile(db: Db, storage: Storage, f: UploadedFile, userId: string | null) {
  const key = await storage.put(f.data);
  return db
    .insertInto('files')
    .values({
      storage_key: key,
      original_name: f.filename.slice(0, 200),
      mime: f.mime,
      size_bytes: f.data.length,
      sha256: createHash('sha256').update(f.data).digest('hex'),
      uploaded_by: userId,
    })
    .returning(['id', 'original_name', 'mime', 'size_bytes'])
    .executeTakeFirstOrThrow();
}
