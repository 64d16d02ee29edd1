import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findOpportunity,
  searchOpportunities,
  placesTaken,
  findProfile,
  findApplication,
  applicationOf,
  applicationsOf,
  applicationsOfUser,
  findCertificate,
  volunteersOf,
  stateBodyNames,
  confirmedTenthsByBin,
  findCampaign,
  searchCampaigns,
  campaignBins,
  donationsOf,
  reportFilesOf,
  endedCampaignsOf,
  findPayment,
  stateBodyExists,
  insertOpportunity,
  updateOpportunity,
  moveOpportunity,
  insertApplication,
  moveApplication,
  issueCertificate,
  revokeCertificate,
  upsertProfile,
  insertCampaign,
  closeCampaignRow,
  publishCampaignReport,
  addReportFile,
  insertPayment,
  settlePaymentRow,
  insertDonation,
  addToCampaignTotal,
  openOpportunities,
  confirmedHoursByMonth,
  openCampaigns,
  donationsByDay,
  datasetStats,
  lastConfirmationAt,
  lastDonationAt,
  volunteersByRegionYear,
  tenthsByRegionYear,
  donatedByRegionYear,
  opportunitiesInAreas,
  campaignsInAreas,
  organizationsThatPosted,
  demoStateBodies,
  insertDemoRows,
} from './repository/index.ts';
import type { OpportunityInput } from './schemas.ts';

const AT = new Date('2026-03-01T09:30:00Z');
const OPP = 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53';
const APP = '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56';
const USER = '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90';
const CAMPAIGN = '9e4b7c21-8d3f-4a6e-a1b2-c3d4e5f60718';
const PAYMENT = '2a1b3c4d-5e6f-4789-8abc-def012345678';
const OPPORTUNITY_INPUT: OpportunityInput = {
  organizer: 'organization:120640933475',
  title: 'Өзен жағасын тазалау',
  description: 'Сенбілік: Ертіс жағасындағы қоқысты жинаймыз.',
  area: 'environment',
  online: false,
  region: 'pavlodar',
  settlement: 'Павлодар',
  startsOn: '2026-05-16',
  endsOn: '2026-05-16',
  places: 30,
  skills: ['алғашқы көмек'],
  minAge: 16,
  maxAge: null,
};

