import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createUser, addMembership } from './modules/accounts/index.ts';
import { seedRegistryDemo } from './modules/registry/index.ts';

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

/** State bodies of the demo: a ministry, the grant operator and two akimats. */
export const DEMO_STATE_BODIES = [
  { code: 'mip', kind: 'ministry', name_kk: 'Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі', name_ru: 'Министерство информации и общественного развития Республики Казахстан', name_en: 'Ministry of Information and Social Development of the Republic of Kazakhstan', region: null },
  { code: 'cscs', kind: 'operator', name_kk: 'Азаматтық бастамаларды қолдау орталығы', name_ru: 'Центр поддержки гражданских инициатив', name_en: 'Civil Initiatives Support Centre', region: null },
  { code: 'akimat-almaty-city', kind: 'akimat', name_kk: 'Алматы қаласының әкімдігі', name_ru: 'Акимат города Алматы', name_en: 'Akimat of Almaty city', region: 'almaty-city' },
  { code: 'akimat-kyzylorda', kind: 'akimat', name_kk: 'Қызылорда облысының әкімдігі', name_ru: 'Акимат Кызылординской области', name_en: 'Akimat of Kyzylorda Region', region: 'kyzylorda' },
];

/**
 * Loads the demo on first start: state bodies, one account per role, and synthetic NGOs.
 * Does nothing when users already exist, so a restart keeps what people did.
 */
export async function seedDemoIfEmpty(app: FastifyInstance, opts: { ngos?: number } = {}): Promise<boolean> {
  const db = app.db;
  const users = await sql<{ n: number }>`select count(*)::int as n from users`.execute(db);
  if (users.rows[0].n > 0) return false;
  return seedDemo(app, opts);
}

export async function seedDemo(app: FastifyInstance, opts: { ngos?: number } = {}): Promise<boolean> {
  const db = app.db;
  const count = opts.ngos ?? Number(process.env.QOGAM_DEMO_COUNT ?? 2000);
  for (const b of DEMO_STATE_BODIES) {
    await db.insertInto('state_bodies').values(b).onConflict((oc) => oc.column('code').doNothing()).execute();
  }
  for (const a of DEMO_ACCOUNTS) {
    await createUser(db, { email: a.email, name: a.name, password: DEMO_PASSWORD, roles: [...a.roles], confirmed: true });
  }
  const { representedBin } = await seedRegistryDemo(db, { count, seed: 2026 });
  await addMembership(db, 'ngo@demo.qogam.kz', 'organization', representedBin);
  const mip = await db.selectFrom('state_bodies').select('id').where('code', '=', 'mip').executeTakeFirstOrThrow();
  await addMembership(db, 'official@demo.qogam.kz', 'state_body', mip.id);
  return true;
}
