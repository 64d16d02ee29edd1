/**
 * The councils' pages, as kit declarations: the registry of councils, a council, a call, a
 * meeting and a report (their forms: forms.tsx, calls.tsx, meetings.tsx, reports.tsx).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { almatyDate } from '../../../reference/index.ts';
import { hasRole } from '../../../platform/auth/actor.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { organizationNames } from '../../registry/index.ts';
import { applicationsOpen } from '../domain.ts';
import { canAnswerReport, canApply, canManageCouncil, canMoveSelection, isOfficialOf } from '../policy.ts';
import { councilName } from '../presenters.ts';
import { fail } from '../reasons.ts';
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
} from '../repository/index.ts';
import { councilFilters, parseFilters } from '../schemas.ts';
import {
  applicationView,
  councilDecisionView,
  councilView,
  documentView,
  meetingView as meetingRowView,
  memberView,
  reportView,
  selectionView,
} from '../presenters/views.ts';
import { CouncilListPage } from '../views/CouncilListPage.tsx';
import { CouncilPage } from '../views/CouncilPage.tsx';
import { ReportPage } from '../views/ReportPage.tsx';
import { SelectionPage } from '../views/SelectionPages.tsx';
import { meetingOf, meetingView } from './meetings.tsx';

const { page } = routesFor('councils');
const PAGE_SIZE = 20;
const byId = z.object({ id: z.string().uuid() });
const bySelection = z.object({ sid: z.string().uuid() });
const byMeeting = z.object({ mid: z.string().uuid() });
const byReport = z.object({ rid: z.string().uuid() });
const toList = () => '/councils';

export async function councilsPages(app: FastifyInstance) {
  // The registry: its filters report their own errors (a 400 page with the messages on the fields).
  page(app, {
    path: '/councils',
    policy: PUBLIC,
    load: async (req) => {
      const filters = parseFilters(req.query as Record<string, unknown>, councilFilters);
      const f = filters.ok;
      const pageNo = (f.page as number | undefined) ?? 1;
      const [found, bodies, calls] = await Promise.all([
        searchCouncils(req.server.db, {
          q: f.q || undefined,
          level: f.level,
          region: f.region,
          body: f.body,
          page: pageNo,
          pageSize: PAGE_SIZE,
        }),
        listStateBodies(req.server.db),
        openSelections(req.server.db),
      ]);
      return { values: filters.values, errors: filters.errors, pageNo, found, bodies, calls };
    },
    status: ({ errors }) => (Object.keys(errors).length ? 400 : 200),
    render: ({ values, errors, pageNo, found, bodies, calls }, req) => (
      <CouncilListPage
        values={values}
        linkQuery={Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'page' && !errors[k]))}
        errors={Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, req.t(key, { max: 200 })]))}
        rows={found.rows.map(councilView)}
        total={found.total}
        page={pageNo}
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
      />
    ),
  });

  page(app, {
    path: '/councils/:id',
    policy: PUBLIC,
    params: byId,
    load: async (req, p) => {
      const db = req.server.db;
      const c = await findCouncil(db, p.id);
      if (!c) return fail('not_found');
      const [members, selections, meetings, decisions, reports, hearings, mine] = await Promise.all([
        councilMembers(db, c.id),
        councilSelections(db, c.id),
        councilMeetings(db, c.id),
        councilDecisions(db, c.id),
        councilReports(db, c.id),
        councilHearings(db, c.id),
        req.actor ? memberCouncilIds(db, req.actor.id) : Promise.resolve([] as string[]),
      ]);
      return ok({ c, members, selections, meetings, decisions, reports, hearings, mine });
    },
    back: toList,
    render: (x, req) => {
      const now = new Date();
      const manage = canManageCouncil(req.actor, x.c).ok;
      const report = !!req.actor && (manage || x.mine.includes(x.c.id) || req.actor.organizations.length > 0);
      return (
        <CouncilPage
          council={councilView(x.c)}
          members={x.members.map(memberView)}
          selections={x.selections.map(selectionView)}
          meetings={x.meetings.map(meetingRowView)}
          decisions={x.decisions.map(councilDecisionView)}
          reports={x.reports.map(reportView)}
          hearings={x.hearings}
          today={almatyDate(now)}
          now={now}
          can={{ manage, report }}
        />
      );
    },
  });

  page(app, {
    path: '/councils/selections/:sid',
    policy: PUBLIC,
    params: bySelection,
    load: async (req, p) => {
      const db = req.server.db;
      const s = await findSelection(db, p.sid);
      if (!s) return fail('not_found');
      const [c, apps, docs] = await Promise.all([
        findCouncil(db, s.council_id),
        selectionApplications(db, s.id),
        documentsOf(db, 'selection', s.id),
      ]);
      const names = await organizationNames(
        db,
        apps.map((a) => a.organization_bin).filter((b): b is string => !!b),
      );
      return ok({ s, c: c!, apps, docs, names });
    },
    back: toList,
    render: ({ s, c, apps, docs, names }, req) => {
      const now = new Date();
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
      const orgNames = Object.fromEntries([...names].map(([bin, n]) => [bin, pick(n, req.locale)]));
      return (
        <SelectionPage
          council={councilView(c)}
          selection={selectionView(s)}
          applications={apps.map(applicationView)}
          orgNames={orgNames}
          documents={docs.map(documentView)}
          can={can}
          earliestClose={false}
        />
      );
    },
  });

  page(app, {
    path: '/councils/meetings/:mid',
    policy: PUBLIC,
    params: byMeeting,
    load: async (req, p) => (await meetingOf(req, p.mid)) ?? fail('not_found'),
    back: toList,
    render: (x, req) => meetingView(req, x),
  });

  page(app, {
    path: '/councils/reports/:rid',
    policy: PUBLIC,
    params: byReport,
    load: async (req, p) => {
      const r = await findReport(req.server.db, p.rid);
      if (!r) return fail('not_found');
      const [c, documents] = await Promise.all([
        findCouncil(req.server.db, r.council_id),
        documentsOf(req.server.db, 'report', r.id),
      ]);
      return ok({ r, c: c!, documents });
    },
    back: toList,
    render: ({ r, c, documents }, req) => (
      <ReportPage
        council={councilView(c)}
        report={reportView(r)}
        documents={documents.map(documentView)}
        canAnswer={canAnswerReport(req.actor, c, r).ok}
      />
    ),
  });
}