export const queries: QueryExample[] = [
  {
    name: 'findOpportunity',
    run: (db) => findOpportunity(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  {
    name: 'searchOpportunities',
    run: (db) =>
      searchOpportunities(db, {
        q: 'балалар',
        region: 'KZ-ALA',
        area: 'area',
        online: true,
        status: 'open',
        organizer: { type: 'organization', id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53' },
        page: 1,
        pageSize: 20,
      }),
  },
  { name: 'placesTaken', run: (db) => placesTaken(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'findProfile', run: (db) => findProfile(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  {
    name: 'findApplication',
    run: (db) => findApplication(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  {
    name: 'applicationOf',
    run: (db) => applicationOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90'),
  },
  { name: 'applicationsOf', run: (db) => applicationsOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  { name: 'applicationsOfUser', run: (db) => applicationsOfUser(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findCertificate', run: (db) => findCertificate(db, '3f9a1c07b2e84d56') },
  { name: 'stateBodyNames', run: (db) => stateBodyNames(db, ['7f3e2d1c-0b9a-4876-9543-210fedcba987']) },
  {
    name: 'volunteersOf',
    run: (db) => volunteersOf(db, { type: 'organization', id: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53' }),
  },
  {
    name: 'confirmedTenthsByBin',
    run: (db) => confirmedTenthsByBin(db, ['120640933475'], new Date('2026-03-01T00:00:00Z')),
  },
  { name: 'findCampaign', run: (db) => findCampaign(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }) },
  {
    name: 'searchCampaigns',
    run: (db) =>
      searchCampaigns(db, {
        q: 'балалар',
        region: 'KZ-ALA',
        area: 'area',
        bin: '120640933475',
        namedBins: ['120640933475', '081240012345'],
        phase: 'active',
        today: '2026-03-01',
        page: 1,
        pageSize: 20,
      }),
  },
  { name: 'campaignBins', run: (db) => campaignBins(db) },
  { name: 'donationsOf', run: (db) => donationsOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', 20) },
  { name: 'reportFilesOf', run: (db) => reportFilesOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  { name: 'endedCampaignsOf', run: (db) => endedCampaignsOf(db, ['120640933475'], '2026-03-01') },
  {
    name: 'findPayment',
    run: (db) => findPayment(db, 'provider', 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
  { name: 'stateBodyExists', run: (db) => stateBodyExists(db, '7f3e2d1c-0b9a-4876-9543-210fedcba987') },
  {
    name: 'insertOpportunity',
    run: (db) =>
      insertOpportunity(db, {
        organizer: { type: 'organization', id: '120640933475' },
        status: 'open',
        input: OPPORTUNITY_INPUT,
        createdBy: USER,
      }),
  },
  {
    name: 'updateOpportunity',
    run: (db) => updateOpportunity(db, { id: OPP, version: 2, input: OPPORTUNITY_INPUT, at: AT }),
  },
  {
    name: 'moveOpportunity',
    run: (db) => moveOpportunity(db, { id: OPP, version: 2, from: 'open', to: 'closed', at: AT }),
  },
  {
    name: 'insertApplication',
    run: (db) =>
      insertApplication(db, { opportunityId: OPP, userId: USER, status: 'applied', motivation: 'Көмектескім келеді' }),
  },
  {
    name: 'moveApplication',
    run: (db) =>
      moveApplication(db, {
        id: APP,
        from: 'accepted',
        to: 'completed',
        confirmed: { at: AT, by: USER, hoursTenths: 75 },
      }),
  },
  {
    name: 'issueCertificate',
    run: (db) => issueCertificate(db, { code: '3f9a1c07b2e84d56', applicationId: APP, at: AT }),
  },
  {
    name: 'revokeCertificate',
    run: (db) => revokeCertificate(db, { applicationId: APP, at: AT, reason: 'Сағаттар қате енгізілген' }),
  },
  {
    name: 'upsertProfile',
    run: (db) =>
      upsertProfile(db, {
        userId: USER,
        skills: ['фото'],
        languages: ['kk', 'ru'],
        region: 'pavlodar',
        birthYear: 2000,
        about: null,
        at: AT,
      }),
  },
  {
    name: 'insertCampaign',
    run: (db) =>
      insertCampaign(db, {
        bin: '120640933475',
        status: 'active',
        title: 'Ауыл мектебіне компьютерлер',
        purpose: 'Бес компьютер сатып алу',
        area: 'education',
        region: 'pavlodar',
        goalTiyn: 1_000_000_00,
        startsOn: '2026-03-01',
        endsOn: '2026-04-30',
        iban: 'KZ86125KZT5004100100',
        bank: 'Halyk Bank',
        createdBy: USER,
      }),
  },
  { name: 'closeCampaignRow', run: (db) => closeCampaignRow(db, { id: CAMPAIGN, version: 1, to: 'closed', at: AT }) },
  {
    name: 'publishCampaignReport',
    run: (db) =>
      publishCampaignReport(db, {
        id: CAMPAIGN,
        to: 'reported',
        text: 'Компьютерлер сатып алынды',
        spentTiyn: 4_900_00,
        at: AT,
      }),
  },
  { name: 'addReportFile', run: (db) => addReportFile(db, CAMPAIGN, '4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d') },
  {
    name: 'insertPayment',
    run: (db) =>
      insertPayment(db, {
        id: PAYMENT,
        campaignId: CAMPAIGN,
        provider: 'dev',
        providerPaymentId: 'dev_4f1a9c2b7e3d5a8c6b0e1f2a',
        amountTiyn: 5_000_00,
        donorUserId: USER,
        donorName: 'Айгерім',
        anonymous: false,
        locale: 'kk',
        status: 'pending',
      }),
  },
  {
    name: 'settlePaymentRow',
    run: (db) => settlePaymentRow(db, { id: PAYMENT, to: 'failed', from: 'pending', at: AT }),
  },
  {
    name: 'insertDonation',
    run: (db) =>
      insertDonation(db, {
        campaignId: CAMPAIGN,
        paymentId: PAYMENT,
        provider: 'dev',
        providerPaymentId: 'dev_4f1a9c2b7e3d5a8c6b0e1f2a',
        idempotencyKey: 'dev-8c1d2e3f4a5b6c7d',
        amountTiyn: 5_000_00,
        donorUserId: USER,
        donorName: 'Айгерім',
        anonymous: false,
      }),
  },
  { name: 'addToCampaignTotal', run: (db) => addToCampaignTotal(db, CAMPAIGN, 5_000_00) },
  { name: 'openOpportunities', run: (db) => openOpportunities(db, OPP, 1000) },
  { name: 'confirmedHoursByMonth', run: (db) => confirmedHoursByMonth(db) },
  { name: 'openCampaigns', run: (db) => openCampaigns(db, CAMPAIGN, 1000) },
  { name: 'donationsByDay', run: (db) => donationsByDay(db) },
  { name: 'datasetStats', run: (db) => datasetStats(db, 'charity_campaigns') },
  { name: 'lastConfirmationAt', run: (db) => lastConfirmationAt(db) },
  { name: 'lastDonationAt', run: (db) => lastDonationAt(db) },
  { name: 'volunteersByRegionYear', run: (db) => volunteersByRegionYear(db) },
  { name: 'tenthsByRegionYear', run: (db) => tenthsByRegionYear(db) },
  { name: 'donatedByRegionYear', run: (db) => donatedByRegionYear(db) },
  { name: 'opportunitiesInAreas', run: (db) => opportunitiesInAreas(db, ['environment', 'youth'], 10) },
  { name: 'campaignsInAreas', run: (db) => campaignsInAreas(db, ['health'], 10) },
  { name: 'organizationsThatPosted', run: (db) => organizationsThatPosted(db, ['120640933475', '081240012345']) },
  { name: 'demoStateBodies', run: (db) => demoStateBodies(db) },
  {
    name: 'insertDemoRows',
    run: (db) =>
      insertDemoRows(db, 'volunteer_profiles', [
        { user_id: USER, region: 'pavlodar', birth_year: 2001, skills: ['фото'], languages: ['kk'], about: null },
      ]),
  },
];

export const notQueries: Record<string, string> = {
  isUuid: 'a pure check of the form of an id, before any query',
};
