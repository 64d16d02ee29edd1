import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findCouncil,
  searchCouncils,
  insertCouncil,
  findStateBodyById,
  listStateBodies,
  councilMembers,
  memberCouncilIds,
  findSelection,
  councilSelections,
  openSelections,
  selectionApplications,
  findApplication,
  findApplicationFile,
  councilsOfBodies,
  findMeeting,
  councilMeetings,
  meetingDecisions,
  councilDecisions,
  findDecision,
  councilReports,
  findReport,
  findHearing,
  lockHearing,
  searchHearings,
  hearingQuestions,
  findQuestion,
  hearingRegistrations,
  councilHearings,
  documentsOf,
  findPublicDocument,
  addDocument,
  demoteChair,
  insertMember,
  insertSelection,
  moveSelectionTo,
  saveSelectionDecision,
  recordApplicationVotes,
  findApplicationOf,
  insertApplication,
  insertMeeting,
  saveMeetingMinutes,
  saveMeetingCancelled,
  nextDecisionNumber,
  insertDecision,
  saveDecisionResponse,
  insertReport,
  saveReportAnswer,
  insertHearing,
  updateHearing,
  isRegistered,
  insertRegistration,
  insertQuestion,
  saveAnswer,
  hidePost,
} from './repository/index.ts';
import { openDataAndDemoQueries } from './queries/openDataAndDemo.ts';

