import { ok } from '../../../platform/kit/index.ts';
import { applicationWindow } from '../domain.ts';
import { canActForOrg } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { activeApplicationFor, findCall, findLot, insertApplication } from '../repository/index.ts';

/** Opens the organisation's draft for a lot (the existing one if there is one) while the call accepts applications. */
export const startApplication = command({
  load: async (trx, input: { lotId: string; bin: string; language: 'kk' | 'ru' }) => {
    const lot = await findLot(trx, input.lotId);
    return lot ? { lot, call: (await findCall(trx, lot.call_id))! } : null;
  },
  policy: (actor, _loaded, input) => canActForOrg(actor, input.bin),
  // Per command, not per result: a start writes its entry below, but opening the draft that
  // exists changes nothing and writes none, so the kit's check cannot be kept on.
  audit: 'none',
  run: async ({ trx, loaded: { lot, call }, actor, at, audit }, input) => {
    if (
      call.status !== 'published' ||
      applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, at) === 'closed'
    )
      return fail('deadlinePassed');
    const existing = await activeApplicationFor(trx, lot.id, input.bin);
    if (existing) return ok({ id: existing.id, existing: true });
    const row = await insertApplication(trx, {
      lotId: lot.id,
      callId: call.id,
      bin: input.bin,
      language: input.language,
      title: lot.title,
      createdBy: actor!.id,
    });
    // Private: a draft is the organisation's own until it is submitted.
    await audit({
      action: 'funding.application.started',
      entityType: 'funding_application',
      entityId: row.id,
      data: { bin: input.bin, lotId: lot.id },
    });
    return ok({ id: row.id, existing: false });
  },
});
