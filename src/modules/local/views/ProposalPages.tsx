import { formatDate, formatMoney } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import {
  Button,
  CheckboxGroup,
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
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../domain.ts';
import { cycleTitle, districtsOf, regionName, territory } from '../presenters.ts';
import type { CycleRow, ProposalRow } from '../repository.ts';
import { regions } from '../../../reference/index.ts';
import { ImplementationTag, ProposalStatusTag, Section } from './components.tsx';

type Cycle = NonNullable<CycleRow>;
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

/** A resident's proposal form. */
export function ProposalFormPage(p: { cycle: Cycle; values: FormValues; errors: FieldErrors }) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  return (
    <Layout
      title={t('local.proposalForm.title')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('local.title'), '/local'],
        [cycleTitle(c, locale), `/local/budgets/${c.id}`],
      ]}
    >
      <h1>{t('local.proposalForm.title')}</h1>
      <p class="lead">
        {t('local.proposalForm.lead', { budget: formatMoney(c.budget, locale), territory: territory(c, locale) })}
      </p>
      <ErrorSummary errors={p.errors} order={['title', 'description', 'cost', 'location']} />
      <Form action={localHref(locale, `/local/budgets/${c.id}/propose`)}>
        <TextField
          name="title"
          label={t('local.field.title')}
          value={str(p.values, 'title')}
          error={p.errors.title}
          required
        />
        <TextArea
          name="description"
          label={t('local.field.description')}
          hint={t('local.proposalForm.descriptionHint')}
          value={str(p.values, 'description')}
          error={p.errors.description}
          required
        />
        <TextField
          name="cost"
          label={t('local.field.costTenge')}
          hint={t('local.field.amountHint')}
          value={str(p.values, 'cost')}
          error={p.errors.cost}
          width="medium"
          inputmode="numeric"
          required
        />
        <TextField
          name="location"
          label={t('local.field.location')}
          hint={t('local.proposalForm.locationHint')}
          value={str(p.values, 'location')}
          error={p.errors.location}
          required
        />
        <Button>{t('local.proposalForm.submit')}</Button>
      </Form>
    </Layout>
  );
}

/** The ballot: residence first (kept on the ballot), then the choices within the budget. */
export function BallotPage(p: { cycle: Cycle; feasible: ProposalRow[]; values: FormValues; errors: FieldErrors }) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  const chosen = Array.isArray(p.values.choices)
    ? p.values.choices
    : typeof p.values.choices === 'string'
      ? [p.values.choices]
      : [];
  return (
    <Layout
      title={t('local.ballot.title')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('local.title'), '/local'],
        [cycleTitle(c, locale), `/local/budgets/${c.id}`],
      ]}
    >
      <h1>{t('local.ballot.title')}</h1>
      <p class="lead">
        {t('local.ballot.lead', {
          territory: territory(c, locale),
          count: c.max_choices,
          budget: formatMoney(c.budget, locale),
        })}
      </p>
      <ErrorSummary errors={p.errors} order={['region', 'district', 'choices']} />
      <Form action={localHref(locale, `/local/budgets/${c.id}/vote`)}>
        <SelectField
          name="region"
          label={t('local.ballot.region')}
          hint={t('local.ballot.regionHint', { region: regionName(c.region, locale) })}
          value={str(p.values, 'region')}
          error={p.errors.region}
          emptyOption={t('local.ballot.choose')}
          options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
          required
        />
        {c.district ? (
          <SelectField
            name="district"
            label={t('local.ballot.district')}
            value={str(p.values, 'district')}
            error={p.errors.district}
            emptyOption={t('local.ballot.choose')}
            options={districtsOf(c.region).map((d) => ({ value: d.kk, label: d[locale] }))}
            required
          />
        ) : null}
        <CheckboxGroup
          name="choices"
          label={t('local.ballot.choices', { count: c.max_choices })}
          hint={t('local.ballot.choicesHint', { budget: formatMoney(c.budget, locale) })}
          values={chosen}
          error={p.errors.choices}
          required
          options={p.feasible.map((x) => ({
            value: x.id,
            label: `${x.title} — ${formatMoney(x.cost, locale)} (${x.location})`,
          }))}
        />
        <Button>{t('local.ballot.submit')}</Button>
      </Form>
    </Layout>
  );
}

export interface ProposalPageProps {
  cycle: Cycle;
  proposal: ProposalRow;
  progress: {
    id: string;
    implementation: ImplementationStatus;
    note: string;
    photo_file_id: string | null;
    photo_name: string | null;
    created_at: Date;
  }[];
  can: { review: boolean; progress: boolean };
  reviewValues: FormValues;
  reviewErrors: FieldErrors;
  progressValues: FormValues;
  progressErrors: FieldErrors;
}

