import { ok } from '../../../platform/kit/index.ts';
import { command, fail } from '../reasons.ts';
import { officialsOf } from '../people.ts';
import { addHead, findBodyByCode } from '../repository/index.ts';

/**
 * Flags an official of a state body as its head, who receives the escalation of overdue appeals
 * (for the CLI and seed scripts; the operator at the console is trusted, the act is audited).
 * Fails with body_not_found or not_member (the person must first have a membership of the body).
 * @example await setBodyHead({ db, jobs, actor: null }, { bodyCode: 'mip', email: 'head@mip.gov.kz' })
 */
export const setBodyHead = command({
  run: async ({ trx, audit }, input: { bodyCode: string; email: string }) => {
    const body = await findBodyByCode(trx, input.bodyCode);
    if (!body) return fail('body_not_found');
    const email = input.email.trim().toLowerCase();
    const member = (await officialsOf(trx, body.id)).find((o) => o.email.toLowerCase() === email);
    if (!member) return fail('not_member');
    await addHead(trx, body.id, member.id);
    await audit({
      action: 'appeals.head.set',
      entityType: 'state_body',
      entityId: body.code,
      data: { userId: member.id },
    });
    return ok(undefined);
  },
});
