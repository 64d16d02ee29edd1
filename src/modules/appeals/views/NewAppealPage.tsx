import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  Form,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { RadioGroup } from '../../../platform/kit/index.ts';
import { Layout } from '../../../platform/views/Layout.tsx';
import { APPEAL_KINDS } from '../domain.ts';
import { SUBMIT_ORDER } from '../schemas.ts';
import { Checkbox, crumbsRoot, FilesField, GroupedSelect } from './components.tsx';

export interface NewAppealProps {
  values: FormValues;
  errors: FieldErrors;
  bodies: { label: string; options: { value: string; label: string }[] }[];
  maxUploadMb: number;
  maxFiles: number;
}

/** The appeal form: kind, addressee, subject, text, attachments, consent to publication. */
export function NewAppealPage(p: NewAppealProps) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const labels = Object.fromEntries(SUBMIT_ORDER.map((k) => [k, t(`appeals.form.${k}`)]));
  return (
    <Layout title={t('appeals.form.title')} hasErrors={Object.keys(p.errors).length > 0} crumbs={crumbsRoot(t)}>
      <ErrorSummary errors={p.errors} order={SUBMIT_ORDER} labels={labels} />
      <h1>{t('appeals.form.title')}</h1>
      <p class="lead">{t('appeals.form.lead')}</p>
      <Form action={localHref(locale, '/appeals/new')} multipart>
        <RadioGroup
          name="kind"
          legend={t('appeals.form.kind')}
          value={s('kind')}
          error={p.errors.kind}
          options={APPEAL_KINDS.map((k) => ({ value: k, label: t(`appeals.kind.${k}`) }))}
        />
        <GroupedSelect
          name="body"
          label={t('appeals.form.body')}
          hint={t('appeals.form.bodyHint')}
          value={s('body')}
          error={p.errors.body}
          emptyOption={t('appeals.form.chooseBody')}
          groups={p.bodies}
        />
        <TextField
          name="subject"
          label={t('appeals.form.subject')}
          value={s('subject')}
          error={p.errors.subject}
          required
        />
        <TextArea
          name="text"
          label={t('appeals.form.text')}
          hint={t('appeals.form.textHint')}
          value={s('text')}
          error={p.errors.text}
          required
          rows={10}
        />
        <FilesField
          name="attachments"
          label={t('appeals.form.attachments')}
          hint={t('appeals.form.attachmentsHint', { max: p.maxUploadMb, files: p.maxFiles })}
          error={p.errors.attachments}
          accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xlsx"
        />
        <Checkbox
          name="consent"
          label={t('appeals.form.consent')}
          hint={t('appeals.form.consentHint')}
          checked={s('consent') === 'yes'}
          error={p.errors.consent}
        />
        <Button>{t('appeals.form.submit')}</Button>
      </Form>
    </Layout>
  );
}
