/**
 * The exports as streams of JSON text: the package header, then the releases / records / grants of
 * one batch of calls at a time, then the footer. Memory stays flat however many projects there are
 * (bench/funding-exports.ts measures it against building the same document in memory).
 */
import { allBundles, type CallBundle, type Instrument } from './bundles.ts';
import { grantOf } from './giving360.ts';
import { compiledReleaseOf, releasesOf } from './ocds.ts';
import type { Db } from '../../../platform/db/schema.ts';

const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
const SOCIAL_ORDER: Instrument[] = ['social_order'];
const GRANTS: Instrument[] = ['grant', 'award'];

/** Header, items joined by commas, footer: a JSON document written piece by piece. */
async function* jsonDocument<T>(
  head: string,
  batches: AsyncIterable<T[]>,
  item: (x: T) => unknown,
  tail: string,
): AsyncIterable<string> {
  yield head;
  let first = true;
  for await (const items of batches) {
    if (!items.length) continue;
    yield (first ? '\n' : ',\n') + items.map((x) => JSON.stringify(item(x))).join(',\n');
    first = false;
  }
  yield tail;
}

async function* flat<T, U>(batches: AsyncIterable<T[]>, f: (x: T) => U[]): AsyncIterable<U[]> {
  for await (const b of batches) yield b.flatMap(f);
}

function packageHead(base: string, path: string, key: string, now: Date) {
  const meta = {
    uri: `${base}${path}`,
    version: '1.1',
    publishedDate: now.toISOString(),
    publisher: { name: 'Qogam', uri: base },
    license: LICENCE,
    publicationPolicy: `${base}/kk/open-data`,
  };
  return JSON.stringify(meta).slice(0, -1) + `,"${key}":[`;
}

export function releasePackage(db: Db, base: string, now = new Date()): AsyncIterable<string> {
  return jsonDocument(
    packageHead(base, '/open-data/ocds/release-package.json', 'releases', now),
    flat(allBundles(db, SOCIAL_ORDER), (b: CallBundle) => releasesOf(b, base)),
    (r) => r,
    '\n]}\n',
  );
}

export function recordPackage(db: Db, base: string, now = new Date()): AsyncIterable<string> {
  const record = (b: CallBundle) => {
    const rs = releasesOf(b, base);
    return {
      ocid: rs[0].ocid,
      releases: rs.map((r) => ({
        url: `${base}/open-data/ocds/release-package.json#${r.id}`,
        date: r.date,
        tag: r.tag,
      })),
      compiledRelease: compiledReleaseOf(b, base),
    };
  };
  return jsonDocument(
    packageHead(base, '/open-data/ocds/record-package.json', 'records', now),
    allBundles(db, SOCIAL_ORDER),
    record,
    '\n]}\n',
  );
}

export function giving360Package(db: Db, base: string, now = new Date()): AsyncIterable<string> {
  const head =
    JSON.stringify({
      version: '1.4',
      title: 'Qogam: state grants and awards to NGOs of Kazakhstan',
      description: 'Every grant and award contract made through Qogam, one grant per project.',
      issued: now.toISOString(),
      modified: now.toISOString(),
      identifier: 'qogam-360giving',
      publisher: { name: 'Qogam', website: base },
      license: LICENCE,
      downloadURL: `${base}/open-data/360giving.json`,
      accessURL: `${base}/kk/open-data`,
    }).slice(0, -1) + ',"grants":[';
  const grants = flat(allBundles(db, GRANTS), (b: CallBundle) => b.projects.map((p) => ({ p, b })));
  return jsonDocument(head, grants, ({ p, b }) => grantOf(p, b, base), '\n]}\n');
}
