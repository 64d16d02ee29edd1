/**
 * The volunteer's certificate as PDF (pdfkit, DejaVu fonts so Kazakh letters show), in kk, ru or en,
 * with the public verify URL printed, linked and as a QR code.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { areaByCode, regionByCode } from '../../reference/index.ts';
import { formatDate, formatNumber, translator, type Locale } from '../../platform/i18n/index.ts';
import { hoursFromTenths } from './domain.ts';
import type { CertificateFacts } from './lookups.ts';

const FONTS = fileURLToPath(new URL('../../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url));
export const FONT_REGULAR = join(FONTS, 'DejaVuSans.ttf');
export const FONT_BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');

/** The public page that checks a certificate, in the certificate's language. */
export const verifyPath = (locale: Locale, code: string) => `/${locale}/volunteering/certificates/${code}`;

export function organizerName(
  c: { org_name_kk: string; org_name_ru: string; org_name_en: string | null },
  locale: Locale,
): string {
  return (
    (locale === 'en' ? c.org_name_en : locale === 'ru' ? c.org_name_ru : c.org_name_kk) ||
    c.org_name_kk ||
    c.org_name_ru
  );
}

/**
 * Renders the certificate. `compress: false` keeps the content streams readable, so the verify URL can
 * be found in the file (it is also in a link annotation and the document's metadata).
 */
export async function certificatePdf(c: CertificateFacts, locale: Locale, baseUrl: string): Promise<Buffer> {
  const t = translator(locale);
  const url = `${baseUrl.replace(/\/$/, '')}${verifyPath(locale, c.code)}`;
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 220, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    compress: false,
    info: { Title: t('volunteering.certificate.title'), Author: 'Qogam', Subject: url, Keywords: `${c.code} ${url}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);

  const w = doc.page.width;
  const h = doc.page.height;
  doc
    .lineWidth(3)
    .strokeColor('#1d70b8')
    .rect(28, 28, w - 56, h - 56)
    .stroke();
  doc
    .lineWidth(1)
    .strokeColor('#0b0c0c')
    .rect(36, 36, w - 72, h - 72)
    .stroke();

  doc.fillColor('#0b0c0c').font('bold').fontSize(14).text('Qogam', 56, 56);
  doc.font('regular').fontSize(10).fillColor('#505a5f').text(t('volunteering.certificate.platform'), 56, 74);
  doc.moveDown(2);
  doc.fillColor('#0b0c0c').font('bold').fontSize(30).text(t('volunteering.certificate.title'), { align: 'center' });
  doc.moveDown(0.8);
  doc.font('regular').fontSize(14).text(t('volunteering.certificate.certifies'), { align: 'center' });
  doc.moveDown(0.4);
  doc.font('bold').fontSize(24).text(c.volunteer_name, { align: 'center' });
  doc.moveDown(0.6);
  const hours = formatNumber(hoursFromTenths(c.hours_tenths ?? 0), locale);
  doc
    .font('regular')
    .fontSize(14)
    .text(t('volunteering.certificate.body', { hours, title: c.title, organizer: organizerName(c, locale) }), {
      align: 'center',
    });
  doc.moveDown(0.8);
  const place = c.online
    ? t('volunteering.online')
    : [c.settlement, c.region ? regionByCode(c.region)?.name[locale] : ''].filter(Boolean).join(', ');
  const lines = [
    `${t('volunteering.certificate.period')}: ${formatDate(c.starts_on, locale)} — ${formatDate(c.ends_on, locale)}`,
    `${t('volunteering.field.place')}: ${place}`,
    `${t('volunteering.field.area')}: ${areaByCode(c.area)?.name[locale] ?? c.area}`,
    `${t('volunteering.certificate.issued')}: ${formatDate(c.confirmed_at ?? c.issued_at, locale)}`,
    `${t('volunteering.certificate.number')}: ${c.code}`,
  ];
  doc.fontSize(11).fillColor('#0b0c0c');
  for (const l of lines) doc.text(l, 56, undefined, { width: w - 112 - 160 });

  const qrSize = 120;
  const qrX = w - 56 - qrSize;
  const qrY = h - 56 - qrSize - 40;
  doc.image(qr, qrX, qrY, { width: qrSize, height: qrSize });
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#505a5f')
    .text(t('volunteering.certificate.scan'), qrX - 20, qrY + qrSize + 4, { width: qrSize + 40, align: 'center' });

  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#0b0c0c')
    .text(t('volunteering.certificate.verifyAt'), 56, h - 100, { width: w - 112 - 180 });
  doc.fillColor('#1d70b8').text(url, 56, undefined, { link: url, underline: true, width: w - 112 - 180 });
  doc.end();
  return done;
}
