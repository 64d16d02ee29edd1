import { Layout } from '../../../platform/views/Layout.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { GLOBAL_ROLES } from '../domain.ts';
import { roleLabel, type AdminUserView } from '../presenters.ts';

export interface AdminUserPageProps extends AdminUserView {
  errors?: FieldErrors;
  values?: FormValues;
}

const text = (v: FormValues[string] | undefined) => (typeof v === 'string' ? v : undefined);

/** One person as an administrator sees them: stored roles, memberships, and the forms that change them. */
export function AdminUserPage(p: AdminUserPageProps) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? {};
  const base = `/admin/users/${p.user.id}`;
  const grantable = GLOBAL_ROLES.filter((r) => !p.user.roles.includes(r));
  return (
    <Layout
      title={p.user.name}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('layout.nav.admin'), '/admin'],
        [t('accounts.admin.title'), '/admin/users'],
      ]}
    >
      <ErrorSummary errors={errors} order={['role', 'stateBodyId']} />
      <h1>{p.user.name}</h1>
      <SummaryList
        rows={[
          [t('accounts.fields.email'), p.user.email],
          [
            t('accounts.account.emailStatus'),
            p.user.confirmed ? t('accounts.account.confirmed') : t('accounts.account.notConfirmed'),
          ],
          [t('accounts.admin.created'), p.user.created],
        ]}
      />

      <h2>{t('accounts.account.roles')}</h2>
      <ul>
        {p.user.roles.map((r) => (
          <li key={r}>
            {roleLabel(t, r)}
            {p.revocable.includes(r) ? (
              <Form action={localHref(locale, `${base}/roles/revoke`)}>
                <input type="hidden" name="role" value={r} />
                <Button variant="secondary">
                  {t('accounts.admin.revokeRole')}
                  <span class="visually-hidden"> {roleLabel(t, r)}</span>
                </Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {grantable.length ? (
        <Form action={localHref(locale, `${base}/roles/grant`)}>
          <SelectField
            name="role"
            label={t('accounts.admin.grantRole')}
            value={text(p.values?.role)}
            error={errors.role}
            emptyOption={t('accounts.admin.choose')}
            options={grantable.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            required
          />
          <Button>{t('accounts.admin.grant')}</Button>
        </Form>
      ) : null}

      <h2>{t('accounts.account.memberships')}</h2>
      {p.organizations.length === 0 && p.stateBodies.length === 0 ? <p>{t('accounts.admin.noMemberships')}</p> : null}
      <ul>
        {p.organizations.map((bin) => (
          <li key={bin}>
            <a href={localHref(locale, `/registry/${bin}`)}>{t('accounts.account.bin', { bin })}</a>
          </li>
        ))}
        {p.stateBodies.map((b) => (
          <li key={b.id}>{b.name}</li>
        ))}
      </ul>
      {p.stateBodyOptions.length ? (
        <Form action={localHref(locale, `${base}/memberships`)}>
          <SelectField
            name="stateBodyId"
            label={t('accounts.admin.addStateBody')}
            value={text(p.values?.stateBodyId)}
            error={errors.stateBodyId}
            emptyOption={t('accounts.admin.choose')}
            options={p.stateBodyOptions}
            required
          />
          <Button>{t('accounts.admin.addMembership')}</Button>
        </Form>
      ) : (
        <p>{t('accounts.admin.noStateBodies')}</p>
      )}
    </Layout>
  );
}
