/**
 * Synthetic funding history in bulk, for the export benchmark and the export tests: calls of the
 * three instruments, three lots each, three applications per lot of which one wins, a project per
 * winner with budget lines, milestones and a report. Deterministic for a seed; inserted in batches
 * of plain rows (no commands, no audit): it stands for history, not for anyone's actions.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { seededRandom } from '../../../platform/random.ts';
import { areaCodes, regionCodes } from '../../../reference/index.ts';
import type { DB, Db } from '../../../platform/db/schema.ts';
import { historySources, insertHistory } from '../repository/index.ts';

const INSTRUMENTS = ['social_order', 'grant', 'award'] as const;
const DAY = 86_400_000;

/** Adds `projects` projects (rounded up to whole calls of three lots) and returns how many calls it made. */
export async function seedSyntheticFunding(
  db: Db,
  opts: { projects: number; seed: number; prefix?: string },
): Promise<{ calls: number; projects: number }> {
  const rnd = seededRandom(opts.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const { bins, bodies } = await historySources(db, 3000);
  if (bins.length < 3 || !bodies.length) throw new Error('synthetic funding needs organisations and state bodies');
  const prefix = opts.prefix ?? 'SYN';
  const nCalls = Math.ceil(opts.projects / 3);
  const calls: Insertable<DB['funding_calls']>[] = [];
  const lots: Insertable<DB['funding_lots']>[] = [];
  const apps: Insertable<DB['funding_applications']>[] = [];
  const decisions: Insertable<DB['funding_decisions']>[] = [];
  const projects: Insertable<DB['funding_projects']>[] = [];
  const lines: Insertable<DB['funding_budget_lines']>[] = [];
  const milestones: Insertable<DB['funding_milestones']>[] = [];
  const reports: Insertable<DB['funding_reports']>[] = [];
  const spending: Insertable<DB['funding_spending']>[] = [];
  const base = Date.UTC(2024, 0, 15);
  for (let c = 0; c < nCalls; c++) {
    const instrument = INSTRUMENTS[c % 3];
    const callId = randomUUID();
    const opens = new Date(base + Math.floor(rnd() * 600) * DAY);
    const closes = new Date(opens.getTime() + 30 * DAY);
    const decided = new Date(closes.getTime() + 20 * DAY);
    const body = pick(bodies);
    calls.push({
      id: callId,
      number: `${prefix}-${String(c + 1).padStart(6, '0')}`,
      state_body_id: body,
      instrument,
      title: `Конкурс ${c + 1}: әлеуметтік жобалар`,
      description: 'Синтетикалық деректер',
      status: 'decided',
      announced_at: opens,
      opens_at: opens,
      closes_at: closes,
    });
    decisions.push({ call_id: callId, reasons: 'Ең жоғары балл жинаған өтінімдер', published_at: decided });
    for (let l = 1; l <= 3; l++) {
      const lotId = randomUUID();
      const budget = (5 + Math.floor(rnd() * 95)) * 1_000_000_00;
      const region = rnd() < 0.2 ? null : pick(regionCodes);
      const area = pick(areaCodes);
      lots.push({
        id: lotId,
        call_id: callId,
        number: l,
        title: `Лот ${l}`,
        description: 'Жастарға арналған қызметтер',
        area,
        region,
        budget_tiyn: budget,
        duration_months: 12,
        grant_type: instrument === 'grant' ? 'short_term' : null,
        prize_tiyn: instrument === 'award' ? budget : null,
        split_rule: instrument === 'award' ? 'single' : null,
      });
      const entrants = [pick(bins), pick(bins), pick(bins)].filter((b, i, xs) => xs.indexOf(b) === i);
      entrants.forEach((bin, i) => {
        const appId = randomUUID();
        const won = i === 0;
        const requested = Math.round(budget * (0.8 + rnd() * 0.2));
        apps.push({
          id: appId,
          lot_id: lotId,
          call_id: callId,
          bin,
          status: won ? 'awarded' : 'not_awarded',
          title: `Жоба ${c}-${l}-${i}`,
          requested_tiyn: requested,
          score: won ? 90 : 70 - i,
          rank: i + 1,
          submitted_at: new Date(opens.getTime() + 5 * DAY),
        });
        if (!won) return;
        const projectId = randomUUID();
        const starts = new Date(decided.getTime() + 10 * DAY);
        const ends = new Date(starts.getTime() + 365 * DAY);
        const done = ends.getTime() < Date.UTC(2026, 10, 1);
        projects.push({
          id: projectId,
          number: `${prefix}-P-${String(c + 1).padStart(6, '0')}-${l}`,
          application_id: appId,
          call_id: callId,
          lot_id: lotId,
          bin,
          state_body_id: body,
          instrument,
          title: `Жоба ${c}-${l}`,
          area,
          region,
          amount_tiyn: requested,
          starts_on: starts.toISOString().slice(0, 10),
          ends_on: ends.toISOString().slice(0, 10),
          signed_at: starts,
          status: done ? 'completed' : 'delivering',
          survey_token: randomUUID().replace(/-/g, ''),
          beneficiaries_planned: 100 + Math.floor(rnd() * 900),
        });
        const lineIds = [randomUUID(), randomUUID()];
        lines.push(
          {
            id: lineIds[0],
            project_id: projectId,
            position: 1,
            item: 'Еңбекақы',
            planned_tiyn: Math.round(requested * 0.6),
          },
          {
            id: lineIds[1],
            project_id: projectId,
            position: 2,
            item: 'Іс-шаралар',
            planned_tiyn: requested - Math.round(requested * 0.6),
          },
        );
        milestones.push(
          {
            project_id: projectId,
            position: 1,
            title: 'Бірінші кезең',
            due_on: new Date(starts.getTime() + 120 * DAY).toISOString().slice(0, 10),
            done_on: new Date(starts.getTime() + 118 * DAY).toISOString().slice(0, 10),
          },
          {
            project_id: projectId,
            position: 2,
            title: 'Қорытынды',
            due_on: ends.toISOString().slice(0, 10),
            done_on: done ? ends.toISOString().slice(0, 10) : null,
          },
        );
        const reportId = randomUUID();
        reports.push({
          id: reportId,
          project_id: projectId,
          kind: done ? 'final' : 'interim',
          narrative: 'Есеп',
          beneficiaries_reached: 50 + Math.floor(rnd() * 500),
          status: 'accepted',
          submitted_at: new Date(starts.getTime() + 130 * DAY),
        });
        spending.push(
          { report_id: reportId, budget_line_id: lineIds[0], amount_tiyn: Math.round(requested * 0.3) },
          { report_id: reportId, budget_line_id: lineIds[1], amount_tiyn: Math.round(requested * 0.2) },
        );
      });
    }
  }
  await insertHistory(db, {
    funding_calls: calls,
    funding_lots: lots,
    funding_applications: apps,
    funding_decisions: decisions,
    funding_projects: projects,
    funding_budget_lines: lines,
    funding_milestones: milestones,
    funding_reports: reports,
    funding_spending: spending,
  });
  return { calls: calls.length, projects: projects.length };
}
