import { areas, regions } from '../../../reference/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { FormPage, type FormState } from '../../../platform/kit/index.ts';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../../platform/views/forms.tsx';
import { OPPORTUNITY_ORDER } from '../schemas.ts';

export interface OpportunityFormProps extends FormState {
  organizers: { value: string; label: string }[];
  /** Editing an existing opportunity: its id, title and the version the form was filled from. */
  edit?: { id: string; title: string; version: number };
}

/** An NGO or a state body posts an opportunity. */
export function OpportunityFormPage(p: OpportunityFormProps) {
  const { t, locale } = useCtx();
  // The data changed meanwhile (a stale version): told where the version is kept, above the fields.
  const stale = p.errors._form ?? p.errors.version;
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const labels = Object.fromEntries(OPPORTUNITY_ORDER.map((k) => [k, t(`volunteering.field.${k}`)]));
  const title = p.edit ? t('volunteering.form.editTitle') : t('volunteering.form.title');
  return (
    <FormPage
      title={title}
      crumbs={[
        [t('volunteering.list.title'), '/volunteering'],
        ...(p.edit ? [[p.edit.title, `/volunteering/${p.edit.id}`] as [string, string]] : []),
      ]}
      action={p.edit ? `/volunteering/${p.edit.id}/edit` : '/volunteering/new'}
      values={p.values}
      errors={p.errors}
      errorOrder={['version', ...OPPORTUNITY_ORDER]}
      errorLabels={labels}
      hidden={p.edit ? { version: p.edit.version } : {}}
      submit={p.edit ? t('volunteering.form.save') : t('volunteering.form.submit')}
      intro={
        stale ? (
          <p class="error-message" id="f-version" tabIndex={-1}>
            {stale}
          </p>
        ) : null
      }
    >
      {p.edit ? null : (
        <SelectField
          name="organizer"
          label={labels.organizer}
          value={s('organizer') ?? p.organizers[0]?.value}
          error={p.errors.organizer}
          required
          options={p.organizers}
        />
      )}
      <TextField name="title" label={labels.title} value={s('title')} error={p.errors.title} required />
      <TextArea
        name="description"
        label={labels.description}
        hint={t('volunteering.form.descriptionHint')}
        value={s('description')}
        error={p.errors.description}
        required
        rows={6}
      />
      <SelectField
        name="area"
        label={labels.area}
        value={s('area')}
        error={p.errors.area}
        required
        emptyOption={t('volunteering.form.choose')}
        options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
      />
      <CheckboxGroup
        name="online"
        label={labels.online}
        values={p.values.online === 'on' ? ['on'] : []}
        error={p.errors.online}
        options={[{ value: 'on', label: t('volunteering.form.onlineYes') }]}
      />
      <SelectField
        name="region"
        label={labels.region}
        hint={t('volunteering.form.regionHint')}
        value={s('region')}
        error={p.errors.region}
        emptyOption={t('volunteering.form.choose')}
        options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
      />
      <TextField
        name="settlement"
        label={labels.settlement}
        value={s('settlement')}
        error={p.errors.settlement}
        width="medium"
      />
      <TextField
        name="startsOn"
        label={labels.startsOn}
        hint={t('volunteering.form.dateHint')}
        type="date"
        value={s('startsOn')}
        error={p.errors.startsOn}
        required
        width="medium"
      />
      <TextField
        name="endsOn"
        label={labels.endsOn}
        hint={t('volunteering.form.dateHint')}
        type="date"
        value={s('endsOn')}
        error={p.errors.endsOn}
        required
        width="medium"
      />
      <TextField
        name="places"
        label={labels.places}
        value={s('places')}
        error={p.errors.places}
        required
        width="short"
        inputmode="numeric"
      />
      <TextField
        name="skills"
        label={labels.skills}
        hint={t('volunteering.form.skillsHint')}
        value={s('skills')}
        error={p.errors.skills}
      />
      <TextField
        name="minAge"
        label={labels.minAge}
        value={s('minAge')}
        error={p.errors.minAge}
        width="short"
        inputmode="numeric"
      />
      <TextField
        name="maxAge"
        label={labels.maxAge}
        value={s('maxAge')}
        error={p.errors.maxAge}
        width="short"
        inputmode="numeric"
      />
    </FormPage>
  );
}
