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
  confirmedTenthsByBin,
  findCampaign,
  searchCampaigns,
  donationsOf,
  reportFilesOf,
  endedCampaignsOf,
  findPayment,
} from './repository.ts';

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
        phase: 'active',
        today: '2026-03-01',
        page: 1,
        pageSize: 20,
      }),
  },
  { name: 'donationsOf', run: (db) => donationsOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56', 20) },
  { name: 'reportFilesOf', run: (db) => reportFilesOf(db, '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56') },
  { name: 'endedCampaignsOf', run: (db) => endedCampaignsOf(db, ['120640933475'], '2026-03-01') },
  {
    name: 'findPayment',
    run: (db) => findPayment(db, 'provider', 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53', { forUpdate: true }),
  },
];

export const notQueries: Record<string, string> = {
  isUuid: 'a pure check of the form of an id, before any query',
};
