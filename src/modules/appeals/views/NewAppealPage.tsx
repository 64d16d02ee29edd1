import { TextArea, TextField, type FieldErrors, type FormValues } from '../../../platform/views/forms.tsx';
import { FormPage, RadioGroup } from '../../../platform/kit/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
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

/**
 * The appeal form: kind, addressee, subject, text, attachments, consent to publication. The kit's
 * FormPage with its fields laid out by hand (grouped bodies, several files, one checkbox).
 */
export function NewAppealPage(p: NewAppealProps) {
  const { t } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const labels = Object.fromEntries(SUBMIT_ORDER.map((k) => [k, t(`appeals.form.${k}`)]));
  return (
    <FormPage
      title={t('appeals.form.title')}
      crumbs={crumbsRoot(t)}
      intro={<p class="lead">{t('appeals.form.lead')}</p>}
      action="/appeals/new"
      multipart
      values={p.values}
      errors={p.errors}
      errorOrder={SUBMIT_ORDER}
      errorLabels={labels}
      submit={t('appeals.form.submit')}
    >
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
    </FormPage>
  );
}
