import { useCtx } from '../../../platform/views/context.ts';
import { Tag, type TagTone } from '../../../platform/views/data.tsx';
import { MessagePage as PlatformMessagePage } from '../../../platform/views/page.tsx';
import { FORUM_STATUSES, type ForumStatus, type ItemState } from '../domain.ts';

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

export function ForumStatusTag({ status }: { status: ForumStatus }) {
  const { t } = useCtx();
  return <Tag tone={FORUM_TONE[status]}>{t(`forum.status.${status}`)}</Tag>;
}

/** An item's state as the public sees it; "overdue" is flagged in red and in words. */
export function ItemStateTag({ state }: { state: ItemState }) {
  const { t } = useCtx();
  return <Tag tone={STATE_TONE[state]}>{t(`forum.itemState.${state}`)}</Tag>;
}

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

export { Section } from '../../../platform/views/page.tsx';

/** A refusal or an absence, under the module's breadcrumb. */
export function MessagePage(p: { title: string; message: string; links?: [string, string][] }) {
  const { t } = useCtx();
  return <PlatformMessagePage {...p} crumbs={[[t('forum.title'), '/forum']]} />;
}
