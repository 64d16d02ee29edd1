/** Test support (imported only by tests): organisations and actors without going through the registry's forms. */
import { generateBin } from '../../reference/index.ts';
import type { Actor, Role } from '../../platform/auth/actor.ts';
import { makeUser } from '../../../tests/helpers/app.ts';
import type { Db } from '../../platform/db/schema.ts';

let n = 0;
/** Inserts an active organisation (verified unless told otherwise) and returns its BIN. */
export async function insertOrg(
  db: Db,
  o: { region?: string; verification?: 'verified' | 'pending'; seed?: number } = {},
): Promise<string> {
  const bin = generateBin(o.seed ?? 880_000 + ++n * 17 + Math.floor(Math.random() * 10_000), '1503');
  await db
    .insertInto('organizations')
    .values({
      bin,
      name_kk: `«Сынақ ${n}» қоғамдық бірлестігі`,
      name_ru: `Общественное объединение «Сынак ${n}»`,
      legal_form: 'public-association',
      region: o.region ?? 'astana',
      settlement: 'Астана',
      areas: ['youth'],
      founded_on: '2015-03-01',
      verification: o.verification ?? 'verified',
    })
    .execute();
  return bin;
}

/** A user in the database and the actor a request would carry for them. */
export async function actorOf(
  db: Db,
  opts: { roles?: Role[]; organizations?: string[]; stateBodies?: string[]; name?: string } = {},
): Promise<Actor> {
  const roles = opts.roles ?? ['citizen'];
  const u = await makeUser(db, {
    roles,
    organizations: opts.organizations,
    stateBodies: opts.stateBodies,
    name: opts.name,
  });
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles,
    organizations: opts.organizations ?? [],
    stateBodies: opts.stateBodies ?? [],
    emailConfirmed: true,
    via: 'session',
  };
}
