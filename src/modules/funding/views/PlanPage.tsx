/** Plans of topics: the list, and a plan with its public discussion. */
import { ActionForm } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import {
  bodyName,
  type BodyView,
  type CommentView,
  type HistoryEntry,
  type PlanView,
  type TopicView,
} from '../presenters.ts';
import { FundingLayout, History, Status, useNames, When } from './components.tsx';

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
  bodies: Map<string, BodyView>;
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
  plan: PlanView;
  body: BodyView | undefined;
  topics: TopicView[];
  comments: CommentView[];
  manages: boolean;
  canComment: boolean;
  signedIn: boolean;
  values: FormValues;
  errors: FieldErrors;
  history: HistoryEntry[];
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  const { plan } = p;
  const str = (v: FormValues[string]) => (Array.isArray(v) ? v[0] : v);
  const hasErrors = Object.keys(p.errors).length > 0;
  return (
    <FundingLayout title={plan.title} hasErrors={hasErrors} crumbs={[[t('funding.plans.title'), '/funding/plans']]}>
      <ErrorSummary errors={p.errors} order={['topicId', 'body']} />
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
            <ActionForm action={`/funding/plans/${plan.id}/approve`} label={t('funding.plan.approve')} />
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
            value={str(p.values.topicId)}
            error={p.errors.topicId}
            options={p.topics.map((tp) => ({ value: tp.id, label: tp.title }))}
          />
          <TextArea
            name="body"
            label={t('funding.plan.commentBody')}
            required
            rows={4}
            value={str(p.values.body)}
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
