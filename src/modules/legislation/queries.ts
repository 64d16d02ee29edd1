import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findDraft,
  listDrafts,
  insertDraft,
  updateDraft,
  insertVersion,
  replaceUnits,
  updateVersion,
  listVersions,
  findVersion,
  unitsOf,
  findUnit,
  commentsOf,
  findComment,
  insertComment,
  insertSupport,
  supportedBy,
  setAnswer,
  countUnanswered,
  conclusionsOf,
  findConclusionFile,
  insertConclusion,
  stateBodiesList,
  overdueOpenDrafts,
  draftsBatch,
  commentsBatch,
  draftStats,
  commentStats,
  commentsPerYear,
  recentlyOpened,
} from './repository/index.ts';

export const queries: QueryExample[] = [
  { name: 'findDraft', run: (db) => findDraft(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'listDrafts',
    run: (db) =>
      listDrafts(
        db,
        {
          q: 'балалар',
          status: 'open',
          bodyCode: 'KZ-ALA',
          openNow: true,
          viewerBodies: ['viewerBodie'],
          page: 1,
          pageSize: 20,
        },
        new Date('2026-03-01T00:00:00Z'),
      ),
  },
  {
    name: 'insertDraft',
    run: (db) =>
      insertDraft(db, {
        stateBodyId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        status: 'draft',
        kind: 'code',
        titleKk: 'Алматы жастар қоры',
        titleRu: 'Алматы жастар қоры',
        createdBy: 'createdBy',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'updateDraft',
    run: (db) =>
      updateDraft(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        kind: 'code',
        title_kk: 'Алматы жастар қоры',
        title_ru: 'Алматы жастар қоры',
        status: 'open',
        current_version: 1,
        opened_at: new Date('2026-03-01T00:00:00Z'),
        last_day: '2026-03-01',
        closes_at: new Date('2026-03-01T00:00:00Z'),
        first_opened_at: new Date('2026-03-01T00:00:00Z'),
        summary_published_at: new Date('2026-03-01T00:00:00Z'),
        updated_at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'insertVersion',
    run: (db) =>
      insertVersion(
        db,
        {
          draftId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
          number: 1,
          noteKk: 'Балалар алаңын жөндеу туралы',
          noteRu: 'Балалар алаңын жөндеу туралы',
          changesKk: 'changesKk',
          changesRu: 'changesRu',
          at: new Date('2026-03-01T00:00:00Z'),
        },
        [
          {
            key: 'key',
            kind: 'preamble',
            label: 'Балалар алаңын жөндеу туралы',
            heading: { kk: 'kk', ru: 'ru' },
            text: { kk: 'kk', ru: 'ru' },
          },
        ],
      ),
  },
  {
    name: 'replaceUnits',
    run: (db) =>
      replaceUnits(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', [
        {
          key: 'key',
          kind: 'preamble',
          label: 'Балалар алаңын жөндеу туралы',
          heading: { kk: 'kk', ru: 'ru' },
          text: { kk: 'kk', ru: 'ru' },
        },
      ]),
  },
  {
    name: 'updateVersion',
    run: (db) =>
      updateVersion(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        opened_at: new Date('2026-03-01T00:00:00Z'),
        last_day: '2026-03-01',
        summary_published_at: new Date('2026-03-01T00:00:00Z'),
        note_kk: 'Балалар алаңын жөндеу туралы',
        note_ru: 'Балалар алаңын жөндеу туралы',
        changes_kk: 'changes_kk',
        changes_ru: 'changes_ru',
      }),
  },
  { name: 'listVersions', run: (db) => listVersions(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  { name: 'findVersion', run: (db) => findVersion(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', 1) },
  { name: 'unitsOf', run: (db) => unitsOf(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findUnit', run: (db) => findUnit(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', 'key') },
  {
    name: 'commentsOf',
    run: (db) => commentsOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  { name: 'findComment', run: (db) => findComment(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'insertComment',
    run: (db) =>
      insertComment(db, {
        draftId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        versionId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        unitId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        authorId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        authorName: 'Алматы жастар қоры',
        organizationBin: '120640933475',
        body: 'Балалар алаңын жөндеу туралы',
        lang: 'kk',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'insertSupport',
    run: (db) =>
      insertSupport(
        db,
        '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        new Date('2026-03-01T00:00:00Z'),
      ),
  },
  {
    name: 'supportedBy',
    run: (db) => supportedBy(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  {
    name: 'setAnswer',
    run: (db) =>
      setAnswer(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'accepted',
        reason: 'Балалар алаңын жөндеу туралы',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        byName: 'Алматы жастар қоры',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  { name: 'countUnanswered', run: (db) => countUnanswered(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'conclusionsOf', run: (db) => conclusionsOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  {
    name: 'findConclusionFile',
    run: (db) => findConclusionFile(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  {
    name: 'insertConclusion',
    run: (db) =>
      insertConclusion(db, {
        draftId: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        versionId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        kind: 'expert',
        bin: '120640933475',
        summary: 'Балалар алаңын жөндеу туралы',
        fileId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  { name: 'stateBodiesList', run: (db) => stateBodiesList(db) },
  { name: 'overdueOpenDrafts', run: (db) => overdueOpenDrafts(db, new Date('2026-03-01T00:00:00Z')) },
  { name: 'draftsBatch', run: (db) => draftsBatch(db, '2026-03-01T09:30:00Z', 20, new Date('2026-03-01T00:00:00Z')) },
  { name: 'commentsBatch', run: (db) => commentsBatch(db, '2026-03-01T09:30:00Z', 20) },
  { name: 'draftStats', run: (db) => draftStats(db) },
  { name: 'commentStats', run: (db) => commentStats(db) },
  { name: 'commentsPerYear', run: (db) => commentsPerYear(db) },
  { name: 'recentlyOpened', run: (db) => recentlyOpened(db, 20) },
];

/** Fragments shared by the repository files (repository/columns.ts); their SQL is in the queries that use them. */
export const notQueries: Record<string, string> = {
  draftSelect: 'the draft with its state body, a select the finders extend',
  effective: 'the effective state as an SQL expression',
  fixDraft: 'reads a civil date column back as YYYY-MM-DD (no SQL)',
  isoDay: 'a civil date as YYYY-MM-DD (no SQL)',
  withOrgNames: "adds the registry's organisation names to rows (organizationNames, the registry's contract)",
};
