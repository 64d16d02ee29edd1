// The module's catalogue: the standard checks of tests/helpers/catalogue.ts.
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// Audit action names and indicator ids that look like keys but are not messages.
catalogueTests(import.meta.url, 'forum', {
  notMessages: [
    'forum.forum.created',
    'forum.proposal.submitted',
    'forum.proposal.supported',
    'forum.recommendation.adopted',
    'forum.item.created',
    'forum.actionPlanDone',
    'forum.forum.',
  ],
});
