/** Pieces shared by the councils' and hearings' pages: a generic form page, tags, documents, small action forms. */
import type { ComponentChildren } from 'preact';
import { formatDate } from '../../../platform/i18n/index.ts';
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
import type { DocumentRow } from '../repository/index.ts';

const TONES: Record<string, TagTone> = {
  active: 'green',
  dissolved: 'grey',
  open: 'green',
  review: 'yellow',
  decided: 'blue',
  cancelled: 'grey',
  planned: 'blue',
  held: 'green',
  announced: 'blue',
  answered: 'green',
  awaiting: 'yellow',
  accepted: 'green',
  partly_accepted: 'yellow',
  rejected: 'red',
  published: 'yellow',
  submitted: 'blue',
  selected: 'green',
  not_selected: 'grey',
};

/** A status as a coloured tag: `councils.status.<status>`. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useCtx();
  return <Tag tone={TONES[status] ?? 'grey'}>{t(`councils.status.${status}`)}</Tag>;
}

export function Documents({ docs, label }: { docs: DocumentRow[]; label: string }) {
  const { t } = useCtx();
  if (!docs.length) return null;
  return (
    <ul aria-label={label}>
      {docs.map((d) => (
        <li key={d.id}>
          <a href={`/councils/documents/${d.id}`}>{d.title}</a>{' '}
          <span class="hint">
            ({d.original_name}, {Math.max(1, Math.round(d.size_bytes / 1024))} {t('councils.kb')})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A one-button form (close a call, publish the answers): POST with hidden fields. */
export function ActionForm({
  action,
  label,
  hidden = {},
  variant,
}: {
  action: string;
  label: string;
  hidden?: Record<string, string | number>;
  variant?: 'secondary' | 'warning';
}) {
  const { locale } = useCtx();
  return (
    <Form action={localHref(locale, action)} class="inline-form">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={String(v)} />
      ))}
      <Button variant={variant}>{label}</Button>
    </Form>
  );
}

export type FieldSpec =
  | {
      kind: 'text' | 'date' | 'time' | 'number';
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      width?: 'short' | 'medium' | 'full';
    }
  | { kind: 'textarea'; name: string; label: string; hint?: string; required?: boolean; rows?: number }
  | {
      kind: 'select';
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      options: { value: string; label: string }[];
      emptyOption?: string;
    }
  | {
      kind: 'checkboxes';
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      options: { value: string; label: string }[];
    }
  | { kind: 'file'; name: string; label: string; hint?: string; required?: boolean };

export function Fields({ fields, values, errors }: { fields: FieldSpec[]; values: FormValues; errors: FieldErrors }) {
  return (
    <>
      {fields.map((f) => {
        const v = values[f.name];
        const common = { name: f.name, label: f.label, hint: f.hint, error: errors[f.name], required: f.required };
        switch (f.kind) {
          case 'textarea':
            return <TextArea key={f.name} {...common} value={typeof v === 'string' ? v : ''} rows={f.rows} />;
          case 'select':
            return (
              <SelectField
                key={f.name}
                {...common}
                value={typeof v === 'string' ? v : undefined}
                options={f.options}
                emptyOption={f.emptyOption}
              />
            );
          case 'checkboxes':
            return (
              <CheckboxGroup
                key={f.name}
                {...common}
                values={Array.isArray(v) ? v : typeof v === 'string' ? [v] : []}
                options={f.options}
              />
            );
          case 'file':
            return <FileField key={f.name} {...common} accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xlsx" />;
          default:
            return (
              <TextField
                key={f.name}
                {...common}
                value={typeof v === 'string' ? v : ''}
                type={f.kind === 'text' ? 'text' : f.kind === 'number' ? 'text' : f.kind}
                inputmode={f.kind === 'number' ? 'numeric' : undefined}
                width={f.width ?? (f.kind === 'text' ? 'full' : 'short')}
              />
            );
        }
      })}
    </>
  );
}

export interface FormPageProps {
  title: string;
  crumbs: [string, string][];
  /** What the form is about (shown above it). */
  intro?: ComponentChildren;
  action: string;
  fields: FieldSpec[];
  values: FormValues;
  errors: FieldErrors;
  submit: string;
  hidden?: Record<string, string | number>;
  multipart?: boolean;
}

/** A page with one form: the error summary first, every field with its message, the typed values kept. */
export function FormPage(p: FormPageProps) {
  const { locale } = useCtx();
  const hasErrors = Object.keys(p.errors).length > 0;
  const order = p.fields.map((f) => f.name);
  const labels = Object.fromEntries(p.fields.map((f) => [f.name, f.label]));
  return (
    <Layout title={p.title} hasErrors={hasErrors} crumbs={p.crumbs}>
      <ErrorSummary errors={p.errors} order={order} labels={labels} />
      <h1>{p.title}</h1>
      {p.intro}
      <Form action={localHref(locale, p.action)} multipart={p.multipart}>
        {Object.entries(p.hidden ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ))}
        <Fields fields={p.fields} values={p.values} errors={p.errors} />
        <Button>{p.submit}</Button>
      </Form>
    </Layout>
  );
}

/** A page that explains why there is nothing to show or why an action was refused, and where to go. */
export function MessagePage({
  title,
  message,
  links = [],
}: {
  title: string;
  message: string;
  links?: [string, string][];
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={title} crumbs={[[t('councils.list.title'), '/councils']]}>
      <h1>{title}</h1>
      <p>{message}</p>
      {links.length ? (
        <ul>
          {links.map(([label, path]) => (
            <li key={path}>
              <a href={localHref(locale, path)}>{label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </Layout>
  );
}

export const when = (d: Date | string | null | undefined, locale: Parameters<typeof formatDate>[1]) =>
  formatDate(d, locale, true);
