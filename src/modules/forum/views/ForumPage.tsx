import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { nextForumStatus, type Progress } from '../domain.ts';
import { bodyName, forumTitle, regionName, tri } from '../presenters.ts';
import type { ForumRow, listPlatforms } from '../repository/index.ts';
import { ForumStatusTag, Section, StageList } from './components.tsx';

type Platform = Awaited<ReturnType<typeof listPlatforms>>[number];

/** A forum: its stage, its dialogue platforms, and where its recommendations went in the action plan. */
export function ForumPage(p: {
  forum: ForumRow;
  platforms: Platform[];
  progress: Progress;
  can: { advance: boolean; plan: boolean };
  history: { at: Date; actor_name: string | null; action: string }[];
}) {
  const { t, locale } = useCtx();
  const f = p.forum;
  const title = forumTitle(f, locale);
  const next = nextForumStatus(f.status);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Layout title={title} crumbs={[[t('forum.title'), '/forum']]}>
      <h1>{title}</h1>
      <SummaryList
        rows={[
          [
            t('forum.field.kind'),
            f.kind === 'national'
              ? t('forum.kind.national')
              : `${t('forum.kind.regional')}: ${regionName(f.region, locale)}`,
          ],
          [t('forum.field.heldOn'), f.held_on ? formatDate(f.held_on, locale) : String(f.year)],
          [t('forum.field.organiser'), bodyName(f, locale)],
          [t('forum.field.status'), <ForumStatusTag status={f.status} />],
        ]}
      />
      {f.description ? <p>{f.description}</p> : null}
      <StageList status={f.status} />
      <p class="notice">{t(`forum.stageExplain.${f.status}`)}</p>
      {p.can.advance && next ? (
        <Section id="manage" title={t('forum.manage.title')}>
          <Form action={localHref(locale, `/forum/${f.id}/advance`)}>
            <input type="hidden" name="version" value={String(f.version)} />
            <Button>{t('forum.manage.advance', { stage: t(`forum.status.${next}`) })}</Button>
          </Form>
        </Section>
      ) : null}

      <Section id="platforms" title={t('forum.platforms.title')}>
        <Table
          caption={t('forum.platforms.caption')}
          rows={p.platforms}
          rowKey={(x) => x.id}
          columns={[
            {
              header: t('forum.field.platform'),
              cell: (x) => (
                <a href={localHref(locale, `/forum/platforms/${x.id}`)}>
                  {tri(x.title_kk, x.title_ru, x.title_en, locale)}
                </a>
              ),
            },
            { header: t('forum.list.proposals'), cell: (x) => n(x.proposals), numeric: true },
            { header: t('forum.list.recommendations'), cell: (x) => n(x.recommendations), numeric: true },
          ]}
        />
      </Section>

      {p.progress.total || p.can.plan ? (
        <Section id="plan" title={t('forum.plan.ofForum')}>
          <p>
            {t('forum.plan.summary', {
              total: n(p.progress.total),
              done: n(p.progress.done),
              overdue: n(p.progress.overdue),
            })}
          </p>
          <ul>
            <li>
              <a href={localHref(locale, `/forum/action-plan?forum=${f.id}`)}>{t('forum.plan.readForum')}</a>
            </li>
            {p.can.plan ? (
              <li>
                <a href={localHref(locale, `/forum/action-plan/new?forum=${f.id}`)}>{t('forum.itemForm.title')}</a>
              </li>
            ) : null}
          </ul>
        </Section>
      ) : null}

      {p.history.length ? (
        <Section id="history" title={t('forum.history.title')}>
          <ul>
            {p.history.map((h, i) => (
              <li key={i}>
                {formatDate(h.at, locale, true)} — {t(`forum.audit.${h.action.split('.').slice(1).join('_')}`)}
                {h.actor_name ? ` (${h.actor_name})` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </Layout>
  );
}
