import { areaByCode, sdgs, type Sdg } from '../../../reference/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { DetailPage, ListPage } from '../../../platform/kit/index.ts';

export function SdgListPage() {
  const { t, locale } = useCtx();
  return (
    <ListPage title={t('monitoring.sdg.title')} intro={<p class="lead">{t('monitoring.sdg.lead')}</p>}>
      <ol class="sdg-list">
        {sdgs.map((g) => (
          <li key={g.goal} value={g.goal}>
            <a href={localHref(locale, `/sdgs/${g.goal}`)}>{g.name[locale]}</a>
            <span class="hint"> — {g.areas.map((a) => areaByCode(a)?.name[locale]).join(', ')}</span>
          </li>
        ))}
      </ol>
    </ListPage>
  );
}

export interface SdgGroup {
  labelKey: string;
  items: { title: string; href: string }[];
}

/** One goal: what on the platform contributes to it, found through the areas of activity. */
export function SdgPage({ goal, groups }: { goal: Sdg; groups: SdgGroup[] }) {
  const { t, locale } = useCtx();
  const title = t('monitoring.sdg.goalTitle', { n: goal.goal, name: goal.name[locale] });
  return (
    <DetailPage
      title={title}
      crumbs={[[t('monitoring.sdg.title'), '/sdgs']]}
      summary={[[t('monitoring.sdg.areas'), goal.areas.map((a) => areaByCode(a)?.name[locale]).join(', ')]]}
      sections={groups.map((g) => ({
        id: `sdg-${g.labelKey}`,
        title: t(g.labelKey),
        body: g.items.length ? (
          <ul>
            {g.items.map((i) => (
              <li key={i.href}>
                <a href={i.href}>{i.title}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('monitoring.sdg.none')}</p>
        ),
      }))}
    >
      {groups.length === 0 ? <p>{t('monitoring.sdg.nothing')}</p> : null}
    </DetailPage>
  );
}
