// The monitoring module on a small data set checked by hand: registry indicators, the derived
// volunteers-per-10,000, the dashboard and API, the portal and catalogue, feeds and SDG pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { generateBin, populationOf } from '../../reference/index.ts';
import { Client, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { assertAccessible } from '../registry/testing.ts';
import { computeIndicators, per10k } from './indicators.ts';
import { catalogueEntries } from './portal.ts';

let t: TestApp;
const bins = [generateBin(9101), generateBin(9102), generateBin(9103)];

before(async () => {
  t = await testApp();
  const org = (bin: string, region: string) => ({
    bin,
    name_kk: `Сынақ ${bin}`,
    name_ru: `Тест ${bin}`,
    legal_form: 'public-association',
    region,
    areas: ['health'],
    founded_on: '2015-01-01',
  });
  await t.db
    .insertInto('organizations')
    .values([org(bins[0], 'abai'), org(bins[1], 'abai'), org(bins[2], 'astana')])
    .execute();
  const report = (bin: string, year: number, staff: number, volunteers: number, income: number) => ({
    bin,
    year,
    data: JSON.stringify({ staff, volunteers, beneficiaries: staff * 10 }),
    income_total: income,
  });
  await t.db
    .insertInto('annual_reports')
    .values([
      report(bins[0], 2024, 3, 10, 100_000_00),
      report(bins[1], 2024, 5, 0, 50_000_00),
      report(bins[2], 2024, 7, 4, 0),
      report(bins[0], 2025, 4, 12, 120_000_00),
    ])
    .execute();
  await t.db
    .insertInto('social_entrepreneurs')
    .values([
      { bin: bins[0], list_year: 2025, category: 1, application: '{}', status: 'approved' },
      { bin: bins[2], list_year: 2025, category: 2, application: '{}', status: 'refused' },
    ])
    .execute();
  // A feed and an SDG contributor of a module, as modules register them.
  t.app.openData.addFeed({
    id: 'test-news',
    module: 'test',
    titleKey: 'monitoring.title',
    entries: async (_db, locale) => [
      {
        id: '/x/1',
        title: `Жаңалық <1> & ${locale}`,
        href: `/${locale}/registry`,
        updated: new Date('2026-05-01T10:00:00Z'),
        summary: 'A & B',
      },
    ],
  });
  t.app.openData.addSdgContributor({
    kind: 'test-things',
    module: 'test',
    labelKey: 'monitoring.sdg.title',
    list: async (_db, q) =>
      q.areas.includes('health') ? [{ title: 'Денсаулық жобасы', href: `/${q.locale}/registry` }] : [],
  });
});
after(() => t?.close());

describe('indicators', () => {
  test('registry indicators match the hand count, with national sums', async () => {
    const all = await computeIndicators(t.app, { fresh: true });
    const v = (id: string, region: string | null, year: number) =>
      all.get(id)?.values?.find((x) => x.region === region && x.year === year)?.value;
    assert.equal(v('registry.activeNgos', 'abai', 2024), 2);
    assert.equal(v('registry.activeNgos', 'astana', 2024), 1);
    assert.equal(v('registry.activeNgos', null, 2024), 3);
    assert.equal(v('registry.activeNgos', null, 2025), 1);
    assert.equal(v('registry.staff', 'abai', 2024), 8);
    assert.equal(v('registry.staff', null, 2024), 15);
    assert.equal(v('registry.reportedVolunteers', null, 2024), 14);
    assert.equal(v('registry.beneficiaries', 'astana', 2024), 70);
    assert.equal(v('registry.income', 'abai', 2024), 150_000);
    assert.equal(v('registry.socialEnterprises', 'abai', 2025), 1);
    assert.equal(v('registry.socialEnterprises', 'astana', 2025), undefined, 'a refused application is not counted');
  });

  test('volunteers per 10,000 residents divide by the dated population', () => {
    const out = per10k([{ region: 'astana', year: 2025, value: 1480 }]);
    assert.equal(out[0].value, Math.round((1480 / populationOf('astana', 2025)) * 10_000 * 100) / 100);
  });

  test('the API gives every indicator with its definition in three languages and its values', async () => {
    const c = new Client(t.app);
    const r = await c.get('/api/v1/indicators');
    assert.equal(r.statusCode, 200);
    const body = r.json() as {
      items: { id: string; definition: Record<string, string>; values: unknown[]; expectedResults: number[] }[];
      total: number;
    };
    const active = body.items.find((i) => i.id === 'registry.activeNgos');
    assert.ok(active);
    assert.match(active.definition.kk, /жылдық есеб/);
    assert.match(active.definition.ru, /годовой отч/);
    assert.deepEqual(active.expectedResults, [5]);
    assert.ok(active.values.some((x) => JSON.stringify(x) === JSON.stringify({ region: null, year: 2024, value: 3 })));
    assert.equal((await c.get('/api/v1/indicators/registry.staff')).statusCode, 200);
    assert.equal((await c.get('/api/v1/indicators/nope')).statusCode, 404);
  });
});

describe('dashboard', () => {
  test('every expected result of the Concept, the measured figures and their definitions, in three languages', async () => {
    const c = new Client(t.app);
    for (const [lang, heading, missing] of [
      ['kk', 'Тұжырымдама мониторингі', 'сауалнамалармен'],
      ['ru', 'Мониторинг Концепции', 'опросами'],
      ['en', 'Monitoring the Concept', 'surveys'],
    ] as const) {
      const r = await c.get(`/${lang}/monitoring`);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, new RegExp(`<h1>${heading}</h1>`));
      for (let n = 1; n <= 13; n++) assert.match(r.body, new RegExp(`id="result-${n}"`));
      assert.match(r.body, new RegExp(missing), 'the trust result says how it is measured');
      assert.match(r.body, /<svg/);
      assertAccessible(r.body, `dashboard ${lang}`);
    }
    const abai = await c.get('/en/monitoring?region=abai');
    assert.match(abai.body, /Showing: Abai Region/);
    const bad = await c.get('/en/monitoring?region=atlantis');
    assert.equal(bad.statusCode, 200);
    assert.match(bad.body, /Showing: All Kazakhstan/);
  });

  test('an indicator page shows every region by year', async () => {
    const c = new Client(t.app);
    const r = await c.get('/ru/monitoring/indicators/registry.activeNgos');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Абайская область/);
    assertAccessible(r.body, 'indicator');
    assert.equal((await c.get('/ru/monitoring/indicators/nope')).statusCode, 404);
  });
});

