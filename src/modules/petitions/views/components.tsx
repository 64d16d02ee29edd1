/** Small pieces shared by the initiatives' pages. */
import { formatNumber } from '../../../platform/i18n/index.ts';
import { Tag } from '../../../platform/views/data.tsx';
import { useCtx } from '../../../platform/views/context.ts';
import type { Status } from '../domain.ts';
import { STATUS_TONE } from '../presenters.ts';
import { StatusTag as KitStatusTag } from '../../../platform/kit/index.ts';

/** The kit's status tag in the initiatives' words and tones. */
export function StatusTag({ status }: { status: Status }) {
  return <KitStatusTag status={status} keyPrefix="petitions.status" tones={STATUS_TONE} />;
}

export function OverdueTag() {
  const { t } = useCtx();
  return <Tag tone="red">{t('petitions.overdue')}</Tag>;
}

/** "1 234 of 2 500 signatures" with a meter; the meter is decoration, the text says it all. */
export function Progress({ count, threshold, percent }: { count: number; threshold: number | null; percent: number }) {
  const { t, locale } = useCtx();
  return (
    <span class="progress" data-signature-count={count}>
      <span class="meter" aria-hidden="true">
        <span style={`width:${percent}%`}></span>
      </span>{' '}
      {threshold
        ? t('petitions.progress', { count: formatNumber(count, locale), threshold: formatNumber(threshold, locale) })
        : t('petitions.progressNoThreshold', { count: formatNumber(count, locale) })}
    </span>
  );
}
