import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const load = (l: string) => JSON.parse(readFileSync(join(DIR, 'locales', `${l}.json`), 'utf8')) as Record<string, unknown>;
const cats = { kk: load('kk'), ru: load('ru'), en: load('en') };

test('kk, ru and en have the same keys, all prefixed "volunteering."', () => {
  const keys = Object.keys(cats.kk).sort();
  assert.deepEqual(Object.keys(cats.ru).sort(), keys);
  assert.deepEqual(Object.keys(cats.en).sort(), keys);
  assert.deepEqual(keys.filter((k) => !k.startsWith('volunteering.')), []);
});

test('interpolation parameters agree across languages', () => {
  const ph = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
  for (const k of Object.keys(cats.en)) {
    assert.equal(ph(cats.kk[k]), ph(cats.en[k]), `kk ${k}`);
    assert.equal(ph(cats.ru[k]), ph(cats.en[k]), `ru ${k}`);
  }
});

test('every literal volunteering key used in the code exists', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (!n.startsWith('.') && n !== 'locales') walk(p);
      } else if (/\.tsx?$/.test(n) && !n.includes('.test.')) files.push(p);
    }
  };
  walk(DIR);
  // Audit action names and indicator ids, not messages.
  const notMessages = new Set([
    'volunteering.profile.saved', 'volunteering.opportunity.posted', 'volunteering.application.submitted', 'volunteering.campaign.started', 'volunteering.campaign.closed',
    'volunteering.campaign.reported', 'volunteering.payment.created', 'volunteering.payment.failed', 'volunteering.donation.recorded', 'volunteering.opportunity.edited', 'volunteering.volunteers', 'volunteering.confirmedHours',
  ]);
  const missing: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'(volunteering\.[a-zA-Z0-9_.]+)'/g)) {
      const key = m[1];
      if (!(key in cats.en) && !notMessages.has(key)) missing.push(`${key} (${f.slice(DIR.length)})`);
    }
  }
  assert.deepEqual(missing, []);
});

test('plural values have one/few/many/other in every language', () => {
  for (const l of ['kk', 'ru', 'en'] as const) {
    for (const [k, v] of Object.entries(cats[l])) {
      if (typeof v === 'object') assert.deepEqual(Object.keys(v as object).sort(), ['few', 'many', 'one', 'other'], `${l} ${k}`);
    }
  }
});

test('keys built at run time exist for every value they take', async () => {
  const { OPPORTUNITY_STATUSES, APPLICATION_STATUSES, OPPORTUNITY_ACTIONS, CAMPAIGN_PHASES } = await import('./domain.ts');
  const { LANGUAGES, CAMPAIGN_ORDER, OPPORTUNITY_ORDER, PROFILE_ORDER, DONATE_ORDER } = await import('./schemas.ts');
  const keys = [
    ...OPPORTUNITY_STATUSES.map((s) => `volunteering.status.${s}`), ...OPPORTUNITY_STATUSES.map((s) => `volunteering.flash.status.${s}`),
    ...APPLICATION_STATUSES.map((s) => `volunteering.application.status.${s}`), ...OPPORTUNITY_ACTIONS.map((a) => `volunteering.action.${a}`),
    ...CAMPAIGN_PHASES.map((p) => `volunteering.phase.${p}`), ...LANGUAGES.map((l) => `volunteering.language.${l}`),
    ...CAMPAIGN_ORDER.map((k) => `volunteering.campaignField.${k}`), ...OPPORTUNITY_ORDER.map((k) => `volunteering.field.${k}`),
    ...PROFILE_ORDER.map((k) => `volunteering.field.${k}`), ...DONATE_ORDER.map((k) => `volunteering.donate.${k}`),
    ...['pending', 'confirmed', 'failed'].map((s) => `volunteering.payment.${s}`),
    ...['sign_in', 'not_organizer', 'organization_inactive', 'wrong_state', 'stale', 'own_opportunity', 'no_profile', 'already_applied', 'no_places', 'age', 'not_open',
      'not_volunteer', 'too_early', 'not_representative', 'not_verified', 'no_campaign_org', 'not_collecting', 'already_reported', 'not_ended', 'not_found', 'no_provider',
      'payment_unknown', 'unknown_payment', 'places_below_taken'].map((r) => `volunteering.deny.${r}`),
  ];
  assert.deepEqual(keys.filter((k) => !(k in cats.en)), []);
});
