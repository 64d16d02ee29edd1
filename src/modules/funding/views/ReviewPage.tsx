/** The expert's review page: the declaration of conflicts of interest, then the scores. */
import { Section } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Form,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { type ApplicationView, type CallView, type LotView } from '../presenters.ts';
import { conflictOptions, FundingLayout } from './components.tsx';

export function ReviewPage(p: {
  app: ApplicationView;
  call: CallView;
  lot: LotView;
  declaration: { kinds: string[] } | null;
  scored: { total: number } | null;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const v = (n: string) => {
    const x = p.values[n];
    return Array.isArray(x) ? x[0] : x;
  };
  const hasErrors = Object.keys(p.errors).length > 0;
  return (
    <FundingLayout
      title={t('funding.review.title')}
      hasErrors={hasErrors}
      crumbs={[
        [p.call.title, `/funding/calls/${p.call.id}`],
        [p.app.title, `/funding/applications/${p.app.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} />
      <h1>{t('funding.review.title')}</h1>
      <p>
        <a href={localHref(locale, `/funding/applications/${p.app.id}`)}>{p.app.title}</a> — {p.lot.number}.{' '}
        {p.lot.title}
      </p>
      <p>{t('funding.review.secrecy')}</p>
      {!p.declaration ? (
        <Section id="coi" title={t('funding.coi.declare')}>
          <p>{t('funding.coi.intro')}</p>
          <Form action={localHref(locale, `/funding/applications/${p.app.id}/conflict`)}>
            <CheckboxGroup
              name="kinds"
              label={t('funding.coi.kinds')}
              hint={t('funding.coi.kindsHint')}
              options={conflictOptions(t)}
              values={Array.isArray(p.values.kinds) ? p.values.kinds : p.values.kinds ? [p.values.kinds] : []}
              error={p.errors.kinds}
            />
            <TextArea name="note" label={t('funding.coi.note')} rows={2} value={v('note')} error={p.errors.note} />
            <CheckboxGroup
              name="confirm"
              label={t('funding.coi.confirmLegend')}
              required
              options={[{ value: 'yes', label: t('funding.coi.confirm') }]}
              values={v('confirm') ? ['yes'] : []}
              error={p.errors.confirm}
            />
            <Button>{t('funding.coi.submit')}</Button>
          </Form>
        </Section>
      ) : p.declaration.kinds.length ? (
        <p class="notice notice-warning">
          {t('funding.coi.blocked', { kinds: p.declaration.kinds.map((k) => t(`funding.coi.kind.${k}`)).join(', ') })}
        </p>
      ) : p.scored ? (
        <p class="notice">{t('funding.review.done', { total: p.scored.total })}</p>
      ) : (
        <Section id="score" title={t('funding.review.scoreHeading')}>
          <Form action={localHref(locale, `/funding/applications/${p.app.id}/score`)}>
            {p.call.rubric.map((r) => (
              <TextField
                key={r.key}
                name={r.key}
                label={`${t(`funding.rubric.${r.key}`)} (0–${r.max})`}
                required
                width="short"
                inputmode="numeric"
                value={v(r.key)}
                error={p.errors[r.key]}
              />
            ))}
            <TextArea
              name="comment"
              label={t('funding.scores.comment')}
              rows={4}
              value={v('comment')}
              error={p.errors.comment}
            />
            <Button>{t('funding.review.submit')}</Button>
          </Form>
        </Section>
      )}
    </FundingLayout>
  );
}
