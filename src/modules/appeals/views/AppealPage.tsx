import type { ComponentChildren } from 'preact';
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
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
import { RadioGroup } from '../../../platform/kit/index.ts';
import { Layout } from '../../../platform/views/Layout.tsx';
import { prefixedBodyName, type AppealFileView, type AppealHistoryItem, type AppealView } from '../presenters.ts';
import { crumbsRoot, DeadlineTag, GroupedSelect, AppealStatusTag } from './components.tsx';

export type AppealForm = 'start' | 'assign' | 'redirect' | 'extend' | 'answer' | 'rate' | 'publish';

export interface AppealPageProps {
  a: AppealView;
  originalBody: string | null;
  files: AppealFileView[];
  history: AppealHistoryItem[];
  deadline: { overdue: boolean; daysLeft: number | null; onTime: boolean | null };
  can: {
    work: boolean;
    start: boolean;
    assign: boolean;
    redirect: boolean;
    redirectUntil: string;
    extend: boolean;
    maxExtension: number;
    answer: boolean;
    rate: boolean;
    publish: boolean;
    isAuthor: boolean;
  };
  bodies: { label: string; options: { value: string; label: string }[] }[];
  colleagues: { id: string; name: string }[];
  draft: { publicSubject: string; publicBody: string; publicAnswer: string } | null;
  /** The form that came back with errors, its values and messages. */
  form?: AppealForm;
  values?: FormValues;
  errors?: FieldErrors;
  /** The answer form was sent on a stale version: a colleague changed the appeal meanwhile. */
  conflict?: boolean;
}

const paragraphs = (text: string) =>
  text
    .split(/\n{1,}/)
    .filter((p) => p.trim())
    .map((p, i) => <p key={i}>{p}</p>);

