/** Examples of what the councils' open data and demo read and write (see ../queries.ts). */
import type { QueryExample } from '../../../platform/db/queries.ts';
import {
  councilsAfter,
  meetingsAfter,
  hearingsAfter,
  heldMeetings,
  heldHearings,
  tableStats,
  announcedHearings,
  insertDemoMembers,
  councilIdsByBodyCode,
  insertDemoAudit,
} from '../repository/index.ts';

export const openDataAndDemoQueries: QueryExample[] = [
  // open data
  { name: 'councilsAfter', run: (db) => councilsAfter(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 1000) },
  { name: 'meetingsAfter', run: (db) => meetingsAfter(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 1000) },
  { name: 'hearingsAfter', run: (db) => hearingsAfter(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 1000) },
  { name: 'heldMeetings', run: (db) => heldMeetings(db) },
  { name: 'heldHearings', run: (db) => heldHearings(db) },
  { name: 'tableStats', run: (db) => tableStats(db, 'council_meetings') },
  { name: 'announcedHearings', run: (db) => announcedHearings(db, 20) },
  // demo
  {
    name: 'insertDemoMembers',
    run: (db) =>
      insertDemoMembers(db, [
        {
          council_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
          user_id: null,
          full_name: 'Ахметова Айгүл',
          role: 'chair',
          affiliation: 'ОФ «Мейирим»',
          term_start: '2025-02-01',
          term_end: '2028-01-31',
          selection_id: null,
        },
      ]),
  },
  { name: 'councilIdsByBodyCode', run: (db) => councilIdsByBodyCode(db) },
  {
    name: 'insertDemoAudit',
    run: (db) =>
      insertDemoAudit(db, [
        {
          actor_id: null,
          actor_name: null,
          action: 'councils.report.published',
          entity_type: 'council_report',
          entity_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
          data: '{}',
          is_public: true,
          at: new Date('2026-03-01T05:00:00Z'),
        },
      ]),
  },
];
