/** Public hearings: the list and a hearing's page (materials, registration, questions and answers, minutes). */
import { regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, SummaryList, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  fieldId,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { HEARING_STATUSES } from '../domain.ts';
import { bodyName, regionName } from '../presenters.ts';
import { type DocumentView, type HearingView, type QuestionView } from '../presenters/views.ts';
import { ActionForm, Fields, type FieldSpec } from '../../../platform/kit/index.ts';
import { CouncilsTag, Documents, when } from './components.tsx';

export interface HearingListProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  rows: HearingView[];
  total: number;
  page: number;
  pageSize: number;
  bodies: { code: string; name: string }[];
  canAnnounce: boolean;
}

export function HearingListPage(p: HearingListProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('councils.hearings.title')}
      description={t('councils.hearings.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <ErrorSummary errors={p.errors} order={['q', 'status', 'region', 'body', 'page']} />
      <h1>{t('councils.hearings.title')}</h1>
      <p class="lead">{t('councils.hearings.lead')}</p>
      <div role="search" aria-label={t('councils.hearings.formLabel')}>
        <Form action={localHref(locale, '/hearings')} method="get" class="filters">
          <TextField name="q" label={t('councils.list.q')} value={p.values.q} error={p.errors.q} spellcheck={false} />
          <SelectField
            name="status"
            label={t('councils.field.status')}
            value={v('status')}
            error={p.errors.status}
            emptyOption={t('councils.list.any')}
            options={HEARING_STATUSES.map((s) => ({ value: s, label: t(`councils.status.${s}`) }))}
          />
          <SelectField
            name="region"
            label={t('councils.field.region')}
            value={v('region')}
            error={p.errors.region}
            emptyOption={t('councils.list.allRegions')}
            options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
          />
          <SelectField
            name="body"
            label={t('councils.field.stateBody')}
            value={v('body')}
            error={p.errors.body}
            emptyOption={t('councils.list.any')}
            options={p.bodies.map((b) => ({ value: b.code, label: b.name }))}
          />
          <Button>{t('councils.list.search')}</Button>
        </Form>
      </div>
      <h2 id="results">{t('councils.hearings.results', { count: p.total })}</h2>
      {p.errors.page ? (
        <p class="error-message" id={fieldId('page')}>
          {p.errors.page}
        </p>
      ) : null}
      {p.rows.length ? (
        <Table
          caption={t('councils.hearings.caption')}
          rows={p.rows}
          rowKey={(h) => h.id}
          columns={[
            {
              header: t('councils.hearing.when'),
              cell: (h) => <span class="nowrap">{when(h.starts_at, locale)}</span>,
            },
            {
              header: t('councils.hearing.titleField'),
              cell: (h) => <a href={localHref(locale, `/hearings/${h.id}`)}>{h.title}</a>,
            },
            { header: t('councils.field.stateBody'), cell: (h) => bodyName(h, locale) },
            { header: t('councils.field.region'), cell: (h) => regionName(h.region, locale) || '—' },
            { header: t('councils.field.status'), cell: (h) => <CouncilsTag status={h.status} /> },
          ]}
        />
      ) : (
        <p>{t('councils.hearings.none')}</p>
      )}
      <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/hearings" query={p.linkQuery} />
      <h2>{t('councils.list.more')}</h2>
      <ul>
        {p.canAnnounce ? (
          <li>
            <a href={localHref(locale, '/hearings/new')}>{t('councils.hearing.announce')}</a>
          </li>
        ) : null}
        <li>
          <a href={localHref(locale, '/councils')}>{t('councils.list.title')}</a>
        </li>
        <li>
          <a href="/open-data/hearings.csv">{t('councils.hearings.csv')}</a>
        </li>
        <li>
          <a href={`/${locale}/feeds/hearings.atom`}>{t('councils.hearings.feed')}</a>
        </li>
        <li>
          <a href="/api/v1/hearings">{t('councils.list.api')}</a>
        </li>
      </ul>
    </Layout>
  );
}

