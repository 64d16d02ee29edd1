/** The reception's lists: an official's queue, a citizen's appeals, the published ones. */
import type { Db } from '../../../platform/db/schema.ts';
import type { IsoDate } from '../../../reference/index.ts';
import type { AppealKind, AppealStatus } from '../domain.ts';

export type QueueFilter = {
  bodyId: string;
  status?: AppealStatus | 'open';
  kind?: AppealKind;
  overdue?: boolean;
  assignedTo?: string;
  today: IsoDate;
  sort: 'due' | 'due_desc' | 'registered';
  page: number;
  pageSize: number;
};

/** An official's queue of a body: filters in the query, sorted by due date, one page. */
export async function queue(db: Db, f: QueueFilter) {
  let q = db.selectFrom('appeals as a').where('a.state_body_id', '=', f.bodyId);
  if (f.status === 'open') q = q.where('a.status', 'in', ['registered', 'redirected', 'in_progress']);
  else if (f.status) q = q.where('a.status', '=', f.status);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.overdue) q = q.where('a.answered_at', 'is', null).where('a.due_on', '<', f.today);
  if (f.assignedTo) q = q.where('a.assigned_to', '=', f.assignedTo);
  const order =
    f.sort === 'registered'
      ? (['a.registered_at', 'desc'] as const)
      : (['a.due_on', f.sort === 'due_desc' ? 'desc' : 'asc'] as const);
  const [rows, total] = await Promise.all([
    q
      .select([
        'a.id',
        'a.number',
        'a.kind',
        'a.subject',
        'a.status',
        'a.registered_at',
        'a.due_on',
        'a.answered_on',
        'a.extended_at',
        'a.escalated_at',
        'a.assigned_to',
      ])
      .orderBy(order[0], order[1])
      .orderBy('a.number')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type QueueRow = Awaited<ReturnType<typeof queue>>['rows'][number];

export async function appealsOfCitizen(db: Db, citizenId: string, page: number, pageSize: number) {
  const q = db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .where('a.citizen_id', '=', citizenId);
  const [rows, total] = await Promise.all([
    q
      .select([
        'a.id',
        'a.number',
        'a.kind',
        'a.subject',
        'a.status',
        'a.registered_at',
        'a.due_on',
        'a.answered_on',
        'a.rating',
        'a.published_at',
        'b.code as body_code',
        'b.name_kk as body_name_kk',
        'b.name_ru as body_name_ru',
        'b.name_en as body_name_en',
      ])
      .orderBy('a.registered_at', 'desc')
      .orderBy('a.number', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type CitizenRow = Awaited<ReturnType<typeof appealsOfCitizen>>['rows'][number];

export async function publishedAppeals(db: Db, opts: { bodyId?: string; page: number; pageSize: number }) {
  let q = db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .where('a.published_at', 'is not', null);
  if (opts.bodyId) q = q.where('a.state_body_id', '=', opts.bodyId);
  const [rows, total] = await Promise.all([
    q
      .select([
        'a.id',
        'a.number',
        'a.kind',
        'a.lang',
        'a.public_subject',
        'a.public_body',
        'a.public_answer',
        'a.registered_on',
        'a.due_on',
        'a.answered_on',
        'a.rating',
        'a.published_at',
        'b.code as body_code',
        'b.kind as body_kind',
        'b.region as body_region',
        'b.name_kk as body_name_kk',
        'b.name_ru as body_name_ru',
        'b.name_en as body_name_en',
      ])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.number', 'desc')
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type PublishedRow = Awaited<ReturnType<typeof publishedAppeals>>['rows'][number];

export async function findPublished(db: Db, number: string): Promise<PublishedRow | undefined> {
  return db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .select([
      'a.id',
      'a.number',
      'a.kind',
      'a.lang',
      'a.public_subject',
      'a.public_body',
      'a.public_answer',
      'a.registered_on',
      'a.due_on',
      'a.answered_on',
      'a.rating',
      'a.published_at',
      'b.code as body_code',
      'b.kind as body_kind',
      'b.region as body_region',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
    ])
    .where('a.number', '=', number)
    .where('a.published_at', 'is not', null)
    .executeTakeFirst();
}
