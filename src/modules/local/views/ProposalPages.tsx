import { formatDate, formatMoney } from '../../../platform/i18n/index.ts';
import { FormPage, Section, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  TextArea,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { IMPLEMENTATION_STATUSES } from '../domain.ts';
import {
  cycleTitle,
  districtsOf,
  regionName,
  territory,
  type CycleView,
  type ProgressView,
  type ProposalView,
} from '../presenters.ts';
import { regions } from '../../../reference/index.ts';
import { ImplementationTag, ProposalStatusTag } from './components.tsx';

const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const crumbs = (c: CycleView, locale: 'kk' | 'ru' | 'en', title: string): [string, string][] => [
  [title, '/local'],
  [cycleTitle(c, locale), `/local/budgets/${c.id}`],
];

/** A resident's proposal form. */
export function ProposalFormPage(p: { cycle: CycleView } & FormState) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  const fields: FieldSpec[] = [
    { kind: 'text', name: 'title', label: t('local.field.title'), required: true },
    {
      kind: 'textarea',
      name: 'description',
      label: t('local.field.description'),
      hint: t('local.proposalForm.descriptionHint'),
      required: true,
    },
    {
      kind: 'number',
      name: 'cost',
      label: t('local.field.costTenge'),
      hint: t('local.field.amountHint'),
      width: 'medium',
      required: true,
    },
    {
      kind: 'text',
      name: 'location',
      label: t('local.field.location'),
      hint: t('local.proposalForm.locationHint'),
      required: true,
    },
  ];
  return (
    <FormPage
      title={t('local.proposalForm.title')}
      crumbs={crumbs(c, locale, t('local.title'))}
      intro={
        <p class="lead">
          {t('local.proposalForm.lead', { budget: formatMoney(c.budget, locale), territory: territory(c, locale) })}
        </p>
      }
      action={`/local/budgets/${c.id}/propose`}
      fields={fields}
      values={p.values}
      errors={p.errors}
      submit={t('local.proposalForm.submit')}
    />
  );
}

/** The ballot: residence first (kept on the ballot), then the choices within the budget. */
export function BallotPage(p: { cycle: CycleView; feasible: ProposalView[] } & FormState) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  const fields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'region',
      label: t('local.ballot.region'),
      hint: t('local.ballot.regionHint', { region: regionName(c.region, locale) }),
      emptyOption: t('local.ballot.choose'),
      options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
      required: true,
    },
    ...(c.district
      ? [
          {
            kind: 'select',
            name: 'district',
            label: t('local.ballot.district'),
            emptyOption: t('local.ballot.choose'),
            options: districtsOf(c.region).map((d) => ({ value: d.kk, label: d[locale] })),
            required: true,
          } satisfies FieldSpec,
        ]
      : []),
    {
      kind: 'checkboxes',
      name: 'choices',
      label: t('local.ballot.choices', { count: c.max_choices }),
      hint: t('local.ballot.choicesHint', { budget: formatMoney(c.budget, locale) }),
      required: true,
      options: p.feasible.map((x) => ({
        value: x.id,
        label: `${x.title} — ${formatMoney(x.cost, locale)} (${x.location})`,
      })),
    },
  ];
  return (
    <FormPage
      title={t('local.ballot.title')}
      crumbs={crumbs(c, locale, t('local.title'))}
      intro={
        <p class="lead">
          {t('local.ballot.lead', {
            territory: territory(c, locale),
            count: c.max_choices,
            budget: formatMoney(c.budget, locale),
          })}
        </p>
      }
      action={`/local/budgets/${c.id}/vote`}
      fields={fields}
      values={p.values}
      errors={p.errors}
      submit={t('local.ballot.submit')}
    />
  );
}

export interface ProposalPageProps {
  cycle: CycleView;
  proposal: ProposalView;
  progress: ProgressView[];
  can: { review: boolean; progress: boolean };
  review: FormState;
  progressForm: FormState;
}

/** A proposal: what, where, how much; the akimat's review with reasons; implementation with photos. */
export function ProposalPage(p: ProposalPageProps) {
  const { t, locale } = useCtx();
  const c = p.cycle;
  const x = p.proposal;
  const errors = { ...p.review.errors, ...p.progressForm.errors };
  return (
    <Layout title={x.title} hasErrors={Object.keys(errors).length > 0} crumbs={crumbs(c, locale, t('local.title'))}>
      <ErrorSummary errors={errors} order={['decision', 'reason', 'implementation', 'note', 'photo']} />
      <h1>{x.title}</h1>
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
              value={str(p.review.values, 'decision')}
              error={p.review.errors.decision}
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
              value={str(p.review.values, 'reason')}
              error={p.review.errors.reason}
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
                value={str(p.progressForm.values, 'implementation') || (x.implementation ?? '')}
                error={p.progressForm.errors.implementation}
                required
                options={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`local.implementation.${s}`) }))}
              />
              <TextArea
                name="note"
                label={t('local.implementation.note')}
                value={str(p.progressForm.values, 'note')}
                error={p.progressForm.errors.note}
                required
              />
              <FileField
                name="photo"
                label={t('local.implementation.photo')}
                hint={t('local.implementation.photoHint')}
                accept="image/jpeg,image/png"
                error={p.progressForm.errors.photo}
              />
              <Button>{t('local.implementation.submit')}</Button>
            </Form>
          ) : null}
        </Section>
      ) : null}
    </Layout>
  );
}