export interface HearingPageProps {
  hearing: HearingView;
  councilName: string | null;
  questions: QuestionView[];
  registrations: number;
  materials: DocumentView[];
  earliestDate: string;
  can: {
    register: boolean;
    ask: boolean;
    manage: boolean;
    moderate: boolean;
    answer: boolean;
    record: boolean;
    publish: boolean;
    cancel: boolean;
  };
  registered: boolean;
  unanswered: number;
  form?: { name: 'register' | 'question' | 'minutes'; values: FormValues; errors: FieldErrors };
}

export function HearingPage(p: HearingPageProps) {
  const { t, locale, actor } = useCtx();
  const h = p.hearing;
  const f = (name: 'register' | 'question' | 'minutes') =>
    p.form?.name === name ? p.form : { values: {}, errors: {} };
  const registerFields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'mode',
      label: t('councils.hearing.mode'),
      required: true,
      options: [
        { value: 'in_person', label: t('councils.hearing.modeInPerson') },
        { value: 'online', label: t('councils.hearing.modeOnline') },
      ],
      emptyOption: t('councils.choose'),
    },
  ];
  const questionFields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'kind',
      label: t('councils.question.kind'),
      required: true,
      options: [
        { value: 'question', label: t('councils.question.kindQuestion') },
        { value: 'proposal', label: t('councils.question.kindProposal') },
      ],
      emptyOption: t('councils.choose'),
    },
    {
      kind: 'textarea',
      name: 'text',
      label: t('councils.question.text'),
      required: true,
      rows: 4,
      hint: t('councils.question.textHint'),
    },
  ];
  const minutesFields: FieldSpec[] = [
    { kind: 'number', name: 'participants', label: t('councils.hearing.participants'), required: true },
    { kind: 'textarea', name: 'minutes', label: t('councils.hearing.minutes'), required: true, rows: 8 },
  ];
  const errs = p.form?.errors ?? {};
  const all =
    p.form?.name === 'register' ? registerFields : p.form?.name === 'minutes' ? minutesFields : questionFields;
  const visible = p.questions.filter((q) => !q.hidden);
  const hidden = p.questions.filter((q) => q.hidden);
  return (
    <Layout
      title={h.title}
      hasErrors={Object.keys(errs).length > 0}
      crumbs={[[t('councils.hearings.title'), '/hearings']]}
    >
      <ErrorSummary
        errors={errs}
        order={all.map((x) => x.name)}
        labels={Object.fromEntries(all.map((x) => [x.name, x.label]))}
      />
      <h1>{h.title}</h1>
      <p class="tags">
        <CouncilsTag status={h.status} />
      </p>
      <SummaryList
        rows={[
          [t('councils.hearing.organiser'), bodyName(h, locale)],
          ...(p.councilName && h.council_id
            ? [
                [
                  t('councils.selection.council'),
                  <a href={localHref(locale, `/councils/${h.council_id}`)}>{p.councilName}</a>,
                ] as [string, any],
              ]
            : []),
          [t('councils.hearing.when'), when(h.starts_at, locale)],
          [t('councils.hearing.location'), h.location],
          [t('councils.hearing.announcedAt'), formatDate(h.announced_at, locale)],
          [t('councils.hearing.registered'), formatNumber(p.registrations, locale)],
          ...(h.participants_count !== null
            ? [[t('councils.hearing.participants'), formatNumber(h.participants_count, locale)] as [string, string]]
            : []),
          ...(h.cancel_reason ? [[t('councils.meeting.cancelReason'), h.cancel_reason] as [string, string]] : []),
        ]}
      />
      <section aria-labelledby="materials-title">
        <h2 id="materials-title">{t('councils.hearing.materials')}</h2>
        <p style="white-space: pre-line">{h.description}</p>
        <Documents docs={p.materials} label={t('councils.hearing.materials')} />
      </section>

      {h.status === 'announced' ? (
        <section aria-labelledby="register-title">
          <h2 id="register-title">{t('councils.hearing.registerTitle')}</h2>
          {p.registered ? (
            <p class="notice">{t('councils.hearing.youRegistered')}</p>
          ) : p.can.register ? (
            <Form action={localHref(locale, `/hearings/${h.id}/register`)}>
              <Fields fields={registerFields} values={f('register').values} errors={f('register').errors} />
              <Button>{t('councils.hearing.registerSubmit')}</Button>
            </Form>
          ) : !actor ? (
            <p>
              <a href={localHref(locale, `/login?returnTo=${encodeURIComponent(`/${locale}/hearings/${h.id}`)}`)}>
                {t('councils.hearing.signInToTakePart')}
              </a>
            </p>
          ) : (
            <p>{t('councils.hearing.registrationClosed')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t('councils.question.title', { count: visible.length })}</h2>
        {visible.length ? (
          visible.map((q) => (
            <div class="card" key={q.id} id={`q-${q.id}`}>
              <p class="hint">
                {q.author_name}, {when(q.created_at, locale)} · {t(`councils.question.kind_${q.kind}`)} ·{' '}
                {t(`councils.question.phase_${q.phase}`)}
              </p>
              <p>{q.text}</p>
              {q.answer ? (
                <p>
                  <strong>{t('councils.question.answer')}</strong>
                  {q.outcome && q.outcome !== 'answered' ? (
                    <>
                      {' '}
                      <CouncilsTag status={q.outcome} />
                    </>
                  ) : null}
                  : {q.answer}
                </p>
              ) : (
                <p class="hint">{t('councils.question.awaiting')}</p>
              )}
              {p.can.answer || p.can.moderate ? (
                <ul class="actions">
                  {p.can.answer ? (
                    <li>
                      <a href={localHref(locale, `/hearings/questions/${q.id}/answer`)}>
                        {t('councils.question.answerLink')}
                      </a>
                    </li>
                  ) : null}
                  {p.can.moderate ? (
                    <li>
                      <a href={localHref(locale, `/hearings/questions/${q.id}/hide`)}>
                        {t('councils.question.hideLink')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </div>
          ))
        ) : (
          <p>{t('councils.question.none')}</p>
        )}
        {hidden.length ? (
          <p class="hint">
            {t('councils.question.hiddenCount', { count: hidden.length })}{' '}
            {hidden
              .map((q) => q.hidden_reason)
              .filter(Boolean)
              .join('; ')}
          </p>
        ) : null}
        {p.can.ask ? (
          <Form action={localHref(locale, `/hearings/${h.id}/questions`)}>
            <h3>{t('councils.question.ask')}</h3>
            <Fields fields={questionFields} values={f('question').values} errors={f('question').errors} />
            <Button>{t('councils.question.askSubmit')}</Button>
          </Form>
        ) : null}
      </section>

      {h.minutes ? (
        <section aria-labelledby="minutes-title">
          <h2 id="minutes-title">{t('councils.hearing.minutes')}</h2>
          <p style="white-space: pre-line">{h.minutes}</p>
        </section>
      ) : null}
      {h.status === 'answered' ? (
        <p class="notice">{t('councils.hearing.answeredOn', { date: formatDate(h.answered_at, locale) })}</p>
      ) : null}

      {p.can.manage && h.status !== 'answered' && h.status !== 'cancelled' ? (
        <section aria-labelledby="organiser-title">
          <h2 id="organiser-title">{t('councils.hearing.organiserTitle')}</h2>
          {p.can.record ? (
            <Form action={localHref(locale, `/hearings/${h.id}/minutes`)}>
              <input type="hidden" name="version" value={String(h.version)} />
              <Fields fields={minutesFields} values={f('minutes').values} errors={f('minutes').errors} />
              <Button>{t('councils.hearing.recordSubmit')}</Button>
            </Form>
          ) : h.status === 'announced' ? (
            <p>{t('councils.hearing.recordAfterStart')}</p>
          ) : null}
          {h.status === 'held' ? (
            p.unanswered ? (
              <p>{t('councils.hearing.unanswered', { count: p.unanswered })}</p>
            ) : null
          ) : null}
          {p.can.publish ? (
            <ActionForm
              action={`/hearings/${h.id}/publish`}
              label={t('councils.hearing.publish')}
              hidden={{ version: h.version }}
            />
          ) : null}
          {p.can.cancel ? (
            <p>
              <a href={localHref(locale, `/hearings/${h.id}/cancel`)}>{t('councils.hearing.cancel')}</a>
            </p>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
