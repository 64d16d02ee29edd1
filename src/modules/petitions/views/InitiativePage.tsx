import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Tag } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { InitiativeView } from '../presenters.ts';
import { topicName } from '../presenters.ts';
import { BANNED_TOPICS } from '../topics.ts';
import { RadioGroup, Section } from '../../../platform/kit/index.ts';
import { OverdueTag, Progress, StatusTag } from './components.tsx';
import { SimilarList, type SimilarItem } from './DraftFormPage.tsx';

export interface HistoryEntry {
  at: Date;
  action: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface InitiativeCan {
  edit: boolean;
  submit: boolean;
  moderate: boolean;
  startReview: boolean;
  answer: boolean;
}

export interface InitiativePageProps {
  v: InitiativeView;
  history: HistoryEntry[];
  signers: { public_name: string; signed_at: Date }[];
  listed: boolean;
  listingMin: number;
  can: InitiativeCan;
  similar: SimilarItem[];
  moderation?: { values: FormValues; errors: FieldErrors };
}

const PRE = 'white-space: pre-wrap; overflow-wrap: anywhere;';

/** The public page of an initiative: where it stands, every step, its text, the answer. */
export function InitiativePage(p: InitiativePageProps) {
  const { t, locale } = useCtx();
  const r = p.v.initiative;
  const date = (d: Date | string | null) => (d ? formatDate(d, locale) : '—');
  const modErrors = p.moderation?.errors ?? {};
  const modValues = p.moderation?.values ?? {};
  const rows: [string, any][] = [
    [t('petitions.field.addressee'), p.v.addressee],
    ...(p.v.region ? ([[t('petitions.field.region'), p.v.region]] as [string, any][]) : []),
    [t('petitions.field.area'), p.v.area],
    [t('petitions.field.author'), r.author_name],
    [
      t('petitions.field.status'),
      <>
        <StatusTag status={p.v.status} /> {p.v.answerOverdue ? <OverdueTag /> : null}
      </>,
    ],
  ];
  if (r.threshold)
    rows.push([
      t('petitions.field.signatures'),
      <Progress count={r.signature_count} threshold={r.threshold} percent={p.v.progress} />,
    ]);
  if (r.submitted_at) rows.push([t('petitions.field.submittedAt'), date(r.submitted_at)]);
  if (r.status === 'moderation')
    rows.push([
      t('petitions.field.moderationDue'),
      <>
        {date(r.moderation_due)} {p.v.moderationOverdue ? <OverdueTag /> : null}
      </>,
    ]);
  if (r.collecting_from) rows.push([t('petitions.field.collectingFrom'), date(r.collecting_from)]);
  if (r.collection_ends) rows.push([t('petitions.field.collectionEnds'), date(r.collection_ends)]);
  if (r.threshold_reached_at) rows.push([t('petitions.field.thresholdReachedAt'), date(r.threshold_reached_at)]);
  if (r.answer_due)
    rows.push([
      t('petitions.field.answerDue'),
      <>
        {date(r.answer_due)} {p.v.answerOverdue ? <OverdueTag /> : null}
      </>,
    ]);
  if (r.answered_at)
    rows.push([
      t('petitions.field.answeredAt'),
      <>
        {date(r.answered_at)}{' '}
        {p.v.onTime === null ? null : (
          <Tag tone={p.v.onTime ? 'green' : 'red'}>{t(p.v.onTime ? 'petitions.onTime' : 'petitions.late')}</Tag>
        )}
      </>,
    ]);

  return (
    <Layout
      title={r.title}
      hasErrors={Object.keys(modErrors).length > 0}
      crumbs={[[t('petitions.list.title'), '/initiatives']]}
    >
      <ErrorSummary errors={modErrors} order={['decision', 'category', 'reason']} />
      <p>
        <StatusTag status={p.v.status} />
      </p>
      <h1 lang={r.language}>{r.title}</h1>
      {p.v.answerOverdue ? (
        <p class="warning">{t('petitions.page.answerOverdue', { date: date(r.answer_due) })}</p>
      ) : null}
      {p.v.status === 'collecting' ? (
        <div class="notice">
          <p>{t('petitions.page.collectingLead', { date: date(r.collection_ends) })}</p>
          <p>
            <a class="button" href={localHref(locale, `/initiatives/${r.id}/sign`)}>
              {t('petitions.page.signLink')}
            </a>
          </p>
          {!p.listed ? <p class="hint">{t('petitions.page.unlisted', { min: p.listingMin })}</p> : null}
        </div>
      ) : null}
      {r.status === 'draft' ? <p class="notice">{t('petitions.page.draftNote')}</p> : null}
      {r.status === 'moderation' ? (
        <p class="notice">{t('petitions.page.moderationNote', { date: date(r.moderation_due) })}</p>
      ) : null}
      {r.status === 'rejected' ? (
        <div class="warning">
          <h2>{t('petitions.page.rejectedTitle')}</h2>
          <p>{t('petitions.page.rejectedCategory', { category: topicName(r.rejection_category, locale) })}</p>
          <p style={PRE}>{r.rejection_reason}</p>
        </div>
      ) : null}
      {p.v.status === 'expired' ? <p class="notice">{t('petitions.page.expiredNote')}</p> : null}

      <div class="grid-2">
        <div>
          <SummaryList rows={rows} />
          {r.status === 'answered' ? (
            <Section id="answer" title={t('petitions.answer.title')}>
              <p>
                <Tag tone={r.answer_decision === 'declined' ? 'red' : 'green'}>
                  {t(`petitions.decision.${r.answer_decision}`)}
                </Tag>
              </p>
              <p style={PRE}>{r.answer_text}</p>
              <p class="hint">
                {t('petitions.answer.by', {
                  name: r.answered_by_name ?? '',
                  body: p.v.addressee,
                  date: date(r.answered_at),
                })}
              </p>
              <p>
                <a href={localHref(locale, `/initiatives/${r.id}/answer`)}>{t('petitions.answer.pageLink')}</a>
              </p>
            </Section>
          ) : null}
          <Section id="text" title={t('petitions.page.text')}>
            <div lang={r.language} style={PRE}>
              {r.body}
            </div>
          </Section>
        </div>
        <div class="aside">
          <Section id="steps" title={t('petitions.page.steps')}>
            {p.history.length ? (
              <ol>
                {[...p.history].reverse().map((h, i) => (
                  <li key={i}>
                    {formatDate(h.at, locale, true)}: {t(`petitions.history.${h.action.replace('petitions.', '')}`)}
                    {h.actorName ? ` — ${h.actorName}` : ''}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t('petitions.page.noSteps')}</p>
            )}
          </Section>
          {r.signature_count > 0 ? (
            <Section id="signers" title={t('petitions.page.signers')}>
              <p class="hint">{t('petitions.page.signersNote')}</p>
              <ul>
                {p.signers.map((s, i) => (
                  <li key={i}>{s.public_name}</li>
                ))}
              </ul>
              {r.signature_count > p.signers.length ? (
                <p>{t('petitions.page.andMore', { count: r.signature_count - p.signers.length })}</p>
              ) : null}
            </Section>
          ) : null}
        </div>
      </div>

      {p.can.edit || p.can.submit ? (
        <Section id="author" title={t('petitions.page.authorActions')}>
          <SimilarList items={p.similar} checked={true} />
          <ul class="button-row">
            {p.can.edit ? (
              <li>
                <a href={localHref(locale, `/initiatives/${r.id}/edit`)}>{t('petitions.page.edit')}</a>
              </li>
            ) : null}
          </ul>
          {p.can.submit ? (
            <Form action={localHref(locale, `/initiatives/${r.id}/submit`)}>
              <input type="hidden" name="version" value={String(r.version)} />
              <p>{t('petitions.page.submitLead')}</p>
              <Button>{t('petitions.page.submit')}</Button>
            </Form>
          ) : null}
        </Section>
      ) : null}

      {p.can.moderate ? (
        <Section id="moderate" title={t('petitions.moderation.decide')}>
          <Form action={localHref(locale, `/initiatives/${r.id}/moderate`)}>
            <input type="hidden" name="version" value={String(r.version)} />
            <RadioGroup
              name="decision"
              legend={t('petitions.moderation.decision')}
              value={modValues.decision as string | undefined}
              error={modErrors.decision}
              options={[
                { value: 'approve', label: t('petitions.moderation.approve') },
                { value: 'reject', label: t('petitions.moderation.reject') },
              ]}
            />
            <SelectField
              name="category"
              label={t('petitions.moderation.category')}
              hint={t('petitions.moderation.categoryHint')}
              value={modValues.category as string | undefined}
              error={modErrors.category}
              emptyOption={t('petitions.draft.choose')}
              options={BANNED_TOPICS.map((b) => ({ value: b.code, label: b.name[locale] }))}
            />
            <TextArea
              name="reason"
              label={t('petitions.moderation.reason')}
              hint={t('petitions.moderation.reasonHint')}
              value={modValues.reason as string | undefined}
              error={modErrors.reason}
            />
            <Button>{t('petitions.moderation.send')}</Button>
          </Form>
        </Section>
      ) : null}

      {p.can.startReview ? (
        <Section id="review" title={t('petitions.review.title')}>
          <Form action={localHref(locale, `/initiatives/${r.id}/review`)}>
            <input type="hidden" name="version" value={String(r.version)} />
            <p>{t('petitions.review.lead', { date: date(r.answer_due) })}</p>
            <Button>{t('petitions.review.start')}</Button>
          </Form>
        </Section>
      ) : null}
      {p.can.answer ? (
        <p>
          <a class="button" href={localHref(locale, `/initiatives/${r.id}/answer`)}>
            {t('petitions.answer.write')}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
