import { Layout } from '../../../platform/views/Layout.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  Form,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { REGISTER_FIELDS } from '../schemas.ts';

/** Registration form. Passwords are never echoed back, even after an error. */
export function RegisterPage({ values = {}, errors = {} }: { values?: FormValues; errors?: FieldErrors }) {
  const { t, locale } = useCtx();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={t('accounts.register.title')} hasErrors={hasErrors}>
      <ErrorSummary errors={errors} order={REGISTER_FIELDS} />
      <h1>{t('accounts.register.title')}</h1>
      <p>{t('accounts.register.lead')}</p>
      <Form action={localHref(locale, '/register')}>
        <TextField
          name="name"
          label={t('accounts.fields.name')}
          value={values.name as string}
          error={errors.name}
          autocomplete="name"
          required
        />
        <TextField
          name="email"
          type="email"
          label={t('accounts.fields.email')}
          hint={t('accounts.register.emailHint')}
          value={values.email as string}
          error={errors.email}
          autocomplete="email"
          spellcheck={false}
          required
        />
        <NewPasswordFields labelKey="accounts.fields.password" errors={errors} />
        <Button>{t('accounts.register.submit')}</Button>
      </Form>
      <p>
        {t('accounts.register.haveAccount')} <a href={localHref(locale, '/login')}>{t('accounts.login.title')}</a>
      </p>
    </Layout>
  );
}
