import { useCtx } from '../../../platform/views/context.ts';
import { TextField, type FieldErrors } from '../../../platform/views/forms.tsx';

/** A new password and its confirmation (registration, reset); never pre-filled, even after an error. */
export function NewPasswordFields({ labelKey, errors }: { labelKey: string; errors: FieldErrors }) {
  const { t } = useCtx();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t(labelKey)}
        hint={t('accounts.register.passwordHint')}
        error={errors.password}
        autocomplete="new-password"
        width="medium"
        required
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={t('accounts.fields.passwordConfirm')}
        error={errors.passwordConfirm}
        autocomplete="new-password"
        width="medium"
        required
      />
    </>
  );
}
