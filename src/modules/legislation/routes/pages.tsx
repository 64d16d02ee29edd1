/** Public pages: the list of drafts, a draft with its comments, the summary table (page, print, CSV), the changes between versions, conclusion documents. */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { publicHistory } from '../../../platform/audit/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { almatyDate, isWorkingDay, workingDaysBetween } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { LANG, ok, routesFor } from '../../../platform/kit/index.ts';
import { changeCounts, compareVersions } from '../domain.ts';
import { canCreateDraft, canPublishSummary, canViewSummary, draftCan, isDeveloper } from '../policy.ts';
import { fail } from '../reasons.ts';
import { bodyName, commentView, conclusionView, draftTitle, listItemView, textLang, unitView } from '../presenters.ts';
import {
  commentsOf,
  conclusionsOf,
  countUnanswered,
  findConclusionFile,
  findVersion,
  listDrafts,
  listVersions,
  stateBodiesList,
  supportedBy,
  unitsOf,
  type UnitRow,
} from '../repository/index.ts';
import { LIST_FIELDS, parseListQuery, unitName } from '../schemas.ts';
import { DraftPage } from '../views/DraftPage.tsx';
import { ListPage } from '../views/ListPage.tsx';
import { ChangesPage, SummaryPage } from '../views/SummaryPage.tsx';
import { back, draftAt, draftParams, versionParam, type DraftParams } from './draft.ts';

export const PAGE_SIZE = 20;

/** A public audit entry in words: "Published for public discussion (version 1) until 4 December 2026". */
function historyText(
  t: FastifyRequest['t'],
  locale: FastifyRequest['locale'],
  action: string,
  data: Record<string, unknown>,
): string {
  const d = data ?? {};
  const params = {
    version: String(d.version ?? ''),
    lastDay: typeof d.lastDay === 'string' ? formatDate(d.lastDay, locale) : '',
    status: typeof d.status === 'string' ? t(`legislation.answer.${d.status}`) : '',
    kind: typeof d.kind === 'string' ? t(`legislation.conclusion.${d.kind}`) : '',
  };
  return t(`legislation.history.${action.replace(/^legislation\./, '').replace('.', '_')}`, params);
}
const { page, deny } = routesFor('legislation');
const policy = PUBLIC;

/** The summary of a version: what the page, the print view and the CSV share. */
async function summaryOf(req: FastifyRequest, p: DraftParams) {
  const r = await draftAt(req, p);
  if (!r.ok) return r;
  const draft = r.value;
  if (!canViewSummary(req.actor, draft)) return fail('no_draft');
  const n = versionParam(req.query, draft.current_version);
  const version = n === null ? undefined : await findVersion(req.server.db, draft.id, n);
  if (!version) return fail('not_found');
  const comments = await commentsOf(req.server.db, draft.id, version.id);
  return ok({ draft, version, comments, now: new Date() });
}

