// The module's catalogue: the standard checks of tests/helpers/catalogue.ts.
import { catalogueTests } from '../../../tests/helpers/catalogue.ts';

// Audit action names, a job queue and a parameter name: identifiers, not messages.
catalogueTests(import.meta.url, 'legislation', {
  notMessages: [
    'legislation.draft.created',
    'legislation.draft.edited',
    'legislation.draft.opened',
    'legislation.draft.closed',
    'legislation.comment.added',
    'legislation.comment.supported',
    'legislation.comment.answered',
    'legislation.conclusion.attached',
    'legislation.summary.published',
    'legislation.version.published',
    'legislation.close',
    'legislation.comments',
    'legislation.minDiscussionWorkingDays',
  ],
});
