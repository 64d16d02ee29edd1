import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { DetailPage } from '../../../platform/kit/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { Tag } from '../../../platform/views/data.tsx';
import { hoursFromTenths } from '../domain.ts';
import { orgNameOf, type CertificateView } from '../presenters.ts';
import { areaName, placeText } from './components.tsx';

/** The public check of a certificate: its facts, revoked, or "no such certificate". */
export function CertificatePage({ cert, code }: { cert: CertificateView | null; code: string }) {
  const { t, locale } = useCtx();
  const title = t('volunteering.verify.title');
  if (!cert) {
    return (
      <DetailPage title={title}>
        <p class="warning">
          <strong>{t('volunteering.verify.notFound', { code })}</strong>
        </p>
      </DetailPage>
    );
  }
  return (
    <DetailPage
      title={title}
      tags={
        cert.revoked_at ? (
          <>
            <Tag tone="red">{t('volunteering.verify.revokedTag')}</Tag>{' '}
            {t('volunteering.verify.revoked', { date: formatDate(cert.revoked_at, locale) })}
          </>
        ) : (
          <>
            <Tag tone="green">{t('volunteering.verify.validTag')}</Tag> {t('volunteering.verify.valid')}
          </>
        )
      }
      summary={[
        ...(cert.revoked_at && cert.revoke_reason
          ? [
              [
                t('volunteering.verify.revokedTag'),
                t('volunteering.verify.reason', { reason: cert.revoke_reason }),
              ] as [string, string],
            ]
          : []),
        [t('volunteering.certificate.number'), cert.code],
        [t('volunteering.col.volunteer'), cert.volunteer_name],
        [t('volunteering.col.opportunity'), cert.title],
        [t('volunteering.field.organizer'), orgNameOf(cert, locale)],
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
  );
}