describe('open data', () => {
  test('the portal and index.json list every dataset with formats, licence, size and update time', async () => {
    const c = new Client(t.app);
    const page = await c.get('/kk/open-data');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/open-data\/organizations.csv"/);
    assert.match(page.body, /href="\/open-data\/indicators.json"/);
    assert.match(page.body, /href="\/kk\/feeds\/test-news.atom"/);
    assert.match(page.body, /CC-BY-4.0/);
    assertAccessible(page.body, 'portal');
    const index = (await c.get('/open-data/index.json')).json() as {
      datasets: {
        id: string;
        records: number;
        licence: { id: string };
        distributions: { format: string; url: string }[];
      }[];
      feeds: { id: string }[];
    };
    const orgs = index.datasets.find((d) => d.id === 'organizations');
    assert.equal(orgs?.records, 3);
    assert.equal(orgs?.licence.id, 'CC-BY-4.0');
    assert.deepEqual(
      orgs?.distributions.slice(0, 2).map((d) => d.format),
      ['CSV', 'JSON'],
    );
    assert.match(orgs!.distributions[0].url, /^https?:\/\/.+\/open-data\/organizations\.csv$/);
    assert.ok(index.feeds.some((f) => f.id === 'test-news'));
  });

  test('every dataset downloads as CSV and JSON that parse and hold as many records as the catalogue says', async () => {
    const c = new Client(t.app);
    const entries = await catalogueEntries(t.app, { fresh: true });
    assert.ok(entries.length >= 2);
    for (const e of entries) {
      const spec = t.app.openData.dataset(e.id)!;
      const json = await c.get(`/open-data/${e.id}.json`);
      assert.equal(json.statusCode, 200, e.id);
      const rows = JSON.parse(json.body) as unknown[];
      const csv = await c.get(`/open-data/${e.id}.csv`);
      assert.equal(csv.statusCode, 200, e.id);
      assert.match(String(csv.headers['content-type'] ?? ''), /text\/csv/);
      const records = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
      assert.equal(records.length, rows.length, `${e.id}: CSV and JSON agree`);
      assert.equal(rows.length, e.records, `${e.id}: as many rows as the catalogue says`);
      if (records.length) assert.deepEqual(Object.keys(records[0]), [...spec.columns], `${e.id}: header`);
    }
    const ind = parse((await c.get('/open-data/indicators.csv')).body, { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    assert.ok(
      ind.some((r) => r.indicator === 'registry.activeNgos' && r.region === '' && r.year === '2024' && r.value === '3'),
    );
    assert.equal((await c.get('/open-data/no-such-dataset.csv')).statusCode, 404);
  });

  test('an Atom feed per language, escaped', async () => {
    const c = new Client(t.app);
    const r = await c.get('/ru/feeds/test-news.atom');
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type'] ?? ''), /application\/atom\+xml/);
    assert.match(r.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.match(r.body, /Жаңалық &lt;1&gt; &amp; ru/);
    assert.match(r.body, /href="http[^"]+\/ru\/registry"/);
    assert.equal((await c.get('/ru/feeds/nope.atom')).statusCode, 404);
  });
});

describe('sustainable development goals', () => {
  test('the list, a goal page with what contributes to it, and the API', async () => {
    const c = new Client(t.app);
    const list = await c.get('/en/sdgs');
    assert.match(list.body, /Good health and well-being/);
    assertAccessible(list.body, 'sdgs');
    const goal = await c.get('/kk/sdgs/3');
    assert.match(goal.body, /Денсаулық жобасы/);
    assertAccessible(goal.body, 'sdg 3');
    const other = await c.get('/kk/sdgs/5');
    assert.doesNotMatch(other.body, /Денсаулық жобасы/);
    assert.equal((await c.get('/kk/sdgs/18')).statusCode, 404);
    const api = (await c.get('/api/v1/sdgs')).json() as { total: number };
    assert.equal(api.total, 17);
    const one = (await c.get('/api/v1/sdgs/3')).json() as {
      contributions: { kind: string; items: { title: string }[] }[];
    };
    assert.equal(one.contributions.find((x) => x.kind === 'test-things')?.items[0].title, 'Денсаулық жобасы');
    assert.equal((await c.get('/api/v1/sdgs/18')).statusCode, 400);
  });
});
