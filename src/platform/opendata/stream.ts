/** Streaming CSV and JSON bodies from batches of rows: constant memory whatever the dataset's size. */
import { stringify } from 'csv-stringify/sync';
import type { Db, OpenRow } from './catalogue.ts';

export const attachment = (name: string) => `attachment; filename="${name}"`;

/**
 * Batches of a query by keyset pagination over a unique, ordered key: each batch costs the same
 * however deep it is, and no connection is held between batches.
 * @example keysetBatches((after, n) => db.selectFrom('x').selectAll().where('id', '>', after).orderBy('id').limit(n).execute(), (r) => r.id, '')
 */
export async function* keysetBatches<R, K>(
  fetch: (after: K, limit: number) => Promise<R[]>,
  keyOf: (row: R) => K,
  start: K,
  size = 1000,
): AsyncIterable<R[]> {
  let after = start;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]);
  }
}

function csvCell(v: OpenRow[string]): string | number | boolean | null {
  // Lists go in one cell separated by "; " so a spreadsheet shows them readably.
  return Array.isArray(v) ? v.join('; ') : v;
}

/** UTF-8 CSV with a BOM (so spreadsheet programs read Kazakh and Russian letters) and a header row. */
export async function* csvStream(columns: readonly string[], batches: AsyncIterable<OpenRow[]>): AsyncIterable<string> {
  yield '\ufeff' + stringify([[...columns]]);
  for await (const rows of batches) {
    if (rows.length) yield stringify(rows.map((r) => columns.map((c) => csvCell(r[c] ?? null))));
  }
}

/** A JSON array, one object per line. */
export async function* jsonArrayStream(batches: AsyncIterable<unknown[]>): AsyncIterable<string> {
  yield '[';
  let first = true;
  for await (const rows of batches) {
    if (!rows.length) continue;
    yield (first ? '\n' : ',\n') + rows.map((r) => JSON.stringify(r)).join(',\n');
    first = false;
  }
  yield '\n]\n';
}

export type { Db };
