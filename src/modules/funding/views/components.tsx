/** Pieces shared by the funding pages: the layout with its breadcrumb, status tags, a generic form page, a message page, the public history. */
import type { ComponentChildren } from 'preact';
import { formatDate, formatMoney } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Tag, type TagTone } from '../../../platform/views/data.tsx';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';

export function FundingLayout({
  title,
  hasErrors,
  crumbs = [],
  children,
}: {
  title: string;
  hasErrors?: boolean;
  crumbs?: [string, string][];
  children: ComponentChildren;
}) {
  const { t } = useCtx();
  return (
    <Layout title={title} hasErrors={hasErrors} crumbs={[[t('funding.title'), '/funding'], ...crumbs]}>
      {children}
    </Layout>
  );
}

const TONES: Record<string, TagTone> = {
  draft: 'grey',
  discussion: 'blue',
  approved: 'green',
  published: 'blue',
  closed: 'yellow',
  review: 'yellow',
  decided: 'green',
  cancelled: 'red',
  submitted: 'blue',
  withdrawn: 'grey',
  admitted: 'blue',
  rejected: 'red',
  awarded: 'green',
  not_awarded: 'grey',
  delivering: 'blue',
  final_submitted: 'yellow',
  completed: 'green',
  evaluated: 'green',
  terminated: 'red',
  accepted: 'green',
  returned: 'red',
  ok: 'green',
  remarks: 'yellow',
  violations: 'red',
};

/** A state as a coloured tag with its name in the reader's language (funding.status.<state>). */
export function Status({ value }: { value: string }) {
  const { t } = useCtx();
  return <Tag tone={TONES[value] ?? 'grey'}>{t(`funding.status.${value}`)}</Tag>;
}

export function Money({ tiyn }: { tiyn: number }) {
  const { locale } = useCtx();
  return <span class="num">{formatMoney(tiyn, locale)}</span>;
}

export function When({ at, time }: { at: Date | string | null | undefined; time?: boolean }) {
  const { locale } = useCtx();
  if (!at) return <span>—</span>;
  const d = new Date(at);
  return (
    <time dateTime={typeof at === 'string' && at.length === 10 ? at : d.toISOString()}>
      {formatDate(at, locale, time)}
    </time>
  );
}

export type FieldSpec =
  | {
      kind: 'text' | 'date' | 'time';
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      width?: 'short' | 'medium' | 'full';
      inputmode?: string;
    }
  | { kind: 'textarea'; name: string; label: string; hint?: string; required?: boolean; rows?: number }
  | {
      kind: 'select';
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      options: { value: string; label: string }[];
      empty?: string;
    }
  | {
      kind: 'checkboxes';
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      options: { value: string; label: string }[];
    }
  | { kind: 'file'; name: string; label: string; hint?: string }
  | { kind: 'hidden'; name: string; value: string }
  | { kind: 'heading'; text: string };

export function Fields({ fields, values, errors }: { fields: FieldSpec[]; values: FormValues; errors: FieldErrors }) {
  const str = (n: string) => {
    const v = values[n];
    return Array.isArray(v) ? v[0] : v;
  };
  return (
    <>
      {fields.map((f, i) => {
        switch (f.kind) {
          case 'heading':
            return <h2 key={i}>{f.text}</h2>;
          case 'hidden':
            return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          case 'textarea':
            return (
              <TextArea
                key={f.name}
                name={f.name}
                label={f.label}
                hint={f.hint}
                required={f.required}
                rows={f.rows}
                value={str(f.name)}
                error={errors[f.name]}
              />
            );
          case 'select':
            return (
              <SelectField
                key={f.name}
                name={f.name}
                label={f.label}
                hint={f.hint}
                required={f.required}
                options={f.options}
                emptyOption={f.empty}
                value={str(f.name)}
                error={errors[f.name]}
              />
            );
          case 'checkboxes': {
            const v = values[f.name];
            return (
              <CheckboxGroup
                key={f.name}
                name={f.name}
                label={f.label}
                hint={f.hint}
                required={f.required}
                options={f.options}
                values={Array.isArray(v) ? v : v ? [v] : []}
                error={errors[f.name]}
              />
            );
          }
          case 'file':
            return <FileField key={f.name} name={f.name} label={f.label} hint={f.hint} error={errors[f.name]} />;
          default:
            return (
              <TextField
                key={f.name}
                name={f.name}
                label={f.label}
                hint={f.hint}
                required={f.required}
                type={f.kind === 'text' ? 'text' : f.kind}
                width={f.width}
                inputmode={f.inputmode}
                value={str(f.name)}
                error={errors[f.name]}
              />
            );
        }
      })}
    </>
  );
}

/** A page with one form: title, optional intro content, the fields, one submit button. */
export function FormPage(props: {
  title: string;
  action: string;
  fields: FieldSpec[];
  values: FormValues;
  errors: FieldErrors;
  submit: string;
  multipart?: boolean;
  crumbs?: [string, string][];
  children?: ComponentChildren;
  back?: [string, string];
}) {
  const { locale, t } = useCtx();
  const hasErrors = Object.keys(props.errors).length > 0;
  return (
    <FundingLayout title={props.title} hasErrors={hasErrors} crumbs={props.crumbs}>
      <ErrorSummary errors={props.errors} />
      <h1>{props.title}</h1>
      {props.children}
      <Form action={localHref(locale, props.action)} multipart={props.multipart}>
        <Fields fields={props.fields} values={props.values} errors={props.errors} />
        <Button>{props.submit}</Button>
      </Form>
      {props.back ? (
        <p>
          <a href={localHref(locale, props.back[1])}>{props.back[0] || t('common.back')}</a>
        </p>
      ) : null}
    </FundingLayout>
  );
}

/** A one-button form (publish, close, draw…) placed inside a page. */
export function ActionButton({
  action,
  label,
  variant,
  hidden = {},
}: {
  action: string;
  label: string;
  variant?: 'secondary' | 'warning';
  hidden?: Record<string, string>;
}) {
  const { locale } = useCtx();
  return (
    <Form action={localHref(locale, action)} class="inline-form">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button variant={variant}>{label}</Button>
    </Form>
  );
}

export function MessagePage({
  title,
  message,
  links = [],
  status,
}: {
  title: string;
  message: string;
  links?: [string, string][];
  status?: string;
}) {
  const { locale } = useCtx();
  return (
    <FundingLayout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      {status ? (
        <p>
          <strong>{status}</strong>
        </p>
      ) : null}
      {links.length ? (
        <ul>
          {links.map(([label, path]) => (
            <li key={path}>
              <a href={localHref(locale, path)}>{label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </FundingLayout>
  );
}

/** The public audit entries of a thing (who did what, when). */
export function History({
  entries,
}: {
  entries: { id: number | string; at: Date; actor_name: string | null; action: string }[];
}) {
  const { t } = useCtx();
  if (!entries.length) return null;
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t('funding.history.title')}</h2>
      <ul class="history">
        {entries.map((e) => (
          <li key={e.id}>
            <When at={e.at} time /> — {t(`funding.audit.${e.action.replace(/^funding\./, '').replace(/\./g, '_')}`)}
            {e.actor_name ? ` (${e.actor_name})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export const pct = (v: number) => `${Math.round(v * 100)}%`;
