import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findCycle,
  searchCycles,
  insertCycle,
  setCycleStatus,
  cycleFacts,
  listProposals,
  findProposal,
  findProposalInCycle,
  insertProposal,
  reviewProposal,
  applyResults,
  hasVoted,
  myBallot,
  insertBallot,
  countBallots,
  insertProgress,
  listProgress,
  findPublicPhoto,
  findStateBody,
  insertDistrictAkimats,
  insertDemoAssessments,
  listAkimats,
  hasAssessed,
  insertAssessment,
  assessmentAggregates,
  recentComments,
  assessmentPeriods,
  ballotsByRegionYear,
  scoresByRegionYear,
  cycleExportBatch,
  proposalExportBatch,
  datasetStats,
} from './repository/index.ts';

export const queries: QueryExample[] = [
  {
    name: 'insertDistrictAkimats',
    run: (db) =>
      insertDistrictAkimats(db, [
        {
          code: 'akimat-almaty-city-medeu',
          name_kk: 'Медеу ауданының әкімдігі',
          name_ru: 'Аким Медеуского района',
          name_en: 'Akimat of Medeu district',
          region: 'almaty-city',
        },
      ]),
  },
  {
    name: 'insertDemoAssessments',
    run: (db) =>
      insertDemoAssessments(db, [
        {
          state_body_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
          user_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
          period: '2026-Q2',
          score: 4,
          comment: 'Жолдар жөнделді, рақмет.',
          residence_region: 'almaty-city',
          created_at: new Date('2026-05-10T10:00:00Z'),
        },
      ]),
  },
  { name: 'findCycle', run: (db) => findCycle(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'searchCycles',
    run: (db) =>
      searchCycles(db, { q: 'балалар', region: 'KZ-ALA', status: 'review', year: 2026, page: 1, pageSize: 20 }),
  },
  {
    name: 'insertCycle',
    run: (db) =>
      insertCycle(db, {
        stateBodyId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        region: 'KZ-ALA',
        district: 'Балалар алаңын жөндеу туралы',
        year: 2026,
        titleKk: 'Алматы жастар қоры',
        titleRu: 'Алматы жастар қоры',
        titleEn: 'Алматы жастар қоры',
        description: 'Балалар алаңын жөндеу туралы',
        budget: 1,
        maxChoices: 1,
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  {
    name: 'setCycleStatus',
    run: (db) =>
      setCycleStatus(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 1, 'review', {
        result_steps: 'Балалар алаңын жөндеу туралы',
        results_at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  { name: 'cycleFacts', run: (db) => cycleFacts(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  {
    name: 'listProposals',
    run: (db) => listProposals(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', { q: 'балалар', status: 'submitted' }),
  },
  {
    name: 'findProposalInCycle',
    run: (db) => findProposalInCycle(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  { name: 'findProposal', run: (db) => findProposal(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'insertProposal',
    run: (db) =>
      insertProposal(db, {
        cycleId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        authorId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        title: 'Алматы жастар қоры',
        description: 'Балалар алаңын жөндеу туралы',
        cost: 1,
        location: '2026-03-01',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'reviewProposal',
    run: (db) =>
      reviewProposal(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'feasible',
        reason: 'Балалар алаңын жөндеу туралы',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'applyResults',
    run: (db) =>
      applyResults(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', ['0b8f4c2e-6d1a-4f3b-9e7c-2a5d8b1c4e93'], {
        selected: 'selected',
        rest: 'not_selected',
        from: 'feasible',
        implementation: 'not_started',
      }),
  },
  {
    name: 'hasVoted',
    run: (db) => hasVoted(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'),
  },
  {
    name: 'myBallot',
    run: (db) => myBallot(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'),
  },
  {
    name: 'insertBallot',
    run: (db) =>
      insertBallot(db, {
        cycleId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        voterId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        region: 'KZ-ALA',
        district: 'Балалар алаңын жөндеу туралы',
        choices: ['choice'],
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  { name: 'countBallots', run: (db) => countBallots(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  {
    name: 'insertProgress',
    run: (db) =>
      insertProgress(db, {
        proposalId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        implementation: 'in_progress',
        note: 'Балалар алаңын жөндеу туралы',
        photoFileId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  { name: 'listProgress', run: (db) => listProgress(db, ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56']) },
  { name: 'findPublicPhoto', run: (db) => findPublicPhoto(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findStateBody', run: (db) => findStateBody(db, 'KZ-ALA') },
  { name: 'listAkimats', run: (db) => listAkimats(db, 'KZ-ALA') },
  {
    name: 'hasAssessed',
    run: (db) =>
      hasAssessed(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', 'period'),
  },
  {
    name: 'insertAssessment',
    run: (db) =>
      insertAssessment(db, {
        bodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        userId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        period: 'period',
        score: 1,
        comment: 'Балалар алаңын жөндеу туралы',
        region: 'KZ-ALA',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'assessmentAggregates',
    run: (db) =>
      assessmentAggregates(db, { bodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', region: 'KZ-ALA', period: 'period' }),
  },
  { name: 'recentComments', run: (db) => recentComments(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', 20) },
  { name: 'assessmentPeriods', run: (db) => assessmentPeriods(db) },
  { name: 'ballotsByRegionYear', run: (db) => ballotsByRegionYear(db) },
  { name: 'scoresByRegionYear', run: (db) => scoresByRegionYear(db) },
  { name: 'cycleExportBatch', run: (db) => cycleExportBatch(db, '2026-03-01T09:30:00Z', 20) },
  { name: 'proposalExportBatch', run: (db) => proposalExportBatch(db, '2026-03-01T09:30:00Z', 20) },
  { name: 'datasetStats', run: (db) => datasetStats(db, 'budget_cycles') },
];