export const queries: QueryExample[] = [
  { name: 'findCouncil', run: (db) => findCouncil(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'searchCouncils',
    run: (db) =>
      searchCouncils(db, {
        q: 'балалар',
        level: 'national',
        region: 'KZ-ALA',
        body: 'Балалар алаңын жөндеу туралы',
        page: 1,
        pageSize: 20,
      }),
  },
  {
    name: 'insertCouncil',
    run: (db) =>
      insertCouncil(db, {
        name_kk: 'Алматы жастар қоры',
        name_ru: 'Алматы жастар қоры',
        state_body_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        level: 'national',
        term_start: '2026-03-01',
        term_end: '2026-03-01',
        id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        created_at: new Date('2026-03-01T00:00:00Z'),
        name_en: 'Алматы жастар қоры',
        region: 'KZ-ALA',
        status: 'active',
        version: 1,
        updated_at: new Date('2026-03-01T00:00:00Z'),
        description: 'Балалар алаңын жөндеу туралы',
        created_by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  { name: 'findStateBodyById', run: (db) => findStateBodyById(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'listStateBodies', run: (db) => listStateBodies(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'councilMembers', run: (db) => councilMembers(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'memberCouncilIds', run: (db) => memberCouncilIds(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  {
    name: 'findSelection',
    run: (db) => findSelection(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  { name: 'councilSelections', run: (db) => councilSelections(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'openSelections', run: (db) => openSelections(db, 20) },
  { name: 'selectionApplications', run: (db) => selectionApplications(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'findApplication', run: (db) => findApplication(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'councilsOfBodies', run: (db) => councilsOfBodies(db, ['0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90']) },
  { name: 'findApplicationFile', run: (db) => findApplicationFile(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'findMeeting', run: (db) => findMeeting(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  { name: 'councilMeetings', run: (db) => councilMeetings(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'meetingDecisions', run: (db) => meetingDecisions(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'councilDecisions', run: (db) => councilDecisions(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findDecision', run: (db) => findDecision(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  { name: 'councilReports', run: (db) => councilReports(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findReport', run: (db) => findReport(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  { name: 'findHearing', run: (db) => findHearing(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'lockHearing', run: (db) => lockHearing(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'searchHearings',
    run: (db) =>
      searchHearings(db, {
        q: 'балалар',
        status: 'answered',
        region: 'KZ-ALA',
        body: 'Балалар алаңын жөндеу туралы',
        page: 1,
        pageSize: 20,
      }),
  },
  { name: 'hearingQuestions', run: (db) => hearingQuestions(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findQuestion', run: (db) => findQuestion(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  { name: 'hearingRegistrations', run: (db) => hearingRegistrations(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'councilHearings', run: (db) => councilHearings(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'documentsOf', run: (db) => documentsOf(db, 'meeting', '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  { name: 'findPublicDocument', run: (db) => findPublicDocument(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'addDocument',
    run: (db) =>
      addDocument(
        db,
        'meeting',
        '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        'Алматы жастар қоры',
      ),
  },
  { name: 'demoteChair', run: (db) => demoteChair(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  {
    name: 'insertMember',
    run: (db) =>
      insertMember(db, {
        council_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        user_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        full_name: 'Ахметова Динара',
        role: 'secretary',
        affiliation: '«Сынақ» қоғамдық бірлестігі',
        term_start: '2026-03-01',
        term_end: '2028-02-29',
        selection_id: null,
      }),
  },
  {
    name: 'insertSelection',
    run: (db) =>
      insertSelection(db, {
        council_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        title: 'Қоғамдық кеңес мүшелерін іріктеу',
        description: 'Үш орынға конкурс',
        seats: 3,
        applications_close_on: '2026-03-20',
        created_by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        created_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'moveSelectionTo',
    run: (db) =>
      moveSelectionTo(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { status: 'cancelled', note: 'Кандидаттар жоқ' }),
  },
  {
    name: 'saveSelectionDecision',
    run: (db) =>
      saveSelectionDecision(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'decided',
        commissionSize: 7,
        at: new Date('2026-03-01T05:00:00Z'),
        note: null,
      }),
  },
  {
    name: 'recordApplicationVotes',
    run: (db) =>
      recordApplicationVotes(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        selected: true,
        for: 6,
        against: 1,
        abstain: 0,
      }),
  },
  {
    name: 'findApplicationOf',
    run: (db) => findApplicationOf(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'),
  },
  {
    name: 'insertApplication',
    run: (db) =>
      insertApplication(db, {
        selection_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        user_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        full_name: 'Серікбаев Асқар',
        applicant_kind: 'citizen',
        organization_bin: null,
        motivation: 'Ауданның жастар саясатына үлес қосқым келеді',
        experience: 'Бес жыл еріктілер ұйымында',
        file_id: null,
        created_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'insertMeeting',
    run: (db) =>
      insertMeeting(db, {
        council_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        title: 'Кезекті отырыс',
        starts_at: new Date('2026-03-01T05:00:00Z'),
        ends_at: new Date('2026-03-01T07:00:00Z'),
        location: 'Павлодар, Сатпаев к-сі, 49',
        agenda: JSON.stringify(['Бюджет жобасы']),
        attendance: '[]',
        created_at: new Date('2026-03-01T05:00:00Z'),
        updated_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'saveMeetingMinutes',
    run: (db) =>
      saveMeetingMinutes(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'held',
        minutes: 'Кворум бар. Бюджет жобасы талқыланды.',
        present: ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'],
        at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'saveMeetingCancelled',
    run: (db) =>
      saveMeetingCancelled(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'cancelled',
        reason: 'Кворум жоқ',
        at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  { name: 'nextDecisionNumber', run: (db) => nextDecisionNumber(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'insertDecision',
    run: (db) =>
      insertDecision(db, {
        meeting_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        number: 2,
        text: 'Бюджет жобасына ескертулер жіберуді ұсыну',
        votes_for: 9,
        votes_against: 1,
        votes_abstain: 0,
        created_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'saveDecisionResponse',
    run: (db) =>
      saveDecisionResponse(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'accepted',
        text: 'Ұсыныс қабылданды',
        at: new Date('2026-03-01T05:00:00Z'),
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  {
    name: 'insertReport',
    run: (db) =>
      insertReport(db, {
        council_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        author_kind: 'ngo',
        organization_bin: '120640933475',
        author_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        author_name: 'ОО «Сынак»',
        title: 'Мемлекеттік қызметтер мониторингі',
        findings: 'Кезек күту уақыты екі есе өсті',
        published_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'saveReportAnswer',
    run: (db) =>
      saveReportAnswer(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'answered',
        answer: 'Ескертулер ескерілді',
        at: new Date('2026-03-01T05:00:00Z'),
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  {
    name: 'insertHearing',
    run: (db) =>
      insertHearing(db, {
        state_body_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        council_id: null,
        region: 'KZ-PAV',
        title: 'Аялдамаларды көшіру жобасы',
        description: 'Қоғамдық тыңдау',
        location: 'Павлодар, әкімдік',
        starts_at: new Date('2026-03-20T09:00:00Z'),
        announced_at: new Date('2026-03-01T05:00:00Z'),
        created_by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        created_at: new Date('2026-03-01T05:00:00Z'),
        updated_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'updateHearing',
    run: (db) =>
      updateHearing(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'held',
        minutes: 'Тыңдау өтті',
        participants: 42,
        at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'isRegistered',
    run: (db) => isRegistered(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'),
  },
  {
    name: 'insertRegistration',
    run: (db) =>
      insertRegistration(db, {
        hearing_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        user_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        full_name: 'Серікбаев Асқар',
        mode: 'online',
        created_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'insertQuestion',
    run: (db) =>
      insertQuestion(db, {
        hearing_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        user_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        author_name: 'Серікбаев Асқар',
        kind: 'proposal',
        phase: 'before',
        text: 'Аялдаманы көшіруді ұсынамын',
        created_at: new Date('2026-03-01T05:00:00Z'),
      }),
  },
  {
    name: 'saveAnswer',
    run: (db) =>
      saveAnswer(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        answer: 'Жобаға енгізілді',
        outcome: 'accepted',
        at: new Date('2026-03-01T05:00:00Z'),
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  { name: 'hidePost', run: (db) => hidePost(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 'Тақырыпқа қатысы жоқ') },
  ...openDataAndDemoQueries,
];

export const notQueries: Record<string, string> = {
  isUuid: 'a pure check of the form of an id, before any query',
  toIso: 'a pure conversion of a date column to YYYY-MM-DD, after the query',
  fixDates: 'a pure conversion of date columns to YYYY-MM-DD, after the query',
};
