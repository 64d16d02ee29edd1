import { formatDate, formatMoney, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField, TextField } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { nextCycleStatus, PROPOSAL_STATUSES, type ResultStep } from '../domain.ts';
import { Section } from '../../../platform/kit/index.ts';
import { cycleBody, cycleTitle, territory, type CycleView, type ProposalView } from '../presenters.ts';
import { CycleStatusTag, ImplementationTag, ProposalStatusTag, StageList } from './components.tsx';

export interface CyclePageProps {
  cycle: CycleView;
  proposals: ProposalView[];
  /** Proposals shown after the filters (q, status). */
  shown: ProposalView[];
  filters: { q: string; status: string };
  ballots: number;
  myBallot: { cast_at: Date; choices: string[] } | null;
  can: { advance: boolean; propose: boolean; vote: boolean; review: boolean; progress: boolean };
  blocker: string | null;
  history: { at: Date; actor_name: string | null; action: string }[];
}

/** One participatory budget: its stage, rules, proposals, the computed result step by step, and implementation. */
export function CyclePage(p: CyclePageProps) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  const title = cycleTitle(c, locale);
  const byId = new Map(p.proposals.map((x) => [x.id, x]));
  const next = nextCycleStatus(c.status);
  const steps = (c.result_steps ?? []) as ResultStep[];
  const selected = p.proposals.filter((x) => x.status === 'selected');
  const money = (n: number) => formatMoney(n, locale);
  return (
    <Layout title={title} crumbs={[[t('local.title'), '/local']]}>
      <h1>{title}</h1>
      <p class="lead">
        {cycleBody(c, locale)} — {territory(c, locale)}
      </p>
      <SummaryList
        rows={[
          [t('local.field.status'), <CycleStatusTag status={c.status} />],
          [t('local.field.year'), String(c.year)],
          [t('local.field.budget'), money(c.budget)],
          [t('local.field.maxChoices'), formatNumber(c.max_choices, locale)],
          [t('local.cycles.proposals'), formatNumber(p.proposals.length, locale)],
          [t('local.cycles.ballots'), formatNumber(p.ballots, locale)],
        ]}
      />
      {c.description ? <p>{c.description}</p> : null}
      <StageList status={c.status} />
      <p class="notice">{t(`local.stageExplain.${c.status}`)}</p>

      <ul class="actions" style="list-style:none;padding:0">
        {p.can.propose ? (
          <li>
            <a class="button" href={localHref(locale, `/local/budgets/${c.id}/propose`)}>
              {t('local.proposalForm.title')}
            </a>
          </li>
        ) : null}
        {p.can.vote ? (
          <li>
            <a class="button" href={localHref(locale, `/local/budgets/${c.id}/vote`)}>
              {t('local.ballot.title')}
            </a>
          </li>
        ) : null}
      </ul>
      {p.myBallot ? (
        <p class="notice" id="my-ballot">
          {t('local.ballot.yours', {
            date: formatDate(p.myBallot.cast_at, locale, true),
            count: p.myBallot.choices.length,
          })}
        </p>
      ) : null}

      {p.can.advance && next ? (
        <Section id="manage" title={t('local.manage.title')}>
          {p.blocker ? <p class="warning">{t(`local.deny.${p.blocker}`)}</p> : null}
          <Form action={localHref(locale, `/local/budgets/${c.id}/advance`)}>
            <input type="hidden" name="version" value={String(c.version)} />
            <Button>{t('local.manage.advance', { stage: t(`local.cycleStatus.${next}`) })}</Button>
          </Form>
        </Section>
      ) : null}

      {steps.length ? (
        <Section id="results" title={t('local.results.title')}>
          <p>{t('local.results.algorithm')}</p>
          <Table
            caption={t('local.results.caption', { budget: money(c.budget) })}
            rows={steps.map((s, i) => ({ ...s, n: i + 1 }))}
            rowKey={(s) => s.proposalId}
            columns={[
              { header: t('local.results.step'), cell: (s) => String(s.n), numeric: true },
              {
                header: t('local.field.proposal'),
                cell: (s) => (
                  <a href={localHref(locale, `/local/proposals/${s.proposalId}`)}>
                    {byId.get(s.proposalId)?.title ?? s.proposalId}
                  </a>
                ),
              },
              { header: t('local.field.votes'), cell: (s) => formatNumber(s.votes, locale), numeric: true },
              { header: t('local.field.cost'), cell: (s) => money(s.cost), numeric: true },
              { header: t('local.results.before'), cell: (s) => money(s.remainingBefore), numeric: true },
              {
                header: t('local.results.decision'),
                cell: (s) =>
                  s.decision === 'selected' ? (
                    <strong>{t('local.results.selected')}</strong>
                  ) : (
                    t(s.votes === 0 ? 'local.results.noVotes' : 'local.results.skipped')
                  ),
              },
              { header: t('local.results.after'), cell: (s) => money(s.remainingAfter), numeric: true },
            ]}
          />
          <p>
            {t('local.results.summary', {
              count: selected.length,
              spent: money(selected.reduce((a, x) => a + x.cost, 0)),
              budget: money(c.budget),
            })}
          </p>
        </Section>
      ) : null}

      {selected.length ? (
        <Section id="implementation" title={t('local.implementation.title')}>
          <Table
            caption={t('local.implementation.caption')}
            rows={selected}
            rowKey={(x) => x.id}
            columns={[
              {
                header: t('local.field.proposal'),
                cell: (x) => <a href={localHref(locale, `/local/proposals/${x.id}`)}>{x.title}</a>,
              },
              { header: t('local.field.location'), cell: (x) => x.location },
              { header: t('local.field.cost'), cell: (x) => money(x.cost), numeric: true },
              {
                header: t('local.field.implementation'),
                cell: (x) => <ImplementationTag status={x.implementation ?? 'not_started'} />,
              },
            ]}
          />
        </Section>
      ) : null}

      <Section id="proposals" title={t('local.proposals.title')}>
        <div role="search" aria-label={t('local.proposals.filters')}>
          <Form action={localHref(locale, `/local/budgets/${c.id}`)} method="get" class="filters">
            <TextField name="q" label={t('local.proposals.q')} value={p.filters.q} />
            <SelectField
              name="status"
              label={t('local.field.status')}
              value={p.filters.status}
              emptyOption={t('local.cycles.anyStatus')}
              options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`local.proposalStatus.${s}`) }))}
            />
            <Button>{t('common.search')}</Button>
          </Form>
        </div>
        {p.shown.length ? (
          <Table
            caption={t('local.proposals.caption', { count: p.shown.length })}
            rows={p.shown}
            rowKey={(x) => x.id}
            columns={[
              {
                header: t('local.field.proposal'),
                cell: (x) => (
                  <>
                    <a href={localHref(locale, `/local/proposals/${x.id}`)}>{x.title}</a>
                    <br />
                    <span class="hint">{x.location}</span>
                  </>
                ),
              },
              { header: t('local.field.cost'), cell: (x) => money(x.cost), numeric: true },
              {
                header: t('local.field.votes'),
                cell: (x) =>
                  c.status === 'draft' || c.status === 'proposals' || c.status === 'review'
                    ? '—'
                    : formatNumber(x.votes, locale),
                numeric: true,
              },
              { header: t('local.field.status'), cell: (x) => <ProposalStatusTag status={x.status} /> },
              ...(p.can.review
                ? [
                    {
                      header: t('local.review.col'),
                      cell: (x: ProposalView) => (
                        <a href={localHref(locale, `/local/proposals/${x.id}#review`)}>
                          {t('local.review.link', { title: x.title })}
                        </a>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <p>{t('local.proposals.none')}</p>
        )}
        <p>
          <a href={`/api/v1/budget-cycles/${c.id}/proposals.csv`}>{t('local.proposals.csv')}</a>
        </p>
      </Section>

      {p.history.length ? (
        <Section id="history" title={t('local.history.title')}>
          <ul>
            {p.history.map((h, i) => (
              <li key={i}>
                {formatDate(h.at, locale, true)} — {t(`local.audit.${h.action.split('.').slice(1).join('_')}`)}
                {h.actor_name ? ` (${h.actor_name})` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </Layout>
  );
}
