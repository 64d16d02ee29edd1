/** Examples of what funding's pages and API read besides the things themselves (see ../queries.ts). */
import type { QueryExample } from '../../../platform/db/queries.ts';
import {
  allBodies,
  applicationsScoredBy,
  approvedTopics,
  callsByIds,
  callsOfBodies,
  evaluationsOf,
  expertNames,
  expertScore,
  findDocument,
  findExpert,
  findTopic,
  overviewCounts,
  panelsOfExpert,
  plansOfBodies,
  projectIndicators,
  projectsOfCall,
  reportsPage,
  scoreSummaries,
} from '../repository/index.ts';

export const pageQueries: QueryExample[] = [
  { name: 'overviewCounts', run: (db) => overviewCounts(db) },
  { name: 'projectsOfCall', run: (db) => projectsOfCall(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'findTopic', run: (db) => findTopic(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'expertNames',
    run: (db) => expertNames(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90']),
  },
  { name: 'findDocument', run: (db) => findDocument(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'callsByIds', run: (db) => callsByIds(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'panelsOfExpert', run: (db) => panelsOfExpert(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'applicationsScoredBy', run: (db) => applicationsScoredBy(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'expertScore',
    run: (db) => expertScore(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  { name: 'callsOfBodies', run: (db) => callsOfBodies(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'plansOfBodies', run: (db) => plansOfBodies(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'allBodies', run: (db) => allBodies(db) },
  { name: 'approvedTopics', run: (db) => approvedTopics(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  {
    name: 'scoreSummaries',
    run: (db) => scoreSummaries(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90']),
  },
  { name: 'projectIndicators', run: (db) => projectIndicators(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'findExpert', run: (db) => findExpert(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'evaluationsOf', run: (db) => evaluationsOf(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'reportsPage', run: (db) => reportsPage(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 2, 20) },
];
