import type { InitiativeFacts } from '../policy.ts';
import type { InitiativeRow } from '../repository/index.ts';

/** What policies need to know about an initiative row. */
export const factsOf = (r: Pick<InitiativeRow, 'status' | 'author_id' | 'addressee_id'>): InitiativeFacts => ({
  status: r.status,
  authorId: r.author_id,
  addresseeId: r.addressee_id,
});
