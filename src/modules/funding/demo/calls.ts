/**
 * One call of the demo: the call, its panel drawn reproducibly from the published inputs, its
 * lots with their applications (applications.ts), the published decision with one recorded
 * correction, and the projects of the winners (delivery.ts).
 */
import { almatyDate } from '../../../reference/index.ts';
import { canonicalJson, DEFAULT_RUBRIC, DRAW_ALGORITHM, drawPanel, drawSeed } from '../domain.ts';
import { seedLot, type DecidedApp } from './applications.ts';
import type { CallSpec } from './callSpecs.ts';
import { uuid, type Demo } from './context.ts';
import { deliver } from './delivery.ts';

export interface CallStory {
  spec: CallSpec;
  callId: string;
  bodyId: string;
  number: string;
  manager: Demo['official'];
  opensAt: Date;
  closesAt: Date;
  plan: { id: string } | undefined;
  /** The panel members' user ids, in draw order. */
  panel: string[];
}

export function seedCall(d: Demo, spec: CallSpec): void {
  const { r, at, pub, bodies, official, operator, expertUser, expertIds, numbers } = d;
  const { calls, panels, members, decisions, corrections, apps, plans } = d.rows;
  const approvedPlan = (code: string) =>
    plans.find((p) => p.state_body_id === bodies.get(code) && p.status === 'approved');
  const ngoBin = d.ngoBin;
  const bodyId = bodies.get(spec.body);
  if (!bodyId) return;
  const manager = spec.body === 'cscs' ? operator : official;
  const callId = uuid(r);
  const opensAt = at(spec.opens, 9);
  const closesAt = at(spec.closes, 18);
  const year = Number(almatyDate(opensAt).slice(0, 4));
  const prefix = `${spec.body.toUpperCase()}-${year}-`;
  const n = (numbers.get(prefix) ?? 0) + 1;
  numbers.set(prefix, n);
  const number = `${prefix}${String(n).padStart(2, '0')}`;
  const plan = approvedPlan(spec.body);
  calls.push({
    id: callId,
    number,
    plan_id: plan?.id ?? null,
    state_body_id: bodyId,
    instrument: spec.instrument,
    title: spec.title,
    description: spec.description,
    status: spec.status,
    announced_at: spec.status === 'draft' ? null : at(Math.min(spec.opens, 0) - 3, 10),
    opens_at: opensAt,
    closes_at: closesAt,
    rubric: JSON.stringify(DEFAULT_RUBRIC),
    required_documents: spec.instrument === 'award' ? ['charter'] : ['charter', 'budget', 'cv'],
    panel_size: 3,
    created_by: manager?.id ?? null,
    created_at: at(spec.opens - 10),
  });
  pub('call.created', 'funding_call', callId, at(spec.opens - 10), manager, { number });
  if (spec.status !== 'draft')
    pub('call.publish', 'funding_call', callId, at(Math.min(spec.opens, 0) - 3, 10), manager);
  if (spec.status === 'cancelled') pub('call.cancel', 'funding_call', callId, at(spec.closes - 5), manager);

  // The panel (drawn for review/decided calls), reproducibly from the published inputs.
  let panel: string[] = [];
  if (spec.status === 'review' || spec.status === 'decided') {
    const candidates = [...expertIds].sort();
    let size = 3;
    const inputsFor = (s: number) => ({ callId, closesAt: closesAt.toISOString(), candidates, size: s });
    if (spec.status === 'review') {
      // The demo expert must be on the panel under review: the size grows until the honest draw includes them.
      while (
        !drawPanel(drawSeed(inputsFor(size)), candidates, size).includes(expertUser.id) &&
        size < candidates.length
      )
        size++;
      calls[calls.length - 1].panel_size = size;
    }
    const inputs = inputsFor(size);
    const seed = drawSeed(inputs);
    panel = drawPanel(seed, candidates, size);
    panels.push({
      call_id: callId,
      algorithm: DRAW_ALGORITHM,
      seed,
      inputs: canonicalJson(inputs),
      size,
      drawn_by: manager?.id ?? null,
      drawn_at: at(spec.closes + 2, 11),
    });
    panel.forEach((user_id, i) => members.push({ call_id: callId, user_id, position: i + 1 }));
    pub('panel.drawn', 'funding_call', callId, at(spec.closes + 2, 11), manager, {
      seed,
      algorithm: DRAW_ALGORITHM,
      candidates: candidates.length,
      members: panel,
    });
    pub('call.close', 'funding_call', callId, at(spec.closes, 18), manager);
    pub('call.startReview', 'funding_call', callId, at(spec.closes + 3, 10), manager);
  }

  const decidedApps: DecidedApp[] = [];
  const story: CallStory = { spec, callId, bodyId, number, manager, opensAt, closesAt, plan, panel };
  for (const [li, ls] of spec.lots.entries()) seedLot(d, story, li, ls, decidedApps);

  if (spec.status === 'decided') {
    const decidedAt = at(spec.closes + 25, 15);
    decisions.push({
      call_id: callId,
      reasons:
        'Комиссия на открытом заседании рассмотрела рейтинг, составленный по оценкам экспертной комиссии, и признала победителями заявки с наибольшим средним баллом по каждому лоту. Заявки, не прошедшие проверку на соответствие, к оценке не допускались.',
      commission: 'Председатель и 6 членов комиссии; заседание транслировалось онлайн.',
      decided_by: manager?.id ?? null,
      published_at: decidedAt,
    });
    pub('call.decided', 'funding_call', callId, decidedAt, manager);
    // One recorded correction on the oldest call: an arithmetic error in a score sheet.
    if (spec.opens < -600) {
      const target = apps.find((a) => a.call_id === callId && a.status === 'not_awarded' && a.bin !== ngoBin);
      if (target) {
        corrections.push({
          id: uuid(r),
          call_id: callId,
          application_id: target.id,
          from_status: 'not_awarded',
          to_status: 'not_awarded',
          reason:
            'Исправлена арифметическая ошибка в оценочном листе эксперта; итоговый результат заявки не изменился.',
          corrected_by: manager?.id ?? null,
          corrected_at: at(spec.closes + 30, 12),
        });
        pub('decision.corrected', 'funding_call', callId, at(spec.closes + 30, 12), manager, {
          applicationId: target.id,
        });
      }
    }
    // Contracts and delivery.
    deliver(d, story, decidedApps);
  }
}
