// The module's catalogue: the standard checks of tests/helpers/catalogue.ts.
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// Audit action names and indicator ids that look like keys but are not messages.
catalogueTests(import.meta.url, 'registry', {
  notMessages: [
    'registry.organization.registered',
    'registry.organization.edited',
    'registry.report.filed',
    'registry.socialEnterprise.applied',
    'registry.verification.reopened',
  ],
});
