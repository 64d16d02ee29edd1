/** Small pieces shared by the registry's pages. */
import type { ComponentChildren } from 'preact';
import { Tag } from '../../../platform/views/data.tsx';
import { fieldId } from '../../../platform/views/forms.tsx';
import { useCtx } from '../../../platform/views/context.ts';
import type { ReportStatus } from '../domain.ts';
import { REPORT_TONE, SOCIAL_TONE, VERIFICATION_TONE } from '../presenters.ts';

export function VerificationTag({ state }: { state: string }) {
  const { t } = useCtx();
  return <Tag tone={VERIFICATION_TONE[state] ?? 'grey'}>{t(`registry.verification.${state}`)}</Tag>;
}

export function ReportTag({ status }: { status: ReportStatus }) {
  const { t } = useCtx();
  return <Tag tone={REPORT_TONE[status]}>{t(`registry.report.status.${status}`)}</Tag>;
}

export function SocialTag({ status }: { status: string }) {
  const { t } = useCtx();
  return <Tag tone={SOCIAL_TONE[status] ?? 'grey'}>{t(`registry.social.status.${status}`)}</Tag>;
}

/** Radios in a fieldset (GOV.UK pattern); the first radio carries the field id the error summary links to. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  value?: string;
  error?: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
}) {
  const { t } = useCtx();
  const id = fieldId(props.name);
  const describedBy =
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy}>
        <legend class="label">{props.legend}</legend>
        {props.hint ? (
          <p class="hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        ) : null}
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
                <input
                  type="radio"
                  id={oid}
                  name={props.name}
                  value={o.value}
                  checked={props.value === o.value}
                  aria-describedby={o.hint ? `${oid}-hint` : undefined}
                />
                <label for={oid}>{o.label}</label>
                {o.hint ? (
                  <p class="hint" id={`${oid}-hint`}>
                    {o.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A section with a heading whose id labels it, so landmarks and headings stay in order. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} class="section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
