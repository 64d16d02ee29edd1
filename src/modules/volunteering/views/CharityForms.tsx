import { areas } from '../../../reference/index.ts';
import { formatMoney } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import { FormPage, type FormState } from '../../../platform/kit/index.ts';
import {
  Button,
  CheckboxGroup,
  FileField,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { orgNameOf, type CampaignView, type PaymentView } from '../presenters.ts';
import { CAMPAIGN_ORDER, DONATE_ORDER } from '../schemas.ts';
import { Progress } from './components.tsx';

const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

/** A representative of a verified NGO starts a campaign. */
export function CampaignFormPage(p: FormState & { orgs: { value: string; label: string }[] }) {
  const { t, locale } = useCtx();
  const s = (k: string) => str(p.values, k);
  const labels = Object.fromEntries(CAMPAIGN_ORDER.map((k) => [k, t(`volunteering.campaignField.${k}`)]));
  return (
    <FormPage
      title={t('volunteering.charity.start')}
      crumbs={[[t('volunteering.charity.title'), '/charity']]}
      action="/charity/new"
      values={p.values}
      errors={p.errors}
      errorOrder={CAMPAIGN_ORDER}
      errorLabels={labels}
      submit={t('volunteering.charity.startSubmit')}
    >
      <SelectField
        name="bin"
        label={labels.bin}
        value={s('bin') ?? p.orgs[0]?.value}
        error={p.errors.bin}
        required
        options={p.orgs}
      />
      <TextField name="title" label={labels.title} value={s('title')} error={p.errors.title} required />
      <TextArea name="purpose" label={labels.purpose} value={s('purpose')} error={p.errors.purpose} required rows={6} />
      <SelectField
        name="area"
        label={labels.area}
        value={s('area')}
        error={p.errors.area}
        required
        emptyOption={t('volunteering.form.choose')}
        options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
      />
      <TextField
        name="goal"
        label={labels.goal}
        hint={t('volunteering.charity.goalHint')}
        value={s('goal')}
        error={p.errors.goal}
        required
        width="medium"
        inputmode="decimal"
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
        name="iban"
        label={labels.iban}
        hint={t('volunteering.charity.ibanHint')}
        value={s('iban')}
        error={p.errors.iban}
        required
        width="medium"
        spellcheck={false}
      />
      <TextField name="bank" label={labels.bank} value={s('bank')} error={p.errors.bank} width="medium" />
    </FormPage>
  );
}

/** The donation form: amount, name or anonymous; then the provider's page. */
export function DonatePage(p: FormState & { c: CampaignView }) {
  const { t, locale } = useCtx();
  const s = (k: string) => str(p.values, k);
  const labels = Object.fromEntries(DONATE_ORDER.map((k) => [k, t(`volunteering.donate.${k}`)]));
  const title = t('volunteering.donate.title', { title: p.c.title });
  return (
    <FormPage
      title={title}
      crumbs={[
        [t('volunteering.charity.title'), '/charity'],
        [p.c.title, `/charity/${p.c.id}`],
      ]}
      intro={
        <>
          <p class="lead">{orgNameOf(p.c, locale)}</p>
          <Progress raised={p.c.raised_tiyn} goal={p.c.goal_tiyn} />
        </>
      }
      action={`/charity/${p.c.id}/donate`}
      values={p.values}
      errors={p.errors}
      errorOrder={DONATE_ORDER}
      errorLabels={labels}
      submit={t('volunteering.donate.submit')}
    >
      <TextField
        name="amount"
        label={labels.amount}
        hint={t('volunteering.donate.amountHint')}
        value={s('amount')}
        error={p.errors.amount}
        required
        width="medium"
        inputmode="decimal"
      />
      <TextField
        name="name"
        label={labels.name}
        hint={t('volunteering.donate.nameHint')}
        value={s('name')}
        error={p.errors.name}
        autocomplete="name"
        width="medium"
      />
      <CheckboxGroup
        name="anonymous"
        label={labels.anonymous}
        values={p.values.anonymous === 'on' ? ['on'] : []}
        error={p.errors.anonymous}
        options={[{ value: 'on', label: t('volunteering.donate.anonymousYes') }]}
      />
      <p>{t('volunteering.donate.howItWorks')}</p>
    </FormPage>
  );
}

/** The development provider's "bank page" (demo mode only): pay or fail. */
export function DevPayPage(p: { payment: PaymentView; campaignTitle: string }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('volunteering.devPay.title')}>
      <h1>{t('volunteering.devPay.title')}</h1>
      <p class="warning">{t('volunteering.devPay.warning')}</p>
      <SummaryList
        rows={[
          [t('volunteering.devPay.campaign'), p.campaignTitle],
          [t('volunteering.donate.amount'), formatMoney(p.payment.amount_tiyn, locale)],
          [t('volunteering.devPay.status'), t(`volunteering.payment.${p.payment.status}`)],
        ]}
      />
      {p.payment.status === 'pending' ? (
        <Form action={localHref(locale, `/charity/dev-pay/${p.payment.provider_payment_id}`)}>
          <div class="button-row">
            <Button name="outcome" value="confirmed">
              {t('volunteering.devPay.pay')}
            </Button>
            <Button name="outcome" value="failed" variant="warning">
              {t('volunteering.devPay.fail')}
            </Button>
          </div>
        </Form>
      ) : null}
    </Layout>
  );
}

/** The NGO's report after the campaign: spending against the goal, with documents (multipart). */
export function ReportFormPage(p: FormState & { c: CampaignView }) {
  const { t } = useCtx();
  const s = (k: string) => str(p.values, k);
  const labels = {
    text: t('volunteering.reportForm.text'),
    spent: t('volunteering.reportForm.spent'),
    documents: t('volunteering.reportForm.documents'),
  };
  const title = t('volunteering.reportForm.title', { title: p.c.title });
  return (
    <FormPage
      title={title}
      crumbs={[
        [t('volunteering.charity.title'), '/charity'],
        [p.c.title, `/charity/${p.c.id}`],
      ]}
      intro={<Progress raised={p.c.raised_tiyn} goal={p.c.goal_tiyn} />}
      action={`/charity/${p.c.id}/report`}
      multipart
      values={p.values}
      errors={p.errors}
      errorOrder={['spent', 'text', 'documents']}
      errorLabels={labels}
      submit={t('volunteering.reportForm.submit')}
    >
      <TextField
        name="spent"
        label={labels.spent}
        hint={t('volunteering.charity.goalHint')}
        value={s('spent')}
        error={p.errors.spent}
        required
        width="medium"
        inputmode="decimal"
      />
      <TextArea
        name="text"
        label={labels.text}
        hint={t('volunteering.reportForm.textHint')}
        value={s('text')}
        error={p.errors.text}
        required
        rows={8}
      />
      <FileField
        name="documents"
        label={labels.documents}
        hint={t('volunteering.reportForm.documentsHint')}
        error={p.errors.documents}
        accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xlsx"
      />
    </FormPage>
  );
}
