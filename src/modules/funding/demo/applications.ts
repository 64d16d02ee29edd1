/**
 * The applications to one lot of a demo call: the demo NGO where the story needs it, others
 * drawn from the pool; compliance, declarations of conflicts and scores by the panel, and for a
 * decided call the ranking and the winners.
 */
import { DEFAULT_RUBRIC, grantBand, rankApplications } from '../domain.ts';
import type { CallStory } from './calls.ts';
import type { LotSpec } from './callSpecs.ts';
import { DAY, uuid, type Demo } from './context.ts';

const PROJECT_TITLES_RU = [
  'Вместе сильнее',
  'Открытые двери',
  'Шаг навстречу',
  'Новые возможности',
  'Голос молодёжи',
  'Рядом с вами',
  'Чистый город',
  'Мост доверия',
  'Жаңа белес',
  'Бірге болайық',
  'Жарқын болашақ',
  'Үміт жолы',
];

/** An application as the decision and the contracts need it. */
export interface DecidedApp {
  id: string;
  lotIndex: number;
  bin: string;
  requested: number;
  submittedAt: Date;
  status: string;
  title: string;
  lines: { item: string; amountTiyn: number }[];
  indicators: { name: string; unit: string; target: number }[];
  beneficiaries: number;
}

/** Builds lot number `li + 1` of the call and its applications; a decided call's go into `decidedApps`. */
export function seedLot(d: Demo, story: CallStory, li: number, ls: LotSpec, decidedApps: DecidedApp[]): void {
  const { r, at, pub, pickN, pool, ngoUser, expertUser, expertNames } = d;
  const { lots, topics, apps, conflicts, scores } = d.rows;
  const { spec, callId, manager, opensAt, closesAt, plan, panel } = story;
  const ngoBin = d.ngoBin;
  const lotId = uuid(r);
  const budgetTiyn = ls.budget * 100;
  lots.push({
    id: lotId,
    call_id: callId,
    number: li + 1,
    topic_id: plan ? (topics.find((t) => t.plan_id === plan.id && t.area === ls.area)?.id ?? null) : null,
    title: ls.title,
    description: ls.results,
    area: ls.area,
    region: ls.region,
    budget_tiyn: budgetTiyn,
    duration_months: ls.months,
    expected_results: ls.results,
    indicators: JSON.stringify(ls.indicators.map(([name, unit, target]) => ({ name, unit, target }))),
    grant_type: ls.grantType ?? null,
    prize_tiyn: ls.prize ? ls.prize * 100 : null,
    split_rule: ls.split ?? null,
  });
  // Applicants: the demo NGO takes part where the story needs it.
  const wantNgo =
    !!ngoBin &&
    ((spec.status === 'decided' && spec.projects?.[li] === 'delivering' && d.ngoUsed === 0) ||
      (spec.status === 'review' && li === 0) ||
      (spec.status === 'published' && spec.body === 'akimat-karaganda') ||
      (spec.status === 'decided' && spec.opens < -600 && li === 2));
  const bins = pickN(pool, spec.appsPerLot);
  if (wantNgo) {
    bins[0] = ngoBin!;
    if (spec.status === 'decided' && spec.projects?.[li] === 'delivering') d.ngoUsed++;
  }
  const lotApps: typeof decidedApps = [];
  for (const [ai, bin] of bins.entries()) {
    if (!bin) continue;
    const id = uuid(r);
    const band = ls.grantType ? grantBand(ls.grantType, opensAt) : null;
    let requested = Math.round((ls.budget * (0.75 + r() * 0.25)) / 1000) * 1000 * 100;
    if (spec.instrument === 'grant')
      requested = Math.max(
        band!.minTiyn,
        Math.min(Math.floor(budgetTiyn / 2 / 100000) * 100000, band!.maxTiyn ?? requested),
      );
    if (spec.instrument === 'award') requested = ls.prize! * 100;
    const a1 = Math.round((requested * 0.55) / 100) * 100;
    const a2 = Math.round((requested * 0.3) / 100) * 100;
    const budget = [
      { item: 'Оплата труда специалистов', amountTiyn: a1 },
      { item: 'Проведение мероприятий', amountTiyn: a2 },
      { item: 'Информационное сопровождение', amountTiyn: requested - a1 - a2 },
    ];
    const indicators = ls.indicators.map(([name, unit, target]) => ({
      name,
      unit,
      target: Math.round(target * (0.9 + r() * 0.3)),
    }));
    const title = `${PROJECT_TITLES_RU[Math.floor(r() * PROJECT_TITLES_RU.length)]}: ${ls.title.toLowerCase()}`;
    const submittedAt = new Date(
      closesAt.getTime() - (1 + Math.floor(r() * 20)) * DAY - Math.floor(r() * 10) * 3_600_000,
    );
    let status: string;
    if (spec.status === 'published') status = bin === ngoBin ? 'draft' : li === 1 ? 'withdrawn' : 'submitted';
    else if (spec.status === 'closed') status = 'submitted';
    else if (spec.status === 'cancelled') status = 'withdrawn';
    else status = ai === bins.length - 1 && bins.length > 2 ? 'rejected' : 'admitted';
    const beneficiaries = Math.round((indicators[0]?.target ?? 50) * (1 + r()));
    apps.push({
      id,
      lot_id: lotId,
      call_id: callId,
      bin,
      status,
      language: r() < 0.4 ? 'kk' : 'ru',
      title,
      summary: `Проект направлен на решение задачи лота «${ls.title}» силами организации и волонтёров.`,
      description: `${ls.results} Организация имеет опыт реализации похожих проектов в регионе. План включает подготовительный этап, основную работу с целевой группой и публичный отчёт о результатах. Результаты будут измеряться по показателям лота.`,
      activities: JSON.stringify([
        { title: 'Подготовительный этап', period: '1–2 месяц' },
        { title: 'Работа с целевой группой', period: '3–10 месяц' },
        { title: 'Итоговая конференция и отчёт', period: 'последний месяц' },
      ]),
      budget_lines: JSON.stringify(budget),
      requested_tiyn: requested,
      indicators: JSON.stringify(indicators),
      team: JSON.stringify([
        { name: 'Руководитель проекта', role: 'управление' },
        { name: 'Координатор', role: 'работа с участниками' },
      ]),
      beneficiaries_planned: beneficiaries,
      compliance_note:
        status === 'rejected' ? 'Не представлена смета расходов, обязательная по условиям конкурса.' : null,
      created_by: bin === ngoBin ? ngoUser.id : null,
      submitted_at: status === 'draft' ? null : submittedAt,
      withdrawn_at: status === 'withdrawn' ? at(Math.min(spec.closes - 6, -1)) : null,
      created_at: new Date(submittedAt.getTime() - 5 * DAY),
      updated_at: submittedAt,
    });
    if (status !== 'draft') pub('application.submitted', 'funding_application', id, submittedAt, undefined, { bin });
    if (status === 'rejected' || status === 'admitted')
      pub(`application.${status}`, 'funding_application', id, at(spec.closes + 1, 15), manager);
    lotApps.push({
      id,
      lotIndex: li,
      bin,
      requested,
      submittedAt,
      status,
      title,
      lines: budget,
      indicators,
      beneficiaries,
    });
  }

  // Declarations and scores: every panel member on decided calls; some of them on the call under review (never the demo expert).
  const admitted = lotApps.filter((a) => a.status === 'admitted');
  for (const a of admitted) {
    for (const [pi, e] of panel.entries()) {
      if (spec.status === 'review' && (e === expertUser.id || pi % 2 === 1)) continue;
      const conflicted = spec.status === 'decided' && pi === 2 && li === 0 && a === admitted[0];
      conflicts.push({
        application_id: a.id,
        expert_id: e,
        kinds: conflicted ? ['payment'] : [],
        note: '',
        declared_at: at(spec.closes + 4, 10),
      });
      pub(
        'conflict.declared',
        'funding_application',
        a.id,
        at(spec.closes + 4, 10),
        { id: e, name: expertNames.get(e)! },
        { expert: expertNames.get(e), kinds: conflicted ? ['payment'] : [] },
      );
      if (conflicted) continue;
      const quality = 0.55 + r() * 0.4;
      const criteria = Object.fromEntries(
        DEFAULT_RUBRIC.map((c) => [
          c.key,
          Math.max(0, Math.min(c.max, Math.round(c.max * (quality + (r() - 0.5) * 0.15)))),
        ]),
      );
      const total = Object.values(criteria).reduce((s, v) => s + v, 0);
      scores.push({
        application_id: a.id,
        expert_id: e,
        criteria: JSON.stringify(criteria),
        total,
        comment:
          total > 70 ? 'Проект обоснован, показатели реалистичны.' : 'Бюджет требует уточнения, показатели завышены.',
        submitted_at: at(spec.closes + 8 + pi, 16),
      });
      pub(
        'score.submitted',
        'funding_application',
        a.id,
        at(spec.closes + 8 + pi, 16),
        { id: e, name: expertNames.get(e)! },
        { expert: expertNames.get(e) },
      );
    }
  }
  if (spec.status === 'decided') {
    const ranked = rankApplications(
      admitted.map((a) => ({
        id: a.id,
        submittedAt: a.submittedAt,
        totals: scores.filter((s) => s.application_id === a.id).map((s) => s.total),
      })),
    );
    // The demo NGO wins the lot where its project is in delivery; elsewhere the best score wins.
    const winners =
      spec.instrument === 'award'
        ? ranked.slice(0, 2).map((x) => x.id)
        : ([
            ngoBin && admitted.some((a) => a.bin === ngoBin) && spec.projects?.[li] === 'delivering'
              ? admitted.find((a) => a.bin === ngoBin)!.id
              : ranked[0]?.id,
          ].filter(Boolean) as string[]);
    for (const x of ranked) {
      const row = apps.find((a) => a.id === x.id)!;
      row.status = winners.includes(x.id) ? 'awarded' : 'not_awarded';
      row.score = x.score;
      row.rank = x.rank;
      const la = lotApps.find((a) => a.id === x.id)!;
      la.status = row.status;
    }
    decidedApps.push(...lotApps);
  }
}
