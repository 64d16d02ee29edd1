import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// The standard checks (tests/helpers/catalogue.ts); audit action names and indicator ids are not messages.
const { cats } = catalogueTests(import.meta.url, 'volunteering', {
  notMessages: [
    'volunteering.profile.saved',
    'volunteering.opportunity.posted',
    'volunteering.application.submitted',
    'volunteering.campaign.started',
    'volunteering.campaign.closed',
    'volunteering.campaign.reported',
    'volunteering.payment.created',
    'volunteering.payment.failed',
    'volunteering.donation.recorded',
    'volunteering.opportunity.edited',
    'volunteering.volunteers',
    'volunteering.confirmedHours',
  ],
});

test('keys built at run time exist for every value they take', async () => {
  const { OPPORTUNITY_STATUSES, APPLICATION_STATUSES, OPPORTUNITY_ACTIONS, CAMPAIGN_PHASES } =
    await import('./domain.ts');
  const { LANGUAGES, CAMPAIGN_ORDER, OPPORTUNITY_ORDER, PROFILE_ORDER, DONATE_ORDER } = await import('./schemas.ts');
  const keys = [
    ...OPPORTUNITY_STATUSES.map((s) => `volunteering.status.${s}`),
    ...OPPORTUNITY_STATUSES.map((s) => `volunteering.flash.status.${s}`),
    ...APPLICATION_STATUSES.map((s) => `volunteering.application.status.${s}`),
    ...OPPORTUNITY_ACTIONS.map((a) => `volunteering.action.${a}`),
    ...CAMPAIGN_PHASES.map((p) => `volunteering.phase.${p}`),
    ...LANGUAGES.map((l) => `volunteering.language.${l}`),
    ...CAMPAIGN_ORDER.map((k) => `volunteering.campaignField.${k}`),
    ...OPPORTUNITY_ORDER.map((k) => `volunteering.field.${k}`),
    ...PROFILE_ORDER.map((k) => `volunteering.field.${k}`),
    ...DONATE_ORDER.map((k) => `volunteering.donate.${k}`),
    ...['pending', 'confirmed', 'failed'].map((s) => `volunteering.payment.${s}`),
    ...[
      'sign_in',
      'not_organizer',
      'organization_inactive',
      'wrong_state',
      'stale',
      'own_opportunity',
      'no_profile',
      'already_applied',
      'no_places',
      'age',
      'not_open',
      'not_volunteer',
      'too_early',
      'not_representative',
      'not_verified',
      'no_campaign_org',
      'not_collecting',
      'already_reported',
      'not_ended',
      'not_found',
      'no_provider',
      'payment_unknown',
      'unknown_payment',
      'places_below_taken',
    ].map((r) => `volunteering.deny.${r}`),
  ];
  assert.deepEqual(
    keys.filter((k) => !(k in cats.en)),
    [],
  );
});
