/**
 * What the module publishes into the open-data catalogue: the drafts and the comments with their
 * answers as datasets (no personal data beyond the public display name), the feed of newly opened
 * discussions, and the number of comments per year.
 */
import type { FastifyInstance } from 'fastify';
import { formatDate, type Locale } from '../../platform/i18n/index.ts';
import { translator } from '../../platform/i18n/index.ts';
import {
  keysetBatches,
  type DatasetSpec,
  type FeedSpec,
  type IndicatorSpec,
  type OpenRow,
} from '../../platform/opendata/index.ts';
import { bodyName, draftTitle } from './presenters.ts';
import {
  commentsBatch,
  commentsPerYear,
  commentStats,
  draftsBatch,
  draftStats,
  recentlyOpened,
} from './repository/index.ts';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export const DRAFT_COLUMNS = [
  'id',
  'title_kk',
  'title_ru',
  'kind',
  'status',
  'state_body',
  'state_body_name_ru',
  'region',
  'version',
  'opened_at',
  'last_day',
  'closes_at',
  'summary_published_at',
  'comments',
  'answered',
  'conclusions',
  'url',
] as const;
export const COMMENT_COLUMNS = [
  'id',
  'draft_id',
  'version',
  'unit',
  'author',
  'organization_bin',
  'text',
  'lang',
  'created_at',
  'supports',
  'answer',
  'answer_reason',
  'answered_at',
] as const;

export const draftsDataset: DatasetSpec = {
  id: 'drafts',
  module: 'legislation',
  titleKey: 'legislation.openData.drafts.title',
  descriptionKey: 'legislation.openData.drafts.description',
  columns: DRAFT_COLUMNS,
  batches: (db) =>
    keysetBatches(
      async (after: string, limit: number) => {
        const rows = await draftsBatch(db, after, limit, new Date());
        return rows.map((d): OpenRow & { id: string } => ({
          id: d.id,
          title_kk: d.title_kk,
          title_ru: d.title_ru,
          kind: d.kind,
          status: d.effective_status,
          state_body: d.body_code,
          state_body_name_ru: d.body_name_ru,
          region: d.body_region,
          version: d.current_version,
          opened_at: iso(d.opened_at),
          last_day: d.last_day,
          closes_at: iso(d.closes_at),
          summary_published_at: iso(d.summary_published_at),
          comments: Number(d.comments),
          answered: Number(d.answered),
          conclusions: Number(d.conclusions),
          url: `/kk/legislation/${d.id}`,
        }));
      },
      (r) => r.id,
      '00000000-0000-0000-0000-000000000000',
    ),
  stats: (db) => draftStats(db),
};

export const commentsDataset: DatasetSpec = {
  id: 'draft-comments',
  module: 'legislation',
  titleKey: 'legislation.openData.comments.title',
  descriptionKey: 'legislation.openData.comments.description',
  columns: COMMENT_COLUMNS,
  batches: (db) =>
    keysetBatches(
      async (after: string, limit: number) =>
        (await commentsBatch(db, after, limit)).map((c): OpenRow & { id: string } => ({
          id: c.id,
          draft_id: c.draft_id,
          version: c.version,
          unit: c.unit_key,
          author: c.author_name,
          organization_bin: c.organization_bin,
          text: c.body,
          lang: c.lang,
          created_at: iso(c.created_at),
          supports: c.supports,
          answer: c.answer_status,
          answer_reason: c.answer_reason,
          answered_at: iso(c.answered_at),
        })),
      (r) => r.id,
      '00000000-0000-0000-0000-000000000000',
    ),
  stats: (db) => commentStats(db),
};

export const draftsFeed: FeedSpec = {
  id: 'drafts',
  module: 'legislation',
  titleKey: 'legislation.feed.title',
  async entries(db, locale: Locale, limit) {
    const t = translator(locale);
    return (await recentlyOpened(db, limit)).map((d) => ({
      id: `/legislation/${d.id}/v${d.current_version}`,
      title: draftTitle(d, locale),
      summary: t('legislation.feed.summary', { body: bodyName(d, locale), date: formatDate(d.last_day, locale) }),
      href: `/${locale}/legislation/${d.id}`,
      updated: new Date(d.opened_at!),
      published: new Date(d.opened_at!),
    }));
  },
};

export const commentsIndicator: IndicatorSpec = {
  id: 'legislation.comments',
  module: 'legislation',
  titleKey: 'legislation.indicator.comments.title',
  definitionKey: 'legislation.indicator.comments.definition',
  unit: 'count',
  compute: async (db) => (await commentsPerYear(db)).map((r) => ({ region: null, year: r.year, value: r.n })),
};

export function registerOpenData(app: FastifyInstance) {
  app.openData.addDataset(draftsDataset);
  app.openData.addDataset(commentsDataset);
  app.openData.addFeed(draftsFeed);
  app.openData.addIndicator(commentsIndicator);
}
