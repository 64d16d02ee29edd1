/**
 * Page types every module uses: a form page, a list page (filters + table + pagination), a detail
 * page (summary list + sections + public history), a message page, radios and a status tag.
 * They take view models (strings, numbers, presented rows), never repository rows.
 */
import type { ComponentChildren } from 'preact';
import { localHref, useCtx } from '../views/context.ts';
import { Pagination, SummaryList, Tag, type TagTone } from '../views/data.tsx';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  fieldId,
  FileField,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../views/forms.tsx';
import { Layout } from '../views/Layout.tsx';
import { Section } from '../views/page.tsx';
import { formatDate } from '../i18n/index.ts';

export { MessagePage, Section } from '../views/page.tsx';

type Option = { value: string; label: string; hint?: string };
interface FieldCommon {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

/** A form field described as data, so a form page is a list of them. */
export type FieldSpec =
  | (FieldCommon & {
      kind: 'text' | 'date' | 'time' | 'number' | 'email' | 'tel';
      width?: 'short' | 'medium' | 'full';
      autocomplete?: string;
      /** The keyboard a phone shows (a number field is numeric unless told 'decimal'). */
      inputmode?: 'numeric' | 'decimal';
    })
  | (FieldCommon & { kind: 'textarea'; rows?: number })
  | (FieldCommon & { kind: 'select'; options: Option[]; emptyOption?: string })
  | (FieldCommon & { kind: 'checkboxes'; options: Option[] })
  | (FieldCommon & { kind: 'radios'; options: Option[] })
  | (FieldCommon & { kind: 'file'; accept?: string });

const text = (v: FormValues[string]) => (typeof v === 'string' ? v : '');

export function Fields({ fields, values, errors }: { fields: FieldSpec[]; values: FormValues; errors: FieldErrors }) {
  return (
    <>
      {fields.map((f) => {
        const v = values[f.name];
        const common = { name: f.name, label: f.label, hint: f.hint, error: errors[f.name], required: f.required };
        switch (f.kind) {
          case 'textarea':
            return <TextArea key={f.name} {...common} value={text(v)} rows={f.rows} />;
          case 'select':
            return (
              <SelectField key={f.name} {...common} value={text(v)} options={f.options} emptyOption={f.emptyOption} />
            );
          case 'checkboxes':
            return (
              <CheckboxGroup
                key={f.name}
                {...common}
                values={Array.isArray(v) ? v : v ? [v] : []}
                options={f.options}
              />
            );
          case 'radios':
            return <RadioGroup key={f.name} {...common} legend={f.label} value={text(v)} options={f.options} />;
          case 'file':
            return <FileField key={f.name} {...common} accept={f.accept ?? '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xlsx'} />;
          default:
            return (
              <TextField
                key={f.name}
                {...common}
                value={text(v)}
                type={f.kind === 'number' ? 'text' : f.kind}
                inputmode={f.inputmode ?? (f.kind === 'number' ? 'numeric' : undefined)}
                autocomplete={f.autocomplete}
                width={f.width ?? (f.kind === 'text' || f.kind === 'email' ? 'full' : 'short')}
              />
            );
        }
      })}
    </>
  );
}

/** Radios in a fieldset (GOV.UK pattern); the first radio carries the field id the error summary links to. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  value?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  options: Option[];
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

/** A status as a coloured tag; its words are `<keyPrefix>.<status>`. */
export function StatusTag({
  status,
  keyPrefix,
  tones,
}: {
  status: string;
  keyPrefix: string;
  tones: Readonly<Record<string, TagTone>>;
}) {
  const { t } = useCtx();
  return <Tag tone={tones[status] ?? 'grey'}>{t(`${keyPrefix}.${status}`)}</Tag>;
}

/** A one-button form (close, publish, withdraw) placed inside a page: POST with hidden fields. */
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

export interface FormPageProps {
  title: string;
  /** The page's meta description (what a search engine or a shared link shows). */
  description?: string;
  /** A line above the title naming what the form is about (GOV.UK caption). */
  caption?: string;
  crumbs?: [string, string][];
  /** Shown between the title and the form. */
  intro?: ComponentChildren;
  /** A notification banner above the title (why the reader was sent here). */
  banner?: ComponentChildren;
  /** Shown after the form (other ways on: "forgot your password?"). */
  footer?: ComponentChildren;
  action: string;
  /** The fields as data; or `children` for a form laid out by hand (both may be given: fields first). */
  fields?: FieldSpec[];
  children?: ComponentChildren;
  values: FormValues;
  errors: FieldErrors;
  submit: string;
  hidden?: Record<string, string | number>;
  multipart?: boolean;
  /** Error summary order and labels for fields laid out by hand. */
  errorOrder?: string[];
  errorLabels?: Record<string, string>;
  back?: [string, string];
}

/** A page with one form: the error summary above the h1, each message next to its field, the typed values kept. */
export function FormPage(p: FormPageProps) {
  const { locale } = useCtx();
  const fields = p.fields ?? [];
  const order = [...fields.map((f) => f.name), ...(p.errorOrder ?? [])];
  const labels = { ...Object.fromEntries(fields.map((f) => [f.name, f.label])), ...p.errorLabels };
  return (
    <Layout title={p.title} description={p.description} hasErrors={Object.keys(p.errors).length > 0} crumbs={p.crumbs}>
      <ErrorSummary errors={p.errors} order={order} labels={labels} />
      {p.banner}
      {p.caption ? <span class="caption">{p.caption}</span> : null}
      <h1>{p.title}</h1>
      {p.intro}
      <Form action={localHref(locale, p.action)} multipart={p.multipart}>
        {Object.entries(p.hidden ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ))}
        <Fields fields={fields} values={p.values} errors={p.errors} />
        {p.children}
        <Button>{p.submit}</Button>
      </Form>
      {p.footer}
      {p.back ? (
        <p>
          <a href={localHref(locale, p.back[1])}>{p.back[0]}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export interface ListPageProps {
  title: string;
  /** The page's meta description (what a search engine or a shared link shows). */
  description?: string;
  crumbs?: [string, string][];
  intro?: ComponentChildren;
  /** A GET filter form: its fields, what was typed and what did not parse. */
  filters?: {
    action: string;
    fields: FieldSpec[];
    values: FormValues;
    errors: FieldErrors;
    submit: string;
    /** Kept with the filters when they are sent again (a chosen reading of the results). */
    hidden?: Record<string, string>;
  };
  /** How many were found, already in words ("24 councils"). */
  count?: string;
  /** The table (or list) of results, or the words for none. */
  children: ComponentChildren;
  pagination?: {
    page: number;
    pageSize: number;
    total: number;
    basePath: string;
    query: Record<string, string | undefined>;
  };
  /** Below the results: downloads, feeds. */
  footer?: ComponentChildren;
}

/** Filters, results and pages; works without JavaScript (the filter form is a plain GET). */
export function ListPage(p: ListPageProps) {
  const { locale } = useCtx();
  const errors = p.filters?.errors ?? {};
  return (
    <Layout title={p.title} description={p.description} hasErrors={Object.keys(errors).length > 0} crumbs={p.crumbs}>
      <ErrorSummary errors={errors} order={p.filters?.fields.map((f) => f.name)} />
      <h1>{p.title}</h1>
      {p.intro}
      {p.filters ? (
        <Form action={localHref(locale, p.filters.action)} method="get" class="filters">
          {Object.entries(p.filters.hidden ?? {}).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <Fields fields={p.filters.fields} values={p.filters.values} errors={errors} />
          <Button variant="secondary">{p.filters.submit}</Button>
        </Form>
      ) : null}
      {p.count ? (
        <p class="result-count" role="status">
          {p.count}
        </p>
      ) : null}
      {p.children}
      {p.pagination ? <Pagination {...p.pagination} /> : null}
      {p.footer}
    </Layout>
  );
}

/** A public history entry, presented: when, who (as public), and what in the reader's words. */
export interface HistoryItem {
  at: Date | string;
  who: string | null;
  what: string;
}

export interface DetailPageProps {
  title: string;
  /** The page's meta description (what a search engine or a shared link shows). */
  description?: string;
  caption?: string;
  crumbs?: [string, string][];
  /** The status tag and other marks beside the title. */
  tags?: ComponentChildren;
  summary?: [string, ComponentChildren][];
  /** Buttons and links for what the reader may do here (already filtered by policy). */
  actions?: ComponentChildren;
  sections?: { id: string; title: string; body: ComponentChildren }[];
  history?: HistoryItem[];
  children?: ComponentChildren;
}

/** One thing in full: summary list, sections, then its public history. */
export function DetailPage(p: DetailPageProps) {
  const { t, locale } = useCtx();
  return (
    <Layout title={p.title} description={p.description} crumbs={p.crumbs}>
      {p.caption ? <span class="caption">{p.caption}</span> : null}
      <h1>{p.title}</h1>
      {p.tags ? <p>{p.tags}</p> : null}
      {p.summary?.length ? <SummaryList rows={p.summary} /> : null}
      {p.actions ? <div class="actions">{p.actions}</div> : null}
      {p.sections?.map((s) => (
        <Section key={s.id} id={s.id} title={s.title}>
          {s.body}
        </Section>
      ))}
      {p.children}
      {p.history?.length ? (
        <Section id="history" title={t('common.history')}>
          <ol class="history">
            {p.history.map((h, i) => (
              <li key={i}>
                <time dateTime={new Date(h.at).toISOString()}>{formatDate(h.at, locale)}</time>
                {h.who ? ` · ${h.who}` : ''} — {h.what}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </Layout>
  );
}
