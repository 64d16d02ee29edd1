import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { SOCIAL_CATEGORIES } from '../domain.ts';
import { legalFormName, orgName, regionName, type ApprovedSocialView } from '../presenters.ts';
import { RadioGroup } from '../../../platform/kit/index.ts';

export interface SocialFormProps {
  bin: string;
  name: string;
  listYear: number;
  approvalDate: string;
  values: FormValues;
  errors: FieldErrors;
}

/** Application to the register of social entrepreneurs (Entrepreneurial Code art. 79-1). */
export function SocialApplicationPage(p: SocialFormProps) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const title = t('registry.social.formTitle');
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('registry.search.title'), '/registry'],
        [p.name, `/registry/${p.bin}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['category', 'activities', 'employeesTotal', 'employeesVulnerable']} />
      <h1>{title}</h1>
      <p class="lead">{p.name}</p>
      <p>{t('registry.social.formLead', { year: p.listYear, date: formatDate(p.approvalDate, locale) })}</p>
      <Form action={localHref(locale, `/registry/${p.bin}/social-enterprise`)}>
        <RadioGroup
          name="category"
          legend={t('registry.social.category')}
          value={s('category')}
          error={p.errors.category}
          options={SOCIAL_CATEGORIES.map((c) => ({
            value: String(c),
            label: t(`registry.social.categoryName.${c}`),
            hint: t(`registry.social.categoryHint.${c}`),
          }))}
        />
        <TextArea
          name="activities"
          label={t('registry.social.activities')}
          hint={t('registry.social.activitiesHint')}
          value={s('activities')}
          error={p.errors.activities}
          required
          rows={5}
        />
        <TextField
          name="employeesTotal"
          label={t('registry.social.employeesTotal')}
          value={s('employeesTotal')}
          error={p.errors.employeesTotal}
          required
          width="short"
          inputmode="numeric"
        />
        <TextField
          name="employeesVulnerable"
          label={t('registry.social.employeesVulnerable')}
          hint={t('registry.social.employeesVulnerableHint')}
          value={s('employeesVulnerable')}
          error={p.errors.employeesVulnerable}
          width="short"
          inputmode="numeric"
        />
        <Button>{t('registry.social.submit')}</Button>
      </Form>
    </Layout>
  );
}

export interface SocialListProps {
  year: number;
  years: number[];
  approvalDate: string;
  rows: ApprovedSocialView[];
  error?: string;
  typed?: string;
}

/** The public yearly register of social entrepreneurs. */
export function SocialListPage(p: SocialListProps) {
  const { t, locale } = useCtx();
  const title = t('registry.social.listTitle', { year: p.year });
  return (
    <Layout title={title} hasErrors={!!p.error} crumbs={[[t('registry.search.title'), '/registry']]}>
      {p.error ? <ErrorSummary errors={{ year: p.error }} /> : null}
      <h1>{title}</h1>
      <p class="lead">{t('registry.social.listLead', { date: formatDate(p.approvalDate, locale) })}</p>
      <Form action={localHref(locale, '/registry/social-entrepreneurs')} method="get" class="filters">
        <SelectField
          name="year"
          label={t('registry.social.year')}
          value={p.error ? undefined : String(p.year)}
          error={p.error}
          options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <Button>{t('registry.social.show')}</Button>
      </Form>
      {p.rows.length ? (
        <Table
          caption={title}
          rows={p.rows}
          rowKey={(r) => String(r.id)}
          columns={[
            {
              header: t('registry.search.col.name'),
              cell: (r) => (
                <>
                  <a href={localHref(locale, `/registry/${r.bin}`)}>{orgName(r, locale)}</a>
                  <br />
                  <span class="hint">{legalFormName(r.legal_form, locale)}</span>
                </>
              ),
            },
            { header: t('registry.field.bin'), cell: (r) => r.bin },
            { header: t('registry.field.region'), cell: (r) => regionName(r.region, locale) },
            { header: t('registry.social.category'), cell: (r) => t(`registry.social.categoryName.${r.category}`) },
            { header: t('registry.social.approvedOn'), cell: (r) => formatDate(r.decided_at, locale) },
          ]}
        />
      ) : (
        <p>{t('registry.social.none', { year: p.year })}</p>
      )}
    </Layout>
  );
}
