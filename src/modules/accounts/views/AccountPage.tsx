import { Layout } from '../../../platform/views/Layout.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table, Tag } from '../../../platform/views/data.tsx';
import { Button, ErrorSummary, Form, TextField, type FieldErrors } from '../../../platform/views/forms.tsx';
import { roleNames, type AccountView } from '../presenters.ts';

export interface AccountPageProps extends AccountView {
  /** A token just created: shown this once, never stored in the clear. */
  newToken?: { name: string; token: string };
  tokenForm?: { name?: string; errors: FieldErrors };
}

export function AccountPage(p: AccountPageProps) {
  const { t, locale } = useCtx();
  const tokenErrors = p.tokenForm?.errors ?? {};
  const hasErrors = Object.keys(tokenErrors).length > 0;
  return (
    <Layout title={t('accounts.account.title')} hasErrors={hasErrors}>
      <ErrorSummary errors={tokenErrors} />
      <h1>{t('accounts.account.title')}</h1>

      {p.can.resendConfirmation ? (
        <div class="warning">
          <p>{t('accounts.account.unconfirmed', { email: p.user.email })}</p>
          <Form action={localHref(locale, '/account/confirmation')}>
            <Button variant="secondary">{t('accounts.account.resend')}</Button>
          </Form>
        </div>
      ) : null}

      <SummaryList
        rows={[
          [t('accounts.fields.name'), p.user.name],
          [t('accounts.fields.email'), p.user.email],
          [
            t('accounts.account.emailStatus'),
            p.user.emailConfirmed ? (
              <Tag tone="green">{t('accounts.account.confirmed')}</Tag>
            ) : (
              <Tag tone="yellow">{t('accounts.account.notConfirmed')}</Tag>
            ),
          ],
          [t('accounts.account.roles'), roleNames(t, p.user.roles)],
        ]}
      />

      <h2>{t('accounts.account.memberships')}</h2>
      {p.organizations.length === 0 && p.stateBodies.length === 0 ? <p>{t('accounts.account.noMemberships')}</p> : null}
      {p.organizations.length ? (
        <>
          <h3>{t('accounts.account.organizations')}</h3>
          <ul>
            {p.organizations.map((bin) => (
              <li key={bin}>
                <a href={localHref(locale, `/registry/${bin}`)}>{t('accounts.account.bin', { bin })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.stateBodies.length ? (
        <>
          <h3>{t('accounts.account.stateBodies')}</h3>
          <ul>
            {p.stateBodies.map((b) => (
              <li key={b.id}>{b.name}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="sessions">{t('accounts.sessions.title')}</h2>
      <p>{t('accounts.sessions.lead')}</p>
      <Table
        caption={t('accounts.sessions.title')}
        rows={p.sessions}
        rowKey={(s) => s.id}
        columns={[
          {
            header: t('accounts.sessions.device'),
            cell: (s) => (
              <>
                {s.device ?? t('accounts.sessions.unknownDevice')}
                {s.current ? (
                  <>
                    {' '}
                    <Tag tone="blue">{t('accounts.sessions.current')}</Tag>
                  </>
                ) : null}
              </>
            ),
          },
          { header: t('accounts.sessions.ip'), cell: (s) => s.ip ?? '—' },
          { header: t('accounts.sessions.signedIn'), cell: (s) => s.signedIn },
          { header: t('accounts.sessions.lastSeen'), cell: (s) => s.lastSeen },
          {
            header: t('accounts.sessions.action'),
            cell: (s) => (
              <Form action={localHref(locale, '/account/sessions/revoke')}>
                <input type="hidden" name="id" value={s.id} />
                <Button variant="secondary">
                  {t('accounts.sessions.revoke')}
                  <span class="visually-hidden">
                    {' '}
                    {s.device ?? ''} {s.lastSeen}
                  </span>
                </Button>
              </Form>
            ),
          },
        ]}
      />
      <Form action={localHref(locale, '/account/sessions/revoke-all')}>
        <Button variant="warning">{t('accounts.sessions.revokeAll')}</Button>
      </Form>

      <h2 id="tokens">{t('accounts.tokens.title')}</h2>
      <p>{t('accounts.tokens.lead')}</p>
      {p.newToken ? (
        <div class="flash" role="status">
          <p>{t('accounts.tokens.created', { name: p.newToken.name })}</p>
          <p>
            <code class="secret" id="new-token">
              {p.newToken.token}
            </code>
          </p>
          <p>
            <strong>{t('accounts.tokens.copyNow')}</strong>
          </p>
        </div>
      ) : null}
      {p.tokens.length ? (
        <Table
          caption={t('accounts.tokens.title')}
          rows={p.tokens}
          rowKey={(k) => k.id}
          columns={[
            { header: t('accounts.tokens.name'), cell: (k) => k.name },
            { header: t('accounts.tokens.prefix'), cell: (k) => <code>{k.prefix}…</code> },
            { header: t('accounts.tokens.createdAt'), cell: (k) => k.created },
            { header: t('accounts.tokens.lastUsed'), cell: (k) => k.lastUsed ?? t('accounts.tokens.neverUsed') },
            {
              header: t('accounts.tokens.action'),
              cell: (k) => (
                <Form action={localHref(locale, '/account/tokens/revoke')}>
                  <input type="hidden" name="id" value={k.id} />
                  <Button variant="warning">
                    {t('accounts.tokens.revoke')}
                    <span class="visually-hidden"> {k.name}</span>
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('accounts.tokens.none')}</p>
      )}
      {p.can.issueToken ? (
        <Form action={localHref(locale, '/account/tokens')}>
          <TextField
            name="name"
            label={t('accounts.tokens.newName')}
            hint={t('accounts.tokens.newNameHint')}
            value={p.tokenForm?.name}
            error={tokenErrors.name}
            autocomplete="off"
            width="medium"
            required
          />
          <Button>{t('accounts.tokens.create')}</Button>
        </Form>
      ) : null}
    </Layout>
  );
}
