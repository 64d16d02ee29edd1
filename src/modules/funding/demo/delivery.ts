/**
 * The projects of a decided demo call: contracts of the winners, milestones, budget lines,
 * interim and final reports with spending, monitoring visits, beneficiaries' survey answers and
 * the evaluation, as far as each lot's story goes.
 */
import { almatyDate } from '../../../reference/index.ts';
import { addMonths } from '../commands/signContract.ts';
import { awardShares, evaluationFigures } from '../domain.ts';
import type { DecidedApp } from './applications.ts';
import type { CallStory } from './calls.ts';
import { uuid, type Demo } from './context.ts';

export function deliver(d: Demo, story: CallStory, decidedApps: DecidedApp[]): void {
  const { r, at, pub } = d;
  const { lots, projects, milestones, lines, reports, spending, visits, survey, evaluations } = d.rows;
  const { spec, callId, bodyId, number, manager } = story;
  let pn = 0;
  for (const [li, ls] of spec.lots.entries()) {
    const won = decidedApps.filter((a) => a.lotIndex === li && a.status === 'awarded');
    const shares = spec.instrument === 'award' ? awardShares(ls.prize! * 100, won.length, ls.split ?? 'single') : [];
    for (const [wi, w] of won.entries()) {
      const projectStatus = spec.projects?.[li] ?? 'delivering';
      const pid = uuid(r);
      pn++;
      const amount = spec.instrument === 'award' ? shares[wi] : w.requested;
      const startsOn = almatyDate(at(spec.closes + 40));
      const endsOn = addMonths(startsOn, ls.months);
      const signedAt = at(spec.closes + 35, 12);
      projects.push({
        id: pid,
        number: `${number}/${pn}`,
        application_id: w.id,
        call_id: callId,
        lot_id: lots.find((l) => l.call_id === callId && l.number === li + 1)!.id,
        bin: w.bin,
        state_body_id: bodyId,
        instrument: spec.instrument,
        title: w.title,
        area: ls.area,
        region: ls.region,
        amount_tiyn: amount,
        starts_on: startsOn,
        ends_on: endsOn,
        signed_at: signedAt,
        status: projectStatus,
        survey_token: uuid(r).replace(/-/g, '').slice(0, 12),
        beneficiaries_planned: w.beneficiaries,
        created_at: signedAt,
        updated_at: signedAt,
      });
      pub('contract.signed', 'funding_project', pid, signedAt, manager, {
        number: `${number}/${pn}`,
        amountTiyn: amount,
      });
      const acts = ['Подготовительный этап', 'Работа с целевой группой', 'Итоговая конференция и отчёт'];
      acts.forEach((title, i) =>
        milestones.push({
          id: uuid(r),
          project_id: pid,
          position: i + 1,
          title,
          due_on: addMonths(startsOn, Math.max(1, Math.round(((i + 1) * ls.months) / acts.length))),
          done_on: null,
        }),
      );
      const lineIds = w.lines.map((l, i) => {
        const id = uuid(r);
        lines.push({
          id,
          project_id: pid,
          position: i + 1,
          item: l.item,
          planned_tiyn: spec.instrument === 'award' ? Math.round((l.amountTiyn * amount) / w.requested) : l.amountTiyn,
        });
        return id;
      });
      const planned = lines.filter((l) => l.project_id === pid);
      const report = (kind: 'interim' | 'final', share: number, days: number, status: string, reached: number) => {
        const rid = uuid(r);
        const values = Object.fromEntries(
          w.indicators.map((i) => [i.name, Math.round(i.target * share * (0.85 + r() * 0.3))]),
        );
        reports.push({
          id: rid,
          project_id: pid,
          kind,
          period: kind === 'interim' ? '1-е полугодие' : 'Весь срок проекта',
          narrative:
            kind === 'interim'
              ? 'Проведён подготовительный этап, набраны участники, проведена половина запланированных мероприятий. Отклонений от плана нет.'
              : 'Все мероприятия проведены. Показатели достигнуты или превышены; проведена итоговая конференция, отчёт опубликован.',
          beneficiaries_reached: reached,
          indicator_values: JSON.stringify(values),
          status,
          review_note: status === 'accepted' ? 'Принят без замечаний.' : null,
          submitted_by: null,
          submitted_at: at(spec.closes + days, 17),
          reviewed_at: status === 'submitted' ? null : at(spec.closes + days + 7, 11),
        });
        planned.forEach((l, i) =>
          spending.push({
            id: uuid(r),
            report_id: rid,
            budget_line_id: lineIds[i],
            amount_tiyn: Math.floor(l.planned_tiyn * (kind === 'interim' ? 0.45 : 0.5) * (0.9 + r() * 0.1)),
          }),
        );
        pub(`report.${kind}Submitted`, 'funding_project', pid, at(spec.closes + days, 17), undefined);
        if (status === 'accepted')
          pub('report.accepted', 'funding_project', pid, at(spec.closes + days + 7, 11), manager);
        return values;
      };
      if (spec.instrument !== 'award') {
        report('interim', 0.5, 40 + ls.months * 15, 'accepted', Math.round(w.beneficiaries * 0.5));
        visits.push({
          id: uuid(r),
          project_id: pid,
          visited_on: almatyDate(at(spec.closes + 40 + ls.months * 12)),
          visitor_id: manager?.id ?? null,
          visitor_name: manager?.name ?? 'Мониторинговая группа',
          findings:
            r() < 0.7
              ? 'Мероприятия проводятся по плану, участники подтверждают получение услуг. Документы в порядке.'
              : 'Мероприятия проводятся, но журнал учёта участников ведётся не полностью; рекомендовано устранить до следующего отчёта.',
          outcome: r() < 0.7 ? 'ok' : 'remarks',
          created_at: at(spec.closes + 40 + ls.months * 12),
        });
        pub('visit.recorded', 'funding_project', pid, at(spec.closes + 40 + ls.months * 12), manager);
      }
      let last: Record<string, number> = {};
      const reached = Math.round(w.beneficiaries * (0.9 + r() * 0.3));
      if (projectStatus === 'final_submitted') last = report('final', 1, 40 + ls.months * 30, 'submitted', reached);
      if (projectStatus === 'completed' || projectStatus === 'evaluated')
        last = spec.instrument === 'award' ? {} : report('final', 1, 40 + ls.months * 30, 'accepted', reached);
      const answers = projectStatus === 'delivering' ? 3 + Math.floor(r() * 5) : 8 + Math.floor(r() * 10);
      const scoresOf: number[] = [];
      for (let k = 0; k < answers; k++) {
        const score = r() < 0.55 ? 5 : r() < 0.75 ? 4 : r() < 0.9 ? 3 : 2;
        scoresOf.push(score);
        survey.push({
          id: uuid(r),
          project_id: pid,
          score,
          comment:
            score >= 4
              ? ['Спасибо организаторам!', 'Өте пайдалы болды, рахмет!', 'Хотим продолжения проекта.'][k % 3]
              : 'Было бы лучше проводить занятия ближе к дому.',
          created_at: at(spec.closes + 60 + k * 9, 13),
        });
      }
      if (projectStatus === 'evaluated') {
        const indicators = w.indicators.map((i) => ({
          name: i.name,
          target: i.target,
          actual: last[i.name] ?? i.target,
        }));
        const socialValue = r() < 0.6 ? Math.round(amount * (1.3 + r() * 1.5)) : null;
        const f = evaluationFigures({
          indicators,
          amountTiyn: amount,
          beneficiaries: reached,
          socialValueTiyn: socialValue,
          satisfaction: scoresOf.reduce((s, v) => s + v, 0) / scoresOf.length,
        });
        evaluations.push({
          project_id: pid,
          indicators: JSON.stringify(indicators),
          achievement: f.achievement,
          outcomes:
            'Проект достиг целевых показателей. Участники отмечают практическую пользу; организация продолжает работу за счёт собственных средств и волонтёров. Социальный эффект оценён по методике SROI там, где данные позволяют.',
          beneficiaries: reached,
          cost_per_beneficiary_tiyn: f.costPerBeneficiaryTiyn,
          social_value_tiyn: socialValue,
          sroi: f.sroi,
          score: f.score,
          evaluated_by: manager?.id ?? null,
          evaluated_at: at(spec.closes + 60 + ls.months * 31, 12),
        });
        pub('project.evaluated', 'funding_project', pid, at(spec.closes + 60 + ls.months * 31, 12), manager, {
          score: f.score,
        });
      }
    }
  }
}
