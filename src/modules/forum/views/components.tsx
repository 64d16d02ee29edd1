import { StatusTag } from '../../../platform/kit/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import type { TagTone } from '../../../platform/views/data.tsx';
import { FORUM_STATUSES, type ForumStatus, type ItemState } from '../domain.ts';
import type { HistoryView } from '../presenters.ts';

const FORUM_TONE: Record<ForumStatus, TagTone> = {
  planned: 'grey',
  open: 'blue',
  deliberation: 'yellow',
  concluded: 'green',
};
const STATE_TONE: Record<ItemState, TagTone> = {
  done: 'green',
  done_late: 'yellow',
  cancelled: 'grey',
  overdue: 'red',
  in_progress: 'blue',
  planned: 'grey',
};

export const ForumStatusTag = ({ status }: { status: ForumStatus }) => (
  <StatusTag status={status} keyPrefix="forum.status" tones={FORUM_TONE} />
);

/** An item's state as the public sees it; "overdue" is flagged in red and in words. */
export const ItemStateTag = ({ state }: { state: ItemState }) => (
  <StatusTag status={state} keyPrefix="forum.itemState" tones={STATE_TONE} />
);

export function StageList({ status }: { status: ForumStatus }) {
  const { t } = useCtx();
  const at = FORUM_STATUSES.indexOf(status);
  return (
    <ol aria-label={t('forum.forum.stages')}>
      {FORUM_STATUSES.map((s, i) => (
        <li key={s} aria-current={i === at ? 'step' : undefined}>
          {i === at ? (
            <strong>
              {t(`forum.status.${s}`)} ({t('forum.forum.current')})
            </strong>
          ) : i < at ? (
            `${t(`forum.status.${s}`)} ✓`
          ) : (
            t(`forum.status.${s}`)
          )}
        </li>
      ))}
    </ol>
  );
}

/** The public history of a forum or an item, with the time of day (stages move within a day). */
export function History({ entries }: { entries: HistoryView[] }) {
  const { t, locale } = useCtx();
  return (
    <ul>
      {entries.map((h, i) => (
        <li key={i}>
          {formatDate(h.at, locale, true)} — {t(`forum.audit.${h.action.split('.').slice(1).join('_')}`)}
          {h.actor_name ? ` (${h.actor_name})` : ''}
        </li>
      ))}
    </ul>
  );
}
