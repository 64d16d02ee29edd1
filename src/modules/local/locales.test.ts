// The module's catalogue: the standard checks of tests/helpers/catalogue.ts.
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// Audit action names and indicator ids that look like keys but are not messages.
catalogueTests(import.meta.url, 'local', {
  notMessages: [
    'local.cycle.created',
    'local.proposal.submitted',
    'local.proposal.progress',
    'local.ballot.cast',
    'local.assessment.rated',
    'local.ballots',
    'local.assessmentScore',
  ],
});
