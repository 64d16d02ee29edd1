import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../platform/i18n/index.ts';
import type { Sdg } from '../../reference/index.ts';

/** What each contributing module lists for a goal; a module whose query fails is left out and logged. */
export async function sdgContributions(app: FastifyInstance, goal: Sdg, locale: Locale, limit: number) {
  const groups: { kind: string; labelKey: string; items: { title: string; href: string }[] }[] = [];
  for (const c of app.openData.sdgContributors) {
    try {
      groups.push({
        kind: c.kind,
        labelKey: c.labelKey,
        items: await c.list(app.db, { areas: goal.areas, locale, limit }),
      });
    } catch (err) {
      app.log.error({ err, contributor: c.kind }, 'SDG contributions failed');
    }
  }
  return groups;
}
