/**
 * Test support (imported only by tests): structural accessibility checks on rendered HTML that
 * need no browser — the things app.inject can see. The e2e suite runs axe-core on top.
 */
import assert from 'node:assert/strict';

/** One h1, headings never skip a level, ids unique, every form control labelled, every table captioned. */
export function assertAccessible(html: string, label = '') {
  const headings = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
  assert.equal(headings.filter((h) => h === 1).length, 1, `${label}: exactly one h1`);
  for (let i = 1; i < headings.length; i++)
    assert.ok(headings[i] <= headings[i - 1] + 1, `${label}: heading h${headings[i]} after h${headings[i - 1]}`);
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(dup, [], `${label}: duplicate ids`);
  const labelled = new Set([...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
  for (const m of html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = m[2];
    if (/type="(hidden|submit)"/.test(attrs)) continue;
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    assert.ok(id && labelled.has(id), `${label}: <${m[1]} ${attrs.slice(0, 80)}> has no label`);
  }
  const tables = (html.match(/<table\b/g) ?? []).length;
  const captions = (html.match(/<caption>/g) ?? []).length;
  assert.equal(captions, tables, `${label}: every table has a caption`);
}

/** The text of an element by id (tags stripped), to check that a message sits next to its field. */
export function textOf(html: string, id: string): string | undefined {
  const m = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m?.[2].replace(/<[^>]+>/g, '').trim();
}
