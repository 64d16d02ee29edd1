/** Public pages: overview, calls, lots, applications (outcomes), panel draws, projects, plans, experts, histories, documents, the survey. */
import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { setFlash } from '../../../platform/http/context.ts';
import { localHref } from '../../../platform/views/context.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { answerSurvey } from '../commands/answerSurvey.ts';
import { applicationWindow, drawPanel, drawSeed } from '../domain.ts';
import { canComment, canPlan, canSeeApplication, canSeeDocument, managesBody } from '../policy.ts';
import { bodyName, orgName } from '../presenters.ts';
import {
  applicationDocuments,
  applicationsScoredBy,
  callsByIds,
  callsOfBodies,
  expertNames,
  findDocument,
  findTopic,
  isPanelMember,
  overviewCounts,
  panelDrawn,
  panelsOfExpert,
  plansOfBodies,
  projectBySurveyToken,
  projectOfApplication,
  projectsOfCall,
  applicationsOf,
  bodiesByIds,
  callApplications,
  callLots,
  conflictsOf,
  findApplication,
  findBody,
  findCall,
  findDecision,
  findLot,
  findPanel,
  findPlan,
  findProject,
  isUuid,
  listCalls,
  listPlans,
  listProjects,
  num,
  orgsByBins,
  planComments,
  planTopics,
  projectDetail,
  publicExperts,
  scoresOf,
} from '../repository/index.ts';
import { surveySchema } from '../schemas.ts';
import { ApplicationPage, CallPage, CallsListPage, LotPage, PanelPage } from '../views/calls.tsx';
import { Money } from '../views/components.tsx';
import { ExpertsPage, MyPage, OverviewPage, PlanPage, PlansListPage } from '../views/plans.tsx';
import { HistoryPage, ProjectPage, ProjectsListPage, SurveyPage } from '../views/projects.tsx';
import { hide, LANG, notFound, params, zodErrors } from './shared.tsx';
import { fundingTotals } from '../openData/dashboard.ts';

const pub = { policy: PUBLIC };
const pageOf = (q: Record<string, string | undefined>) => Math.max(1, Math.min(10000, Number(q.page) || 1));

