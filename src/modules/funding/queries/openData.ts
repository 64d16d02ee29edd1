/** Examples of what funding's open data, exports, rating input, bulk history and demo read and write (see ../queries.ts). */
import type { QueryExample } from '../../../platform/db/queries.ts';
import {
  analyzeFundingTables,
  insertDemoExperts,
  awardedAmounts,
  evaluationScoresOf,
  exportApplications,
  exportCalls,
  exportDecisions,
  exportLots,
  exportMilestones,
  exportProjects,
  exportProjectFigures,
  projectDatasetStats,
  projectTotals,
  exportReports,
  historySources,
  insertHistory,
  latestPublishedCalls,
  projectsInAreas,
  satisfactionAnswers,
} from '../repository/index.ts';

const CALL = 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53';
const PROJECT = '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90';

export const openDataQueries: QueryExample[] = [
  { name: 'satisfactionAnswers', run: (db) => satisfactionAnswers(db) },
  { name: 'awardedAmounts', run: (db) => awardedAmounts(db) },
  { name: 'projectsInAreas', run: (db) => projectsInAreas(db, ['youth', 'environment'], 5) },
  { name: 'latestPublishedCalls', run: (db) => latestPublishedCalls(db, 20) },
  {
    name: 'evaluationScoresOf',
    run: (db) => evaluationScoresOf(db, ['120640933475'], new Date('2026-03-01T00:00:00Z')),
  },
  {
    name: 'exportCalls',
    run: (db) => exportCalls(db, ['grant', 'award'], '00000000-0000-0000-0000-000000000000', 500),
  },
  { name: 'exportLots', run: (db) => exportLots(db, [CALL]) },
  { name: 'exportApplications', run: (db) => exportApplications(db, [CALL]) },
  { name: 'exportDecisions', run: (db) => exportDecisions(db, [CALL]) },
  { name: 'exportProjects', run: (db) => exportProjects(db, [CALL]) },
  { name: 'exportProjectFigures', run: (db) => exportProjectFigures(db, 'MIP-2025-01/1', 1000) },
  { name: 'projectDatasetStats', run: (db) => projectDatasetStats(db) },
  { name: 'projectTotals', run: (db) => projectTotals(db) },
  { name: 'exportMilestones', run: (db) => exportMilestones(db, [PROJECT]) },
  { name: 'exportReports', run: (db) => exportReports(db, [PROJECT]) },
  {
    name: 'insertHistory',
    run: (db) =>
      insertHistory(db, {
        funding_decisions: [
          {
            call_id: CALL,
            reasons: 'Ең жоғары балл жинаған өтінімдер',
            published_at: new Date('2025-04-10T10:00:00Z'),
          },
        ],
        audit_log: [
          {
            at: new Date('2025-04-10T10:00:00Z'),
            actor_id: null,
            actor_name: null,
            action: 'funding.call.decided',
            entity_type: 'funding_call',
            entity_id: CALL,
            data: '{}',
            is_public: true,
          },
        ],
      }),
  },
  { name: 'analyzeFundingTables', run: (db) => analyzeFundingTables(db) },
  { name: 'historySources', run: (db) => historySources(db, 3000) },
  {
    name: 'insertDemoExperts',
    run: (db) =>
      insertDemoExperts(db, [
        {
          user_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
          display_name: 'Айнұр Бекова',
          areas: ['youth', 'education-science-sport'],
          bio: 'Әлеуметтік жобалар бойынша сарапшы.',
          joined_at: new Date('2024-01-10T04:00:00Z'),
        },
      ]),
  },
];
