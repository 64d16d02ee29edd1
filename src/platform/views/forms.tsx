import type { ComponentChildren } from 'preact';
import { useCtx } from './context.ts';

/** Field name -> translated message. */
export type FieldErrors = Record<string, string>;
/** What the user typed, echoed back on a 400 so nothing is lost. */
export type FormValues = Record<string, string | string[] | undefined>;

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
export { fieldId };

export function Form(props: {
  action: string;
  children: ComponentChildren;
  multipart?: boolean;
  method?: 'post' | 'get';
  class?: string;
}) {
  const { csrfToken } = useCtx();
  const method = props.method ?? 'post';
  return (
    <form
      method={method}
      action={props.action}
      noValidate
      class={props.class}
      {...(props.multipart ? { encType: 'multipart/form-data' } : {})}
    >
      {method === 'post' ? <input type="hidden" name="_csrf" value={csrfToken} /> : null}
      {props.children}
    </form>
  );
}

/**
 * GOV.UK error summary, in GOV.UK Frontend's current markup: the live region is the inner element
 * (role=alert, announced when the page loads), no aria-labelledby, and focus is moved by script
 * (public/app.js) — without JavaScript it is simply the first thing above the h1. Each entry links
 * to its field; with `labels` it names the field ("Members: Fill in this field").
 */
export function ErrorSummary({
  errors,
  order,
  labels,
}: {
  errors: FieldErrors;
  order?: string[];
  labels?: Record<string, string>;
}) {
  const { t } = useCtx();
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  const sorted = order ? [...keys].sort((a, b) => idx(order, a) - idx(order, b)) : keys;
  return (
    <div class="error-summary" data-module="error-summary">
      <div role="alert">
        <h2 class="error-summary-title">{t('common.errorSummaryTitle')}</h2>
        <ul class="error-summary-list">
          {sorted.map((k) => (
            <li key={k}>
              {/* A problem with the whole form (the data changed meanwhile) has no field to link to. */}
              {k === '_form' ? (
                errors[k]
              ) : (
                <a href={`#${fieldId(k)}`}>{labels?.[k] ? `${labels[k]}: ${errors[k]}` : errors[k]}</a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
const idx = (order: string[], k: string) => (order.indexOf(k) === -1 ? 999 : order.indexOf(k));

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

function FieldWrap({ name, label, hint, error, children, required }: FieldBase & { children: ComponentChildren }) {
  const { t } = useCtx();
  const id = fieldId(name);
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id} class="label">
        {label}
        {required ? null : <span class="optional"> ({t('common.optional')})</span>}
      </label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">{t('common.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(name: string, hint?: string, error?: string) {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField(
  props: FieldBase & {
    value?: string;
    type?: string;
    autocomplete?: string;
    inputmode?: string;
    width?: 'short' | 'medium' | 'full';
    spellcheck?: boolean;
  },
) {
  const { name, hint, error, value, type, autocomplete, inputmode, width } = props;
  return (
    <FieldWrap {...props}>
      <input
        class={`input input-${width ?? 'full'}`}
        id={fieldId(name)}
        name={name}
        type={type ?? 'text'}
        value={value ?? ''}
        autocomplete={autocomplete}
        inputMode={inputmode as any}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldWrap>
  );
}

export function TextArea(props: FieldBase & { value?: string; rows?: number }) {
  const { name, hint, error, value, rows } = props;
  return (
    <FieldWrap {...props}>
      <textarea
        class="textarea"
        id={fieldId(name)}
        name={name}
        rows={rows ?? 5}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {value ?? ''}
      </textarea>
    </FieldWrap>
  );
}

export function SelectField(
  props: FieldBase & { value?: string; options: { value: string; label: string }[]; emptyOption?: string },
) {
  const { name, hint, error, value, options, emptyOption } = props;
  return (
    <FieldWrap {...props}>
      <select
        class="select"
        id={fieldId(name)}
        name={name}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {/* A first option with no value: "all regions" in a filter, "choose…" in a form. */}
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldWrap>
  );
}

/** A group of checkboxes (fieldset + legend); the first box carries the field id for the error link. */
export function CheckboxGroup(props: FieldBase & { values?: string[]; options: { value: string; label: string }[] }) {
  const { t } = useCtx();
  const { name, label, hint, error, values, options, required } = props;
  const id = fieldId(name);
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend class="label">
          {label}
          {required ? null : <span class="optional"> ({t('common.optional')})</span>}
        </legend>
        {hint ? (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p class="error-message" id={`${id}-error`}>
            <span class="visually-hidden">{t('common.errorPrefix')} </span>
            {error}
          </p>
        ) : null}
        <div class="checkboxes">
          {options.map((o, i) => (
            <div class="checkbox" key={o.value}>
              <input
                type="checkbox"
                id={i === 0 ? id : `${id}-${i}`}
                name={name}
                value={o.value}
                checked={values?.includes(o.value)}
              />
              <label for={i === 0 ? id : `${id}-${i}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function FileField(props: FieldBase & { accept?: string }) {
  const { name, hint, error, accept } = props;
  return (
    <FieldWrap {...props}>
      <input
        class="file"
        type="file"
        id={fieldId(name)}
        name={name}
        accept={accept}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldWrap>
  );
}

export function Button({
  children,
  variant,
  name,
  value,
}: {
  children: ComponentChildren;
  variant?: 'secondary' | 'warning';
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={`button${variant ? ` button-${variant}` : ''}`} name={name} value={value}>
      {children}
    </button>
  );
}
