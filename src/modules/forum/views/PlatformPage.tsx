import { formatDate } from '../../../platform/i18n/index.ts';
import { ActionForm, Fields, Section, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import {
  forumTitle,
  recText,
  tri,
  type ForumView,
  type PlatformView,
  type ProposalView,
  type RecommendationView,
} from '../presenters.ts';
import { ForumStatusTag } from './components.tsx';

const EMPTY: FormState = { values: {}, errors: {} };

export interface PlatformPageProps {
  forum: ForumView;
  platform: PlatformView;
  proposals: ProposalView[];
  recommendations: RecommendationView[];
  filters: { q: string; sort: string };
  can: { propose: boolean; support: boolean; adopt: boolean; signIn: boolean };
  /** The form sent with errors, if any: a proposal, or a recommendation. */
  forms?: { proposal?: FormState; rec?: FormState };
}

/** A dialogue platform: participants' proposals with supports, and the recommendations it adopted. */
export function PlatformPage(p: PlatformPageProps) {
  const { t, locale } = useCtx();
  const title = tri(p.platform.title_kk, p.platform.title_ru, p.platform.title_en, locale);
  const proposal = p.forms?.proposal ?? EMPTY;
  const rec = p.forms?.rec ?? EMPTY;
  const errors = { ...proposal.errors, ...rec.errors };
  const recFields: FieldSpec[] = [
    { kind: 'textarea', name: 'textKk', label: t('forum.field.textKk'), required: true },
    { kind: 'textarea', name: 'textRu', label: t('forum.field.textRu'), required: true },
    { kind: 'textarea', name: 'textEn', label: t('forum.field.textEn') },
    {
      kind: 'select',
      name: 'proposalId',
      label: t('forum.recs.fromProposal'),
      emptyOption: t('forum.recs.noProposal'),
      options: p.proposals.map((x) => ({ value: x.id, label: x.title })),
    },
  ];
  const proposalFields: FieldSpec[] = [
    { kind: 'text', name: 'title', label: t('forum.field.title'), required: true },
    { kind: 'textarea', name: 'body', label: t('forum.field.proposalBody'), required: true },
  ];
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('forum.title'), '/forum'],
        [forumTitle(p.forum, locale), `/forum/${p.forum.id}`],
      ]}
    >
      <ErrorSummary errors={errors} order={['_form', 'title', 'body', 'textKk', 'textRu', 'textEn', 'proposalId']} />
      <h1>{title}</h1>
      <p class="lead">
        {forumTitle(p.forum, locale)} — <ForumStatusTag status={p.forum.status} />
      </p>

      <Section id="recommendations" title={t('forum.recs.title', { count: p.recommendations.length })}>
        {p.recommendations.length ? (
          <ol class="result-list">
            {p.recommendations.map((r) => (
              <li class="result" key={r.id}>
                <h3>
                  <a href={localHref(locale, `/forum/recommendations/${r.id}`)}>
                    {t('forum.recs.number', { n: r.number })}
                  </a>
                </h3>
                <p>{recText(r, locale)}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('forum.recs.none')}</p>
        )}
        {p.can.adopt ? (
          <Form action={localHref(locale, `/forum/platforms/${p.platform.id}/recommendations`)}>
            <h3>{t('forum.recs.adopt')}</h3>
            <Fields fields={recFields} values={rec.values} errors={rec.errors} />
            <Button>{t('forum.recs.adoptSubmit')}</Button>
          </Form>
        ) : null}
      </Section>

      <Section id="proposals" title={t('forum.proposals.title')}>
        <div role="search" aria-label={t('forum.proposals.filters')}>
          <Form action={localHref(locale, `/forum/platforms/${p.platform.id}`)} method="get" class="filters">
            <TextField name="q" label={t('forum.proposals.q')} value={p.filters.q} />
            <SelectField
              name="sort"
              label={t('forum.proposals.sort')}
              value={p.filters.sort}
              options={[
                { value: 'supports', label: t('forum.proposals.bySupports') },
                { value: 'new', label: t('forum.proposals.byNew') },
              ]}
            />
            <Button>{t('common.search')}</Button>
          </Form>
        </div>
        {p.proposals.length ? (
          <ul class="result-list">
            {p.proposals.map((x) => (
              <li class="result" key={x.id} id={`p-${x.id}`}>
                <h3>{x.title}</h3>
                <p class="meta">
                  {formatDate(x.created_at, locale)} — {t('forum.proposals.supports', { count: x.supports })}
                  {x.recommendation_number ? (
                    <> — {t('forum.proposals.became', { n: x.recommendation_number })}</>
                  ) : null}
                </p>
                <p>{x.body}</p>
                {p.can.support && !x.supported && !x.own ? (
                  <ActionForm
                    action={`/forum/proposals/${x.id}/support`}
                    label={t('forum.proposals.support', { title: x.title })}
                    variant="secondary"
                  />
                ) : x.supported ? (
                  <p>
                    <strong>{t('forum.proposals.youSupported')}</strong>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('forum.proposals.none')}</p>
        )}
        {p.can.propose ? (
          <Form action={localHref(locale, `/forum/platforms/${p.platform.id}/proposals`)}>
            <h3>{t('forum.proposals.new')}</h3>
            <Fields fields={proposalFields} values={proposal.values} errors={proposal.errors} />
            <Button>{t('forum.proposals.submit')}</Button>
          </Form>
        ) : p.can.signIn ? (
          <p>
            <a
              href={localHref(
                locale,
                `/login?returnTo=${encodeURIComponent(localHref(locale, `/forum/platforms/${p.platform.id}`))}`,
              )}
            >
              {t('forum.proposals.signIn')}
            </a>
          </p>
        ) : null}
      </Section>
    </Layout>
  );
}
