/** Small pieces shared by the initiatives' pages. */
import type { ComponentChildren } from 'preact';
import { formatNumber } from '../../../platform/i18n/index.ts';
import { Tag } from '../../../platform/views/data.tsx';
import { useCtx } from '../../../platform/views/context.ts';
import type { Status } from '../domain.ts';
import { STATUS_TONE } from '../presenters.ts';

export function StatusTag({ status }: { status: Status }) {
  const { t } = useCtx();
  return <Tag tone={STATUS_TONE[status]}>{t(`petitions.status.${status}`)}</Tag>;
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

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} class="section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Radios in a fieldset; the first radio carries the field id the error summary links to. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  value?: string;
  error?: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useCtx();
  const id = `f-${props.name}`;
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={props.error ? `${id}-error` : undefined}>
        <legend class="label">{props.legend}</legend>
        {props.error ? (
          <p class="error-message" id={`${id}-error`}>
            <span class="visually-hidden">{t('common.errorPrefix')} </span>
            {props.error}
          </p>
        ) : null}
        <div class="radios">
          {props.options.map((o, i) => {
            const oid = i === 0 ? id : `${id}-${i}`;
            return (
              <div class="radio" key={o.value}>
                <input type="radio" id={oid} name={props.name} value={o.value} checked={props.value === o.value} />
                <label for={oid}>{o.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
