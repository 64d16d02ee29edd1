import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../src/reference/index.ts';
import { seedRegistryDemo } from '../../src/modules/registry/index.ts';
import { EXPORT_BATCH } from '../../src/modules/registry/routes/api.ts';
import { Client, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let c: Client;
let bin: string;
// More than one export batch, so the keyset continuation is exercised.
const COUNT = EXPORT_BATCH + 150;
const LIST_KEYS = [
  'areas',
  'bin',
  'foundedOn',
  'legalForm',
  'names',
  'region',
  'settlement',
  'shortName',
  'status',
  'url',
  'verification',
];

before(async () => {
  t = await testApp();
  bin = (await seedRegistryDemo(t.db, { count: COUNT, seed: 3 })).representedBin;
  c = new Client(t.app);
});
after(() => t.close());

const json = async (url: string) => {
  const r = await c.get(url);
  return { status: r.statusCode, body: JSON.parse(r.body), headers: r.headers };
};

describe('registry API', () => {
  test('the list: items, total, page, pageSize; whitelisted fields only', async () => {
    const r = await json('/api/v1/organizations');
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), ['items', 'page', 'pageSize', 'total']);
    assert.equal(r.body.total, COUNT);
    assert.equal(r.body.page, 1);
    assert.equal(r.body.pageSize, 20);
    assert.equal(r.body.items.length, 20);
    for (const item of r.body.items) assert.deepEqual(Object.keys(item).sort(), LIST_KEYS);
    assert.doesNotMatch(JSON.stringify(r.body), /registered_by|registeredBy/);
  });

  test('pagination and filters', async () => {
    const p1 = await json('/api/v1/organizations?pageSize=7&page=1&region=almaty-city');
    const p2 = await json('/api/v1/organizations?pageSize=7&page=2&region=almaty-city');
    assert.equal(p2.body.page, 2);
    assert.equal(p2.body.items.length, 7);
    assert.equal(p1.body.total, p2.body.total);
    assert.ok(p1.body.items.every((i: { region: string }) => i.region === 'almaty-city'));
    const ids = new Set([...p1.body.items, ...p2.body.items].map((i: { bin: string }) => i.bin));
    assert.equal(ids.size, 14);
    const beyond = await json('/api/v1/organizations?page=9999');
    assert.deepEqual(beyond.body.items, []);
    assert.equal(beyond.body.total, COUNT);
    const verified = await json('/api/v1/organizations?verified=true&pageSize=100');
    assert.ok(verified.body.items.every((i: { verification: string }) => i.verification === 'verified'));
    const q = await json(`/api/v1/organizations?q=${encodeURIComponent('Bolashak')}`);
    assert.ok(q.body.items.some((i: { bin: string }) => i.bin === bin));
    assert.ok(
      q.body.items.every((i: { names: { en: string | null; ru: string } }) =>
        /Bolashak|Болашак/.test(`${i.names.en} ${i.names.ru}`),
      ),
    );
  });

  test('invalid parameters: 400 JSON naming each field', async () => {
    for (const [query, path] of [
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['pageSize=500', 'pageSize'],
      ['region=xyz', 'region'],
      ['sort=random', 'sort'],
      ['verified=maybe', 'verified'],
    ]) {
      const r = await json(`/api/v1/organizations?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.body.error, 'validation');
      assert.ok(
        r.body.issues.some((i: { path: string }) => i.path === path),
        `${query}: ${JSON.stringify(r.body)}`,
      );
    }
    const ru = await c.get('/api/v1/organizations?page=0&lang=ru');
    assert.match(JSON.parse(ru.body).issues[0].message, /Номер страницы/);
  });

  test('one organisation: 200 with reports and rating; 404 unknown; 400 malformed', async () => {
    const r = await json(`/api/v1/organizations/${bin}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.names.en, 'Bolashak Public Association');
    assert.equal(r.body.rating.total, 100);
    assert.deepEqual(
      r.body.rating.inputs.map((i: { key: string }) => i.key),
      ['reports', 'verification', 'disclosure', 'years'],
    );
    assert.deepEqual(
      r.body.reports.map((x: { status: string }) => x.status),
      ['on_time', 'on_time', 'on_time'],
    );
    assert.equal(r.body.eligibleForStateFunding, true);
    assert.doesNotMatch(JSON.stringify(r.body), /registered_by|verification_file|verificationFile/);
    const unknown = await json(`/api/v1/organizations/${generateBin(999_999)}`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error, 'not_found');
    const bad = await json('/api/v1/organizations/12ab');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'invalid_bin');
  });

  test('reference data: regions with NGO counts, areas, legal forms', async () => {
    const regions = await json('/api/v1/regions');
    assert.equal(regions.body.length, 20);
    const active = await t.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    assert.equal(
      regions.body.reduce((s: number, r: { ngoCount: number }) => s + r.ngoCount, 0),
      Number(active.n),
    );
    assert.deepEqual(Object.keys(regions.body[0].names), ['kk', 'ru', 'en']);
    assert.ok((await json('/api/v1/areas')).body.some((a: { code: string }) => a.code === 'youth'));
    assert.ok(
      (await json('/api/v1/legal-forms')).body.some(
        (f: { code: string; short: { ru: string } }) => f.code === 'public-foundation' && f.short.ru === 'ОФ',
      ),
    );
  });

  test('the OpenAPI document describes the registry endpoints', async () => {
    const doc = (await json('/api/openapi.json')).body;
    const list = doc.paths['/api/v1/organizations'].get;
    assert.deepEqual(list.tags, ['registry']);
    assert.ok(list.parameters.some((p: { name: string }) => p.name === 'pageSize'));
    assert.ok(doc.paths['/api/v1/organizations/{bin}']);
  });
});

describe('bulk open data', () => {
  test('CSV: a header, one line per organisation in BIN order, a download name', async () => {
    const r = await c.get('/open-data/organizations.csv');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^text\/csv; charset=utf-8/);
    assert.equal(r.headers['content-disposition'], 'attachment; filename="organizations.csv"');
    assert.ok(r.body.startsWith('\ufeffbin,name_kk,name_ru,name_en,'));
    const lines = r.body.trim().split('\n');
    assert.equal(lines.length, COUNT + 1);
    const bins = lines.slice(1).map((l) => l.slice(0, 12));
    assert.deepEqual(bins, [...bins].sort());
    assert.equal(new Set(bins).size, COUNT);
    assert.doesNotMatch(lines[0], /registered_by/);
  });

  test('JSON: a valid array of every organisation', async () => {
    const r = await c.get('/open-data/organizations.json');
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['content-disposition'], 'attachment; filename="organizations.json"');
    const items = JSON.parse(r.body);
    assert.equal(items.length, COUNT);
    const showcase = items.find((i: { bin: string }) => i.bin === bin);
    assert.equal(showcase.names.kk, '«Болашақ» қоғамдық бірлестігі');
    assert.ok(showcase.contacts);
    assert.equal(showcase.registeredBy, undefined);
  });
});
