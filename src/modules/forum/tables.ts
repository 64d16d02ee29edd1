/** Kysely table types of the forum module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { ForumStatus, ItemStatus } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateCol = ColumnType<string, string, string>;

/** migrations/0010_forum.sql */
export interface ForumTables {
  forums: {
    id: Generated<string>;
    kind: 'national' | 'regional';
    region: string | null;
    year: number;
    title_kk: string;
    title_ru: string;
    title_en: string | null;
    description: string | null;
    organiser_body_id: string;
    held_on: ColumnType<string | null, string | null | undefined, string | null>;
    status: ColumnType<ForumStatus, ForumStatus | undefined, ForumStatus>;
    version: ColumnType<number, number | undefined, number>;
    created_by: string | null;
    created_at: Ts;
    updated_at: Ts;
  };
  forum_platforms: {
    id: Generated<string>;
    forum_id: string;
    topic: string;
    title_kk: string;
    title_ru: string;
    title_en: string | null;
    position: ColumnType<number, number | undefined, number>;
  };
  forum_proposals: {
    id: Generated<string>;
    platform_id: string;
    author_id: string | null;
    title: string;
    body: string;
    supports: ColumnType<number, number | undefined, number>;
    created_at: Ts;
  };
  forum_supports: { proposal_id: string; user_id: string; created_at: Ts };
  forum_recommendations: {
    id: Generated<string>;
    forum_id: string;
    platform_id: string;
    number: number;
    text_kk: string;
    text_ru: string;
    text_en: string | null;
    proposal_id: string | null;
    adopted_by: string | null;
    adopted_at: Ts;
  };
  action_plan_items: {
    id: Generated<string>;
    forum_id: string;
    number: number;
    title_kk: string;
    title_ru: string;
    title_en: string | null;
    topic: string;
    region: string | null;
    responsible_body_id: string;
    deadline: DateCol;
    status: ColumnType<ItemStatus, ItemStatus | undefined, ItemStatus>;
    status_note: string | null;
    done_at: NullTs;
    version: ColumnType<number, number | undefined, number>;
    created_by: string | null;
    created_at: Ts;
    updated_at: Ts;
  };
  action_plan_sources: { item_id: string; recommendation_id: string };
  action_plan_evidence: {
    id: Generated<string>;
    item_id: string;
    kind: 'document' | 'link';
    file_id: string | null;
    url: string | null;
    description: string;
    added_by: string | null;
    created_at: Ts;
  };
}
