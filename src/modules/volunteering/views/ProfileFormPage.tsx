import { regions } from '../../../reference/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { LANGUAGES, PROFILE_ORDER } from '../schemas.ts';

/** The volunteer's profile: what organisers see when someone signs up. */
export function ProfileFormPage(p: {
  values: FormValues;
  errors: FieldErrors;
  returnTo: string | null;
  exists: boolean;
}) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const labels = Object.fromEntries(PROFILE_ORDER.map((k) => [k, t(`volunteering.field.${k}`)]));
  const langs = Array.isArray(p.values.languages) ? p.values.languages : p.values.languages ? [p.values.languages] : [];
  return (
    <Layout
      title={t('volunteering.profile.title')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[[t('volunteering.list.title'), '/volunteering']]}
    >
      <h1>{t('volunteering.profile.title')}</h1>
      <p class="lead">{t('volunteering.profile.lead')}</p>
      <ErrorSummary errors={p.errors} order={PROFILE_ORDER} labels={labels} />
      <Form
        action={localHref(
          locale,
          `/volunteering/profile${p.returnTo ? `?returnTo=${encodeURIComponent(p.returnTo)}` : ''}`,
        )}
      >
        <SelectField
          name="region"
          label={labels.region}
          value={s('region')}
          error={p.errors.region}
          required
          emptyOption={t('volunteering.form.choose')}
          options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
        />
        <TextField
          name="birthYear"
          label={labels.birthYear}
          hint={t('volunteering.profile.birthYearHint')}
          value={s('birthYear')}
          error={p.errors.birthYear}
          required
          width="short"
          inputmode="numeric"
          autocomplete="bday-year"
        />
        <CheckboxGroup
          name="languages"
          label={labels.languages}
          values={langs}
          error={p.errors.languages}
          required
          options={LANGUAGES.map((l) => ({ value: l, label: t(`volunteering.language.${l}`) }))}
        />
        <TextField
          name="skills"
          label={labels.skills}
          hint={t('volunteering.form.skillsHint')}
          value={s('skills')}
          error={p.errors.skills}
        />
        <TextArea name="about" label={labels.about} value={s('about')} error={p.errors.about} rows={4} />
        <Button>{p.exists ? t('volunteering.profile.save') : t('volunteering.profile.create')}</Button>
      </Form>
    </Layout>
  );
}