/** One appeal: for its author (status, answer, rating) and for the body's officials (the actions). */
export function AppealPage(p: AppealPageProps) {
  const { t, locale } = useCtx();
  const a = p.a;
  const errors = p.errors ?? {};
  const of = (form: AppealForm) => (p.form === form ? errors : {});
  const val = (form: AppealForm, k: string, fallback = '') =>
    p.form === form && typeof p.values?.[k] === 'string' ? (p.values[k] as string) : fallback;
  const action = (verb: string) => localHref(locale, `/appeals/${a.number}/${verb}`);
  const title = t('appeals.appeal.title', { number: a.number });
  const section = (id: string, heading: string, children: ComponentChildren) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        ...crumbsRoot(t),
        ...(p.can.work
          ? ([[t('appeals.queue.title'), `/appeals/queue?body=${a.body_code}`]] as [string, string][])
          : p.can.isAuthor
            ? ([[t('appeals.mine.title'), '/appeals/mine']] as [string, string][])
            : []),
      ]}
    >
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      {p.conflict ? (
        <div class="warning" role="alert">
          <p>{t('appeals.appeal.conflict')}</p>
        </div>
      ) : null}
      {a.status === 'redirected' && p.originalBody ? (
        <div class="notice">
          <p>
            {t('appeals.appeal.redirectedNotice', {
              from: p.originalBody,
              to: prefixedBodyName(a, locale),
              reason: a.redirect_reason ?? '',
            })}
          </p>
        </div>
      ) : null}
      <SummaryList
        rows={[
          [t('appeals.field.kind'), t(`appeals.kind.${a.kind}`)],
          [t('appeals.field.status'), <AppealStatusTag status={a.status} />],
          [t('appeals.field.body'), prefixedBodyName(a, locale)],
          ...(p.originalBody
            ? ([[t('appeals.field.originalBody'), p.originalBody]] as [string, ComponentChildren][])
            : []),
          [t('appeals.field.registered'), formatDate(a.registered_at, locale, true)],
          [t('appeals.field.due'), <DeadlineTag dueOn={a.due_on} {...p.deadline} />],
          ...(a.extended_at
            ? ([
                [
                  t('appeals.field.extension'),
                  t('appeals.appeal.extendedBy', { count: a.extension_days ?? 0, reason: a.extension_reason ?? '' }),
                ],
              ] as [string, ComponentChildren][])
            : []),
          ...(a.escalated_at
            ? ([[t('appeals.field.escalated'), formatDate(a.escalated_at, locale)]] as [string, ComponentChildren][])
            : []),
          ...(p.can.work
            ? ([
                [t('appeals.field.citizen'), a.citizen_name],
                [t('appeals.field.assignee'), a.assignee_name ?? t('appeals.appeal.nobody')],
              ] as [string, ComponentChildren][])
            : []),
          [t('appeals.field.consent'), t(a.publish_consent ? 'appeals.appeal.consentYes' : 'appeals.appeal.consentNo')],
          ...(a.published_at
            ? ([
                [
                  t('appeals.field.published'),
                  <a href={localHref(locale, `/appeals/published/${a.number}`)}>{t('appeals.appeal.publicVersion')}</a>,
                ],
              ] as [string, ComponentChildren][])
            : []),
        ]}
      />

      {section('appeal-text', a.subject, <div lang={a.lang}>{paragraphs(a.body)}</div>)}
      {p.files.length
        ? section(
            'appeal-files',
            t('appeals.appeal.files'),
            <ul>
              {p.files.map((f) => (
                <li key={f.id}>
                  <a href={localHref(locale, `/appeals/${a.number}/files/${f.id}`)}>{f.original_name}</a> (
                  {Math.max(1, Math.round(f.size_bytes / 1024))} KB)
                </li>
              ))}
            </ul>,
          )
        : null}

      {a.answer
        ? section(
            'appeal-answer',
            t('appeals.appeal.answer'),
            <>
              <p class="hint">{t('appeals.appeal.answeredOn', { date: formatDate(a.answered_on, locale) })}</p>
              <div class="answer">{paragraphs(a.answer)}</div>
            </>,
          )
        : null}

      {a.rating !== null
        ? section(
            'appeal-rating',
            t('appeals.appeal.rating'),
            <p>
              {t('appeals.appeal.ratingValue', { rating: a.rating })}
              {a.rating_comment ? ` — ${a.rating_comment}` : ''}
            </p>,
          )
        : null}

      {p.can.rate
        ? section(
            'rate',
            t('appeals.rate.title'),
            <Form action={action('rate')}>
              <RadioGroup
                name="rating"
                legend={t('appeals.rate.rating')}
                value={val('rate', 'rating')}
                error={of('rate').rating}
                options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t(`appeals.rate.score${n}`) }))}
              />
              <TextArea
                name="comment"
                label={t('appeals.rate.comment')}
                value={val('rate', 'comment')}
                error={of('rate').comment}
                rows={3}
              />
              <Button>{t('appeals.rate.submit')}</Button>
            </Form>,
          )
        : null}

      {p.can.work ? (
        <section aria-labelledby="work">
          <h2 id="work">{t('appeals.work.title')}</h2>
          {p.can.start ? (
            <Form action={action('start')}>
              <Button variant="secondary">{t('appeals.work.start')}</Button>
            </Form>
          ) : null}

          {p.can.answer ? (
            <>
              <h3>{t('appeals.work.answer')}</h3>
              <Form action={action('answer')}>
                <input type="hidden" name="version" value={val('answer', 'version', String(a.version))} />
                <TextArea
                  name="answer"
                  label={t('appeals.work.answerText')}
                  hint={t('appeals.work.answerHint')}
                  value={val('answer', 'answer')}
                  error={of('answer').answer}
                  required
                  rows={10}
                />
                <Button>{t('appeals.work.answerSubmit')}</Button>
              </Form>
            </>
          ) : null}

          {p.can.assign ? (
            <>
              <h3>{t('appeals.work.assign')}</h3>
              <Form action={action('assign')}>
                <input type="hidden" name="version" value={String(a.version)} />
                <SelectField
                  name="assignee"
                  label={t('appeals.work.assignee')}
                  value={val('assign', 'assignee', a.assigned_to ?? '')}
                  error={of('assign').assignee}
                  emptyOption={t('appeals.appeal.nobody')}
                  options={p.colleagues.map((c) => ({ value: c.id, label: c.name }))}
                />
                <Button variant="secondary">{t('appeals.work.assignSubmit')}</Button>
              </Form>
            </>
          ) : null}

          {p.can.extend ? (
            <>
              <h3>{t('appeals.work.extend')}</h3>
              <Form action={action('extend')}>
                <TextField
                  name="days"
                  label={t('appeals.work.days')}
                  hint={t('appeals.work.daysHint', { max: p.can.maxExtension })}
                  value={val('extend', 'days')}
                  error={of('extend').days}
                  required
                  width="short"
                  inputmode="numeric"
                />
                <TextArea
                  name="extendReason"
                  label={t('appeals.work.reason')}
                  value={val('extend', 'extendReason')}
                  error={of('extend').extendReason}
                  required
                  rows={3}
                />
                <Button variant="secondary">{t('appeals.work.extendSubmit')}</Button>
              </Form>
            </>
          ) : null}

          {p.can.redirect ? (
            <>
              <h3>{t('appeals.work.redirect')}</h3>
              <p class="hint">{t('appeals.work.redirectUntil', { date: formatDate(p.can.redirectUntil, locale) })}</p>
              <Form action={action('redirect')}>
                <GroupedSelect
                  name="toBody"
                  label={t('appeals.work.toBody')}
                  value={val('redirect', 'toBody')}
                  error={of('redirect').toBody}
                  emptyOption={t('appeals.form.chooseBody')}
                  groups={p.bodies}
                />
                <TextArea
                  name="redirectReason"
                  label={t('appeals.work.reason')}
                  value={val('redirect', 'redirectReason')}
                  error={of('redirect').redirectReason}
                  required
                  rows={3}
                />
                <Button variant="secondary">{t('appeals.work.redirectSubmit')}</Button>
              </Form>
            </>
          ) : null}

          {p.can.publish && p.draft ? (
            <>
              <h3>{t(a.published_at ? 'appeals.work.republish' : 'appeals.work.publish')}</h3>
              <p class="hint">{t('appeals.work.publishHint')}</p>
              <Form action={action('publish')}>
                <TextField
                  name="publicSubject"
                  label={t('appeals.work.publicSubject')}
                  value={val('publish', 'publicSubject', a.public_subject ?? p.draft.publicSubject)}
                  error={of('publish').publicSubject}
                  required
                />
                <TextArea
                  name="publicBody"
                  label={t('appeals.work.publicBody')}
                  value={val('publish', 'publicBody', a.public_body ?? p.draft.publicBody)}
                  error={of('publish').publicBody}
                  required
                  rows={8}
                />
                <TextArea
                  name="publicAnswer"
                  label={t('appeals.work.publicAnswer')}
                  value={val('publish', 'publicAnswer', a.public_answer ?? p.draft.publicAnswer)}
                  error={of('publish').publicAnswer}
                  required
                  rows={8}
                />
                <Button variant="secondary">{t('appeals.work.publishSubmit')}</Button>
              </Form>
            </>
          ) : null}
        </section>
      ) : null}

      {p.history.length
        ? section(
            'appeal-history',
            t('appeals.appeal.history'),
            <ol>
              {p.history.map((h, i) => (
                <li key={i}>
                  {formatDate(h.at, locale, true)} — {t(`appeals.history.${h.action.replace(/^appeals\./, '')}`)}
                  {h.actor_name ? ` (${h.actor_name})` : ''}
                </li>
              ))}
            </ol>,
          )
        : null}
    </Layout>
  );
}