export async function fundingPages(app: FastifyInstance) {
  const db = app.db;

  app.get(`${LANG}/funding`, { config: pub, schema: hide }, async (req, reply) => {
    const [open, recent, counts, experts] = await Promise.all([
      listCalls(db, { status: 'published', page: 1, pageSize: 10 }),
      listProjects(db, { page: 1, pageSize: 10 }),
      overviewCounts(db),
      publicExperts(db),
    ]);
    const [bodies, orgs] = await Promise.all([
      bodiesByIds(
        db,
        open.items.map((c) => c.state_body_id),
      ),
      orgsByBins(
        db,
        recent.items.map((p) => p.bin),
      ),
    ]);
    const dashboard = await fundingTotals(app.db);
    return renderPage(
      req,
      reply,
      <OverviewPage
        dashboard={dashboard}
        open={open.items}
        recent={recent.items}
        bodies={bodies}
        orgs={orgs}
        canPlan={canPlan(req.actor)}
        signedIn={!!req.actor}
        totals={{ ...counts, experts: experts.length }}
      />,
    );
  });

  app.get(`${LANG}/funding/calls`, { config: pub, schema: hide }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const status = ['published', 'closed', 'review', 'decided', 'cancelled'].includes(q.status ?? '')
      ? q.status
      : undefined;
    const instrument = ['social_order', 'grant', 'award'].includes(q.instrument ?? '') ? q.instrument : undefined;
    const page = pageOf(q);
    const r = await listCalls(db, { status, instrument, page, pageSize: 20, publicOnly: true });
    const bodies = await bodiesByIds(
      db,
      r.items.map((c) => c.state_body_id),
    );
    return renderPage(
      req,
      reply,
      <CallsListPage
        calls={r.items}
        total={r.total}
        page={page}
        pageSize={20}
        bodies={bodies}
        query={{ status, instrument }}
      />,
    );
  });

  app.get(`${LANG}/funding/calls/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const call = await findCall(db, params(req).id);
    if (!call) return notFound(req, reply);
    const body = await findBody(db, call.state_body_id);
    const manages = managesBody(req.actor, body!);
    if (call.status === 'draft' && !manages) return notFound(req, reply);
    const [lots, apps, decision, panel, history, projects, plan] = await Promise.all([
      callLots(db, call.id),
      callApplications(db, call.id),
      findDecision(db, call.id),
      panelDrawn(db, call.id),
      publicHistory(db, 'funding_call', call.id),
      projectsOfCall(db, call.id),
      call.plan_id ? findPlan(db, call.plan_id) : undefined,
    ]);
    const orgs = await orgsByBins(
      db,
      apps.map((a) => a.bin),
    );
    return renderPage(
      req,
      reply,
      <CallPage
        call={call}
        body={body}
        lots={lots}
        apps={apps.map((a) => ({ ...a, org: orgs.get(a.bin) }))}
        decision={decision}
        manages={manages}
        window={applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, new Date())}
        hasPanel={!!panel}
        projects={new Map(projects.map((p) => [p.application_id, p.id]))}
        history={history}
        planTitle={plan?.title}
      />,
    );
  });

  app.get(`${LANG}/funding/calls/:id/panel`, { config: pub, schema: hide }, async (req, reply) => {
    const call = await findCall(db, params(req).id);
    if (!call || call.status === 'draft') return notFound(req, reply);
    const [panel, experts] = await Promise.all([findPanel(db, call.id), publicExperts(db)]);
    const q = req.query as Record<string, string | undefined>;
    let rerun;
    if (panel && q.seed !== undefined) {
      const seed = (q.seed ?? '').trim().toLowerCase();
      const candidates = (q.candidates ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const size = Number(q.size);
      if (!/^[0-9a-f]{64}$/.test(seed))
        rerun = { seed, ok: false, members: [], matches: false, seedMatches: false, error: 'funding.panel.badSeed' };
      else if (!Number.isInteger(size) || size < 1 || size > 50 || candidates.length === 0)
        rerun = { seed, ok: false, members: [], matches: false, seedMatches: false, error: 'funding.panel.badInputs' };
      else {
        const members = drawPanel(seed, candidates, size);
        const published = panel.members.map((m) => m.user_id);
        const recomputedSeed = drawSeed({ ...panel.inputs, candidates, size });
        rerun = {
          seed,
          ok: true,
          members,
          matches: members.length === published.length && members.every((m, i) => m === published[i]),
          seedMatches: recomputedSeed === seed,
        };
      }
    }
    return renderPage(
      req,
      reply,
      <PanelPage
        call={call}
        panel={panel}
        candidates={experts}
        rerun={rerun}
        values={{ seed: q.seed, candidates: q.candidates, size: q.size }}
      />,
    );
  });

  app.get(`${LANG}/funding/lots/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const lot = await findLot(db, params(req).id);
    if (!lot) return notFound(req, reply);
    const call = (await findCall(db, lot.call_id))!;
    const body = await findBody(db, call.state_body_id);
    if (call.status === 'draft' && !managesBody(req.actor, body!)) return notFound(req, reply);
    const bins = req.actor?.organizations ?? [];
    const orgs = await orgsByBins(db, bins);
    const topic = lot.topic_id ? await findTopic(db, lot.topic_id) : undefined;
    return renderPage(
      req,
      reply,
      <LotPage
        lot={lot}
        call={call}
        body={body}
        canApply={bins.length > 0}
        orgs={bins.map((b) => ({ bin: b, name: orgName(orgs.get(b), req.locale) || b }))}
        window={applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, new Date())}
        topic={topic}
      />,
    );
  });

  app.get(`${LANG}/funding/applications/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const a = await findApplication(db, params(req).id);
    if (!a) return notFound(req, reply);
    const call = (await findCall(db, a.call_id))!;
    const body = (await findBody(db, call.state_body_id))!;
    const manages = managesBody(req.actor, body);
    const onPanel = !!req.actor && (await isPanelMember(db, call.id, req.actor.id));
    const owner = !!req.actor && req.actor.organizations.includes(a.bin);
    if (a.status === 'draft' && !owner) return notFound(req, reply);
    const full = canSeeApplication(req.actor, a, call, manages, onPanel);
    const decided = call.status === 'decided';
    const [lot, orgs, documents, scores, conflicts, project, history] = await Promise.all([
      findLot(db, a.lot_id),
      orgsByBins(db, [a.bin]),
      full ? applicationDocuments(db, 'application', [a.id], !owner && !manages) : [],
      decided ? scoresOf(db, [a.id]) : null,
      conflictsOf(db, [a.id]),
      projectOfApplication(db, a.id),
      publicHistory(db, 'funding_application', a.id),
    ]);
    const names = await expertNames(
      db,
      conflicts.map((c) => c.expert_id),
    );
    return renderPage(
      req,
      reply,
      <ApplicationPage
        app={a}
        call={call}
        lot={lot!}
        org={orgs.get(a.bin)}
        full={full}
        documents={documents}
        scores={scores}
        conflicts={conflicts.map((c) => ({
          expert_id: c.expert_id,
          kinds: c.kinds,
          name:
            names.find((n) => n.id === c.expert_id)?.display_name ??
            names.find((n) => n.id === c.expert_id)?.name ??
            '',
        }))}
        owner={owner}
        manages={manages}
        onPanel={onPanel}
        projectId={project?.id ?? null}
        history={history}
      />,
    );
  });

  app.get(`${LANG}/funding/projects`, { config: pub, schema: hide }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const page = pageOf(q);
    const query = {
      q: q.q?.trim().slice(0, 100) || undefined,
      region: q.region || undefined,
      area: q.area || undefined,
      status: q.status || undefined,
    };
    const r = await listProjects(db, { ...query, page, pageSize: 20 });
    const orgs = await orgsByBins(
      db,
      r.items.map((p) => p.bin),
    );
    return renderPage(
      req,
      reply,
      <ProjectsListPage projects={r.items} total={r.total} page={page} pageSize={20} orgs={orgs} query={query} />,
    );
  });

  app.get(`${LANG}/funding/projects/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const p = await findProject(db, params(req).id);
    if (!p) return notFound(req, reply);
    const [detail, orgs, body, call, history] = await Promise.all([
      projectDetail(db, p.id),
      orgsByBins(db, [p.bin]),
      findBody(db, p.state_body_id),
      findCall(db, p.call_id),
      publicHistory(db, 'funding_project', p.id),
    ]);
    const documents = await applicationDocuments(
      db,
      'report',
      detail.reports.map((r) => r.id),
      true,
    );
    return renderPage(
      req,
      reply,
      <ProjectPage
        project={p}
        org={orgs.get(p.bin)}
        body={body}
        call={{ id: call!.id, number: call!.number, title: call!.title }}
        detail={detail}
        documents={documents}
        owner={!!req.actor?.organizations.includes(p.bin)}
        manages={managesBody(req.actor, body!)}
        surveyUrl={`${app.config.baseUrl}/${req.locale}/funding/survey/${p.survey_token}`}
        history={history}
      />,
    );
  });

  app.get('/funding/projects/:id/qr.svg', { config: pub, schema: hide }, async (req, reply) => {
    const p = await findProject(db, params(req).id);
    if (!p) return reply.code(404).send('not found');
    const lang = ['kk', 'ru', 'en'].includes(String((req.query as any)?.lang)) ? String((req.query as any).lang) : 'kk';
    const svg = await QRCode.toString(`${app.config.baseUrl}/${lang}/funding/survey/${p.survey_token}`, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=3600').send(svg);
  });

  app.get('/funding/projects/:id/qr.png', { config: pub, schema: hide }, async (req, reply) => {
    const p = await findProject(db, params(req).id);
    if (!p) return reply.code(404).send('not found');
    const png = await QRCode.toBuffer(`${app.config.baseUrl}/kk/funding/survey/${p.survey_token}`, {
      type: 'png',
      margin: 1,
      width: 320,
    });
    return reply.type('image/png').header('cache-control', 'public, max-age=3600').send(png);
  });

  // Documents: public ones to everyone; the others to the applicant's representatives and the body.
  app.get('/funding/documents/:id', { config: pub, schema: hide }, async (req, reply) => {
    const id = params(req).id;
    if (!isUuid(id)) return reply.code(404).send('not found');
    const d = await findDocument(db, id);
    if (!d) return reply.code(404).send('not found');
    let onPanel = false;
    let owner: Parameters<typeof canSeeDocument>[2] = null;
    if (d.entity_type === 'application') {
      const a = await findApplication(db, d.entity_id);
      const call = a ? await findCall(db, a.call_id) : undefined;
      const body = call ? await findBody(db, call.state_body_id) : undefined;
      onPanel = !!req.actor && !!call && a?.status !== 'draft' && (await isPanelMember(db, call.id, req.actor.id));
      owner = { app: a, call, body };
    }
    if (!canSeeDocument(req.actor, d, owner, onPanel)) return reply.code(404).send('not found');
    const data = await app.storage.get(d.storage_key);
    return reply
      .type(d.mime)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(d.original_name)}`)
      .header('x-content-type-options', 'nosniff')
      .send(data);
  });

  // ------------------------------------------------------------- survey
  const surveyProject = (token: string) => projectBySurveyToken(db, token);

  app.get(`${LANG}/funding/survey/:token`, { config: pub, schema: hide }, async (req, reply) => {
    const p = await surveyProject(params(req).token);
    if (!p) return notFound(req, reply);
    const orgs = await orgsByBins(db, [p.bin]);
    return renderPage(
      req,
      reply,
      <SurveyPage
        project={{ ...p, amount_tiyn: num(p.amount_tiyn) }}
        org={orgs.get(p.bin)}
        values={{}}
        errors={{}}
        done={(req.query as any)?.done === '1'}
      />,
    );
  });

  app.post(`${LANG}/funding/survey/:token`, { config: pub, schema: hide }, async (req, reply) => {
    const p = await surveyProject(params(req).token);
    if (!p) return notFound(req, reply);
    const parsed = surveySchema.safeParse(req.body ?? {});
    const body = (req.body ?? {}) as Record<string, string>;
    if (!parsed.success) {
      const orgs = await orgsByBins(db, [p.bin]);
      return renderPage(
        req,
        reply,
        <SurveyPage
          project={{ ...p, amount_tiyn: num(p.amount_tiyn) }}
          org={orgs.get(p.bin)}
          values={body}
          errors={zodErrors(req, parsed.error)}
        />,
        400,
      );
    }
    const r = await answerSurvey(depsFrom(req), {
      token: p.survey_token,
      score: parsed.data.score,
      comment: parsed.data.comment,
    });
    if (!r.ok) return notFound(req, reply);
    setFlash(reply, 'funding.flash.surveyThanks');
    return reply.redirect(localHref(req.locale, `/funding/survey/${p.survey_token}?done=1`), 303);
  });

  // -------------------------------------------------------------- plans
  app.get(`${LANG}/funding/plans`, { config: pub, schema: hide }, async (req, reply) => {
    const plans = (await listPlans(db)).filter(
      (p) => p.status !== 'draft' || managesBody(req.actor, { id: p.state_body_id, code: '' }),
    );
    const bodies = await bodiesByIds(
      db,
      plans.map((p) => p.state_body_id),
    );
    return renderPage(req, reply, <PlansListPage plans={plans} bodies={bodies} />);
  });

  app.get(`${LANG}/funding/plans/:id`, { config: pub, schema: hide }, async (req, reply) => {
    const plan = await findPlan(db, params(req).id);
    if (!plan) return notFound(req, reply);
    const body = (await findBody(db, plan.state_body_id))!;
    const manages = managesBody(req.actor, body);
    if (plan.status === 'draft' && !manages) return notFound(req, reply);
    const [topics, comments, history] = await Promise.all([
      planTopics(db, plan.id),
      planComments(db, plan.id),
      publicHistory(db, 'funding_plan', plan.id),
    ]);
    return renderPage(
      req,
      reply,
      <PlanPage
        plan={plan}
        body={body}
        topics={topics}
        comments={comments}
        manages={manages}
        canComment={canComment(req.actor, plan, new Date()).ok}
        signedIn={!!req.actor}
        values={{}}
        errors={{}}
        history={history}
      />,
    );
  });

  app.get(`${LANG}/funding/experts`, { config: pub, schema: hide }, async (req, reply) => {
    return renderPage(
      req,
      reply,
      <ExpertsPage experts={await publicExperts(db)} canJoin={!!req.actor?.roles.includes('expert')} />,
    );
  });

  // ---------------------------------------------------------- histories
  app.get(`${LANG}/funding/bodies/:code`, { config: pub, schema: hide }, async (req, reply) => {
    const body = await findBody(db, params(req).code);
    if (!body) return notFound(req, reply);
    const [calls, projects] = await Promise.all([
      listCalls(db, { bodyId: body.id, page: 1, pageSize: 100, publicOnly: true }),
      listProjects(db, { bodyId: body.id, page: 1, pageSize: 100 }),
    ]);
    const orgs = await orgsByBins(
      db,
      projects.items.map((p) => p.bin),
    );
    const total = projects.items.reduce((s, p) => s + p.amount_tiyn, 0);
    return renderPage(
      req,
      reply,
      <HistoryPage
        title={bodyName(body, req.locale)}
        kind="body"
        calls={calls.items}
        projects={projects.items}
        orgs={orgs}
        summary={[
          [req.t('funding.history.calls'), String(calls.total)],
          [req.t('funding.history.projects'), String(projects.total)],
          [req.t('funding.history.amount'), <Money tiyn={total} />],
        ]}
      />,
    );
  });

  app.get(`${LANG}/funding/organizations/:bin`, { config: pub, schema: hide }, async (req, reply) => {
    const bin = params(req).bin;
    if (!/^\d{12}$/.test(bin)) return notFound(req, reply);
    const orgs = await orgsByBins(db, [bin]);
    const org = orgs.get(bin);
    if (!org) return notFound(req, reply);
    const own = !!req.actor?.organizations.includes(bin);
    const [apps, projects] = await Promise.all([
      applicationsOf(db, [bin]),
      listProjects(db, { bin, page: 1, pageSize: 100 }),
    ]);
    const callStatus = new Map(
      (
        await callsByIds(
          db,
          apps.items.map((a) => a.call_id),
        )
      ).map((c) => [c.id, c.status]),
    );
    // Outcomes are public once decided; the organisation sees its own applications in every state.
    const visible = apps.items.filter(
      (a) => own || (a.status !== 'draft' && callStatus.get(a.call_id) === 'decided') || a.status === 'rejected',
    );
    const total = projects.items.reduce((s, p) => s + p.amount_tiyn, 0);
    return renderPage(
      req,
      reply,
      <HistoryPage
        title={orgName(org, req.locale)}
        kind="organization"
        applications={visible}
        projects={projects.items}
        orgs={orgs}
        summary={[
          [req.t('funding.history.bin'), <a href={localHref(req.locale, `/registry/${bin}`)}>{bin}</a>],
          [req.t('funding.history.projects'), String(projects.total)],
          [req.t('funding.history.amount'), <Money tiyn={total} />],
        ]}
      />,
    );
  });

  // ----------------------------------------------------------------- my
  app.get(`${LANG}/funding/my`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const actor = req.actor!;
    const [apps, projects] = await Promise.all([
      applicationsOf(db, actor.organizations),
      actor.organizations.length
        ? listProjects(db, { page: 1, pageSize: 100 }).then((r) =>
            r.items.filter((p) => actor.organizations.includes(p.bin)),
          )
        : [],
    ]);
    const callTitles = new Map(
      (
        await callsByIds(
          db,
          apps.items.map((a) => a.call_id),
        )
      ).map((c) => [c.id, c.title]),
    );
    const orgs = await orgsByBins(db, [...actor.organizations, ...projects.map((p) => p.bin)]);
    const isExpert = actor.roles.includes('expert');
    let panels: {
      call_id: string;
      number: string;
      title: string;
      status: string;
      pending: { id: string; title: string; declared: boolean; scored: boolean; conflicted: boolean }[];
    }[] = [];
    if (isExpert) {
      const calls = await panelsOfExpert(db, actor.id);
      panels = await Promise.all(
        calls.map(async (c) => {
          const apps =
            c.status === 'review' ? (await callApplications(db, c.id)).filter((a) => a.status === 'admitted') : [];
          const [coi, sc] = await Promise.all([
            conflictsOf(
              db,
              apps.map((a) => a.id),
            ),
            applicationsScoredBy(db, actor.id),
          ]);
          return {
            call_id: c.id,
            number: c.number,
            title: c.title,
            status: c.status,
            pending: apps.map((a) => {
              const d = coi.find((x) => x.application_id === a.id && x.expert_id === actor.id);
              return {
                id: a.id,
                title: a.title,
                declared: !!d,
                conflicted: !!d && d.kinds.length > 0,
                scored: sc.includes(a.id),
              };
            }),
          };
        }),
      );
    }
    const bodyIds = [...actor.stateBodies];
    if (actor.roles.includes('grant_operator')) {
      const op = await findBody(db, 'cscs');
      if (op) bodyIds.push(op.id);
    }
    const [managed, plans] = await Promise.all([callsOfBodies(db, bodyIds), plansOfBodies(db, bodyIds)]);
    return renderPage(
      req,
      reply,
      <MyPage
        applications={apps.items.map((a) => ({ ...a, callTitle: callTitles.get(a.call_id) ?? '' }))}
        projects={projects}
        orgs={orgs}
        panels={panels}
        managed={managed}
        plans={plans}
        isExpert={isExpert}
      />,
    );
  });
}
