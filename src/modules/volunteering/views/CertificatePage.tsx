import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Tag } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { organizerName } from '../certificate.ts';
import { hoursFromTenths } from '../domain.ts';
import type { CertificateFacts } from '../lookups.ts';
import { areaName, placeText } from './components.tsx';

/** The public check of a certificate: its facts, revoked, or "no such certificate". */
export function CertificatePage({ cert, code }: { cert: CertificateFacts | null; code: string }) {
  const { t, locale } = useCtx();
  const title = t('volunteering.verify.title');
  if (!cert) {
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <p class="warning">
          <strong>{t('volunteering.verify.notFound', { code })}</strong>
        </p>
      </Layout>
    );
  }
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {cert.revoked_at ? (
        <div class="warning">
          <p>
            <Tag tone="red">{t('volunteering.verify.revokedTag')}</Tag>{' '}
            {t('volunteering.verify.revoked', { date: formatDate(cert.revoked_at, locale) })}
          </p>
          {cert.revoke_reason ? <p>{t('volunteering.verify.reason', { reason: cert.revoke_reason })}</p> : null}
        </div>
      ) : (
        <p class="notice">
          <Tag tone="green">{t('volunteering.verify.validTag')}</Tag> {t('volunteering.verify.valid')}
        </p>
      )}
      <SummaryList
        rows={[
          [t('volunteering.certificate.number'), cert.code],
          [t('volunteering.col.volunteer'), cert.volunteer_name],
          [t('volunteering.col.opportunity'), cert.title],
          [t('volunteering.field.organizer'), organizerName(cert, locale)],
          [t('volunteering.field.place'), placeText(cert, locale, t)],
          [t('volunteering.field.area'), areaName(cert.area, locale)],
          [
            t('volunteering.certificate.period'),
            `${formatDate(cert.starts_on, locale)} — ${formatDate(cert.ends_on, locale)}`,
          ],
          [t('volunteering.col.hours'), formatNumber(hoursFromTenths(cert.hours_tenths ?? 0), locale)],
          [t('volunteering.certificate.issued'), formatDate(cert.confirmed_at ?? cert.issued_at, locale)],
        ]}
      />
    </Layout>
  );
}
