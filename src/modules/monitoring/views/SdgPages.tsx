import { areaByCode, sdgs, type Sdg } from '../../../reference/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/Layout.tsx';

export function SdgListPage() {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('monitoring.sdg.title')} description={t('monitoring.sdg.lead')}>
      <h1>{t('monitoring.sdg.title')}</h1>
      <p class="lead">{t('monitoring.sdg.lead')}</p>
      <ol class="sdg-list">
        {sdgs.map((g) => (
          <li key={g.goal} value={g.goal}>
            <a href={localHref(locale, `/sdgs/${g.goal}`)}>{g.name[locale]}</a>
            <span class="hint"> — {g.areas.map((a) => areaByCode(a)?.name[locale]).join(', ')}</span>
          </li>
        ))}
      </ol>
    </Layout>
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
    <Layout title={title} crumbs={[[t('monitoring.sdg.title'), '/sdgs']]}>
      <h1>{title}</h1>
      <p class="lead">
        {t('monitoring.sdg.areas')}: {goal.areas.map((a) => areaByCode(a)?.name[locale]).join(', ')}
      </p>
      {groups.length === 0 ? <p>{t('monitoring.sdg.nothing')}</p> : null}
      {groups.map((g) => (
        <section key={g.labelKey} aria-labelledby={`sdg-${g.labelKey}`}>
          <h2 id={`sdg-${g.labelKey}`}>{t(g.labelKey)}</h2>
          {g.items.length ? (
            <ul>
              {g.items.map((i) => (
                <li key={i.href}>
                  <a href={i.href}>{i.title}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('monitoring.sdg.none')}</p>
          )}
        </section>
      ))}
    </Layout>
  );
}
