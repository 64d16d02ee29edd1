import { ok, type Failure } from '../../../platform/kit/index.ts';
import { isEligibleForStateFunding } from '../../registry/index.ts';
import { almatyClock, APPLICATION, applicationWindow, budgetProblems } from '../domain.ts';
import { canEditApplication } from '../policy.ts';
import { command, fail, type FundingReason } from '../reasons.ts';
import {
  applicationDocumentKinds,
  findApplication,
  findCall,
  findLot,
  setApplicationStatus,
} from '../repository/index.ts';

/** What a refused submission tells the form besides its reason. */
export interface SubmitDetails {
  /** incomplete: field -> reason */
  problems?: Record<string, string>;
  /** ineligible: the registry's reasons */
  ineligible?: string[];
  /** deadlinePassed / notOpenYet: the Almaty time of the attempt and of the deadline */
  at?: string;
  closesAt?: string;
}
export const submitDetails = (f: Failure<FundingReason>): SubmitDetails => f as SubmitDetails;

/**
 * Submits a draft. Refused, with the reason, when: the period is over (judged on the server, the
 * Almaty time of the attempt and of the deadline given back), the form was changed by someone else
 * (version), the organisation is not eligible (registry: not registered, not verified, report
 * missing…), or the content is incomplete or the budget does not add up (field by field).
 */
export const submitApplication = command({
  load: async (trx, input: { id: string; version: number }) => {
    const app = await findApplication(trx, input.id, { forUpdate: true });
    if (!app) return null;
    const [call, lot] = await Promise.all([findCall(trx, app.call_id), findLot(trx, app.lot_id)]);
    return { app, call: call!, lot: lot! };
  },
  policy: (actor, { app }) => canEditApplication(actor, app),
  run: async ({ trx, loaded: { app, call, lot }, at, audit }, input) => {
    if (app.version !== input.version) return fail('staleVersion');
    const w = applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, at);
    if (call.status !== 'published' || w !== 'open')
      return Object.assign(fail(w === 'not_open' ? 'notOpenYet' : 'deadlinePassed'), {
        at: almatyClock(at),
        closesAt: almatyClock(new Date(call.closes_at)),
      });
    const eligibility = await isEligibleForStateFunding(trx, app.bin, at);
    if (!eligibility.eligible) return Object.assign(fail('ineligible'), { ineligible: eligibility.reasons });
    const problems: Record<string, string> = {};
    if (app.title.trim().length < 5) problems.title = 'titleRequired';
    if (app.summary.trim().length < 20) problems.summary = 'summaryRequired';
    if (app.description.trim().length < 50) problems.description = 'descriptionRequired';
    if (!app.activities.length) problems.activities = 'activitiesRequired';
    if (!app.indicators.length && call.instrument !== 'award') problems.indicators = 'indicatorsRequired';
    if (!app.team.length) problems.team = 'teamRequired';
    Object.assign(
      problems,
      budgetProblems(
        app.budget_lines,
        app.requested_tiyn,
        {
          instrument: call.instrument,
          budgetTiyn: lot.budget_tiyn,
          durationMonths: lot.duration_months,
          grantType: lot.grant_type,
        },
        at,
      ),
    );
    const kinds = await applicationDocumentKinds(trx, app.id);
    if (call.required_documents.some((k) => !kinds.includes(k))) problems.documents = 'documentsMissing';
    if (Object.keys(problems).length) return Object.assign(fail('incomplete'), { problems });
    const to = APPLICATION.next(app.status, 'submit');
    if (!to) return fail('badTransition');
    await setApplicationStatus(trx, app, { status: to, at, submitted: true });
    await audit({
      action: 'funding.application.submitted',
      entityType: 'funding_application',
      entityId: app.id,
      data: { bin: app.bin, callId: call.id, lotId: lot.id, at: almatyClock(at) },
      public: true,
    });
    return ok({ id: app.id });
  },
});
