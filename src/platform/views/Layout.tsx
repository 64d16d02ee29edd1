import type { ComponentChildren } from 'preact';
import { LOCALES } from '../i18n/index.ts';
import { localHref, useCtx } from './context.ts';

const LANG_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** The header's sections ([layout.nav.<key>, path]); the home page and the footer list every module. */
export const MAIN_NAV = [
  ['registry', '/registry'],
  ['funding', '/funding'],
  ['initiatives', '/initiatives'],
  ['appeals', '/appeals'],
  ['legislation', '/legislation'],
  ['volunteering', '/volunteering'],
  ['monitoring', '/monitoring'],
] as const;

export const FOOTER_NAV = [
  ['councils', '/councils'],
  ['hearings', '/hearings'],
  ['local', '/local'],
  ['forum', '/forum'],
  ['charity', '/charity'],
  ['sdgs', '/sdgs'],
  ['statistics', '/registry/statistics'],
  ['openData', '/open-data'],
] as const;

export interface LayoutProps {
  title: string;
  /** Prefix the title with "Error:" when a form has errors (GOV.UK pattern). */
  hasErrors?: boolean;
  description?: string;
  children: ComponentChildren;
  /** Extra breadcrumbs: [label, path][] */
  crumbs?: [string, string][];
}

export function Layout({ title, hasErrors, description, children, crumbs }: LayoutProps) {
  const { locale, t, path, actor, csrfToken, flash, demo } = useCtx();
  const fullTitle = `${hasErrors ? `${t('common.errorPrefix')} ` : ''}${title} — Qogam`;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href="/static/app.css" />
        <script type="module" src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skip')}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href={localHref(locale, '/')}>
              Qogam <span class="brand-sub">{t('layout.tagline')}</span>
            </a>
            <nav aria-label={t('layout.languages')} class="lang-switch">
              <ul>
                {LOCALES.map((l) => (
                  <li key={l}>
                    {l === locale ? (
                      <span aria-current="true" lang={l}>
                        {LANG_NAMES[l]}
                      </span>
                    ) : (
                      <a href={localHref(l, path)} lang={l} hreflang={l}>
                        {LANG_NAMES[l]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div class="container header-row">
            <nav aria-label={t('layout.mainNav')} class="main-nav">
              <ul>
                {MAIN_NAV.map(([key, p]) => (
                  <li key={p}>
                    <a
                      href={localHref(locale, p)}
                      aria-current={path === p || path.startsWith(`${p}/`) ? 'page' : undefined}
                    >
                      {t(`layout.nav.${key}`)}
                    </a>
                  </li>
                ))}
                {actor?.roles.includes('moderator') || actor?.roles.includes('administrator') ? (
                  <li>
                    <a href={localHref(locale, '/admin')}>{t('layout.nav.admin')}</a>
                  </li>
                ) : null}
              </ul>
            </nav>
            <nav aria-label={t('layout.accountNav')} class="account-nav">
              <ul>
                {actor ? (
                  <>
                    <li>
                      <a href={localHref(locale, '/account')}>{actor.name}</a>
                    </li>
                    <li>
                      <form method="post" action={localHref(locale, '/logout')}>
                        <input type="hidden" name="_csrf" value={csrfToken} />
                        <button type="submit" class="link-button">
                          {t('layout.logout')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <>
                    <li>
                      <a href={localHref(locale, `/login?returnTo=${encodeURIComponent(localHref(locale, path))}`)}>
                        {t('layout.login')}
                      </a>
                    </li>
                    <li>
                      <a href={localHref(locale, '/register')}>{t('layout.register')}</a>
                    </li>
                  </>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="container" tabIndex={-1}>
          {crumbs?.length ? (
            <nav aria-label={t('layout.breadcrumbs')} class="crumbs">
              <ol>
                <li>
                  <a href={localHref(locale, '/')}>{t('layout.home')}</a>
                </li>
                {crumbs.map(([label, p]) => (
                  <li key={p}>
                    <a href={localHref(locale, p)}>{label}</a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          {flash ? (
            <div class="flash" role="status">
              {flash}
            </div>
          ) : null}
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{t('layout.footer')}</p>
            <ul class="footer-links">
              {FOOTER_NAV.map(([key, p]) => (
                <li key={p}>
                  <a href={localHref(locale, p)}>{t(`layout.nav.${key}`)}</a>
                </li>
              ))}
              <li>
                <a href="/api/docs">{t('layout.api')}</a>
              </li>
              {demo && actor ? (
                <li>
                  <a href={localHref(locale, '/dev/mail')}>{t('layout.devMail')}</a>
                </li>
              ) : null}
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
