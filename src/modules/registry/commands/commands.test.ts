import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBin } from '../../../reference/index.ts';
import type { Actor, Role } from '../../../platform/auth/actor.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { localDiskStorage } from '../../../platform/files/index.ts';
import { makeUser, testApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { isEligibleForStateFunding, reportStatus } from '../index.ts';
import { findOrganization, listChanges, type Db } from '../repository/index.ts';
import { registerSchema, type ReportData } from '../schemas.ts';
import { applySocialEnterprise } from './applySocialEnterprise.ts';
import { decideSocialEnterprise } from './decideSocialEnterprise.ts';
import { decideVerification } from './decideVerification.ts';
import { editOrganization } from './editOrganization.ts';
import { fileAnnualReport } from './fileAnnualReport.ts';
import { registerOrganization } from './registerOrganization.ts';

let t: TestApp;
let db: Db;
let rep: Actor;
let stranger: Actor;
let moderator: Actor;
let storage: ReturnType<typeof localDiskStorage>;
const BIN = generateBin(7001);
const form = {
  bin: BIN,
  nameKk: '«Үміт» қоғамдық бірлестігі',
  nameRu: 'Общественное объединение «Умит»',
  legalForm: 'public-association',
  region: 'kyzylorda',
  settlement: 'Қызылорда',
  areas: ['youth'],
  foundedOn: '2015-04-23',
  phone: '+7 701 000 00 00',
};
const input = registerSchema('2026-11-22').parse(form);
const profile = (over: Record<string, unknown> = {}) => {
  const { bin: _bin, ...p } = registerSchema('2026-11-22').parse({ ...form, ...over });
  return p;
};
const data: ReportData = {
  activities: 'Жастарға арналған үйірмелер',
  membersCount: 12,
  foundersCount: 3,
  property: '',
  beneficiaries: 300,
  staff: 2,
  volunteers: 15,
  income: { stateSocialOrder: 0, grants: 150_000_050, donations: 0, membershipFees: 1000, business: 0, foreign: 0 },
  spending: { programmes: 100_000_000, salaries: 0, administration: 0, property: 0, taxes: 0, other: 0 },
};

async function actorOf(roles: Role[], organizations: string[] = []): Promise<Actor> {
  const u = await makeUser(t.db, { roles });
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles,
    organizations,
    stateBodies: [],
    emailConfirmed: true,
    via: 'session',
  };
}
const deps = (actor: Actor | null): CommandDeps => ({ db: t.db, jobs: t.app.jobs, actor, requestId: 'test' });
const auditRows = (action: string) =>
  db.selectFrom('audit_log').selectAll().where('entity_id', '=', BIN).where('action', '=', action).execute();

before(async () => {
  t = await testApp();
  db = t.db;
  storage = t.app.storage;
  rep = await actorOf(['citizen']);
  stranger = await actorOf(['citizen']);
  moderator = await actorOf(['citizen', 'moderator']);
});
after(() => t.close());

