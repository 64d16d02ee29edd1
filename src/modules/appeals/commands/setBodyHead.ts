import type { Kysely } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type Result } from '../../../platform/commands.ts';
import { addHead, findBodyByCode, officialsOf } from '../repository.ts';
import type { Db } from '../../../platform/db/schema.ts';

/**
 * Flags an official of a state body as its head, who receives the escalation of overdue appeals
 * (for the CLI and seed scripts; the operator at the console is trusted, the act is audited).
 * Fails with body_not_found or not_member (the person must first have a membership of the body).
 * @example await setBodyHead(db, 'mip', 'head@mip.gov.kz')
 */
export async function setBodyHead(db: Db, bodyCode: string, email: string): Promise<Result<void>> {
  const d = db;
  const body = await findBodyByCode(d, bodyCode);
  if (!body) return fail('body_not_found');
  const member = (await officialsOf(d, body.id)).find((o) => o.email.toLowerCase() === email.trim().toLowerCase());
  if (!member) return fail('not_member');
  return d.transaction().execute(async (trx) => {
    await addHead(trx, body.id, member.id);
    await audit(trx, {
      actor: null,
      action: 'appeals.head.set',
      entityType: 'state_body',
      entityId: body.code,
      data: { userId: member.id },
    });
    return ok(undefined);
  });
}
