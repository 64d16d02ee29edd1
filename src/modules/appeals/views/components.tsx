/** Small pieces shared by the reception's pages. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { StatusTag } from '../../../platform/kit/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { Tag } from '../../../platform/views/data.tsx';
import { fieldId } from '../../../platform/views/forms.tsx';
import type { AppealStatus } from '../domain.ts';
import { STATUS_TONE } from '../presenters.ts';

/** An appeal's status as the kit's tag, in the reception's colours. */
export const AppealStatusTag = ({ status }: { status: AppealStatus }) => (
  <StatusTag status={status} keyPrefix="appeals.status" tones={STATUS_TONE} />
);

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
