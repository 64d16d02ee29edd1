/** The forms of the module: a draft (new, edit, new version), the discussion period, a comment, an answer, a conclusion. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { RadioGroup } from '../../../platform/kit/index.ts';
import { ANSWER_STATUSES, CONCLUSION_KINDS, DRAFT_KINDS } from '../domain.ts';
import { DRAFT_FORM_ORDER, VERSION_FORM_ORDER } from '../schemas.ts';
import { LanguageNote, LegStyles, Paragraphs } from './components.tsx';

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined);
const hasErrors = (e: FieldErrors) => Object.keys(e).length > 0;

/** Field names in the error summary, so that six "Fill in this field" stay distinguishable. */
const labels = (t: (k: string) => string): Record<string, string> => ({
  stateBody: t('legislation.form.stateBody'),
  kind: t('legislation.form.kind'),
  titleKk: t('legislation.form.titleKk'),
  titleRu: t('legislation.form.titleRu'),
  textKk: t('legislation.form.textKk'),
  textRu: t('legislation.form.textRu'),
  noteKk: t('legislation.form.noteKk'),
  noteRu: t('legislation.form.noteRu'),
  changesKk: t('legislation.versionForm.changesKk'),
  changesRu: t('legislation.versionForm.changesRu'),
  lastDay: t('legislation.open.lastDay'),
});

/** Stale-form message (optimistic locking) shown above the form, not tied to a field. */
function FormMessage({ errors }: { errors: FieldErrors }) {
  const { t } = useCtx();
  return errors._form ? (
    <p class="warning" role="alert">
      <span class="visually-hidden">{t('common.errorPrefix')} </span>
      {errors._form}
    </p>
  ) : null;
}

