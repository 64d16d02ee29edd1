/** Small pieces shared by the reception's pages. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Tag } from '../../../platform/views/data.tsx';
import { fieldId } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { AppealStatus } from '../domain.ts';
import { STATUS_TONE } from '../presenters.ts';

export const StatusTag = ({ status }: { status: AppealStatus }) => {
  const { t } = useCtx();
  return <Tag tone={STATUS_TONE[status]}>{t(`appeals.status.${status}`)}</Tag>;
};

/** Days left (or overdue, highlighted) for an open appeal; on time / late for an answered one. */
export function DeadlineTag({
  dueOn,
  daysLeft,
  overdue,
  onTime,
}: {
  dueOn: string;
  daysLeft: number | null;
  overdue: boolean;
  onTime: boolean | null;
}) {
  const { t, locale } = useCtx();
  const due = formatDate(dueOn, locale);
  if (onTime !== null)
    return (
      <span>
        {due}{' '}
        <Tag tone={onTime ? 'green' : 'red'}>{t(onTime ? 'appeals.deadline.onTime' : 'appeals.deadline.late')}</Tag>
      </span>
    );
  if (overdue)
    return (
      <span>
        {due} <Tag tone="red">{t('appeals.deadline.overdue', { count: -(daysLeft ?? 0) })}</Tag>
      </span>
    );
  return (
    <span>
      {due}{' '}
      <Tag tone={daysLeft !== null && daysLeft <= 3 ? 'yellow' : 'grey'}>
        {t('appeals.deadline.daysLeft', { count: daysLeft ?? 0 })}
      </Tag>
    </span>
  );
}

function Messages({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const { t } = useCtx();
  const id = fieldId(name);
  return (
    <>
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
    </>
  );
}
const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A select whose options are grouped (state bodies by kind). */
export function GroupedSelect(p: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  emptyOption: string;
  groups: { label: string; options: { value: string; label: string }[] }[];
}) {
  const id = fieldId(p.name);
  return (
    <div class={`field${p.error ? ' field-error' : ''}`}>
      <label for={id} class="label">
        {p.label}
      </label>
      <Messages name={p.name} hint={p.hint} error={p.error} />
      <select
        class="select"
        id={id}
        name={p.name}
        aria-describedby={describedBy(p.name, p.hint, p.error)}
        aria-invalid={p.error ? 'true' : undefined}
      >
        <option value="">{p.emptyOption}</option>
        {p.groups.map((g) => (
          <optgroup label={g.label} key={g.label}>
            {g.options.map((o) => (
              <option value={o.value} selected={o.value === p.value} key={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Radio buttons in a fieldset; the first one carries the field id for the error summary's link. */
export function Radios(p: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  const id = fieldId(p.name);
  return (
    <div class={`field${p.error ? ' field-error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(p.name, p.hint, p.error)}>
        <legend class="label">{p.legend}</legend>
        <Messages name={p.name} hint={p.hint} error={p.error} />
        <div class="radios">
          {p.options.map((o, i) => (
            <div class="radio" key={o.value}>
              <input
                type="radio"
                id={i === 0 ? id : `${id}-${i}`}
                name={p.name}
                value={o.value}
                checked={o.value === p.value}
              />
              <label for={i === 0 ? id : `${id}-${i}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** A single checkbox (consent). */
export function Checkbox(p: { name: string; label: string; hint?: string; error?: string; checked: boolean }) {
  const id = fieldId(p.name);
  return (
    <div class={`field${p.error ? ' field-error' : ''}`}>
      <Messages name={p.name} hint={p.hint} error={p.error} />
      <div class="checkbox">
        <input
          type="checkbox"
          id={id}
          name={p.name}
          value="yes"
          checked={p.checked}
          aria-describedby={describedBy(p.name, p.hint, p.error)}
        />
        <label for={id}>{p.label}</label>
      </div>
    </div>
  );
}

export const crumbsRoot = (t: (k: string) => string): [string, string][] => [[t('appeals.home.title'), '/appeals']];

/** A page that explains why there is nothing to show or a refused action, and where to go. */
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
    <Layout title={title} crumbs={crumbsRoot(t)}>
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

/** A file input that takes several files at once. */
export function FilesField(p: { name: string; label: string; hint?: string; error?: string; accept?: string }) {
  const { t } = useCtx();
  const id = fieldId(p.name);
  return (
    <div class={`field${p.error ? ' field-error' : ''}`}>
      <label for={id} class="label">
        {p.label}
        <span class="optional"> ({t('common.optional')})</span>
      </label>
      <Messages name={p.name} hint={p.hint} error={p.error} />
      <input
        class="file"
        type="file"
        id={id}
        name={p.name}
        accept={p.accept}
        multiple
        aria-describedby={describedBy(p.name, p.hint, p.error)}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  );
}
