import { stateBodyIdByCode } from './platform/db/stateBodies.ts';
import type { FastifyInstance } from 'fastify';
import { createUser, addMembership, hasAnyAccount } from './modules/accounts/index.ts';
import { seedRegistryDemo } from './modules/registry/index.ts';
import { seedFundingDemo } from './modules/funding/index.ts';
import { seedPetitionsDemo } from './modules/petitions/index.ts';
import { seedAppealsDemo } from './modules/appeals/index.ts';
import { seedLegislationDemo } from './modules/legislation/index.ts';
import { seedCouncilsDemo } from './modules/councils/index.ts';
import { seedLocalDemo } from './modules/local/index.ts';
import { seedForumDemo } from './modules/forum/index.ts';
import { seedVolunteeringDemo } from './modules/volunteering/index.ts';

/** Demo accounts, one per role; listed in the README. Demo mode only. */
export const DEMO_PASSWORD = 'qogam-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'citizen@demo.qogam.kz', name: 'Айгерім Нұрланқызы', roles: ['citizen'] },
  { email: 'ngo@demo.qogam.kz', name: 'Ерлан Сәрсенбаев', roles: ['citizen'] },
  { email: 'official@demo.qogam.kz', name: 'Динара Ахметова', roles: ['citizen'] },
  { email: 'operator@demo.qogam.kz', name: 'Бауыржан Омаров', roles: ['citizen', 'grant_operator'] },
  { email: 'expert@demo.qogam.kz', name: 'Гүлнар Исаева', roles: ['citizen', 'expert'] },
  { email: 'moderator@demo.qogam.kz', name: 'Марат Жұмабеков', roles: ['citizen', 'moderator'] },
  { email: 'admin@demo.qogam.kz', name: 'Әсел Тоқтарова', roles: ['citizen', 'administrator'] },
] as const;

/**
 * Loads the demo on first start: state bodies, one account per role, and synthetic NGOs.
 * Does nothing when users already exist, so a restart keeps what people did.
 */
export async function seedDemoIfEmpty(app: FastifyInstance, opts: { ngos?: number } = {}): Promise<boolean> {
  const db = app.db;
  if (await hasAnyAccount(db)) return false;
  return seedDemo(app, opts);
}

export async function seedDemo(app: FastifyInstance, opts: { ngos?: number } = {}): Promise<boolean> {
  const db = app.db;
  const count = opts.ngos ?? Number(process.env.QOGAM_DEMO_COUNT ?? 2000);
  for (const a of DEMO_ACCOUNTS) {
    await createUser(db, {
      email: a.email,
      name: a.name,
      password: DEMO_PASSWORD,
      roles: [...a.roles],
      confirmed: true,
    });
  }
  const { representedBin } = await seedRegistryDemo(db, { count, seed: 2026 });
  await addMembership(db, 'ngo@demo.qogam.kz', 'organization', representedBin);
  await addMembership(db, 'official@demo.qogam.kz', 'state_body', await stateBodyIdByCode(db, 'mip'));
  // Each module's history, in the order the modules build on each other.
  await seedFundingDemo(app, { seed: 2026 });
  await seedPetitionsDemo(app, { seed: 2026 });
  await seedAppealsDemo(app, { seed: 2026 });
  await seedLegislationDemo(app, { seed: 2026 });
  await seedCouncilsDemo(app, { seed: 2026 });
  await seedLocalDemo(app, { seed: 2026 });
  await seedForumDemo(app, { seed: 2026 });
  await seedVolunteeringDemo(app, { seed: 2026 });
  return true;
}