export function DraftFormPage(p: {
  mode: 'new' | 'edit';
  id?: string;
  title?: string;
  values: FormValues;
  errors: FieldErrors;
  bodies: { id: string; name: string }[];
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => str(p.values[k]);
  const heading = p.mode === 'new' ? t('legislation.form.newTitle') : t('legislation.form.editTitle');
  const action = p.mode === 'new' ? '/legislation/new' : `/legislation/${p.id}/edit`;
  const crumbs: [string, string][] = [
    [t('legislation.list.title'), '/legislation'],
    ...(p.id && p.title ? ([[p.title, `/legislation/${p.id}`]] as [string, string][]) : []),
  ];
  const { _form, ...fieldErrs } = p.errors;
  return (
    <Layout title={heading} hasErrors={hasErrors(p.errors)} crumbs={crumbs}>
      <h1>{heading}</h1>
      <ErrorSummary errors={fieldErrs} order={DRAFT_FORM_ORDER} labels={labels(t)} />
      <FormMessage errors={p.errors} />
      <p>{t('legislation.form.lead')}</p>
      <Form action={localHref(locale, action)} multipart>
        {p.mode === 'edit' ? <input type="hidden" name="lockVersion" value={v('lockVersion') ?? '0'} /> : null}
        {p.mode === 'new' ? (
          <SelectField
            name="stateBody"
            label={t('legislation.form.stateBody')}
            value={v('stateBody')}
            error={p.errors.stateBody}
            required
            emptyOption={p.bodies.length > 1 ? t('legislation.form.choose') : undefined}
            options={p.bodies.map((b) => ({ value: b.id, label: b.name }))}
          />
        ) : null}
        <SelectField
          name="kind"
          label={t('legislation.form.kind')}
          value={v('kind')}
          error={p.errors.kind}
          required
          emptyOption={t('legislation.form.choose')}
          options={DRAFT_KINDS.map((k) => ({ value: k, label: t(`legislation.kind.${k}`) }))}
        />
        <TextField
          name="titleKk"
          label={t('legislation.form.titleKk')}
          value={v('titleKk')}
          error={p.errors.titleKk}
          required
        />
        <TextField
          name="titleRu"
          label={t('legislation.form.titleRu')}
          value={v('titleRu')}
          error={p.errors.titleRu}
          required
        />
        <TextArea
          name="textKk"
          label={t('legislation.form.textKk')}
          hint={t('legislation.form.textKkHint')}
          value={v('textKk')}
          error={p.errors.textKk}
          rows={16}
          required
        />
        <TextArea
          name="textRu"
          label={t('legislation.form.textRu')}
          hint={t('legislation.form.textRuHint')}
          value={v('textRu')}
          error={p.errors.textRu}
          rows={16}
          required
        />
        <FileField
          name="fileKk"
          label={t('legislation.form.fileKk')}
          hint={t('legislation.form.fileHint')}
          accept=".txt,text/plain"
        />
        <FileField
          name="fileRu"
          label={t('legislation.form.fileRu')}
          hint={t('legislation.form.fileHint')}
          accept=".txt,text/plain"
        />
        <TextArea
          name="noteKk"
          label={t('legislation.form.noteKk')}
          value={v('noteKk')}
          error={p.errors.noteKk}
          rows={6}
          required
        />
        <TextArea
          name="noteRu"
          label={t('legislation.form.noteRu')}
          value={v('noteRu')}
          error={p.errors.noteRu}
          rows={6}
          required
        />
        <Button>{p.mode === 'new' ? t('legislation.form.create') : t('legislation.form.save')}</Button>
      </Form>
    </Layout>
  );
}

export function VersionFormPage(p: {
  id: string;
  title: string;
  next: number;
  minimum: string;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => str(p.values[k]);
  const heading = t('legislation.versionForm.title', { n: p.next });
  const { _form, ...fieldErrs } = p.errors;
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <h1>{heading}</h1>
      <ErrorSummary errors={fieldErrs} order={VERSION_FORM_ORDER} labels={labels(t)} />
      <FormMessage errors={p.errors} />
      <p>{t('legislation.versionForm.lead')}</p>
      <Form action={localHref(locale, `/legislation/${p.id}/versions/new`)}>
        <input type="hidden" name="lockVersion" value={v('lockVersion') ?? '0'} />
        <TextArea
          name="textKk"
          label={t('legislation.form.textKk')}
          hint={t('legislation.form.textKkHint')}
          value={v('textKk')}
          error={p.errors.textKk}
          rows={16}
          required
        />
        <TextArea
          name="textRu"
          label={t('legislation.form.textRu')}
          hint={t('legislation.form.textRuHint')}
          value={v('textRu')}
          error={p.errors.textRu}
          rows={16}
          required
        />
        <TextArea
          name="changesKk"
          label={t('legislation.versionForm.changesKk')}
          value={v('changesKk')}
          error={p.errors.changesKk}
          rows={5}
          required
        />
        <TextArea
          name="changesRu"
          label={t('legislation.versionForm.changesRu')}
          value={v('changesRu')}
          error={p.errors.changesRu}
          rows={5}
          required
        />
        <TextArea
          name="noteKk"
          label={t('legislation.form.noteKk')}
          value={v('noteKk')}
          error={p.errors.noteKk}
          rows={6}
          required
        />
        <TextArea
          name="noteRu"
          label={t('legislation.form.noteRu')}
          value={v('noteRu')}
          error={p.errors.noteRu}
          rows={6}
          required
        />
        <TextField
          name="lastDay"
          type="date"
          width="medium"
          label={t('legislation.open.lastDay')}
          hint={t('legislation.open.lastDayHint', { date: formatDate(p.minimum, locale) })}
          value={v('lastDay')}
          error={p.errors.lastDay}
          required
        />
        <Button>{t('legislation.versionForm.submit')}</Button>
      </Form>
    </Layout>
  );
}

export function OpenPage(p: {
  id: string;
  title: string;
  minimum: string;
  minDays: number;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => str(p.values[k]);
  const heading = t('legislation.open.title');
  const { _form, ...fieldErrs } = p.errors;
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <h1>{heading}</h1>
      <ErrorSummary errors={fieldErrs} order={['lastDay']} />
      <FormMessage errors={p.errors} />
      <p>{t('legislation.open.lead', { days: p.minDays, date: formatDate(p.minimum, locale) })}</p>
      <Form action={localHref(locale, `/legislation/${p.id}/open`)}>
        <input type="hidden" name="lockVersion" value={v('lockVersion') ?? '0'} />
        <TextField
          name="lastDay"
          type="date"
          width="medium"
          label={t('legislation.open.lastDay')}
          hint={t('legislation.open.lastDayHint', { date: formatDate(p.minimum, locale) })}
          value={v('lastDay')}
          error={p.errors.lastDay}
          required
        />
        <Button>{t('legislation.open.submit')}</Button>
      </Form>
    </Layout>
  );
}

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
      <h1>{heading}</h1>
      <ErrorSummary errors={p.errors} order={['unit', 'body', 'onBehalf']} />
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
  const { _form, ...fieldErrs } = p.errors;
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
      <h1>{heading}</h1>
      <ErrorSummary errors={fieldErrs} order={['status', 'reason']} />
      <FormMessage errors={p.errors} />
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
      <h1>{heading}</h1>
      <ErrorSummary errors={p.errors} order={['kind', 'organization', 'summary', 'document']} />
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
