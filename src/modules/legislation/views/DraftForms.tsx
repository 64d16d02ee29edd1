/** The developer's forms: a draft (new, edit), a new version, the discussion period. */
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
import { DRAFT_KINDS } from '../domain.ts';
import { DRAFT_FORM_ORDER, VERSION_FORM_ORDER } from '../schemas.ts';
import { hasErrors, str } from './components.tsx';

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

/** The draft's text in both languages: the same two fields on a new draft and on a new version. */
function DraftTexts(p: { values: FormValues; errors: FieldErrors }) {
  const { t } = useCtx();
  const v = (k: string) => str(p.values[k]);
  return (
    <>
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
    </>
  );
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
  return (
    <Layout title={heading} hasErrors={hasErrors(p.errors)} crumbs={crumbs}>
      <ErrorSummary errors={p.errors} order={DRAFT_FORM_ORDER} labels={labels(t)} />
      <h1>{heading}</h1>
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
        <DraftTexts values={p.values} errors={p.errors} />
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
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={VERSION_FORM_ORDER} labels={labels(t)} />
      <h1>{heading}</h1>
      <p>{t('legislation.versionForm.lead')}</p>
      <Form action={localHref(locale, `/legislation/${p.id}/versions/new`)}>
        <input type="hidden" name="lockVersion" value={v('lockVersion') ?? '0'} />
        <DraftTexts values={p.values} errors={p.errors} />
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
  return (
    <Layout
      title={heading}
      hasErrors={hasErrors(p.errors)}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['lastDay']} />
      <h1>{heading}</h1>
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
