import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findBody,
  bodiesByIds,
  orgsByBins,
  findPlan,
  listPlans,
  planTopics,
  planComments,
  findCall,
  listCalls,
  callLots,
  findLot,
  nextCallNumber,
  findApplication,
  callApplications,
  applicationsOf,
  applicationDocuments,
  findPanel,
  publicExperts,
  scoresOf,
  conflictsOf,
  findDecision,
  findProject,
  listProjects,
  projectDetail,
  findReport,
  surveyAverage,
} from './repository/index.ts';
import { changeQueries } from './queries/changes.ts';
import { insertQueries } from './queries/inserts.ts';
import { pageQueries } from './queries/pages.ts';
import { openDataQueries } from './queries/openData.ts';

export const queries: QueryExample[] = [
  { name: 'findBody', run: (db) => findBody(db, 'KZ-ALA') },
  { name: 'bodiesByIds', run: (db) => bodiesByIds(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'orgsByBins', run: (db) => orgsByBins(db, ['120640933475']) },
  { name: 'findPlan', run: (db) => findPlan(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  { name: 'listPlans', run: (db) => listPlans(db, { bodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90' }) },
  { name: 'planTopics', run: (db) => planTopics(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'planComments', run: (db) => planComments(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findCall', run: (db) => findCall(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'listCalls',
    run: (db) =>
      listCalls(db, {
        status: 'status',
        instrument: 'instrument',
        bodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        page: 1,
        pageSize: 20,
        publicOnly: true,
      }),
  },
  { name: 'callLots', run: (db) => callLots(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findLot', run: (db) => findLot(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'nextCallNumber', run: (db) => nextCallNumber(db, 'KZ-ALA', 2026) },
  {
    name: 'findApplication',
    run: (db) => findApplication(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  { name: 'callApplications', run: (db) => callApplications(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'applicationsOf', run: (db) => applicationsOf(db, ['120640933475'], { page: 1, pageSize: 20 }) },
  {
    name: 'applicationDocuments',
    run: (db) => applicationDocuments(db, 'report', ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53'], true),
  },
  { name: 'findPanel', run: (db) => findPanel(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'publicExperts', run: (db) => publicExperts(db) },
  { name: 'scoresOf', run: (db) => scoresOf(db, ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56']) },
  { name: 'conflictsOf', run: (db) => conflictsOf(db, ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56']) },
  { name: 'findDecision', run: (db) => findDecision(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findProject', run: (db) => findProject(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'listProjects',
    run: (db) =>
      listProjects(db, {
        status: 'status',
        region: 'KZ-ALA',
        area: 'area',
        bin: '120640933475',
        bodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        instrument: 'instrument',
        q: 'балалар',
        page: 1,
        pageSize: 20,
      }),
  },
  { name: 'projectDetail', run: (db) => projectDetail(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findReport', run: (db) => findReport(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'surveyAverage', run: (db) => surveyAverage(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  ...changeQueries,
  ...insertQueries,
  ...pageQueries,
  ...openDataQueries,
];

export const notQueries: Record<string, string> = {
  num: 'a pure conversion of a row value',
  numOrNull: 'a pure conversion of a row value',
  json: 'a pure conversion of a row value',
  isUuid: 'a pure check of the form of an id, before any query',
  lotOut: 'a pure conversion of a row',
  appOut: 'a pure conversion of a row',
  projectOut: 'a pure conversion of a row',
};
