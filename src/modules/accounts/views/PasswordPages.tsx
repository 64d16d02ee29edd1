/** Forgetting and resetting a password, and the page of a mailed link that no longer works. */
import { FormPage, MessagePage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { TextField, type FieldErrors, type FormValues } from '../../../platform/views/forms.tsx';
import { RESET_FIELDS } from '../schemas.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';

/** "Forgot your password": the same confirmation whether or not the address has an account. */
export function ForgotPage({ values, errors }: { values: FormValues; errors: FieldErrors }) {
  const { t } = useCtx();
  return (
    <FormPage
      title={t('accounts.forgot.title')}
      intro={<p>{t('accounts.forgot.lead')}</p>}
      action="/password/forgot"
      values={values}
      errors={errors}
      submit={t('accounts.forgot.submit')}
    >
      <TextField
        name="email"
        type="email"
        label={t('accounts.fields.email')}
        value={typeof values.email === 'string' ? values.email : undefined}
        error={errors.email}
        autocomplete="email"
        spellcheck={false}
        required
      />
    </FormPage>
  );
}

/** After asking: the same words whether or not a mail left. */
export function ForgotSentPage() {
  const { t } = useCtx();
  return (
    <MessagePage
      title={t('accounts.forgot.sentTitle')}
      message={`${t('accounts.forgot.sent')} ${t('accounts.forgot.sentHint')}`}
      links={[[t('accounts.login.title'), '/login']]}
    />
  );
}

/** The new-password form behind a reset link; the form posts back to the link itself. */
export function ResetPage({ token, errors }: { token: string; errors: FieldErrors }) {
  const { t } = useCtx();
  return (
    <FormPage
      title={t('accounts.reset.title')}
      intro={<p>{t('accounts.reset.lead')}</p>}
      action={`/password/reset/${encodeURIComponent(token)}`}
      values={{}}
      errors={errors}
      errorOrder={RESET_FIELDS}
      submit={t('accounts.reset.submit')}
    >
      <NewPasswordFields labelKey="accounts.fields.newPassword" errors={errors} />
    </FormPage>
  );
}

/** A confirmation or reset link that has expired, was used, or never existed: say so and offer the way on. */
export function LinkProblemPage({ kind, status }: { kind: 'confirm' | 'reset'; status: 'expired' | 'invalid' }) {
  const { t, locale, actor } = useCtx();
  const link: [string, string] =
    kind === 'reset'
      ? [t('accounts.link.newResetLink'), '/password/forgot']
      : actor
        ? [t('accounts.link.newConfirmLink'), '/account']
        : [t('accounts.link.signInForNewLink'), `/login?returnTo=${encodeURIComponent(localHref(locale, '/account'))}`];
  return (
    <MessagePage
      title={t(status === 'expired' ? 'accounts.link.expiredTitle' : 'accounts.link.invalidTitle')}
      message={t(status === 'expired' ? `accounts.link.${kind}Expired` : `accounts.link.${kind}Invalid`)}
      links={[link]}
    />
  );
}
