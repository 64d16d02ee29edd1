/** Examples of the checks funding's commands make and the rows they change (see ../queries.ts). */
import type { QueryExample } from '../../../platform/db/queries.ts';
import {
  activeApplicationFor,
  applicationDocumentKinds,
  awardedInLot,
  budgetLinesOf,
  callHasLots,
  conflictDeclaration,
  findBodyById,
  findComment,
  hasScored,
  hasUncheckedApplications,
  isPanelMember,
  nextContractNumber,
  nextLotNumber,
  panelDrawn,
  pendingFinalReport,
  planHasTopics,
  projectBySurveyToken,
  projectOfApplication,
  saveApplicationContent,
  saveCommentAnswer,
  setApplicationOutcome,
  setApplicationStatus,
  setCallStatus,
  setPlanStatus,
  setProjectStatus,
  setReportReview,
  spentByLine,
  topicOfPlan,
  unansweredComments,
  upsertExpert,
} from '../repository/index.ts';

export const changeQueries: QueryExample[] = [
  {
    name: 'activeApplicationFor',
    run: (db) => activeApplicationFor(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '120640933475'),
  },
  {
    name: 'applicationDocumentKinds',
    run: (db) => applicationDocumentKinds(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53'),
  },
  { name: 'awardedInLot', run: (db) => awardedInLot(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'budgetLinesOf', run: (db) => budgetLinesOf(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'callHasLots', run: (db) => callHasLots(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'conflictDeclaration',
    run: (db) =>
      conflictDeclaration(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  { name: 'findBodyById', run: (db) => findBodyById(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'findComment', run: (db) => findComment(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'hasScored',
    run: (db) => hasScored(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  {
    name: 'hasUncheckedApplications',
    run: (db) => hasUncheckedApplications(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53'),
  },
  {
    name: 'isPanelMember',
    run: (db) => isPanelMember(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  {
    name: 'nextContractNumber',
    run: (db) => nextContractNumber(db, { id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', number: 'MIP-2026-01' }),
  },
  { name: 'nextLotNumber', run: (db) => nextLotNumber(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'panelDrawn', run: (db) => panelDrawn(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'pendingFinalReport', run: (db) => pendingFinalReport(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'planHasTopics', run: (db) => planHasTopics(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'projectBySurveyToken', run: (db) => projectBySurveyToken(db, 'q7Xk2mP9aB3c') },
  { name: 'projectOfApplication', run: (db) => projectOfApplication(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'saveApplicationContent',
    run: (db) =>
      saveApplicationContent(
        db,
        'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        2,
        {
          language: 'ru',
          title: 'Школа волонтёров',
          summary: 'Обучение молодёжи волонтёрству',
          description: 'Тренинги и наставничество',
          activities: [{ title: 'Тренинги', period: 'май–июнь' }],
          budgetLines: [{ item: 'Тренеры', amountTiyn: 600000000 }],
          requestedTiyn: 600000000,
          indicators: [{ name: 'Обучено волонтёров', unit: 'человек', target: 200 }],
          team: [{ name: 'А. Иванова', role: 'руководитель' }],
          beneficiariesPlanned: 200,
        },
        new Date('2026-05-10T06:00:00Z'),
      ),
  },
  {
    name: 'saveCommentAnswer',
    run: (db) =>
      saveCommentAnswer(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        answer: 'Учтено: лот добавлен.',
        by: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'setApplicationOutcome',
    run: (db) =>
      setApplicationOutcome(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'awarded',
        score: 87.5,
        rank: 1,
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'setApplicationStatus',
    run: (db) =>
      setApplicationStatus(
        db,
        { id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', version: 4 },
        { status: 'submitted', at: new Date('2026-05-10T06:00:00Z'), submitted: true },
      ),
  },
  {
    name: 'setCallStatus',
    run: (db) =>
      setCallStatus(
        db,
        { id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', version: 2 },
        { status: 'published', at: new Date('2026-05-10T06:00:00Z'), announced: true },
      ),
  },
  {
    name: 'setPlanStatus',
    run: (db) =>
      setPlanStatus(
        db,
        { id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', version: 3 },
        {
          status: 'discussion',
          at: new Date('2026-05-10T06:00:00Z'),
          discussion: { startsAt: new Date('2026-05-10T06:00:00Z'), endsAt: new Date('2026-05-30T13:00:00Z') },
        },
      ),
  },
  {
    name: 'setProjectStatus',
    run: (db) =>
      setProjectStatus(
        db,
        { id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', version: 2 },
        { status: 'final_submitted', at: new Date('2026-05-10T06:00:00Z') },
      ),
  },
  {
    name: 'setReportReview',
    run: (db) =>
      setReportReview(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        status: 'returned',
        note: 'Не приложены акты.',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  { name: 'spentByLine', run: (db) => spentByLine(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'topicOfPlan',
    run: (db) => topicOfPlan(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  { name: 'unansweredComments', run: (db) => unansweredComments(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'upsertExpert',
    run: (db) =>
      upsertExpert(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', {
        displayName: 'Ержан Нұрланов',
        areas: ['youth'],
        bio: 'Социолог',
        public: true,
      }),
  },
];
