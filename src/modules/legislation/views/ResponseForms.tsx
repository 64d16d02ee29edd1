/** The forms of the discussion: a comment, the developer's answer, a conclusion. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { RadioGroup } from '../../../platform/kit/index.ts';
import { ANSWER_STATUSES, CONCLUSION_KINDS } from '../domain.ts';
import { hasErrors, LanguageNote, LegStyles, Paragraphs, str } from './components.tsx';

export function CommentPage(p: {
  id: string;
  title: string;
  unitText: string | null;
  unitLabel: string | null;
  units: { key: string; label: string }[];
  organizations: { bin: string; name: string }[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => str(p.values[k]);
  const heading = t('legislation.comment.title');
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <LegStyles />
      <ErrorSummary errors={p.errors} order={['unit', 'body', 'onBehalf']} />
      <h1>{heading}</h1>
      <LanguageNote />
      <p lang={locale === 'kk' ? 'kk' : 'ru'}>{p.title}</p>
      {p.unitText !== null ? (
        <blockquote class="leg-text">
          <p>
            <strong>{p.unitLabel}</strong>
          </p>
          <Paragraphs text={p.unitText} lang={locale === 'kk' ? 'kk' : 'ru'} />
        </blockquote>
      ) : null}
      <p>{t('legislation.comment.lead')}</p>
      <Form action={localHref(locale, `/legislation/${p.id}/comment`)}>
        <SelectField
          name="unit"
          label={t('legislation.comment.unit')}
          value={v('unit')}
          error={p.errors.unit}
          required
          emptyOption={t('legislation.form.choose')}
          options={p.units.map((u) => ({ value: u.key, label: u.label }))}
        />
        <TextArea
          name="body"
          label={t('legislation.comment.body')}
          hint={t('legislation.comment.bodyHint')}
          value={v('body')}
          error={p.errors.body}
          rows={8}
          required
        />
        {p.organizations.length ? (
          <SelectField
            name="onBehalf"
            label={t('legislation.comment.onBehalf')}
            value={v('onBehalf') ?? ''}
            error={p.errors.onBehalf}
            required
            options={[
              { value: '', label: t('legislation.comment.asMyself') },
              ...p.organizations.map((o) => ({ value: o.bin, label: o.name })),
            ]}
          />
        ) : null}
        <Button>{t('legislation.comment.submit')}</Button>
      </Form>
    </Layout>
  );
}

export function AnswerPage(p: {
  id: string;
  title: string;
  unitLabel: string;
  unitText: string;
  comment: {
    author: string;
    organization: string | null;
    body: string;
    lang: string;
    createdAt: Date;
    supports: number;
  };
  values: FormValues;
  errors: FieldErrors;
  remaining: number;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => str(p.values[k]);
  const heading = t('legislation.answerForm.title');
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <LegStyles />
      <ErrorSummary errors={p.errors} order={['status', 'reason']} />
      <h1>{heading}</h1>
      <p>{t('legislation.answerForm.remaining', { count: p.remaining })}</p>
      <h2>{p.unitLabel}</h2>
      <blockquote class="leg-text">
        <Paragraphs text={p.unitText} lang={locale === 'kk' ? 'kk' : 'ru'} />
      </blockquote>
      <h2>{t('legislation.answerForm.comment')}</h2>
      <div class="leg-comment">
        <p>
          <strong>{p.comment.author}</strong>
          {p.comment.organization ? ` (${p.comment.organization})` : ''} ·{' '}
          <span class="hint">{formatDate(p.comment.createdAt, locale, true)}</span>
        </p>
        <Paragraphs text={p.comment.body} lang={p.comment.lang} />
        <p class="hint">
          {p.comment.supports
            ? t('legislation.draft.supports', { count: p.comment.supports })
            : t('legislation.draft.noSupports')}
        </p>
      </div>
      <Form action={localHref(locale, `/legislation/${p.id}/comments/${String(p.values.commentId)}/answer`)}>
        <input type="hidden" name="answerVersion" value={v('answerVersion') ?? '0'} />
        <RadioGroup
          name="status"
          legend={t('legislation.answerForm.status')}
          value={v('status')}
          error={p.errors.status}
          options={ANSWER_STATUSES.map((s) => ({ value: s, label: t(`legislation.answer.${s}`) }))}
        />
        <TextArea
          name="reason"
          label={t('legislation.answerForm.reason')}
          hint={t('legislation.answerForm.reasonHint')}
          value={v('reason')}
          error={p.errors.reason}
          rows={6}
        />
        <Button>{t('legislation.answerForm.submit')}</Button>
      </Form>
    </Layout>
  );
}

export function ConclusionPage(p: {
  id: string;
  title: string;
  organizations: { bin: string; name: string }[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => str(p.values[k]);
  const heading = t('legislation.conclusionForm.title');
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['kind', 'organization', 'summary', 'document']} />
      <h1>{heading}</h1>
      <p>{t('legislation.conclusionForm.lead')}</p>
      <Form action={localHref(locale, `/legislation/${p.id}/conclusions/new`)} multipart>
        <RadioGroup
          name="kind"
          legend={t('legislation.conclusionForm.kind')}
          value={v('kind')}
          error={p.errors.kind}
          options={CONCLUSION_KINDS.map((k) => ({ value: k, label: t(`legislation.conclusion.${k}`) }))}
        />
        <SelectField
          name="organization"
          label={t('legislation.conclusionForm.organization')}
          value={v('organization')}
          error={p.errors.organization}
          required
          emptyOption={p.organizations.length > 1 ? t('legislation.form.choose') : undefined}
          options={p.organizations.map((o) => ({ value: o.bin, label: o.name }))}
        />
        <TextArea
          name="summary"
          label={t('legislation.conclusionForm.summary')}
          hint={t('legislation.conclusionForm.summaryHint')}
          value={v('summary')}
          error={p.errors.summary}
          rows={6}
          required
        />
        <FileField
          name="document"
          label={t('legislation.conclusionForm.document')}
          hint={t('legislation.conclusionForm.documentHint')}
          error={p.errors.document}
          required
          accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,application/pdf"
        />
        <Button>{t('legislation.conclusionForm.submit')}</Button>
      </Form>
    </Layout>
  );
}
