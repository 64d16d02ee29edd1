import { formatDate, formatNumber, LOCALES } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { DetailPage } from '../../../platform/kit/index.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { hoursFromTenths } from '../domain.ts';
import type { MyApplicationView, ProfileView } from '../presenters.ts';
import { ApplicationTag, regionName } from './components.tsx';

const LANG_LABEL = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** The volunteer's own page: profile, sign-ups, confirmed hours and certificates. */
export function MyVolunteeringPage(p: { profile: ProfileView | null; applications: MyApplicationView[] }) {
  const { t, locale } = useCtx();
  const confirmed = p.applications.filter((a) => a.status === 'completed');
  const total = confirmed.reduce((s, a) => s + (a.hours_tenths ?? 0), 0);
  const open = p.applications.filter((a) => a.status !== 'completed');
  return (
    <DetailPage
      title={t('volunteering.me.title')}
      crumbs={[[t('volunteering.list.title'), '/volunteering']]}
      sections={[
        {
          id: 'profile',
          title: t('volunteering.profile.title'),
          body: (
            <>
              {p.profile ? (
                <SummaryList
                  rows={[
                    [t('volunteering.field.region'), regionName(p.profile.region, locale)],
                    [t('volunteering.field.birthYear'), String(p.profile.birth_year)],
                    [
                      t('volunteering.field.languages'),
                      p.profile.languages.map((l) => t(`volunteering.language.${l}`)).join(', '),
                    ],
                    [t('volunteering.field.skills'), p.profile.skills.join(', ') || '—'],
                  ]}
                />
              ) : (
                <p>{t('volunteering.me.noProfile')}</p>
              )}
              <p>
                <a href={localHref(locale, '/volunteering/profile')}>
                  {p.profile ? t('volunteering.profile.edit') : t('volunteering.profile.create')}
                </a>
              </p>
            </>
          ),
        },
        {
          id: 'history',
          title: t('volunteering.me.history'),
          body: (
            <>
              <p>
                {t('volunteering.me.total', {
                  hours: formatNumber(hoursFromTenths(total), locale),
                  count: confirmed.length,
                })}
              </p>
              {confirmed.length ? (
                <Table
                  caption={t('volunteering.me.historyCaption')}
                  rows={confirmed}
                  rowKey={(a) => a.id}
                  columns={[
                    {
                      header: t('volunteering.col.opportunity'),
                      cell: (a) => <a href={localHref(locale, `/volunteering/${a.opportunity_id}`)}>{a.title}</a>,
                    },
                    { header: t('volunteering.col.confirmed'), cell: (a) => formatDate(a.confirmed_at, locale) },
                    {
                      header: t('volunteering.col.hours'),
                      cell: (a) => formatNumber(hoursFromTenths(a.hours_tenths ?? 0), locale),
                      numeric: true,
                    },
                    {
                      header: t('volunteering.col.certificate'),
                      cell: (a) =>
                        a.code ? (
                          <ul class="inline-list">
                            {LOCALES.map((l) => (
                              <li key={l}>
                                <a
                                  href={`/${l}/volunteering/certificates/${a.code}/pdf`}
                                  download={`qogam-certificate-${a.code}-${l}.pdf`}
                                  aria-label={t('volunteering.me.downloadIn', {
                                    title: a.title,
                                    language: LANG_LABEL[l],
                                  })}
                                >
                                  PDF <span lang={l}>{LANG_LABEL[l]}</span>
                                </a>
                              </li>
                            ))}
                            <li>
                              <a
                                href={localHref(locale, `/volunteering/certificates/${a.code}`)}
                                aria-label={t('volunteering.me.verifyOf', { title: a.title })}
                              >
                                {t('volunteering.me.verify')}
                              </a>
                            </li>
                          </ul>
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
              ) : null}
            </>
          ),
        },
        {
          id: 'applications',
          title: t('volunteering.me.applications'),
          body: (
            <>
              {open.length ? (
                <Table
                  caption={t('volunteering.me.applicationsCaption')}
                  rows={open}
                  rowKey={(a) => a.id}
                  columns={[
                    {
                      header: t('volunteering.col.opportunity'),
                      cell: (a) => <a href={localHref(locale, `/volunteering/${a.opportunity_id}`)}>{a.title}</a>,
                    },
                    { header: t('volunteering.field.dates'), cell: (a) => formatDate(a.starts_on, locale) },
                    { header: t('volunteering.col.status'), cell: (a) => <ApplicationTag status={a.status} /> },
                  ]}
                />
              ) : (
                <p>
                  {t('volunteering.me.noApplications')}{' '}
                  <a href={localHref(locale, '/volunteering?status=open')}>{t('volunteering.me.findOpportunities')}</a>
                </p>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
