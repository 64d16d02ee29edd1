/** What the funding commands share: the typed transaction, loading a state body, the audit entry. */
import type { Kysely } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { type Db } from '../repository.ts';

export type Entity =
  'funding_plan' | 'funding_call' | 'funding_application' | 'funding_project' | 'funding_report' | 'funding_expert';

/** Runs `fn` in a transaction of the funding tables. */
export function tx<T>(deps: CommandDeps, fn: (trx: Db) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(fn);
}

/** One audit entry: action `funding.<entity>.<verb>`; public unless said otherwise (funding acts are public by law). */
export async function record(
  trx: Db,
  deps: CommandDeps,
  action: string,
  entityType: Entity,
  entityId: string,
  data: Record<string, unknown> = {},
  isPublic = true,
) {
  await audit(trx, {
    actor: deps.actor,
    action: `funding.${action}`,
    entityType,
    entityId,
    data,
    isPublic,
    requestId: deps.requestId,
  });
}

export async function loadBody(trx: Db, id: string) {
  return trx
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}
