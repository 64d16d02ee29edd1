/** The NGO's application form. */
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  TextArea,
  TextField,
  fieldId,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { grantBand } from '../domain.ts';
import { type ApplicationView, type CallView, type LotView } from '../presenters.ts';
import { BUDGET_ROWS } from '../schemas.ts';
import { FundingLayout, Money, When } from './components.tsx';

export function ApplicationFormPage(p: {
  app: ApplicationView;
  call: CallView;
  lot: LotView;
  values: FormValues;
  errors: FieldErrors;
  documents: { id: string; original_name: string; kind: string }[];
  maxMb: number;
}) {
  const { t, locale } = useCtx();
  const v = (n: string) => {
    const x = p.values[n];
    return Array.isArray(x) ? x[0] : x;
  };
  const hasErrors = Object.keys(p.errors).length > 0;
  const band =
    p.call.instrument === 'grant' && p.lot.grant_type ? grantBand(p.lot.grant_type, new Date(p.call.opens_at)) : null;
  return (
    <FundingLayout
      title={t('funding.appForm.title')}
      hasErrors={hasErrors}
      crumbs={[
        [p.call.title, `/funding/calls/${p.call.id}`],
        [p.lot.title, `/funding/lots/${p.lot.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} />
      <h1>{t('funding.appForm.title')}</h1>
      <SummaryList
        rows={[
          [t('funding.app.lot'), `${p.lot.number}. ${p.lot.title}`],
          [t('funding.lot.budget'), <Money tiyn={p.lot.budget_tiyn} />],
          [
            t('funding.call.closes'),
            <>
              <When at={p.call.closes_at} time /> ({t('funding.call.almatyTime')})
            </>,
          ],
          ...(band
            ? [
                [
                  t('funding.appForm.band'),
                  <>
                    <Money tiyn={band.minTiyn} /> — {band.maxTiyn === null ? '∞' : <Money tiyn={band.maxTiyn} />} (
                    {band.minMci}–{band.maxMci ?? '∞'} {t('funding.appForm.mci', { mci: band.mci })})
                  </>,
                ] as [string, any],
              ]
            : []),
          [
            t('funding.call.requiredDocuments'),
            p.call.required_documents.map((d) => t(`funding.document.${d}`)).join(', ') || '—',
          ],
        ]}
      />
      <p id={fieldId('_form')} class="hint">
        {t('funding.appForm.draftHint')}
      </p>
      <Form action={localHref(locale, `/funding/applications/${p.app.id}/edit`)} multipart>
        <input type="hidden" name="version" value={String(p.app.version)} />
        <SelectField
          name="language"
          label={t('funding.app.language')}
          required
          options={[
            { value: 'kk', label: 'Қазақша' },
            { value: 'ru', label: 'Русский' },
          ]}
          value={v('language')}
          error={p.errors.language}
        />
        <TextField
          name="title"
          label={t('funding.appForm.projectTitle')}
          required
          value={v('title')}
          error={p.errors.title}
        />
        <TextArea
          name="summary"
          label={t('funding.app.summary')}
          hint={t('funding.appForm.summaryHint')}
          required
          rows={3}
          value={v('summary')}
          error={p.errors.summary}
        />
        <TextArea
          name="description"
          label={t('funding.app.description')}
          hint={t('funding.appForm.descriptionHint')}
          required
          rows={8}
          value={v('description')}
          error={p.errors.description}
        />
        <TextArea
          name="activities"
          label={t('funding.app.activities')}
          hint={t('funding.appForm.activitiesHint')}
          required
          rows={4}
          value={v('activities')}
          error={p.errors.activities}
        />
        <TextArea
          name="indicators"
          label={t('funding.app.indicators')}
          hint={t('funding.appForm.indicatorsHint')}
          required={p.call.instrument !== 'award'}
          rows={4}
          value={v('indicators')}
          error={p.errors.indicators}
        />
        <TextArea
          name="team"
          label={t('funding.app.team')}
          hint={t('funding.appForm.teamHint')}
          required
          rows={3}
          value={v('team')}
          error={p.errors.team}
        />
        <TextField
          name="beneficiariesPlanned"
          label={t('funding.appForm.beneficiaries')}
          width="short"
          inputmode="numeric"
          value={v('beneficiariesPlanned')}
          error={p.errors.beneficiariesPlanned}
        />
        <fieldset class="fieldset">
          <legend class="label">{t('funding.app.budget')}</legend>
          <p class="hint">{t('funding.appForm.budgetHint')}</p>
          <div class="table-wrap" role="region" aria-label={t('funding.app.budget')} tabIndex={0}>
            <table class="table">
              <caption>
                <span class="visually-hidden">{t('funding.app.budget')}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">{t('funding.budget.item')}</th>
                  <th scope="col">{t('funding.budget.amountTenge')}</th>
                  {p.call.instrument === 'grant' ? <th scope="col">{t('funding.budget.own')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: BUDGET_ROWS }, (_, i) => {
                  const item = `budget.${i}.item`;
                  const amount = `budget.${i}.amount`;
                  const own = `budget.${i}.own`;
                  return (
                    <tr key={i}>
                      <td>{i + 1}</td>
                      <td>
                        {p.errors[item] ? (
                          <p class="error-message" id={`${fieldId(item)}-error`}>
                            {p.errors[item]}
                          </p>
                        ) : null}
                        <label class="visually-hidden" for={fieldId(item)}>
                          {t('funding.budget.itemN', { n: i + 1 })}
                        </label>
                        <input
                          class="input"
                          id={fieldId(item)}
                          name={item}
                          value={v(item) ?? ''}
                          aria-invalid={p.errors[item] ? 'true' : undefined}
                          aria-describedby={p.errors[item] ? `${fieldId(item)}-error` : undefined}
                        />
                      </td>
                      <td>
                        {p.errors[amount] ? (
                          <p class="error-message" id={`${fieldId(amount)}-error`}>
                            {p.errors[amount]}
                          </p>
                        ) : null}
                        <label class="visually-hidden" for={fieldId(amount)}>
                          {t('funding.budget.amountN', { n: i + 1 })}
                        </label>
                        <input
                          class="input input-medium"
                          id={fieldId(amount)}
                          name={amount}
                          inputMode="decimal"
                          value={v(amount) ?? ''}
                          aria-invalid={p.errors[amount] ? 'true' : undefined}
                          aria-describedby={p.errors[amount] ? `${fieldId(amount)}-error` : undefined}
                        />
                      </td>
                      {p.call.instrument === 'grant' ? (
                        <td>
                          <label class="visually-hidden" for={fieldId(own)}>
                            {t('funding.budget.ownN', { n: i + 1 })}
                          </label>
                          <input type="checkbox" id={fieldId(own)} name={own} checked={v(own) === 'on'} />
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </fieldset>
        <TextField
          name="requested"
          label={t('funding.appForm.requested')}
          hint={t('funding.appForm.requestedHint')}
          required
          width="medium"
          inputmode="decimal"
          value={v('requested')}
          error={p.errors.requested}
        />
        <h2>{t('funding.app.documents')}</h2>
        {p.documents.length ? (
          <ul>
            {p.documents.map((d) => (
              <li key={d.id}>
                <a href={`/funding/documents/${d.id}`}>{d.original_name}</a> ({t(`funding.document.${d.kind}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('funding.appForm.noDocuments')}</p>
        )}
        {p.errors.documents ? (
          <p class="error-message" id={`${fieldId('documents')}`}>
            {p.errors.documents}
          </p>
        ) : null}
        <SelectField
          name="docKind"
          label={t('funding.appForm.docKind')}
          options={[...new Set([...p.call.required_documents, 'other'])].map((k) => ({
            value: k,
            label: t(`funding.document.${k}`),
          }))}
          value={v('docKind')}
        />
        <FileField
          name="document"
          label={t('funding.appForm.document')}
          hint={t('funding.appForm.documentHint', { max: p.maxMb })}
          error={p.errors.document}
          accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xlsx"
        />
        <div class="button-group">
          <Button variant="secondary" name="action" value="save">
            {t('funding.appForm.save')}
          </Button>
          <Button name="action" value="submit">
            {t('funding.appForm.submit')}
          </Button>
        </div>
      </Form>
    </FundingLayout>
  );
}
