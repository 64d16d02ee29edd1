import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { generateBin } from '../../reference/index.ts';
import { testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { foldForSearch, reportDeadlineEnd } from './domain.ts';
import { ratingOf } from './presenters.ts';
import { addRatingInputProvider, ratingsFor } from './rating.ts';
import { findOrganization } from './repository/index.ts';
import { COMMON_WORD_MATCHES } from './repository/search.ts';
import {
  countByRegion,
  countByYear,
  exportBatch,
  insertOrganization,
  insertReport,
  reportSubmissions,
  searchOrganizations,
  sqlRatings,
  type OrganizationValues,
  type Db,
} from './repository/index.ts';
import { parseSearchPage, type ReportData, type SearchQuery } from './schemas.ts';

const NOW = new Date('2026-11-22T06:00:00Z');
const data: ReportData = {
  activities: 'x',
  membersCount: 1,
  foundersCount: 1,
  property: '',
  beneficiaries: 1,
  staff: 1,
  volunteers: 1,
  income: { stateSocialOrder: 0, grants: 100, donations: 0, membershipFees: 0, business: 0, foreign: 0 },
  spending: { programmes: 100, salaries: 0, administration: 0, property: 0, taxes: 0, other: 0 },
};
const base: Omit<OrganizationValues, 'bin' | 'name_kk' | 'name_ru'> = {
  name_en: null,
  short_name: null,
  legal_form: 'public-association',
  region: 'astana',
  settlement: 'Астана',
  areas: ['youth'],
  founded_on: '2010-05-01',
  status: 'active',
  verification: 'verified',
  website: null,
  email: null,
  phone: null,
  address: null,
  description: null,
  leaders: [],
  founders: [],
  registered_by: null,
};
const BINS = Array.from({ length: 8 }, (_, i) => generateBin(1000 + i));
const [BOLASHAK, MEIRIM, KANAT, ADILET, ECO, LATE, MISSING, NEW] = BINS;

let t: TestApp;
let db: Db;
const search = (q: Partial<SearchQuery>, locale: 'kk' | 'ru' | 'en' = 'kk') =>
  searchOrganizations(db, { sort: q.q ? 'relevance' : 'name', page: 1, pageSize: 20, ...q }, { locale, now: NOW });

before(async () => {
  t = await testApp();
  db = t.db;
  const orgs: OrganizationValues[] = [
    {
      ...base,
      bin: BOLASHAK,
      name_kk: '«Болашақ» қоғамдық бірлестігі',
      name_ru: 'Общественное объединение «Болашак»',
      name_en: 'Bolashak Public Association',
      website: 'https://bolashak.kz/',
      email: 'info@bolashak.kz',
      leaders: [{ name: 'Айгүл', position: 'Төраға' }],
    },
    {
      ...base,
      bin: MEIRIM,
      name_kk: '«Мейірім» қоғамдық қоры',
      name_ru: 'Общественный фонд «Мейирим»',
      legal_form: 'public-foundation',
      region: 'almaty-city',
      areas: ['health', 'charity'],
      founded_on: '1998-02-03',
    },
    {
      ...base,
      bin: KANAT,
      name_kk: '«Жас Қанат» жеке мекемесі',
      name_ru: 'Частное учреждение «Жас Канат»',
      legal_form: 'private-institution',
      region: 'shymkent',
      verification: 'pending',
      founded_on: '2024-09-01',
    },
    {
      ...base,
      bin: ADILET,
      name_kk: '«Әділет» қоғамдық бірлестігі',
      name_ru: 'Общественное объединение «Адилет»',
      region: 'almaty-city',
      areas: ['human-rights'],
      status: 'liquidated',
      verification: 'refused',
      founded_on: '2003-01-01',
    },
    {
      ...base,
      bin: ECO,
      name_kk: '«Жасыл Әлем» қоғамдық қоры',
      name_ru: 'Общественный фонд «Жасыл Алем»',
      name_en: 'Zhasyl Alem Foundation',
      legal_form: 'public-foundation',
      areas: ['environment', 'youth'],
      founded_on: '2015-07-07',
    },
    {
      ...base,
      bin: LATE,
      name_kk: '«Ырыс» қоғамдық бірлестігі',
      name_ru: 'Общественное объединение «Ырыс»',
      founded_on: '2019-03-03',
    },
    {
      ...base,
      bin: MISSING,
      name_kk: '«Береке» қоғамдық бірлестігі',
      name_ru: 'Общественное объединение «Береке»',
      founded_on: '2020-01-01',
    },
    {
      ...base,
      bin: NEW,
      name_kk: '«Талап» қоғамдық бірлестігі',
      name_ru: 'Общественное объединение «Талап»',
      founded_on: '2026-02-01',
    },
  ];
  for (const o of orgs) assert.equal(await insertOrganization(db, o), true);
  // 2025 reports (the previous year on NOW): on time, late, none.
  for (const bin of [BOLASHAK, MEIRIM, ECO]) {
    for (const y of [2023, 2024, 2025])
      await insertReport(db, { bin, year: y, at: new Date(`${y + 1}-02-10T05:00:00Z`), by: null, data });
  }
  await insertReport(db, {
    bin: LATE,
    year: 2025,
    at: new Date(reportDeadlineEnd(2025).getTime() + 1000),
    by: null,
    data,
  });
  await insertReport(db, { bin: LATE, year: 2024, at: new Date('2025-03-31T18:00:00Z'), by: null, data });
});
after(() => t.close());

describe('search', () => {
  test('the SQL fold is the same as the application fold', async () => {
    const samples = ['«Болашақ» ҚОҒАМДЫҚ', 'Әділет Ұлағат Үміт Іңкәр Һ', 'Ёлка “Жұлдыз”', 'Bolashak-2'];
    for (const s of samples) {
      const r = await sql<{ f: string }>`select registry_fold(${s}) as f`.execute(db);
      assert.equal(r.rows[0].f, foldForSearch(s), s);
    }
  });

  test('finds «Болашақ» by Kazakh, Russian, English spelling, a misspelling and a partial word', async () => {
    for (const q of ['болашақ', 'Болашак', 'Bolashak', 'Болошак', 'Болаш', 'bolash', 'болашак бирлестиги']) {
      const r = await search({ q });
      assert.equal(r.rows[0]?.bin, BOLASHAK, `q=${q}: ${r.rows.map((x) => x.name_ru).join(', ')}`);
    }
  });

  test('two words in any order, with Kazakh letters typed either way', async () => {
    const r = await search({ q: 'алем жасыл' });
    assert.equal(r.rows[0].bin, ECO);
    assert.equal((await search({ q: 'мейирим' })).rows[0].bin, MEIRIM);
  });

  test('a 12-digit query is a BIN and matches exactly', async () => {
    const r = await search({ q: MEIRIM });
    assert.deepEqual(
      r.rows.map((x) => x.bin),
      [MEIRIM],
    );
    assert.equal(r.total, 1);
    assert.equal((await search({ q: '000000000000' })).total, 0);
  });

  test('nothing similar, nothing found', async () => {
    assert.equal((await search({ q: 'жоқсөз' })).total, 0);
  });

  test('filters: region, area, legal form, verification', async () => {
    assert.deepEqual((await search({ region: 'almaty-city' })).rows.map((r) => r.bin).sort(), [ADILET, MEIRIM].sort());
    assert.deepEqual(
      (await search({ area: 'environment' })).rows.map((r) => r.bin),
      [ECO],
    );
    assert.deepEqual(
      (await search({ area: 'youth', legalForm: 'public-foundation' })).rows.map((r) => r.bin),
      [ECO],
    );
    assert.equal((await search({ verified: true })).total, 6);
    assert.deepEqual((await search({ verified: false })).rows.map((r) => r.bin).sort(), [ADILET, KANAT].sort());
    assert.deepEqual(
      (await search({ q: 'фонд', region: 'astana' })).rows.map((r) => r.bin),
      [ECO],
    );
  });

  test('report status of the previous year: on time, late, missing', async () => {
    assert.deepEqual(
      (await search({ reportStatus: 'on_time' })).rows.map((r) => r.bin).sort(),
      [BOLASHAK, ECO, MEIRIM].sort(),
    );
    assert.deepEqual(
      (await search({ reportStatus: 'late' })).rows.map((r) => r.bin),
      [LATE],
    );
    assert.deepEqual(
      (await search({ reportStatus: 'missing' })).rows.map((r) => r.bin).sort(),
      [ADILET, KANAT, MISSING, NEW].sort(),
    );
  });

  test('pagination: pages of the requested size, the total counted when a page is full', async () => {
    const p1 = await search({ pageSize: 3, page: 1 });
    const p3 = await search({ pageSize: 3, page: 3 });
    const p9 = await search({ pageSize: 3, page: 9 });
    assert.equal(p1.rows.length, 3);
    assert.equal(p1.total, 8);
    assert.equal(p3.rows.length, 2);
    assert.equal(p3.total, 8);
    assert.equal(p9.rows.length, 0);
    assert.equal(p9.total, 8);
    const all = [...p1.rows, ...(await search({ pageSize: 3, page: 2 })).rows, ...p3.rows].map((r) => r.bin);
    assert.equal(new Set(all).size, 8);
  });

  test('sorting by name follows the reader’s language; by founding date oldest first', async () => {
    const ru = (await search({}, 'ru')).rows.map((r) => r.name_ru);
    assert.deepEqual(
      ru,
      [...ru].sort((a, b) => foldForSearch(a).localeCompare(foldForSearch(b), 'ru')),
    );
    const founded = (await search({ sort: 'founded' })).rows.map((r) => r.founded_on);
    assert.deepEqual(founded, [...founded].sort());
    assert.equal(founded[0], '1998-02-03');
  });

  test('the SQL rating equals the domain rating for every organisation, and sorts by it', async () => {
    const sqlRating = await sqlRatings(db, BINS, NOW);
    const rows = (await search({ pageSize: 20 })).rows;
    const subs = await reportSubmissions(db, BINS, [2025, 2024, 2023]);
    for (const r of rows) {
      const domain = ratingOf(r, subs.get(r.bin), NOW).total;
      assert.ok(
        Math.abs(domain - sqlRating.get(r.bin)!) < 0.051,
        `${r.name_ru}: domain ${domain}, sql ${sqlRating.get(r.bin)}`,
      );
    }
    const sorted = (await search({ sort: 'rating' })).rows.map((r) => sqlRating.get(r.bin)!);
    assert.deepEqual(
      sorted,
      [...sorted].sort((a, b) => b - a),
    );
    assert.equal((await search({ sort: 'rating' })).rows[0].bin, BOLASHAK);
  });

  test('the search page’s lenient parser feeds the same search', async () => {
    const { query } = parseSearchPage({ q: 'Болаш', region: 'nowhere' });
    const r = await searchOrganizations(db, query, { locale: 'kk', now: NOW });
    assert.equal(r.rows[0].bin, BOLASHAK);
  });
});

describe('open data queries', () => {
  test('export batches are keyset pages by BIN', async () => {
    const first = await exportBatch(db, '', 3);
    const second = await exportBatch(db, first[2].bin, 3);
    const all = [...first, ...second, ...(await exportBatch(db, second[2].bin, 3))].map((r) => r.bin);
    assert.deepEqual(all, [...BINS].sort());
  });

  test('counts by region and by year of registration', async () => {
    const byRegion = await countByRegion(db);
    assert.deepEqual(byRegion.get('almaty-city'), { total: 2, active: 1, verified: 1 });
    const byYear = await countByYear(db);
    assert.deepEqual(
      byYear.find((y) => y.year === 2010),
      { year: 2010, total: 1 },
    );
    assert.equal(
      byYear.reduce((s, y) => s + y.total, 0),
      8,
    );
  });
});

describe('rating inputs from other modules', () => {
  test('a registered provider adds its inputs to the list and the total is their weighted mean', async () => {
    const org = (await findOrganization(db, BOLASHAK))!;
    const before = (await ratingsFor(db, [org], NOW)).get(BOLASHAK)!;
    assert.equal(before.total, 90); // half the disclosure fields are empty: 100 - 20 × ½
    addRatingInputProvider(
      async (_db, bins) =>
        new Map(
          bins.map((b) => [
            b,
            [
              {
                key: 'projects',
                label: 'funding.rating.input.projects',
                value: 0.5,
                weight: 100,
                source: 'funding.rating.source.projects',
              },
            ],
          ]),
        ),
    );
    const after = (await ratingsFor(db, [org], NOW)).get(BOLASHAK)!;
    assert.deepEqual(
      after.inputs.map((i) => i.key),
      ['reports', 'verification', 'disclosure', 'years', 'projects'],
    );
    assert.equal(after.total, 70); // (90 + 100 × ½) / 200
  });
});

describe('the dictionary of words (fuzzy search)', () => {
  test('holds the folded tsv lexemes, each found by a tsquery on the names', async () => {
    const words = (await sql<{ word: string }>`select word from registry_words`.execute(db)).rows.map((r) => r.word);
    for (const w of ['болашак', 'bolashak', 'когамдык', 'бирлестиги', 'объединение', 'мейирим'])
      assert.ok(words.includes(w), w);
    assert.ok(!words.includes('болашақ') && !words.includes('«болашақ»'), 'words are folded like the names');
    const lost = await sql<{
      word: string;
    }>`select word from registry_words w where not exists (select 1 from organizations o where o.tsv @@ w.word::tsquery)`.execute(
      db,
    );
    assert.deepEqual(lost.rows, [], 'every dictionary word is a lexeme of some name');
  });

  test('a misspelling, the English name, a partial word, two words', async () => {
    for (const q of [
      'Болошак',
      'болошак',
      'Bolashak',
      'bolashac',
      'Болаш',
      'болошак бирлестиги',
      'бирлестиги болошак',
      'Bolashak Association',
    ]) {
      const r = await search({ q });
      assert.equal(r.rows[0]?.bin, BOLASHAK, `q=${q}: ${r.rows.map((x) => x.name_ru).join(', ')}`);
    }
    // Every query word must match: «Болашақ» is a бірлестік, not a қор.
    assert.equal((await search({ q: 'болошак коры' })).total, 0);
    // The exact word ranks above a close one.
    const r = await search({ q: 'Болошак' });
    assert.ok(r.rows[0].score! > 0 && r.rows[0].score! < 1, `score ${r.rows[0].score}`);
    assert.equal((await search({ q: 'Болашақ' })).rows[0].score, 1);
  });

  test('new and renamed organisations bring their words', async () => {
    const bin = generateBin(9000);
    assert.equal(
      await insertOrganization(db, {
        ...base,
        bin,
        name_kk: '«Шұғыла» қоғамдық қоры',
        name_ru: 'Общественный фонд «Шугыла»',
      }),
      true,
    );
    assert.equal((await search({ q: 'шугила' })).rows[0]?.bin, bin);
    await db.updateTable('organizations').set({ name_en: 'Radiance Foundation' }).where('bin', '=', bin).execute();
    const words = (
      await sql<{ word: string }>`select word from registry_words where word like 'radian%'`.execute(db)
    ).rows.map((r) => r.word);
    assert.deepEqual(words, ['radiance']);
    assert.equal((await search({ q: 'radiants' })).rows[0]?.bin, bin);
    await db.deleteFrom('organizations').where('bin', '=', bin).execute();
  });
});

describe('a common word', () => {
  test('more matches than COMMON_WORD_MATCHES: prefix matches only, by name, counted once', async () => {
    const n = COMMON_WORD_MATCHES + 1;
    const rows = Array.from({ length: n }, (_, i) => ({
      ...base,
      bin: generateBin(50_000 + i),
      name_kk: `«Ортақ ${String(i).padStart(4, '0')}» қоры`,
      name_ru: `Фонд «Ортак ${i}»`,
      region: i % 2 ? 'ulytau' : 'abai',
      leaders: '[]',
      founders: '[]',
    }));
    for (let k = 0; k < rows.length; k += 500)
      await db
        .insertInto('organizations')
        .values(rows.slice(k, k + 500))
        .execute();
    const r = await search({ q: 'ортақ' });
    assert.equal(r.total, n);
    assert.equal(r.rows[0].name_kk, '«Ортақ 0000» қоры', 'ordered by name, not by similarity');
    assert.equal((await search({ q: 'ортақ', region: 'ulytau' })).total, Math.floor(n / 2));
    await db
      .deleteFrom('organizations')
      .where(
        'bin',
        'in',
        rows.map((x) => x.bin),
      )
      .execute();
  });
});
