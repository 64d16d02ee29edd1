import { regions } from '../../../reference/index.ts';
import { FormPage, type FormState } from '../../../platform/kit/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../../platform/views/forms.tsx';
import { LANGUAGES, PROFILE_ORDER } from '../schemas.ts';

/** The volunteer's profile: what organisers see when someone signs up. */
export function ProfileFormPage(p: FormState & { returnTo: string | null; exists: boolean }) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const labels = Object.fromEntries(PROFILE_ORDER.map((k) => [k, t(`volunteering.field.${k}`)]));
  const langs = Array.isArray(p.values.languages) ? p.values.languages : p.values.languages ? [p.values.languages] : [];
  return (
    <FormPage
      title={t('volunteering.profile.title')}
      crumbs={[[t('volunteering.list.title'), '/volunteering']]}
      intro={<p class="lead">{t('volunteering.profile.lead')}</p>}
      action={`/volunteering/profile${p.returnTo ? `?returnTo=${encodeURIComponent(p.returnTo)}` : ''}`}
      values={p.values}
      errors={p.errors}
      errorOrder={PROFILE_ORDER}
      errorLabels={labels}
      submit={p.exists ? t('volunteering.profile.save') : t('volunteering.profile.create')}
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
    </FormPage>
  );
}
