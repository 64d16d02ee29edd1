/**
 * Demo data of funding: two years of history so a visitor sees every step on the first start.
 * Plans in every state (with public comments and answers); calls of the ministry (mip), regional
 * akimats and the grant operator (cscs) in every state; applications with compliance checks,
 * conflict declarations, scores, published decisions and one correction; projects in delivery,
 * awaiting review, completed and evaluated, with reports, spending, visits and survey answers.
 * The demo accounts: ngo@ represents an organisation with an open draft, an application under
 * review and a project in delivery; expert@ is on the panel of the call under review; official@
 * (mip) and operator@ (cscs) manage their calls. The story is told by area in demo/ (plans.ts,
 * calls.ts, applications.ts, delivery.ts, from the specs in callSpecs.ts) into plain rows, which
 * the repository's insertHistory inserts in batches (fast on PGlite).
 */
import type { FastifyInstance } from 'fastify';
import { demoPerson, insertDemoAccounts, type DemoPerson } from '../accounts/index.ts';
import { verifiedOrganizations } from '../registry/index.ts';
import { allBodies, analyzeFundingTables, insertDemoExperts, insertHistory } from './repository/index.ts';
import { seedCall } from './demo/calls.ts';
import { CALLS } from './demo/callSpecs.ts';
import { demoBase, uuid, type Demo } from './demo/context.ts';
import { seedPlans } from './demo/plans.ts';

const EXPERTS: [string, string[]][] = [
  ['Айнұр Бекова', ['youth', 'education-science-sport']],
  ['Сергей Ким', ['health', 'disability']],
  ['Жанар Оспанова', ['family-children', 'vulnerable-groups']],
  ['Ерлан Тұрсынов', ['civic-monitoring', 'anti-corruption']],
  ['Ольга Петренко', ['environment', 'animal-welfare']],
  ['Нұрлан Әбенов', ['rural-development', 'social-entrepreneurship']],
  ['Мадина Сейтқали', ['culture', 'interethnic-accord']],
  ['Тимур Ахметжанов', ['human-rights', 'consumer-rights']],
  ['Әлия Жұмабаева', ['veterans', 'volunteering']],
  ['Виктория Лим', ['gender-equality', 'civil-society']],
];

export async function seedFundingDemo(app: FastifyInstance, opts: { seed: number; now?: Date }) {
  const db = app.db;
  const now = opts.now ?? new Date();
  const { r, at, pickN, pub, rows } = demoBase(opts.seed, now);

  const bodies = new Map((await allBodies(db)).map((b) => [b.code, b.id]));
  const users = new Map<string, DemoPerson>();
  for (const who of ['citizen', 'expert', 'ngo', 'official', 'operator']) {
    const p = await demoPerson(db, `${who}@demo.qogam.kz`);
    if (p) users.set(p.email, p);
  }
  const expertUser = users.get('expert@demo.qogam.kz');
  const ngoUser = users.get('ngo@demo.qogam.kz');
  const official = users.get('official@demo.qogam.kz');
  const operator = users.get('operator@demo.qogam.kz');
  if (!expertUser || !ngoUser || !bodies.get('mip') || !bodies.get('cscs')) return;
  const ngoBin = ngoUser.memberships.find((m) => m.org_type === 'organization')?.org_id;

  const expertIds: string[] = [expertUser.id];
  const newUsers = EXPERTS.map(([name], i) => ({
    id: uuid(r),
    email: `funding-${i + 1}@demo.qogam.kz`,
    name,
    roles: ['citizen', 'expert'],
    confirmedAt: now,
  }));
  expertIds.push(...newUsers.map((u) => u.id));
  // The panel's experts sign in with expert@'s password.
  await insertDemoAccounts(db, newUsers, { passwordOf: expertUser.email });
  await insertDemoExperts(db, [
    {
      user_id: expertUser.id,
      display_name: expertUser.name,
      areas: ['civil-society', 'interethnic-accord', 'culture'],
      bio: 'Социолог, 12 лет оценки социальных проектов.',
      joined_at: at(-700),
    },
    ...newUsers.map((u, i) => ({
      user_id: u.id,
      display_name: u.name,
      areas: EXPERTS[i][1],
      bio: i % 2 ? 'Эксперт по социальным проектам.' : 'Әлеуметтік жобалар бойынша сарапшы.',
      joined_at: at(-700 + i * 10),
    })),
  ]);
  const expertNames = new Map([
    [expertUser.id, expertUser.name],
    ...newUsers.map((u) => [u.id, u.name] as [string, string]),
  ]);
  const pool = (await verifiedOrganizations(db, 120)).map((o) => o.bin).filter((b) => b !== ngoBin);

  const d: Demo = {
    r,
    at,
    pickN,
    pub,
    rows,
    bodies,
    users,
    expertUser,
    ngoUser,
    official,
    operator,
    ngoBin,
    pool,
    expertIds,
    expertNames,
    numbers: new Map(),
    ngoUsed: 0,
  };
  // --------------------------------------------------------------- plans
  seedPlans(d);
  // --------------------------------------------------------------- calls
  for (const spec of CALLS) seedCall(d, spec);

  await insertHistory(db, {
    funding_plans: rows.plans,
    funding_topics: rows.topics,
    funding_plan_comments: rows.comments,
    funding_calls: rows.calls,
    funding_lots: rows.lots,
    funding_applications: rows.apps,
    funding_panels: rows.panels,
    funding_panel_members: rows.members,
    funding_conflicts: rows.conflicts,
    funding_scores: rows.scores,
    funding_decisions: rows.decisions,
    funding_decision_corrections: rows.corrections,
    funding_projects: rows.projects,
    funding_milestones: rows.milestones,
    funding_budget_lines: rows.lines,
    funding_reports: rows.reports,
    funding_spending: rows.spending,
    funding_visits: rows.visits,
    funding_survey_responses: rows.survey,
    funding_evaluations: rows.evaluations,
    audit_log: rows.audit.sort((a, b) => a.at.getTime() - b.at.getTime()),
  });
  await analyzeFundingTables(db);
}
