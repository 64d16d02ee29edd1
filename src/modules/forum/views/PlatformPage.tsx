import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { forumTitle, recText, tri } from '../presenters.ts';
import type { ForumProposalRow, ForumRow, PlatformRow, RecommendationRow } from '../repository/index.ts';
import { ForumStatusTag, Section } from './components.tsx';

export interface PlatformPageProps {
  forum: ForumRow;
  platform: PlatformRow;
  proposals: ForumProposalRow[];
  recommendations: RecommendationRow[];
  filters: { q: string; sort: string };
  can: { propose: boolean; support: boolean; adopt: boolean; signIn: boolean };
  userId: string | null;
  forms: { proposal: FormValues; proposalErrors: FieldErrors; rec: FormValues; recErrors: FieldErrors };
}

/** A dialogue platform: participants' proposals with supports, and the recommendations it adopted. */
export function PlatformPage(p: PlatformPageProps) {
  const { t, locale } = useCtx();
  const title = tri(p.platform.title_kk, p.platform.title_ru, p.platform.title_en, locale);
  const s = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const errors = { ...p.forms.proposalErrors, ...p.forms.recErrors };
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('forum.title'), '/forum'],
        [forumTitle(p.forum, locale), `/forum/${p.forum.id}`],
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} order={['title', 'body', 'textKk', 'textRu', 'textEn', 'proposalId']} />
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
            <TextArea
              name="textKk"
              label={t('forum.field.textKk')}
              value={s(p.forms.rec, 'textKk')}
              error={p.forms.recErrors.textKk}
              required
            />
            <TextArea
              name="textRu"
              label={t('forum.field.textRu')}
              value={s(p.forms.rec, 'textRu')}
              error={p.forms.recErrors.textRu}
              required
            />
            <TextArea
              name="textEn"
              label={t('forum.field.textEn')}
              value={s(p.forms.rec, 'textEn')}
              error={p.forms.recErrors.textEn}
            />
            <SelectField
              name="proposalId"
              label={t('forum.recs.fromProposal')}
              value={s(p.forms.rec, 'proposalId')}
              error={p.forms.recErrors.proposalId}
              emptyOption={t('forum.recs.noProposal')}
              options={p.proposals.map((x) => ({ value: x.id, label: x.title }))}
            />
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
                {p.can.support && !x.supported && x.author_id !== p.userId ? (
                  <Form action={localHref(locale, `/forum/proposals/${x.id}/support`)}>
                    <Button variant="secondary">{t('forum.proposals.support', { title: x.title })}</Button>
                  </Form>
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
            <TextField
              name="title"
              label={t('forum.field.title')}
              value={s(p.forms.proposal, 'title')}
              error={p.forms.proposalErrors.title}
              required
            />
            <TextArea
              name="body"
              label={t('forum.field.proposalBody')}
              value={s(p.forms.proposal, 'body')}
              error={p.forms.proposalErrors.body}
              required
            />
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
