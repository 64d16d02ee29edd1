/** The officials' side: the queue of a body (the actions on one appeal are forms on its page, appeal.tsx). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { todayIn } from '../domain.ts';
import { bodyName, queueItem } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { withAssignees } from '../people.ts';
import { bodiesOfOfficial, queue } from '../repository/index.ts';
import { queueQuery } from '../schemas.ts';
import { QueuePage } from '../views/QueuePage.tsx';

export const QUEUE_PAGE_SIZE = 25;
const { page } = routesFor('appeals');

/** The bodies the reader works for; someone who works for none has no queue. */
async function officialBodies(req: FastifyRequest) {
  const bodies = (await bodiesOfOfficial(req.server.db, req.actor?.stateBodies ?? [])).map((b) => ({
    id: b.id,
    code: b.code,
    name: bodyName(b, req.locale),
  }));
  return bodies.length ? ok(bodies) : fail('not_official');
}

export async function appealsOfficial(app: FastifyInstance) {
  const db = app.db;

  page(app, {
    path: '/appeals/queue',
    policy: SIGNED_IN,
    load: officialBodies,
    query: queueQuery,
    render: async (bodies, req, q) => {
      const body = bodies.find((b) => b.code === q.body) ?? bodies[0];
      const today = todayIn(new Date());
      const base = { bodyId: body.id, today, sort: q.sort ?? 'due', page: 1, pageSize: 1 } as const;
      const [r, open, overdue] = await Promise.all([
        queue(db, {
          ...base,
          status: q.status,
          kind: q.kind,
          overdue: q.overdue === 'yes',
          assignedTo: q.mine === 'yes' ? req.actor!.id : undefined,
          page: q.page,
          pageSize: QUEUE_PAGE_SIZE,
        }),
        queue(db, { ...base, status: 'open' }),
        queue(db, { ...base, overdue: true }),
      ]);
      const filters = { status: q.status, kind: q.kind, overdue: q.overdue, mine: q.mine, sort: q.sort };
      return (
        <QueuePage
          bodies={bodies}
          body={body}
          filters={filters}
          rows={(await withAssignees(db, r.rows)).map(queueItem)}
          total={r.total}
          page={q.page}
          pageSize={QUEUE_PAGE_SIZE}
          today={today}
          counts={{ open: open.total, overdue: overdue.total }}
        />
      );
    },
  });
}
