import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// The standard checks (tests/helpers/catalogue.ts); audit action names and indicator ids are not messages.
const { cats } = catalogueTests(import.meta.url, 'councils', {
  notMessages:
    /^councils\.(council\.created|member\.added|selection\.(opened|decided)|application\.submitted|meeting\.(scheduled|held|cancelled)|decision\.(recorded|responded)|report\.(published|answered)|hearing\.(announced|held|answered|cancelled)|question\.(asked|hidden|answered)|meetingsHeld|hearingsHeld)$/,
});

test('the texts are written in each language, not copied from English', () => {
  const cyrillic = /[а-яәғқңөұүһі]/i;
  const same = Object.keys(cats.en).filter(
    (k) =>
      typeof cats.en[k] === 'string' &&
      (cats.kk[k] === cats.en[k] || cats.ru[k] === cats.en[k]) &&
      /[a-z]{4}/i.test(cats.en[k] as string),
  );
  assert.deepEqual(
    same.filter((k) => k !== 'councils.list.api'),
    [],
  );
  assert.ok(
    Object.values(cats.kk).every(
      (v) => typeof v !== 'string' || cyrillic.test(v) || !/[a-z]{4}/i.test(v) || v.includes('JSON'),
    ),
  );
});
