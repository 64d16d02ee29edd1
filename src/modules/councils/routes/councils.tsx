/** Pages of public councils: the registry, a council, a call, a meeting, a report (forms: forms.tsx, calls.tsx, meetings.tsx, reports.tsx). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { almatyDate } from '../../../reference/index.ts';
import { hasRole } from '../../../platform/auth/actor.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { applicationsOpen } from '../domain.ts';
import { canAnswerReport, canApply, canManageCouncil, canMoveSelection, isOfficialOf } from '../policy.ts';
import { councilName } from '../presenters.ts';
import {
  councilDecisions,
  councilHearings,
  councilMeetings,
  councilMembers,
  councilReports,
  councilSelections,
  documentsOf,
  findCouncil,
  findReport,
  findSelection,
  listStateBodies,
  memberCouncilIds,
  openSelections,
  searchCouncils,
  selectionApplications,
  type CouncilRow,
} from '../repository.ts';
import { councilFilters, parseFilters } from '../schemas.ts';
import { CouncilListPage, CouncilPage, ReportPage, SelectionPage } from '../views/CouncilPages.tsx';
import { meetingOf, meetingView } from './meetings.tsx';
import { hide, LANG, notFound } from './shared.tsx';

export const PAGE_SIZE = 20;
const pub = { policy: PUBLIC };

export async function councilsPages(app: FastifyInstance) {
  const db = app.db;
  const tr = (req: FastifyRequest, errors: Record<string, string>) =>
    Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
  const loadCouncil = async (req: FastifyRequest, reply: FastifyReply): Promise<CouncilRow | null> => {
    const c = await findCouncil(db, (req.params as { id: string }).id);
    if (!c) await notFound(req, reply);
    return c ?? null;
  };

  // ------------------------------------------------------------- registry

  app.get(`${LANG}/councils`, { config: pub, schema: hide }, async (req, reply) => {
    const { values, errors, ok } = parseFilters(req.query as Record<string, unknown>, councilFilters);
    const page = (ok.page as number | undefined) ?? 1;
    const [r, bodies, calls] = await Promise.all([
      searchCouncils(db, {
        q: ok.q || undefined,
        level: ok.level,
        region: ok.region,
        body: ok.body,
        page,
        pageSize: PAGE_SIZE,
      }),
      listStateBodies(db),
      openSelections(db),
    ]);
    const linkQuery = Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'page' && !errors[k]));
    return renderPage(
      req,
      reply,
      <CouncilListPage
        values={values}
        linkQuery={linkQuery}
        errors={tr(req, errors)}
        rows={r.rows}
        total={r.total}
        page={page}
        pageSize={PAGE_SIZE}
        bodies={bodies.map((b) => ({
          code: b.code,
          name: pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, req.locale),
        }))}
        openCalls={calls.map((c) => ({
          id: c.id,
          title: c.title,
          applications_close_on: c.applications_close_on,
          council: councilName(c, req.locale),
        }))}
        canCreate={!!req.actor && (req.actor.stateBodies.length > 0 || hasRole(req.actor, 'administrator'))}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // ----------------------------------------------------------- a council
  app.get(`${LANG}/councils/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const c = await loadCouncil(req, reply);
    if (!c) return reply;
    const now = new Date();
    const [members, selections, meetings, decisions, reports, hearings, mine] = await Promise.all([
      councilMembers(db, c.id),
      councilSelections(db, c.id),
      councilMeetings(db, c.id),
      councilDecisions(db, c.id),
      councilReports(db, c.id),
      councilHearings(db, c.id),
      req.actor ? memberCouncilIds(db, req.actor.id) : Promise.resolve([] as string[]),
    ]);
    const manage = canManageCouncil(req.actor, c).ok;
    const report = !!req.actor && (manage || mine.includes(c.id) || req.actor.organizations.length > 0);
    return renderPage(
      req,
      reply,
      <CouncilPage
        council={c}
        members={members}
        selections={selections}
        meetings={meetings}
        decisions={decisions as any}
        reports={reports}
        hearings={hearings}
        today={almatyDate(now)}
        now={now}
        can={{ manage, report }}
      />,
    );
  });

  // ----------------------------------------------------------- selections
  const loadSelection = async (req: FastifyRequest, reply: FastifyReply) => {
    const s = await findSelection(db, (req.params as { sid: string }).sid);
    if (!s) {
      await notFound(req, reply);
      return null;
    }
    return { s, c: (await findCouncil(db, s.council_id))! };
  };

  app.get(`${LANG}/councils/selections/:sid`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await loadSelection(req, reply);
    if (!x) return reply;
    const { s, c } = x;
    const now = new Date();
    const [apps, docs] = await Promise.all([selectionApplications(db, s.id), documentsOf(db, 'selection', s.id)]);
    const bins = [...new Set(apps.map((a) => a.organization_bin).filter((b): b is string => !!b))];
    const orgs = bins.length
      ? await db
          .selectFrom('organizations')
          .select(['bin', 'name_kk', 'name_ru', 'name_en'])
          .where('bin', 'in', bins)
          .execute()
      : [];
    const orgNames = Object.fromEntries(
      orgs.map((o: any) => [o.bin, pick({ kk: o.name_kk, ru: o.name_ru, en: o.name_en }, req.locale)]),
    );
    const applied = !!req.actor && apps.some((a) => a.user_id === req.actor!.id);
    const can = {
      apply: !req.actor
        ? applicationsOpen(s.status, s.applications_close_on, now)
        : canApply(req.actor, c, s, { alreadyApplied: applied, now }).ok,
      close: canMoveSelection(req.actor, c, s, 'close').ok && almatyDate(now) > s.applications_close_on,
      decide: canMoveSelection(req.actor, c, s, 'decide').ok,
      cancel: canMoveSelection(req.actor, c, s, 'cancel').ok,
      seeDocuments: !!req.actor && (isOfficialOf(req.actor, c.state_body_id) || hasRole(req.actor, 'administrator')),
      applied,
    };
    return renderPage(
      req,
      reply,
      <SelectionPage
        council={c}
        selection={s}
        applications={apps}
        orgNames={orgNames}
        documents={docs}
        can={can}
        earliestClose={false}
      />,
    );
  });

  // -------------------------------------------------------------- meetings
  app.get(`${LANG}/councils/meetings/:mid`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await meetingOf(req, (req.params as { mid: string }).mid);
    if (!x) return notFound(req, reply);
    return renderPage(req, reply, await meetingView(req, x));
  });

  // --------------------------------------------------------------- reports
  const loadReport = async (req: FastifyRequest, reply: FastifyReply) => {
    const r = await findReport(db, (req.params as { rid: string }).rid);
    if (!r) {
      await notFound(req, reply);
      return null;
    }
    return { r, c: (await findCouncil(db, r.council_id))! };
  };
  app.get(`${LANG}/councils/reports/:rid`, { config: pub, schema: hide }, async (req, reply) => {
    const x = await loadReport(req, reply);
    if (!x) return reply;
    return renderPage(
      req,
      reply,
      <ReportPage
        council={x.c}
        report={x.r}
        documents={await documentsOf(db, 'report', x.r.id)}
        canAnswer={canAnswerReport(req.actor, x.c, x.r).ok}
      />,
    );
  });
}
