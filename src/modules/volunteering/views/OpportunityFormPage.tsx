import { areas, regions } from '../../../reference/index.ts';
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
import { OPPORTUNITY_ORDER } from '../schemas.ts';

export interface OpportunityFormProps {
  organizers: { value: string; label: string }[];
  /** Editing an existing opportunity: its id and the version the form was filled from. */
  edit?: { id: string; version: number };
  values: FormValues;
  errors: FieldErrors;
}

/** An NGO or a state body posts an opportunity. */
export function OpportunityFormPage(p: OpportunityFormProps) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const labels = Object.fromEntries(OPPORTUNITY_ORDER.map((k) => [k, t(`volunteering.field.${k}`)]));
  const title = p.edit ? t('volunteering.form.editTitle') : t('volunteering.form.title');
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('volunteering.list.title'), '/volunteering'],
        ...(p.edit ? [[s('title') ?? '', `/volunteering/${p.edit.id}`] as [string, string]] : []),
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} order={['version', ...OPPORTUNITY_ORDER]} labels={labels} />
      <Form action={localHref(locale, p.edit ? `/volunteering/${p.edit.id}/edit` : '/volunteering/new')}>
        {p.edit ? (
          <>
            <input type="hidden" name="version" value={String(p.edit.version)} />
            {p.errors.version ? (
              <p class="error-message" id="f-version" tabIndex={-1}>
                {p.errors.version}
              </p>
            ) : null}
          </>
        ) : (
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
        <Button>{p.edit ? t('volunteering.form.save') : t('volunteering.form.submit')}</Button>
      </Form>
    </Layout>
  );
}