/** A proposal: what, where, how much; the akimat's review with reasons; implementation with photos. */
export function ProposalPage(p: ProposalPageProps) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  const x = p.proposal;
  const errors = { ...p.reviewErrors, ...p.progressErrors };
  return (
    <Layout
      title={x.title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('local.title'), '/local'],
        [cycleTitle(c, locale), `/local/budgets/${c.id}`],
      ]}
    >
      <h1>{x.title}</h1>
      <ErrorSummary errors={errors} order={['decision', 'reason', 'implementation', 'note', 'photo']} />
      <SummaryList
        rows={[
          [t('local.field.status'), <ProposalStatusTag status={x.status} />],
          [t('local.field.cost'), formatMoney(x.cost, locale)],
          [t('local.field.location'), x.location],
          [t('local.field.submitted'), formatDate(x.created_at, locale)],
          ...(c.status === 'results' || c.status === 'implementation' || c.status === 'closed' || c.status === 'voting'
            ? [[t('local.field.votes'), String(x.votes)] as [string, string]]
            : []),
          ...(x.implementation
            ? [
                [t('local.field.implementation'), <ImplementationTag status={x.implementation} />] as [
                  string,
                  preact.ComponentChildren,
                ],
              ]
            : []),
        ]}
      />
      <p>{x.description}</p>

      <Section id="review" title={t('local.review.title')}>
        {x.review_reason ? (
          <p>
            <strong>{t(`local.proposalStatus.${x.status === 'infeasible' ? 'infeasible' : 'feasible'}`)}</strong> (
            {formatDate(x.reviewed_at, locale)}): {x.review_reason}
          </p>
        ) : (
          <p>{t('local.review.pending')}</p>
        )}
        {p.can.review ? (
          <Form action={localHref(locale, `/local/proposals/${x.id}/review`)}>
            <SelectField
              name="decision"
              label={t('local.review.decision')}
              value={str(p.reviewValues, 'decision')}
              error={p.reviewErrors.decision}
              emptyOption={t('local.ballot.choose')}
              required
              options={[
                { value: 'feasible', label: t('local.proposalStatus.feasible') },
                { value: 'infeasible', label: t('local.proposalStatus.infeasible') },
              ]}
            />
            <TextArea
              name="reason"
              label={t('local.review.reason')}
              hint={t('local.review.reasonHint')}
              value={str(p.reviewValues, 'reason')}
              error={p.reviewErrors.reason}
              required
            />
            <Button>{t('local.review.submit')}</Button>
          </Form>
        ) : null}
      </Section>

      {x.status === 'selected' ? (
        <Section id="progress" title={t('local.implementation.title')}>
          {p.progress.length ? (
            <ol class="result-list">
              {p.progress.map((g) => (
                <li class="result" key={g.id}>
                  <p class="meta">
                    {formatDate(g.created_at, locale)} — <ImplementationTag status={g.implementation} />
                  </p>
                  <p>{g.note}</p>
                  {g.photo_file_id ? (
                    <figure>
                      <img
                        src={`/local/photos/${g.photo_file_id}`}
                        alt={t('local.implementation.photoAlt', {
                          title: x.title,
                          date: formatDate(g.created_at, locale),
                        })}
                        style="max-width:100%;height:auto"
                        loading="lazy"
                      />
                      <figcaption>{g.note}</figcaption>
                    </figure>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('local.implementation.none')}</p>
          )}
          {p.can.progress ? (
            <Form action={localHref(locale, `/local/proposals/${x.id}/progress`)} multipart>
              <h3>{t('local.implementation.add')}</h3>
              <SelectField
                name="implementation"
                label={t('local.field.implementation')}
                value={str(p.progressValues, 'implementation') || (x.implementation ?? '')}
                error={p.progressErrors.implementation}
                required
                options={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`local.implementation.${s}`) }))}
              />
              <TextArea
                name="note"
                label={t('local.implementation.note')}
                value={str(p.progressValues, 'note')}
                error={p.progressErrors.note}
                required
              />
              <FileField
                name="photo"
                label={t('local.implementation.photo')}
                hint={t('local.implementation.photoHint')}
                accept="image/jpeg,image/png"
                error={p.progressErrors.photo}
              />
              <Button>{t('local.implementation.submit')}</Button>
            </Form>
          ) : null}
        </Section>
      ) : null}
    </Layout>
  );
}