describe('registry commands', () => {
  test('register: pending organisation, membership, audit; the same BIN again is refused', async () => {
    assert.deepEqual(await registerOrganization(deps(null), input), {
      ok: false,
      kind: 'forbidden',
      reason: 'sign_in',
    });
    const r = await registerOrganization(deps(rep), input);
    assert.deepEqual(r, { ok: true, value: { bin: BIN } });
    const org = await findOrganization(db, BIN);
    assert.equal(org?.verification, 'pending');
    assert.equal(org?.registered_by, rep.id);
    const m = await db.selectFrom('memberships').selectAll().where('user_id', '=', rep.id).execute();
    assert.deepEqual(
      m.map((x) => [x.org_type, x.org_id]),
      [['organization', BIN]],
    );
    assert.equal((await auditRows('registry.organization.registered')).length, 1);
    assert.deepEqual(await registerOrganization(deps(stranger), input), {
      ok: false,
      kind: 'conflict',
      reason: 'duplicate_bin',
      field: 'bin',
    });
    rep = { ...rep, organizations: [BIN], roles: [...rep.roles, 'ngo_representative'] };
  });

  test('edit: only representatives; every change in the history; nothing changed, nothing written', async () => {
    assert.deepEqual(
      await editOrganization(deps(stranger), { bin: BIN, profile: profile({ phone: '+7 777 111 22 33' }) }),
      { ok: false, kind: 'forbidden', reason: 'not_representative' },
    );
    const none = await editOrganization(deps(rep), { bin: BIN, profile: profile() });
    assert.deepEqual(none, { ok: true, value: { changed: [], verification: 'pending' } });
    const r = await editOrganization(deps(rep), {
      bin: BIN,
      profile: profile({ phone: '+7 777 111 22 33', nameKk: '«Үміт» ҚБ' }),
    });
    assert.deepEqual(r, { ok: true, value: { changed: ['nameKk', 'phone'], verification: 'pending' } });
    const [change] = await listChanges(db, BIN);
    assert.equal(change.actor_kind, 'representative');
    assert.deepEqual(change.changes.phone, { from: '+7 701 000 00 00', to: '+7 777 111 22 33' });
  });

  test('verification: pending -> refused (reason public) -> pending after an edit -> verified', async () => {
    assert.deepEqual(await decideVerification(deps(rep), { bin: BIN, decision: 'verify', reason: '', storage }), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_moderator',
    });
    const refused = await decideVerification(deps(moderator), {
      bin: BIN,
      decision: 'refuse',
      reason: 'Устав не приложен',
      storage,
    });
    assert.deepEqual(refused, { ok: true, value: { verification: 'refused' } });
    assert.equal((await findOrganization(db, BIN))?.verification_reason, 'Устав не приложен');
    const [audit] = await auditRows('registry.verification.refused');
    assert.equal(audit.is_public, true);
    assert.equal((audit.data as any).reason, 'Устав не приложен');

    const resubmitted = await editOrganization(deps(rep), {
      bin: BIN,
      profile: profile({ description: 'Устав приложен' }),
    });
    assert.equal(resubmitted.ok && resubmitted.value.verification, 'pending');
    assert.equal((await findOrganization(db, BIN))?.verification_reason, null);
    assert.equal((await auditRows('registry.verification.reopened')).length, 1);

    const document = {
      field: 'document',
      filename: 'certificate.pdf',
      mime: 'application/pdf',
      data: Buffer.from('%PDF-1.4 test'),
    };
    const verified = await decideVerification(deps(moderator), {
      bin: BIN,
      decision: 'verify',
      reason: '',
      document,
      storage,
    });
    assert.deepEqual(verified, { ok: true, value: { verification: 'verified' } });
    const org = await findOrganization(db, BIN);
    assert.ok(org?.verified_at);
    assert.ok(org?.verification_file_id);
    assert.deepEqual(
      await decideVerification(deps(moderator), { bin: BIN, decision: 'refuse', reason: 'x', storage }),
      { ok: false, kind: 'conflict', reason: 'not_pending' },
    );
  });

  test('verified: contacts keep the badge, legal data sent by a representative loses it, a moderator’s correction keeps it', async () => {
    const contacts = await editOrganization(deps(rep), {
      bin: BIN,
      profile: profile({ description: 'Устав приложен', website: 'umit.kz' }),
    });
    assert.equal(contacts.ok && contacts.value.verification, 'verified');
    const byModerator = await editOrganization(deps(moderator), {
      bin: BIN,
      profile: {
        ...profile({ description: 'Устав приложен', website: 'umit.kz', nameRu: 'ОО «Умит»' }),
        status: 'active',
      },
    });
    assert.equal(byModerator.ok && byModerator.value.verification, 'verified');
    assert.equal((await listChanges(db, BIN))[0].actor_kind, 'moderator');
    const legal = await editOrganization(deps(rep), {
      bin: BIN,
      profile: profile({ description: 'Устав приложен', website: 'umit.kz', nameRu: 'ОО «Умит» (новое)' }),
    });
    assert.equal(legal.ok && legal.value.verification, 'pending');
    const reopened = await auditRows('registry.verification.reopened');
    assert.equal(reopened.length, 2);
    assert.equal((reopened.at(-1)!.data as any).event, 'legalChange');
    assert.equal(
      (await decideVerification(deps(moderator), { bin: BIN, decision: 'verify', reason: '', storage })).ok,
      true,
    );
  });

  test('annual report: on time or late by the Almaty deadline, once per year, only finished years', async () => {
    const onTime = await fileAnnualReport(deps(rep), { bin: BIN, year: 2024, data }, new Date('2025-03-31T18:30:00Z'));
    assert.deepEqual(onTime, { ok: true, value: { status: 'on_time' } });
    const late = await fileAnnualReport(deps(rep), { bin: BIN, year: 2025, data }, new Date('2026-04-01T03:00:00Z'));
    assert.deepEqual(late, { ok: true, value: { status: 'late' } });
    assert.deepEqual(
      await fileAnnualReport(deps(rep), { bin: BIN, year: 2025, data }, new Date('2026-05-01T00:00:00Z')),
      { ok: false, kind: 'conflict', reason: 'already_filed' },
    );
    assert.deepEqual(
      await fileAnnualReport(deps(rep), { bin: BIN, year: 2026, data }, new Date('2026-11-22T00:00:00Z')),
      { ok: false, kind: 'invalid', reason: 'year_out_of_range' },
    );
    assert.deepEqual(
      await fileAnnualReport(deps(stranger), { bin: BIN, year: 2023, data }, new Date('2026-11-22T00:00:00Z')),
      { ok: false, kind: 'forbidden', reason: 'not_representative' },
    );
    const row = await db
      .selectFrom('annual_reports')
      .selectAll()
      .where('bin', '=', BIN)
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    assert.equal(row.income_total, 150_001_050);
    assert.equal(row.data.income.grants, 150_000_050);
  });

  test('facts for other modules: report status and eligibility for state funding', async () => {
    const now = new Date('2026-11-22T00:00:00Z');
    assert.equal(await reportStatus(t.db, BIN, 2024, now), 'on_time');
    assert.equal(await reportStatus(t.db, BIN, 2025, now), 'late');
    assert.equal(await reportStatus(t.db, BIN, 2023, now), 'missing');
    assert.equal(await reportStatus(t.db, '000000000000', 2023, now), null);
    assert.deepEqual(await isEligibleForStateFunding(t.db, BIN, now), {
      eligible: true,
      reasons: [],
      reportYear: 2025,
    });
    // On 1 April 2026 the 2025 report was due and not filed yet.
    assert.deepEqual(await isEligibleForStateFunding(t.db, BIN, new Date('2026-04-01T00:00:00Z')), {
      eligible: false,
      reasons: ['report_missing'],
      reportYear: 2025,
    });
    assert.deepEqual(await isEligibleForStateFunding(t.db, generateBin(1), now), {
      eligible: false,
      reasons: ['not_registered'],
      reportYear: null,
    });
  });

  test('social enterprise: apply once per list year; the commission decides once, publicly', async () => {
    const application = { category: 1, activities: 'Тігін цехы', employeesTotal: 10, employeesVulnerable: 6 };
    const at = new Date('2026-11-22T00:00:00Z');
    assert.deepEqual(await applySocialEnterprise(deps(rep), { bin: BIN, application }, at), {
      ok: true,
      value: { listYear: 2027 },
    });
    assert.deepEqual(await applySocialEnterprise(deps(rep), { bin: BIN, application }, at), {
      ok: false,
      kind: 'conflict',
      reason: 'already_applied',
    });
    const row = await db
      .selectFrom('social_entrepreneurs')
      .selectAll()
      .where('bin', '=', BIN)
      .executeTakeFirstOrThrow();
    assert.deepEqual(await decideSocialEnterprise(deps(rep), { id: row.id, decision: 'approve', reason: '' }), {
      ok: false,
      kind: 'forbidden',
      reason: 'not_moderator',
    });
    assert.deepEqual(await decideSocialEnterprise(deps(moderator), { id: row.id, decision: 'approve', reason: '' }), {
      ok: true,
      value: { status: 'approved', bin: BIN },
    });
    assert.deepEqual(await decideSocialEnterprise(deps(moderator), { id: row.id, decision: 'refuse', reason: 'x' }), {
      ok: false,
      kind: 'conflict',
      reason: 'already_decided',
    });
    const [audit] = await auditRows('registry.socialEnterprise.approved');
    assert.equal(audit.is_public, true);
  });
});
