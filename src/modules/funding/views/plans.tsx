/** The overview, plans of topics with their public discussion, the expert register, and "my funding". */
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField, TextArea } from '../../../platform/views/forms.tsx';
import { bodyName, orgName } from '../presenters.ts';
import type { ApplicationRow, CallRow, ProjectRow } from '../repository/index.ts';
import { CallsTable, useNames } from './calls.tsx';
import { ActionButton, FundingLayout, History, Money, Status, When } from './components.tsx';
import { ProjectsTable } from './projects.tsx';
import { FundingDashboard } from './dashboard/FundingDashboard.tsx';
import type { FundingTotals } from '../openData/dashboard.ts';

type Body = { id: string; code: string; name_kk: string; name_ru: string; name_en: string };
type Org = { bin: string; name_kk: string; name_ru: string; name_en: string | null };

export function OverviewPage(p: {
  open: CallRow[];
  recent: ProjectRow[];
  bodies: Map<string, Body>;
  orgs: Map<string, Org>;
  totals: { calls: number; projects: number; awardedTiyn: number; evaluated: number; experts: number };
  canPlan: boolean;
  signedIn: boolean;
  /** Contracted amounts by year, region, area and instrument (the funding dashboard). */
  dashboard: FundingTotals;
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={t('funding.title')}>
      <h1>{t('funding.title')}</h1>
      <p class="lead">{t('funding.overview.lead')}</p>
      <SummaryList
        rows={[
          [t('funding.overview.calls'), String(p.totals.calls)],
          [t('funding.overview.projects'), String(p.totals.projects)],
          [t('funding.overview.awarded'), <Money tiyn={p.totals.awardedTiyn} />],
          [t('funding.overview.evaluated'), String(p.totals.evaluated)],
          [t('funding.overview.experts'), String(p.totals.experts)],
        ]}
      />
      <nav aria-label={t('funding.overview.sections')}>
        <ul class="link-list">
          <li>
            <a href={localHref(locale, '/funding/plans')}>{t('funding.plans.title')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/funding/calls')}>{t('funding.calls.title')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/funding/projects')}>{t('funding.projects.title')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/funding/experts')}>{t('funding.experts.title')}</a>
          </li>
          {p.signedIn ? (
            <li>
              <a href={localHref(locale, '/funding/my')}>{t('funding.my.title')}</a>
            </li>
          ) : null}
          {p.canPlan ? (
            <li>
              <a href={localHref(locale, '/funding/calls/new')}>{t('funding.callForm.title')}</a>
            </li>
          ) : null}
          {p.canPlan ? (
            <li>
              <a href={localHref(locale, '/funding/plans/new')}>{t('funding.planForm.title')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <FundingDashboard totals={p.dashboard} />
      <h2>{t('funding.overview.open')}</h2>
      {p.open.length ? (
        <CallsTable calls={p.open} bodies={p.bodies} caption={t('funding.overview.open')} />
      ) : (
        <p>{t('funding.overview.noOpen')}</p>
      )}
      <h2>{t('funding.overview.recent')}</h2>
      <ProjectsTable projects={p.recent} orgs={p.orgs} caption={t('funding.overview.recent')} />
    </FundingLayout>
  );
}

export function PlansListPage({
  plans,
  bodies,
}: {
  plans: {
    id: string;
    title: string;
    year: number;
    status: string;
    instrument: string;
    state_body_id: string;
    discussion_ends_at: Date | null;
  }[];
  bodies: Map<string, Body>;
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={t('funding.plans.title')}>
      <h1>{t('funding.plans.title')}</h1>
      <p>{t('funding.plans.intro')}</p>
      <Table
        caption={t('funding.plans.title')}
        rows={plans}
        rowKey={(p) => p.id}
        columns={[
          {
            header: t('funding.plan.titleLabel'),
            cell: (p) => <a href={localHref(locale, `/funding/plans/${p.id}`)}>{p.title}</a>,
          },
          { header: t('funding.plan.year'), cell: (p) => String(p.year), numeric: true },
          { header: t('funding.call.instrument'), cell: (p) => t(`funding.instrument.${p.instrument}`) },
          { header: t('funding.call.body'), cell: (p) => bodyName(bodies.get(p.state_body_id), locale) },
          { header: t('funding.plan.discussionEnds'), cell: (p) => <When at={p.discussion_ends_at} /> },
          { header: t('funding.call.status'), cell: (p) => <Status value={p.status} /> },
        ]}
      />
    </FundingLayout>
  );
}

export function PlanPage(p: {
  plan: {
    id: string;
    title: string;
    year: number;
    status: string;
    instrument: string;
    discussion_starts_at: Date | null;
    discussion_ends_at: Date | null;
    approved_at: Date | null;
  };
  body: Body | undefined;
  topics: {
    id: string;
    title: string;
    description: string;
    area: string;
    region: string | null;
    evidence: string;
    evidence_links: string[];
  }[];
  comments: {
    id: string;
    topic_id: string | null;
    author_name: string;
    body: string;
    answer: string | null;
    answered_at: Date | null;
    created_at: Date;
  }[];
  manages: boolean;
  canComment: boolean;
  signedIn: boolean;
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  history: { id: number | string; at: Date; actor_name: string | null; action: string }[];
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  const { plan } = p;
  const hasErrors = Object.keys(p.errors).length > 0;
  return (
    <FundingLayout title={plan.title} hasErrors={hasErrors} crumbs={[[t('funding.plans.title'), '/funding/plans']]}>
      {hasErrors ? (
        <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="es">
          <h2 id="es">{t('common.errorSummaryTitle')}</h2>
          <ul>
            {Object.entries(p.errors).map(([k, v]) => (
              <li key={k}>
                <a href={`#f-${k}`}>{v}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h1>{plan.title}</h1>
      <SummaryList
        rows={[
          [
            t('funding.call.body'),
            p.body ? <a href={localHref(locale, `/funding/bodies/${p.body.code}`)}>{bodyName(p.body, locale)}</a> : '',
          ],
          [t('funding.plan.year'), String(plan.year)],
          [t('funding.call.instrument'), t(`funding.instrument.${plan.instrument}`)],
          [t('funding.call.status'), <Status value={plan.status} />],
          [
            t('funding.plan.discussion'),
            plan.discussion_ends_at ? (
              <>
                <When at={plan.discussion_starts_at} /> — <When at={plan.discussion_ends_at} time />
              </>
            ) : (
              '—'
            ),
          ],
          [t('funding.plan.approved'), <When at={plan.approved_at} />],
        ]}
      />
      {p.manages ? (
        <section class="panel-box" aria-labelledby="manage-h">
          <h2 id="manage-h">{t('funding.manage.title')}</h2>
          {plan.status === 'draft' ? (
            <>
              <p>
                <a href={localHref(locale, `/funding/plans/${plan.id}/topics/new`)}>{t('funding.plan.addTopic')}</a>
              </p>
              <p>
                <a href={localHref(locale, `/funding/plans/${plan.id}/discussion`)}>
                  {t('funding.plan.openDiscussion')}
                </a>
              </p>
            </>
          ) : null}
          {plan.status === 'discussion' ? (
            <ActionButton action={`/funding/plans/${plan.id}/approve`} label={t('funding.plan.approve')} />
          ) : null}
        </section>
      ) : null}
      <h2>{t('funding.plan.topics')}</h2>
      {p.topics.map((tp) => (
        <article class="card" key={tp.id} aria-labelledby={`t-${tp.id}`}>
          <h3 id={`t-${tp.id}`}>{tp.title}</h3>
          <p>
            {names.area(tp.area)} · {names.region(tp.region) || t('funding.national')}
          </p>
          {tp.description ? <p class="prose">{tp.description}</p> : null}
          <p>
            <strong>{t('funding.topic.evidence')}:</strong> {tp.evidence}
          </p>
          {tp.evidence_links.length ? (
            <ul>
              {tp.evidence_links.map((l) => (
                <li key={l}>
                  <a href={l} rel="nofollow noopener">
                    {l}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
      <h2 id="comments">{t('funding.plan.comments')}</h2>
      {p.comments.length === 0 ? (
        <p>{t('funding.plan.noComments')}</p>
      ) : (
        <ul class="comments">
          {p.comments.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.author_name}</strong>, <When at={c.created_at} />
                {c.topic_id ? ` — ${p.topics.find((tp) => tp.id === c.topic_id)?.title ?? ''}` : ''}
              </p>
              <p class="prose">{c.body}</p>
              {c.answer ? (
                <p class="answer">
                  <strong>{t('funding.plan.answer')}</strong> (<When at={c.answered_at} />
                  ): {c.answer}
                </p>
              ) : p.manages ? (
                <Form action={localHref(locale, `/funding/comments/${c.id}/answer`)}>
                  <TextArea name="answer" label={t('funding.plan.answerLabel')} rows={2} required />
                  <Button variant="secondary">{t('funding.plan.publishAnswer')}</Button>
                </Form>
              ) : (
                <p>{t('funding.plan.awaitingAnswer')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {p.canComment ? (
        <Form action={localHref(locale, `/funding/plans/${plan.id}/comments`)}>
          <h3>{t('funding.plan.addComment')}</h3>
          <SelectField
            name="topicId"
            label={t('funding.plan.commentTopic')}
            emptyOption={t('funding.plan.wholePlan')}
            value={p.values.topicId}
            options={p.topics.map((tp) => ({ value: tp.id, label: tp.title }))}
          />
          <TextArea
            name="body"
            label={t('funding.plan.commentBody')}
            required
            rows={4}
            value={p.values.body}
            error={p.errors.body}
          />
          <Button>{t('funding.plan.sendComment')}</Button>
        </Form>
      ) : plan.status === 'discussion' && !p.signedIn ? (
        <p>
          <a href={localHref(locale, `/login?returnTo=/${locale}/funding/plans/${plan.id}`)}>
            {t('funding.plan.signInToComment')}
          </a>
        </p>
      ) : null}
      <History entries={p.history} />
    </FundingLayout>
  );
}

export function ExpertsPage({
  experts,
  canJoin,
}: {
  experts: { user_id: string; display_name: string; areas: string[]; bio: string; joined_at: Date }[];
  canJoin: boolean;
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  return (
    <FundingLayout title={t('funding.experts.title')}>
      <h1>{t('funding.experts.title')}</h1>
      <p>{t('funding.experts.intro')}</p>
      {canJoin ? (
        <p>
          <a href={localHref(locale, '/funding/experts/join')}>{t('funding.experts.join')}</a>
        </p>
      ) : null}
      <Table
        caption={t('funding.experts.title')}
        rows={experts}
        rowKey={(e) => e.user_id}
        columns={[
          { header: t('funding.experts.name'), cell: (e) => e.display_name },
          { header: t('funding.experts.areas'), cell: (e) => e.areas.map(names.area).join(', ') },
          { header: t('funding.experts.bio'), cell: (e) => e.bio || '—' },
          { header: t('funding.experts.id'), cell: (e) => <code>{e.user_id}</code> },
        ]}
      />
    </FundingLayout>
  );
}

export function MyPage(p: {
  applications: (ApplicationRow & { callTitle: string })[];
  projects: ProjectRow[];
  orgs: Map<string, Org>;
  panels: {
    call_id: string;
    number: string;
    title: string;
    status: string;
    pending: { id: string; title: string; declared: boolean; scored: boolean; conflicted: boolean }[];
  }[];
  managed: { id: string; number: string; title: string; status: string }[];
  plans: { id: string; title: string; status: string }[];
  isExpert: boolean;
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={t('funding.my.title')}>
      <h1>{t('funding.my.title')}</h1>
      {p.applications.length ? (
        <Table
          caption={t('funding.my.applications')}
          rows={p.applications}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t('funding.app.titleLabel'),
              cell: (a) => (
                <a href={localHref(locale, `/funding/applications/${a.id}`)}>{a.title || t('funding.app.untitled')}</a>
              ),
            },
            { header: t('funding.lot.call'), cell: (a) => a.callTitle },
            { header: t('funding.app.applicant'), cell: (a) => orgName(p.orgs.get(a.bin), locale) || a.bin },
            { header: t('funding.app.status'), cell: (a) => <Status value={a.status} /> },
            {
              header: t('funding.app.next'),
              cell: (a) =>
                a.status === 'draft' ? (
                  <a href={localHref(locale, `/funding/applications/${a.id}/edit`)}>{t('funding.app.edit')}</a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      ) : null}
      {p.projects.length ? (
        <ProjectsTable projects={p.projects} orgs={p.orgs} caption={t('funding.my.projects')} />
      ) : null}
      {p.isExpert ? (
        <section aria-labelledby="panels-h">
          <h2 id="panels-h">{t('funding.my.panels')}</h2>
          <p>
            <a href={localHref(locale, '/funding/experts/join')}>{t('funding.experts.join')}</a>
          </p>
          {p.panels.length === 0 ? (
            <p>{t('funding.my.noPanels')}</p>
          ) : (
            p.panels.map((c) => (
              <div key={c.call_id}>
                <h3>
                  <a href={localHref(locale, `/funding/calls/${c.call_id}`)}>
                    {c.number} — {c.title}
                  </a>{' '}
                  <Status value={c.status} />
                </h3>
                <ul>
                  {c.pending.map((a) => (
                    <li key={a.id}>
                      <a href={localHref(locale, `/funding/applications/${a.id}/review`)}>{a.title}</a> —{' '}
                      {a.scored
                        ? t('funding.my.scored')
                        : a.conflicted
                          ? t('funding.my.conflicted')
                          : a.declared
                            ? t('funding.my.toScore')
                            : t('funding.my.toDeclare')}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>
      ) : null}
      {p.managed.length || p.plans.length ? (
        <section aria-labelledby="managed-h">
          <h2 id="managed-h">{t('funding.my.managed')}</h2>
          <p>
            <a href={localHref(locale, '/funding/calls/new')}>{t('funding.callForm.title')}</a> ·{' '}
            <a href={localHref(locale, '/funding/plans/new')}>{t('funding.planForm.title')}</a>
          </p>
          <ul>
            {p.plans.map((pl) => (
              <li key={pl.id}>
                <a href={localHref(locale, `/funding/plans/${pl.id}`)}>{pl.title}</a> <Status value={pl.status} />
              </li>
            ))}
          </ul>
          <ul>
            {p.managed.map((c) => (
              <li key={c.id}>
                <a href={localHref(locale, `/funding/calls/${c.id}`)}>
                  {c.number} — {c.title}
                </a>{' '}
                <Status value={c.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!p.applications.length && !p.projects.length && !p.isExpert && !p.managed.length && !p.plans.length ? (
        <p>{t('funding.my.nothing')}</p>
      ) : null}
    </FundingLayout>
  );
}
