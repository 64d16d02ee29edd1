import { formatMoney, formatNumber, type Locale, type T } from '../../../platform/i18n/index.ts';
import type { IndicatorSpec } from '../../../platform/opendata/index.ts';

/** A value in its indicator's unit, in the reader's language. */
export function formatValue(unit: IndicatorSpec['unit'], value: number | null, locale: Locale, t: T): string {
  if (value === null) return '—';
  switch (unit) {
    case 'tenge':
      return formatMoney(Math.round(value * 100), locale);
    case 'percent':
      return `${formatNumber(Math.round(value * 10) / 10, locale)} %`;
    case 'score':
      return formatNumber(Math.round(value * 100) / 100, locale);
    case 'hours':
      return t('monitoring.unit.hours', { n: formatNumber(Math.round(value), locale) });
    default:
      return formatNumber(Math.round(value * 100) / 100, locale);
  }
}
