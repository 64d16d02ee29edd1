/** Examples of what funding's commands insert (see ../queries.ts). */
import type { QueryExample } from '../../../platform/db/queries.ts';
import {
  insertApplication,
  insertCall,
  insertComment,
  insertConflict,
  insertCorrection,
  insertDecision,
  insertDocument,
  insertEvaluation,
  insertLot,
  insertPanel,
  insertPlan,
  insertProject,
  insertReport,
  insertScore,
  insertSurveyResponse,
  insertTopic,
  insertVisit,
} from '../repository/index.ts';

export const insertQueries: QueryExample[] = [
  {
    name: 'insertApplication',
    run: (db) =>
      insertApplication(db, {
        lotId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        callId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        bin: '120640933475',
        language: 'kk',
        title: 'Волонтёрлар мектебі',
        createdBy: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
      }),
  },
  {
    name: 'insertCall',
    run: (db) =>
      insertCall(db, {
        number: 'MIP-2026-01',
        planId: null,
        stateBodyId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        instrument: 'grant',
        title: 'Гранты для НПО 2026',
        description: 'Краткосрочные гранты',
        opensAt: new Date('2026-05-01T04:00:00Z'),
        closesAt: new Date('2026-05-20T13:00:00Z'),
        rubric: [{ key: 'relevance', max: 25 }],
        requiredDocuments: ['charter'],
        panelSize: 3,
        createdBy: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
      }),
  },
  {
    name: 'insertComment',
    run: (db) =>
      insertComment(db, {
        planId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        topicId: null,
        authorId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        authorName: 'Айгерім Сапарова',
        body: 'Предлагаю добавить лот в Акмолинской области.',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertConflict',
    run: (db) =>
      insertConflict(db, {
        applicationId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        expertId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        kinds: ['founder'],
        note: 'Учредитель организации',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertCorrection',
    run: (db) =>
      insertCorrection(db, {
        callId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        applicationId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        from: 'not_awarded',
        to: 'awarded',
        reason: 'Арифметическая ошибка в оценочном листе.',
        by: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertDecision',
    run: (db) =>
      insertDecision(db, {
        callId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        reasons: 'Победители набрали наибольшие баллы.',
        commission: 'Конкурсная комиссия МИОР',
        decidedBy: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertDocument',
    run: (db) =>
      insertDocument(db, {
        entityType: 'application',
        entityId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        fileId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        kind: 'charter',
        isPublic: true,
      }),
  },
  {
    name: 'insertEvaluation',
    run: (db) =>
      insertEvaluation(db, {
        project_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        indicators: JSON.stringify([{ name: 'Обучено волонтёров', target: 200, actual: 180 }]),
        achievement: 0.9,
        outcomes: 'Обучено 180 волонтёров',
        beneficiaries: 180,
        cost_per_beneficiary_tiyn: 3333333,
        social_value_tiyn: null,
        sroi: null,
        score: 82,
        evaluated_by: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        evaluated_at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertLot',
    run: (db) =>
      insertLot(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', 2, {
        topicId: null,
        title: 'Жастар волонтёрлығы',
        description: 'Жастарды волонтёрлыққа оқыту',
        area: 'youth',
        region: 'astana',
        budgetTiyn: 800000000,
        durationMonths: 12,
        expectedResults: '200 волонтёр',
        indicators: [{ name: 'Оқытылған волонтёрлар', unit: 'адам', target: 200 }],
        grantType: null,
        prizeTiyn: null,
        splitRule: null,
      }),
  },
  {
    name: 'insertPanel',
    run: (db) =>
      insertPanel(
        db,
        {
          callId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
          algorithm: 'qogam-sha256-rank-v1',
          seed: '9f2c…',
          inputs: {
            callId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
            closesAt: '2026-05-20T13:00:00.000Z',
            candidates: ['0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56'],
            size: 2,
          },
          drawnBy: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
          at: new Date('2026-05-10T06:00:00Z'),
        },
        ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'],
      ),
  },
  {
    name: 'insertPlan',
    run: (db) =>
      insertPlan(db, {
        stateBodyId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        instrument: 'social_order',
        year: 2026,
        title: 'План государственного социального заказа на 2026 год',
        createdBy: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
      }),
  },
  {
    name: 'insertProject',
    run: (db) =>
      insertProject(
        db,
        {
          number: 'MIP-2026-01/1',
          application_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
          call_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
          lot_id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
          bin: '120640933475',
          state_body_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
          instrument: 'grant',
          title: 'Школа волонтёров',
          area: 'youth',
          region: 'astana',
          amount_tiyn: 600000000,
          starts_on: '2026-06-01',
          ends_on: '2027-06-01',
          signed_at: new Date('2026-05-10T06:00:00Z'),
          status: 'delivering',
          survey_token: 'q7Xk2mP9aB3c',
          beneficiaries_planned: 200,
        },
        [{ title: 'Тренинги', dueOn: '2026-12-01' }],
        [{ item: 'Тренеры', plannedTiyn: 600000000 }],
      ),
  },
  {
    name: 'insertReport',
    run: (db) =>
      insertReport(
        db,
        {
          project_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
          kind: 'interim',
          period: '2026 Q3',
          narrative: 'Проведено 12 тренингов.',
          beneficiaries_reached: 90,
          indicator_values: JSON.stringify({ 'Обучено волонтёров': 90 }),
          status: 'submitted',
          submitted_by: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
          submitted_at: new Date('2026-05-10T06:00:00Z'),
        },
        { ['5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56']: 250000000 },
      ),
  },
  {
    name: 'insertScore',
    run: (db) =>
      insertScore(db, {
        applicationId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        expertId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        criteria: { relevance: 20, design: 22 },
        total: 42,
        comment: 'Сильная команда',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertSurveyResponse',
    run: (db) =>
      insertSurveyResponse(db, {
        projectId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        score: 5,
        comment: 'Рахмет!',
        at: new Date('2026-05-10T06:00:00Z'),
      }),
  },
  {
    name: 'insertTopic',
    run: (db) =>
      insertTopic(db, {
        planId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        title: 'Волонтёрство молодёжи',
        description: 'Обучение молодёжи',
        area: 'youth',
        region: 'astana',
        evidence: 'Опрос акимата 2025 года',
        evidenceLinks: ['https://stat.gov.kz'],
      }),
  },
  {
    name: 'insertVisit',
    run: (db) =>
      insertVisit(db, {
        project_id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
        visited_on: '2026-09-15',
        visitor_id: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        visitor_name: 'Динара Ахметова',
        findings: 'Тренинги проводятся по плану.',
        outcome: 'ok',
      }),
  },
];
