import type { QueryExample } from '../../platform/db/queries.ts';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  insertDemoPeople,
  setPasswordHash,
  markEmailConfirmed,
  findUserRolesForUpdate,
  setRoles,
  insertEmailToken,
  supersedeEmailTokens,
  findEmailToken,
  consumeEmailToken,
  listActiveSessions,
  findSession,
  listApiTokens,
  findApiToken,
  revokeApiTokenRow,
  membershipsOf,
  insertMembership,
  listStateBodies,
  stateBodiesByIds,
  findStateBody,
  searchUsers,
  peopleByIds,
  membersOf,
  demoPerson,
  insertDemoAccounts,
  hasAnyAccount,
} from './repository.ts';

export const queries: QueryExample[] = [
  { name: 'hasAnyAccount', run: (db) => hasAnyAccount(db) },
  { name: 'findUserByEmail', run: (db) => findUserByEmail(db, 'aigerim@example.kz') },
  { name: 'findUserById', run: (db) => findUserById(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  {
    name: 'insertUser',
    run: (db) =>
      insertUser(db, {
        email: 'aigerim@example.kz',
        name: 'Алматы жастар қоры',
        passwordHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        roles: ['role'],
        locale: 'kk',
        confirmedAt: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'insertDemoPeople',
    run: (db) =>
      insertDemoPeople(db, [
        { email: 'resident-1@demo.qogam.kz', name: 'Айжан А.' },
        { email: 'resident-2@demo.qogam.kz', name: 'Бекзат Б.' },
      ]),
  },
  {
    name: 'setPasswordHash',
    run: (db) =>
      setPasswordHash(
        db,
        '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      ),
  },
  { name: 'markEmailConfirmed', run: (db) => markEmailConfirmed(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findUserRolesForUpdate', run: (db) => findUserRolesForUpdate(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'setRoles', run: (db) => setRoles(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', ['role']) },
  {
    name: 'insertEmailToken',
    run: (db) =>
      insertEmailToken(db, {
        hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        userId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        purpose: 'confirm',
        expiresAt: new Date('2026-03-01T00:00:00Z'),
      }),
  },
  {
    name: 'supersedeEmailTokens',
    run: (db) => supersedeEmailTokens(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', 'confirm'),
  },
  {
    name: 'findEmailToken',
    run: (db) => findEmailToken(db, '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'),
  },
  {
    name: 'consumeEmailToken',
    run: (db) => consumeEmailToken(db, '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'confirm'),
  },
  { name: 'listActiveSessions', run: (db) => listActiveSessions(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findSession', run: (db) => findSession(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'listApiTokens', run: (db) => listApiTokens(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  { name: 'findApiToken', run: (db) => findApiToken(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'revokeApiTokenRow', run: (db) => revokeApiTokenRow(db, 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'membershipsOf', run: (db) => membershipsOf(db, '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90') },
  {
    name: 'insertMembership',
    run: (db) =>
      insertMembership(db, {
        userId: '0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90',
        orgType: 'organization',
        orgId: 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53',
      }),
  },
  { name: 'listStateBodies', run: (db) => listStateBodies(db) },
  { name: 'stateBodiesByIds', run: (db) => stateBodiesByIds(db, ['c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53']) },
  { name: 'findStateBody', run: (db) => findStateBody(db, 'KZ-ALA') },
  { name: 'searchUsers', run: (db) => searchUsers(db, { q: 'балалар', page: 1, pageSize: 20 }) },
  {
    name: 'peopleByIds',
    run: (db) =>
      peopleByIds(db, ['0b8f5a52-6c1e-4f7e-9d3a-2f4c8e1a7b90', 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53'], {
        active: true,
        role: 'expert',
      }),
  },
  { name: 'membersOf', run: (db) => membersOf(db, 'state_body', 'c7a1e3d9-2b4f-4a8e-b6c0-1d9e8f7a6b53') },
  { name: 'demoPerson', run: (db) => demoPerson(db, 'official@demo.qogam.kz') },
  {
    name: 'insertDemoAccounts',
    run: (db) =>
      insertDemoAccounts(
        db,
        [
          {
            id: '5d2e9c14-3a7b-4e61-8f0c-9b1d2a3e4f56',
            email: 'funding-1@demo.qogam.kz',
            name: 'Айнұр Бекова',
            roles: ['citizen', 'expert'],
            confirmedAt: new Date('2026-03-01T00:00:00Z'),
          },
        ],
        { passwordOf: 'expert@demo.qogam.kz' },
      ),
  },
];