export async function legislationPages(app: FastifyInstance) {
  const db = app.db;

  page(app, {
    path: '/legislation',
    policy,
    load: async (req) => {
      const now = new Date();
      const list = parseListQuery((req.query ?? {}) as Record<string, unknown>);
      const [result, bodies] = await Promise.all([
        listDrafts(db, { ...list.filter, viewerBodies: req.actor?.stateBodies ?? [], pageSize: PAGE_SIZE }, now),
        stateBodiesList(db),
      ]);
      return { ...list, result, bodies, now };
    },
    // Filters that do not parse are told on the list itself, with status 400.
    status: ({ errors }) => (Object.keys(errors).length ? 400 : 200),
    render: ({ filter, errors, values, result, bodies, now }, req) => {
      const translated = Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
      const linkQuery = Object.fromEntries(
        LIST_FIELDS.filter((k) => k !== 'page' && values[k] !== undefined && !errors[k]).map((k) => [k, values[k]]),
      );
      const bodyOptions = bodies.map((b) => ({
        code: b.code,
        name: req.locale === 'kk' ? b.name_kk : req.locale === 'ru' ? b.name_ru : b.name_en,
      }));
      return (
        <ListPage
          values={values}
          linkQuery={linkQuery}
          errors={translated}
          items={result.rows.map((r) => listItemView(r, req.locale, now))}
          total={result.total}
          page={filter.page}
          pageSize={PAGE_SIZE}
          bodies={bodyOptions}
          canCreate={canCreateDraft(req.actor).ok}
        />
      );
    },
  });

  page(app, {
    path: '/legislation/:id',
    policy,
    params: draftParams,
    back,
    load: async (req, p) => {
      const r = await draftAt(req, p);
      if (!r.ok) return r;
      const draft = r.value;
      const n = versionParam(req.query, draft.current_version);
      if (n === null) return fail('not_found');
      const versions = await listVersions(db, draft.id);
      const version = versions.find((v) => v.number === n)!;
      const [units, comments, conclusions, counts, supported, history] = await Promise.all([
        unitsOf(db, version.id),
        commentsOf(db, draft.id, version.id),
        conclusionsOf(db, draft.id),
        countUnanswered(db, version.id),
        req.actor ? supportedBy(db, draft.id, req.actor.id) : Promise.resolve(new Set<string>()),
        publicHistory(db, 'legislation_draft', draft.id),
      ]);
      return ok({ draft, n, versions, version, units, comments, conclusions, counts, supported, history });
    },
    render: ({ draft, n, versions, version, units, comments, conclusions, counts, supported, history }, req) => {
      const now = new Date();
      const can = draftCan(req.actor, draft, counts, now);
      const state =
        n === draft.current_version
          ? listItemView({ ...draft, comments: 0, unanswered: 0 }, req.locale, now).state
          : version.summary_published_at
            ? 'summary_published'
            : 'closed';
      const today = almatyDate(now);
      const daysLeft =
        draft.last_day && draft.last_day >= today
          ? workingDaysBetween(today, draft.last_day) + (isWorkingDay(today) ? 1 : 0)
          : null;
      const l = textLang(req.locale);
      return (
        <DraftPage
          id={draft.id}
          title={draftTitle(draft, req.locale)}
          body={bodyName(draft, req.locale)}
          kind={draft.kind}
          state={state}
          version={n}
          currentVersion={draft.current_version}
          versions={versions.map((v) => ({
            number: v.number,
            openedAt: v.opened_at,
            lastDay: v.last_day,
            summaryPublished: !!v.summary_published_at,
          }))}
          openedAt={version.opened_at}
          lastDay={version.last_day}
          note={l === 'kk' ? version.note_kk : version.note_ru}
          changes={l === 'kk' ? version.changes_kk : version.changes_ru}
          units={units.map((u) => unitView(u, req.locale))}
          comments={comments.map((c) => commentView(c, req.locale))}
          conclusions={conclusions.map((k) => conclusionView(k, req.locale))}
          can={can}
          supported={supported}
          actorId={req.actor?.id ?? null}
          daysLeft={daysLeft}
          history={history.map((h) => ({
            id: Number(h.id),
            at: new Date(h.at),
            actor: h.actor_name,
            text: historyText(req.t, req.locale, h.action, h.data),
          }))}
        />
      );
    },
  });

  const summaryPage = (print: boolean) =>
    page(app, {
      path: print ? '/legislation/:id/summary/print' : '/legislation/:id/summary',
      policy,
      params: draftParams,
      back,
      load: summaryOf,
      render: ({ draft, version, comments, now }, req) => {
        const isCurrent = version.number === draft.current_version;
        const unanswered = comments.filter((c) => !c.answer_status).length;
        const publish = canPublishSummary(req.actor, draft, { unanswered }, now);
        const developer = isDeveloper(req.actor, draft);
        const state = listItemView({ ...draft, comments: 0, unanswered: 0 }, req.locale, now).state;
        const refusal =
          developer && !publish.ok && isCurrent && state !== 'summary_published' && state !== 'draft'
            ? req.t(`legislation.deny.${publish.reason}`)
            : null;
        return (
          <SummaryPage
            id={draft.id}
            title={draftTitle(draft, req.locale)}
            body={bodyName(draft, req.locale)}
            state={isCurrent ? state : 'summary_published'}
            version={version.number}
            isCurrent={isCurrent}
            openedAt={version.opened_at}
            lastDay={version.last_day}
            publishedAt={version.summary_published_at}
            comments={comments.map((c) => commentView(c, req.locale))}
            canAnswer={draftCan(req.actor, draft, { unanswered }, now).answer}
            canPublish={publish.ok}
            publishRefusal={refusal}
            print={print}
          />
        );
      },
    });
  summaryPage(false);
  summaryPage(true);

  // Downloads are not pages: their params parse here, and a refusal is the kit's deny page.
  app.get(`${LANG}/legislation/:id/summary.csv`, { config: { policy }, schema: { hide: true } }, async (req, reply) => {
    const p = draftParams.safeParse(req.params);
    if (!p.success) return deny(req, reply, fail('no_draft'), '/legislation');
    const s = await summaryOf(req, p.data);
    if (!s.ok) return deny(req, reply, s, back(p.data, undefined, s));
    const { draft, version, comments } = s.value;
    const t = req.t;
    const l = textLang(req.locale);
    const header = [
      '№',
      t('legislation.summary.col.unit'),
      t('legislation.csv.unitKey'),
      t('legislation.csv.author'),
      t('legislation.csv.organization'),
      t('legislation.summary.col.comment'),
      t('legislation.csv.createdAt'),
      t('legislation.summary.col.supports'),
      t('legislation.summary.col.answer'),
      t('legislation.csv.reason'),
      t('legislation.csv.answeredAt'),
    ];
    const rows = comments.map((c, i) => [
      i + 1,
      unitName(t, c.unit_key),
      c.unit_key,
      c.author_name,
      c.organization_bin ? `${(l === 'kk' ? c.org_name_kk : c.org_name_ru) ?? ''} (${c.organization_bin})` : '',
      c.body,
      new Date(c.created_at).toISOString(),
      c.supports,
      c.answer_status ? t(`legislation.answer.${c.answer_status}`) : t('legislation.answer.none'),
      c.answer_reason ?? '',
      c.answered_at ? new Date(c.answered_at).toISOString() : '',
    ]);
    const body = '\ufeff' + stringify([header, ...rows]);
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="draft-${draft.id.slice(0, 8)}-v${version.number}-summary-${req.locale}.csv"`,
      )
      .send(body);
  });

  page(app, {
    path: '/legislation/:id/versions/:n/changes',
    policy,
    params: draftParams.extend({ n: z.string() }),
    back,
    load: async (req, p) => {
      const r = await draftAt(req, p);
      if (!r.ok) return r;
      const draft = r.value;
      const n = /^\d{1,4}$/.test(p.n) ? Number(p.n) : 0;
      const [after, before] =
        n >= 2
          ? await Promise.all([findVersion(db, draft.id, n), findVersion(db, draft.id, n - 1)])
          : [undefined, undefined];
      if (!after || !before) return fail('not_found');
      const [a, b] = await Promise.all([unitsOf(db, after.id), unitsOf(db, before.id)]);
      return ok({ draft, n, after, a, b });
    },
    render: ({ draft, n, after, a, b }, req) => {
      const l = textLang(req.locale);
      const pickText = (u: UnitRow) => ({
        key: u.key,
        heading: l === 'kk' ? u.heading_kk : u.heading_ru,
        text: l === 'kk' ? u.text_kk : u.text_ru,
      });
      const changes = compareVersions(b.map(pickText), a.map(pickText));
      return (
        <ChangesPage
          id={draft.id}
          title={draftTitle(draft, req.locale)}
          from={n - 1}
          to={n}
          changes={changes}
          counts={changeCounts(changes)}
          note={l === 'kk' ? after.changes_kk : after.changes_ru}
        />
      );
    },
  });

  app.get(
    `${LANG}/legislation/:id/conclusions/:cid/file`,
    { config: { policy }, schema: { hide: true } },
    async (req, reply) => {
      const p = draftParams.extend({ cid: z.string() }).safeParse(req.params);
      if (!p.success) return deny(req, reply, fail('no_draft'), '/legislation');
      const r = await draftAt(req, p.data);
      if (!r.ok) return deny(req, reply, r, '/legislation');
      const file = await findConclusionFile(db, r.value.id, p.data.cid);
      if (!file) return deny(req, reply, fail('not_found'), `/legislation/${r.value.id}`);
      const data = await app.storage.get(file.storage_key);
      const ascii = file.original_name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      return reply
        .type(file.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.original_name)}`,
        )
        .send(data);
    },
  );
}
