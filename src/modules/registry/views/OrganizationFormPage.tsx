import { areas, legalForms, regions } from '../../../reference/index.ts';
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
import { PROFILE_ORDER } from '../schemas.ts';

export interface OrganizationFormProps {
  mode: 'register' | 'edit';
  /** Edit: the organisation's BIN and current name (for the heading). */
  bin?: string;
  name?: string;
  values: FormValues;
  errors: FieldErrors;
  /** Register: the BIN is already in the registry; link to that profile next to the field. */
  duplicateOf?: string;
  /** Edit by a representative of a verified profile: legal data changes go back to verification. */
  legalDataWarning?: boolean;
  /** Edit by staff: the legal status can be recorded. */
  canChangeStatus?: boolean;
}

/** Register an organisation or edit its profile; one form, the same fields and rules. */
export function OrganizationFormPage(p: OrganizationFormProps) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const title =
    p.mode === 'register' ? t('registry.form.registerTitle') : t('registry.form.editTitle', { name: p.name ?? '' });
  const action = localHref(locale, p.mode === 'register' ? '/registry/new' : `/registry/${p.bin}/edit`);
  const crumbs: [string, string][] = [
    [t('registry.search.title'), '/registry'],
    ...(p.bin ? [[p.name ?? p.bin, `/registry/${p.bin}`] as [string, string]] : []),
  ];
  return (
    <Layout title={title} hasErrors={Object.keys(p.errors).length > 0} crumbs={crumbs}>
      <ErrorSummary errors={p.errors} order={PROFILE_ORDER} />
      <h1>{title}</h1>
      <p class="lead">{p.mode === 'register' ? t('registry.form.registerLead') : t('registry.form.editLead')}</p>
      <Form action={action}>
        <h2>{t('registry.form.legalSection')}</h2>
        {p.mode === 'register' ? (
          <>
            <TextField
              name="bin"
              label={t('registry.field.bin')}
              hint={t('registry.hint.bin')}
              value={s('bin')}
              error={p.errors.bin}
              required
              width="medium"
              inputmode="numeric"
              autocomplete="off"
            />
            {p.duplicateOf ? (
              <p class="field-link">
                <a href={localHref(locale, `/registry/${p.duplicateOf}`)}>
                  {t('registry.form.viewExisting', { bin: p.duplicateOf })}
                </a>
              </p>
            ) : null}
          </>
        ) : (
          <p>
            {t('registry.field.bin')}: <strong>{p.bin}</strong> <span class="hint">{t('registry.hint.binFixed')}</span>
          </p>
        )}
        {p.legalDataWarning ? <p class="warning">{t('registry.hint.legalData')}</p> : null}
        <TextField
          name="nameKk"
          label={t('registry.field.nameKk')}
          value={s('nameKk')}
          error={p.errors.nameKk}
          required
        />
        <TextField
          name="nameRu"
          label={t('registry.field.nameRu')}
          value={s('nameRu')}
          error={p.errors.nameRu}
          required
        />
        <TextField
          name="nameEn"
          label={t('registry.field.nameEn')}
          hint={t('registry.hint.nameEn')}
          value={s('nameEn')}
          error={p.errors.nameEn}
        />
        <TextField
          name="shortName"
          label={t('registry.field.shortName')}
          value={s('shortName')}
          error={p.errors.shortName}
          width="medium"
        />
        <SelectField
          name="legalForm"
          label={t('registry.field.legalForm')}
          value={s('legalForm')}
          error={p.errors.legalForm}
          required
          emptyOption={t('registry.form.choose')}
          options={legalForms.map((f) => ({ value: f.code, label: f.name[locale] }))}
        />
        <TextField
          name="foundedOn"
          type="date"
          label={t('registry.field.foundedOn')}
          hint={t('registry.hint.foundedOn')}
          value={s('foundedOn')}
          error={p.errors.foundedOn}
          required
          width="short"
        />
        {p.canChangeStatus ? (
          <SelectField
            name="status"
            label={t('registry.field.status')}
            value={s('status')}
            error={p.errors.status}
            required
            options={[
              { value: 'active', label: t('registry.status.active') },
              { value: 'liquidated', label: t('registry.status.liquidated') },
            ]}
          />
        ) : null}

        <h2>{t('registry.form.activitySection')}</h2>
        <SelectField
          name="region"
          label={t('registry.field.region')}
          value={s('region')}
          error={p.errors.region}
          required
          emptyOption={t('registry.form.choose')}
          options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
        />
        <TextField
          name="settlement"
          label={t('registry.field.settlement')}
          hint={t('registry.hint.settlement')}
          value={s('settlement')}
          error={p.errors.settlement}
          required
        />
        <CheckboxGroup
          name="areas"
          label={t('registry.field.areas')}
          hint={t('registry.hint.areas')}
          values={Array.isArray(p.values.areas) ? p.values.areas : p.values.areas ? [p.values.areas] : []}
          error={p.errors.areas}
          required
          options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
        />
        <TextArea
          name="description"
          label={t('registry.field.description')}
          value={s('description')}
          error={p.errors.description}
          rows={5}
        />

        <h2>{t('registry.form.contactsSection')}</h2>
        <TextField
          name="website"
          label={t('registry.field.website')}
          hint={t('registry.hint.website')}
          value={s('website')}
          error={p.errors.website}
          type="url"
          autocomplete="url"
          spellcheck={false}
        />
        <TextField
          name="email"
          label={t('registry.field.email')}
          hint={t('registry.hint.email')}
          value={s('email')}
          error={p.errors.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          name="phone"
          label={t('registry.field.phone')}
          value={s('phone')}
          error={p.errors.phone}
          type="tel"
          autocomplete="tel"
          width="medium"
        />
        <TextField
          name="address"
          label={t('registry.field.address')}
          value={s('address')}
          error={p.errors.address}
          autocomplete="street-address"
        />

        <h2>{t('registry.form.peopleSection')}</h2>
        <TextArea
          name="leaders"
          label={t('registry.field.leaders')}
          hint={t('registry.hint.leaders')}
          value={s('leaders')}
          error={p.errors.leaders}
          rows={3}
        />
        <TextArea
          name="founders"
          label={t('registry.field.founders')}
          hint={t('registry.hint.founders')}
          value={s('founders')}
          error={p.errors.founders}
          rows={3}
        />

        <Button>{p.mode === 'register' ? t('registry.form.submitRegister') : t('common.save')}</Button>
      </Form>
    </Layout>
  );
}
