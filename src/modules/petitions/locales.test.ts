// The module's catalogue: the standard checks of tests/helpers/catalogue.ts.
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// Audit action names and indicator ids that look like keys but are not messages.
catalogueTests(import.meta.url, 'petitions', {
  notMessages: [
    'petitions.drafted',
    'petitions.draft_edited',
    'petitions.submitted',
    'petitions.approved',
    'petitions.rejected',
    'petitions.threshold_reached',
    'petitions.review_started',
    'petitions.answered',
    'petitions.expired',
    'petitions.expire',
    'petitions.answeredOnTime',
    'petitions.signatures',
  ],
});
