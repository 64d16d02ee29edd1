import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findForum,
  searchForums,
  insertForum,
  setForumStatus,
  insertPlatforms,
  listPlatforms,
  findPlatform,
  findPlatformWithForum,
  listForumProposals,
  findForumProposal,
  insertForumProposal,
  hasSupported,
  insertSupport,
  nextRecommendationNumber,
  insertRecommendation,
  listRecommendations,
  findRecommendation,
  recommendationsByNumbers,
  findItem,
  searchItems,
  itemsForProgress,
  nextItemNumber,
  insertItem,
  insertSources,
  sourcesOf,
  itemsOfRecommendation,
  setItemStatus,
  insertEvidence,
  evidenceOf,
  countEvidence,
  findPublicDocument,
  stateBodyById,
  listStateBodies,
  recommendationExportBatch,
  itemExportBatch,
  allItemsForIndicator,
  tableStats,
} from './repository/index.ts';

export const queries: QueryExample[] = [
  { name: 'findForum', run: (db) => findForum(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'searchForums',
    run: (db) =>
      searchForums(db, {
        q: 'балалар',
        kind: 'national',
        region: 'KZ-ALA',
        status: 'open',
        year: 2026,
        page: 1,
        pageSize: 20,
      }),
  },
  {
    name: 'insertForum',
    run: (db) =>
      insertForum(db, {
        kind: 'national',
        region: 'KZ-ALA',
        year: 2026,
        titleKk: 'Алматы жастар қоры',
        titleRu: 'Алматы жастар қоры',
        titleEn: 'Алматы жастар қоры',
        description: 'Балалар алаңын жөндеу туралы',
        organiserBodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        heldOn: '2026-03-01',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  { name: 'setForumStatus', run: (db) => setForumStatus(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 1, 'open') },
  {
    name: 'insertPlatforms',
    run: (db) =>
      insertPlatforms(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', [
        {
          topic: 'topic',
          title_kk: 'Алматы жастар қоры',
          title_ru: 'Алматы жастар қоры',
          title_en: 'Алматы жастар қоры',
        },
      ]),
  },
  { name: 'listPlatforms', run: (db) => listPlatforms(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  { name: 'findPlatform', run: (db) => findPlatform(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'findPlatformWithForum',
    run: (db) => findPlatformWithForum(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  {
    name: 'listForumProposals',
    run: (db) =>
      listForumProposals(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', {
        q: 'балалар',
        sort: 'supports',
        userId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
      }),
  },
  { name: 'findForumProposal', run: (db) => findForumProposal(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'insertForumProposal',
    run: (db) =>
      insertForumProposal(db, {
        platformId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        authorId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        title: 'Алматы жастар қоры',
        body: 'Балалар алаңын жөндеу туралы',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'hasSupported',
    run: (db) => hasSupported(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  {
    name: 'insertSupport',
    run: (db) =>
      insertSupport(
        db,
        '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        new Date('2026-03-01T00:00:00Z'),
      ),
  },
  {
    name: 'nextRecommendationNumber',
    run: (db) => nextRecommendationNumber(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'),
  },
  {
    name: 'insertRecommendation',
    run: (db) =>
      insertRecommendation(db, {
        forumId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        platformId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        number: 1,
        textKk: 'Балалар алаңын жөндеу туралы',
        textRu: 'Балалар алаңын жөндеу туралы',
        textEn: 'Балалар алаңын жөндеу туралы',
        proposalId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'listRecommendations',
    run: (db) =>
      listRecommendations(db, {
        forumId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        platformId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        ids: ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53'],
      }),
  },
  { name: 'findRecommendation', run: (db) => findRecommendation(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'recommendationsByNumbers',
    run: (db) => recommendationsByNumbers(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', [1]),
  },
  { name: 'findItem', run: (db) => findItem(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'searchItems',
    run: (db) =>
      searchItems(db, {
        q: 'балалар',
        forumId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        body: 'Балалар алаңын жөндеу туралы',
        topic: 'topic',
        region: 'KZ-ALA',
        status: 'in_progress',
        overdue: true,
        today: '2026-03-01',
        page: 1,
        pageSize: 20,
      }),
  },
  {
    name: 'itemsForProgress',
    run: (db) =>
      itemsForProgress(db, {
        region: 'KZ-ALA',
        body: 'Балалар алаңын жөндеу туралы',
        status: 'in_progress',
        topic: 'topic',
        q: 'балалар',
        forumId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        overdue: true,
        today: '2026-03-01',
      }),
  },
  { name: 'nextItemNumber', run: (db) => nextItemNumber(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  {
    name: 'insertItem',
    run: (db) =>
      insertItem(db, {
        forumId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        number: 1,
        titleKk: 'Алматы жастар қоры',
        titleRu: 'Алматы жастар қоры',
        titleEn: 'Алматы жастар қоры',
        topic: 'topic',
        region: 'KZ-ALA',
        bodyId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        deadline: 'deadline',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'insertSources',
    run: (db) => insertSources(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56']),
  },
  { name: 'sourcesOf', run: (db) => sourcesOf(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'itemsOfRecommendation', run: (db) => itemsOfRecommendation(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  {
    name: 'setItemStatus',
    run: (db) =>
      setItemStatus(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 1, {
        status: 'in_progress',
        note: 'Балалар алаңын жөндеу туралы',
        doneAt: new Date('2026-03-01T00:00:00Z'),
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'insertEvidence',
    run: (db) =>
      insertEvidence(db, {
        itemId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        kind: 'link',
        fileId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        url: 'https://example.kz/',
        description: 'Балалар алаңын жөндеу туралы',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  { name: 'evidenceOf', run: (db) => evidenceOf(db, ['0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90']) },
  { name: 'countEvidence', run: (db) => countEvidence(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findPublicDocument', run: (db) => findPublicDocument(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'stateBodyById', run: (db) => stateBodyById(db, 'KZ-ALA') },
  { name: 'listStateBodies', run: (db) => listStateBodies(db) },
  { name: 'recommendationExportBatch', run: (db) => recommendationExportBatch(db, '2026-03-01T09:30:00Z', 20) },
  { name: 'itemExportBatch', run: (db) => itemExportBatch(db, '2026-03-01T09:30:00Z', 20) },
  { name: 'allItemsForIndicator', run: (db) => allItemsForIndicator(db) },
  { name: 'tableStats', run: (db) => tableStats(db, 'forum_recommendations') },
];

export const notQueries: Record<string, string> = {
  isUuid: 'a pure check of the form of an id, before any query',
  like: 'a pure escaping of a search text for ILIKE',
  dateText: 'an SQL expression (a date column as text) the queries above select',
  itemsBase: 'the query builder the plan reads and the export start from; it sends nothing itself',
};
