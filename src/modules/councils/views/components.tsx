/** Pieces shared by the councils' and hearings' pages: the status tag, a list of public documents, a date and time. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { StatusTag } from '../../../platform/kit/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import type { TagTone } from '../../../platform/views/data.tsx';
import type { DocumentView } from '../presenters/views.ts';

export function Documents({ docs, label }: { docs: DocumentView[]; label: string }) {
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

export const when = (d: Date | string | null | undefined, locale: Parameters<typeof formatDate>[1]) =>
  formatDate(d, locale, true);

const TONES: Readonly<Record<string, TagTone>> = {
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

/** Any status of the module (council, call, candidate, meeting, response, report, hearing) as the kit's tag. */
export const CouncilsTag = ({ status }: { status: string }) => (
  <StatusTag status={status} keyPrefix="councils.status" tones={TONES} />
);
