/** Pieces shared by the funding pages: the layout with funding's breadcrumb, status tags, money and dates, the public history, the tables of calls and projects. */
import type { ComponentChildren } from 'preact';
import { areaByCode, regionByCode } from '../../../reference/index.ts';
import { formatDate, formatMoney, pick } from '../../../platform/i18n/index.ts';
import { StatusTag, type HistoryItem, Section } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table, type TagTone } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { CONFLICT_KINDS } from '../domain.ts';
import {
  bodyName,
  orgName,
  type BodyView,
  type HistoryEntry,
  type CallListItem,
  type OrgView,
  type ProjectListItem,
} from '../presenters.ts';

export function FundingLayout({
  title,
  hasErrors,
  crumbs = [],
  children,
}: {
  title: string;
  hasErrors?: boolean;
  crumbs?: [string, string][];
  children: ComponentChildren;
}) {
  const { t } = useCtx();
  return (
    <Layout title={title} hasErrors={hasErrors} crumbs={[[t('funding.title'), '/funding'], ...crumbs]}>
      {children}
    </Layout>
  );
}

const TONES: Record<string, TagTone> = {
  draft: 'grey',
  discussion: 'blue',
  approved: 'green',
  published: 'blue',
  closed: 'yellow',
  review: 'yellow',
  decided: 'green',
  cancelled: 'red',
  submitted: 'blue',
  withdrawn: 'grey',
  admitted: 'blue',
  rejected: 'red',
  awarded: 'green',
  not_awarded: 'grey',
  delivering: 'blue',
  final_submitted: 'yellow',
  completed: 'green',
  evaluated: 'green',
  terminated: 'red',
  accepted: 'green',
  returned: 'red',
  ok: 'green',
  remarks: 'yellow',
  violations: 'red',
};

/** A state as a coloured tag with its name in the reader's language (funding.status.<state>). */
export const Status = ({ value }: { value: string }) => (
  <StatusTag status={value} keyPrefix="funding.status" tones={TONES} />
);

export function Money({ tiyn }: { tiyn: number }) {
  const { locale } = useCtx();
  return <span class="num">{formatMoney(tiyn, locale)}</span>;
}

export function When({ at, time }: { at: Date | string | null | undefined; time?: boolean }) {
  const { locale } = useCtx();
  if (!at) return <span>—</span>;
  const d = new Date(at);
  return (
    <time dateTime={typeof at === 'string' && at.length === 10 ? at : d.toISOString()}>
      {formatDate(at, locale, time)}
    </time>
  );
}

/** An audit action's words: funding.audit.<action without the module, dots as underscores>. */
const auditKey = (action: string) => `funding.audit.${action.replace(/^funding\./, '').replace(/\./g, '_')}`;

/** Public audit entries as the kit's detail page shows them. */
export const historyItems = (entries: HistoryEntry[], t: (key: string) => string): HistoryItem[] =>
  entries.map((e) => ({ at: e.at, who: e.actor_name, what: t(auditKey(e.action)) }));

/** The public audit entries of a thing (who did what, when). */
export function History({
  entries,
}: {
  entries: { id: number | string; at: Date; actor_name: string | null; action: string }[];
}) {
  const { t } = useCtx();
  if (!entries.length) return null;
  return (
    <Section id="history" title={t('funding.history.title')}>
      <ul class="history">
        {entries.map((e) => (
          <li key={e.id}>
            <When at={e.at} time /> — {t(auditKey(e.action))}
            {e.actor_name ? ` (${e.actor_name})` : ''}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export const pct = (v: number) => `${Math.round(v * 100)}%`;

export function useNames() {
  const { locale } = useCtx();
  return {
    region: (c: string | null) => (c ? pick(regionByCode(c)?.name, locale) || c : ''),
    area: (c: string) => pick(areaByCode(c)?.name, locale) || c,
  };
}

export function CallsTable({
  calls,
  bodies,
  caption,
}: {
  calls: CallListItem[];
  bodies: Map<string, BodyView>;
  caption: string;
}) {
  const { t, locale } = useCtx();
  return (
    <Table
      caption={caption}
      rows={calls}
      rowKey={(c) => c.id}
      columns={[
        { header: t('funding.call.number'), cell: (c) => c.number },
        {
          header: t('funding.call.titleLabel'),
          cell: (c) => <a href={localHref(locale, `/funding/calls/${c.id}`)}>{c.title}</a>,
        },
        { header: t('funding.call.instrument'), cell: (c) => t(`funding.instrument.${c.instrument}`) },
        { header: t('funding.call.body'), cell: (c) => bodyName(bodies.get(c.state_body_id), locale) },
        { header: t('funding.call.closes'), cell: (c) => <When at={c.closes_at} time /> },
        { header: t('funding.call.status'), cell: (c) => <Status value={c.status} /> },
      ]}
    />
  );
}

export function ProjectsTable({
  projects,
  orgs,
  caption,
}: {
  projects: ProjectListItem[];
  orgs: Map<string, OrgView>;
  caption: string;
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  return (
    <Table
      caption={caption}
      rows={projects}
      rowKey={(p) => p.id}
      columns={[
        { header: t('funding.project.number'), cell: (p) => p.number },
        {
          header: t('funding.project.titleLabel'),
          cell: (p) => <a href={localHref(locale, `/funding/projects/${p.id}`)}>{p.title}</a>,
        },
        { header: t('funding.project.organization'), cell: (p) => orgName(orgs.get(p.bin), locale) || p.bin },
        { header: t('funding.lot.region'), cell: (p) => names.region(p.region) || t('funding.national') },
        { header: t('funding.project.amount'), cell: (p) => <Money tiyn={p.amount_tiyn} />, numeric: true },
        { header: t('funding.project.status'), cell: (p) => <Status value={p.status} /> },
      ]}
    />
  );
}

export const conflictOptions = (t: (k: string) => string) =>
  CONFLICT_KINDS.map((k) => ({ value: k, label: t(`funding.coi.kind.${k}`) }));
