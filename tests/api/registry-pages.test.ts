import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../src/reference/index.ts';
import { seedRegistryDemo } from '../../src/modules/registry/index.ts';
import { assertAccessible, textOf } from '../../src/modules/registry/testing.ts';
import { Client, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let c: Client;
let bin: string;

before(async () => {
  t = await testApp();
  bin = (await seedRegistryDemo(t.db, { count: 150, seed: 11 })).representedBin;
  c = new Client(t.app);
});
after(() => t.close());

describe('public registry pages', () => {
  test('the search page in kk, ru and en: language, title, form, results', async () => {
    const titles = { kk: 'ҮЕҰ тізілімі', ru: 'Реестр НПО', en: 'NGO registry' };
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const r = await c.get(`/${lang}/registry`);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, new RegExp(`<html lang="${lang}">`));
      assert.match(r.body, new RegExp(`<h1>${titles[lang]}</h1>`));
      assert.match(r.body, /<form method="get" action="\/\w\w\/registry" novalidate class="filters">/);
      assert.match(r.body, /<caption>/);
      assert.doesNotMatch(r.body, /registry\.[a-z]+\.[a-zA-Z]/, 'no untranslated keys');
      assertAccessible(r.body, `search ${lang}`);
    }
    const en = await c.get('/en/registry');
    assert.match(en.body, /150 organisations found/);
  });

  test('a search finds the organisation by its Kazakh name typed in Russian letters', async () => {
    const r = await c.get(`/ru/registry?q=${encodeURIComponent('болашак')}`);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, new RegExp(`href="/ru/registry/${bin}">Общественное объединение «Болашак»</a>`));
    assert.match(r.body, /value="болашак"/, 'the query is kept in the box');
  });

  test('invalid filters never fail: 400, a message next to each bad filter, the rest still applied', async () => {
    const r = await c.get('/en/registry?page=abc&region=xyz&area=youth');
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /<title>Error: NGO registry — Qogam<\/title>/);
    assert.match(textOf(r.body, 'f-region-error') ?? '', /Unknown region: all regions are shown/);
    assert.match(textOf(r.body, 'f-page') ?? '', /There is no such page of results/);
    assert.match(r.body, /href="#f-region"/, 'the error summary links to the field');
    assert.match(r.body, /<option value="youth" selected>/);
    assert.match(r.body, /organisations? found/);
    assertAccessible(r.body, 'search with errors');
    const long = await c.get(`/kk/registry?q=${'а'.repeat(201)}`);
    assert.equal(long.statusCode, 400);
    assert.ok(textOf(long.body, 'f-q-error'));
    const repeated = await c.get('/kk/registry?region=astana&region=abai');
    assert.equal(repeated.statusCode, 400);
  });

  test('pagination links keep the filters and work without JavaScript', async () => {
    const r = await c.get('/en/registry?verified=yes');
    const next = /<a href="([^"]+)" rel="next">/.exec(r.body)?.[1].replace(/&amp;/g, '&');
    assert.ok(next, 'a next-page link');
    assert.match(next!, /verified=yes/);
    assert.match(next!, /page=2/);
    const p2 = await c.get(next!);
    assert.equal(p2.statusCode, 200);
    assert.match(p2.body, /aria-current="page">2</);
  });

  test('the profile: names, BIN, verified badge, reports, rating with its inputs, in three languages', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const r = await c.get(`/${lang}/registry/${bin}`);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, new RegExp(`<html lang="${lang}">`));
      assert.doesNotMatch(r.body, /registry\.[a-z]+\.[a-zA-Z]/, `no untranslated keys (${lang})`);
      assertAccessible(r.body, `profile ${lang}`);
    }
    const r = await c.get(`/en/registry/${bin}`);
    assert.match(r.body, /<h1>Bolashak Public Association<\/h1>/);
    assert.match(r.body, /<span lang="kk" class="other-name">«Болашақ» қоғамдық бірлестігі<\/span>/);
    assert.match(r.body, /class="tag tag-green">Verified</);
    assert.match(r.body, new RegExp(bin));
    assert.match(r.body, /Filed on time/);
    assert.match(r.body, /<caption>How the rating is calculated<\/caption>/);
    for (const input of [
      'Timely annual reports',
      'Verified by a moderator',
      'Completeness of the profile',
      'Years of activity',
    ])
      assert.match(r.body, new RegExp(input));
    assert.match(r.body, /100 out of 100/, 'the showcase organisation has every input full');
    assert.match(r.body, /Eligible for state funding/);
  });

  test('an unknown BIN is a 404 page; a malformed one a 400 page that says why', async () => {
    const unknown = await c.get(`/kk/registry/${generateBin(424242)}`);
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body, /Ұйым табылмады/);
    const named = await c.get(`/en/registry/${generateBin(424242)}`);
    assert.equal(named.statusCode, 404);
    assert.ok(named.body.includes(`There is no organisation with BIN ${generateBin(424242)} in the registry.`));
    assert.match(named.body, /<a href="\/en\/registry">NGO registry<\/a>/);
    assert.match(named.body, /<a href="\/en\/registry\/new">Register your organisation<\/a>/);
    const short = await c.get('/en/registry/12345');
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /Enter the BIN as 12 digits/);
    const wrong = await c.get(`/en/registry/${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`);
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /check digit/);
  });

  test('a filed annual report is public; an unfiled year is a 404', async () => {
    const r = await c.get(`/ru/registry/${bin}/reports/2025`);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Годовой отчёт за 2025 год/);
    assert.match(r.body, /₸/);
    assertAccessible(r.body, 'report');
    assert.equal((await c.get(`/ru/registry/${bin}/reports/1999`)).statusCode, 404);
  });

  test('statistics: an SVG chart and a data table for regions and for years, with CSV downloads', async () => {
    const r = await c.get('/ru/registry/statistics');
    assert.equal(r.statusCode, 200);
    assert.equal((r.body.match(/<svg/g) ?? []).length, 2);
    assert.match(r.body, /<caption>Организации по регионам<\/caption>/);
    assert.match(r.body, /<caption>Организации по году государственной регистрации<\/caption>/);
    assert.match(r.body, /href="\/open-data\/registry-by-region.csv"/);
    assertAccessible(r.body, 'statistics');
    const csv = await c.get('/open-data/registry-by-region.csv');
    assert.equal(csv.statusCode, 200);
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    assert.equal(lines[0], 'region,name_kk,name_ru,name_en,total,active,verified');
    assert.equal(lines.length, 21);
    assert.equal(
      lines.slice(1).reduce((s, l) => s + Number(l.split(',')[4]), 0),
      150,
    );
    const years = await c.get('/open-data/registry-by-year.csv');
    assert.equal(
      years.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n')
        .slice(1)
        .reduce((s, l) => s + Number(l.split(',')[1]), 0),
      150,
    );
    assert.match(years.headers['content-disposition'] as string, /registry-by-year\.csv/);
  });

  test('the register of social entrepreneurs by year; a bad year is a 400 with a message', async () => {
    const r = await c.get('/kk/registry/social-entrepreneurs?year=2026');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /2026 жылға арналған әлеуметтік кәсіпкерлер тізілімі/);
    assertAccessible(r.body, 'social list');
    const bad = await c.get('/en/registry/social-entrepreneurs?year=abc');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Choose a year from the list/);
  });
});
