import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table, Tag } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { ProfileNotice } from '../notices.ts';
import type { RatingInput } from '../domain.ts';
import type { profileCan } from '../policy.ts';
import {
  areaName,
  changeValueText,
  legalFormName,
  orgName,
  otherNames,
  regionName,
  type ChangeView,
  type DecisionView,
  type eligibilityOf,
  type OrganizationView,
  type reportRows,
  type SocialApplicationView,
} from '../presenters.ts';
import { Section } from '../../../platform/kit/index.ts';
import { ReportTag, SocialTag, VerificationTag } from './components.tsx';

export interface ProfileProps {
  org: OrganizationView;
  reports: ReturnType<typeof reportRows>;
  rating: { total: number; inputs: RatingInput[] };
  eligibility: ReturnType<typeof eligibilityOf>;
  social: SocialApplicationView[];
  decisions: DecisionView[];
  changes: ChangeView[];
  can: ReturnType<typeof profileCan>;
  fileableYear: number | null;
  /** Warnings from other modules (e.g. a charitable campaign without its report). */
  notices?: ProfileNotice[];
}

const pct = (v: number) => Math.round(v * 100);

/** The public profile: identity, contacts, reports, the rating with its inputs, decisions and history. */
export function ProfilePage(p: ProfileProps) {
  const { t, locale } = useCtx();
  const o = p.org;
  const name = orgName(o, locale);
  const link = (url: string | null) =>
    url ? (
      <a href={url} rel="nofollow ugc noopener">
        {url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
      </a>
    ) : (
      '—'
    );
  return (
    <Layout
      title={name}
      description={t('registry.profile.description', { name, bin: o.bin })}
      crumbs={[[t('registry.search.title'), '/registry']]}
    >
      <h1>{name}</h1>
      {p.notices?.length ? (
        <ul class="notices" aria-label={t('registry.profile.notices')}>
          {p.notices.map((n) => (
            <li key={n.messageKey} class="notice">
              <strong>{t('registry.profile.warning')}</strong> {t(n.messageKey, n.params)}
              {n.href ? (
                <>
                  {' '}
                  <a href={localHref(locale, n.href)}>{t(n.linkKey ?? 'registry.profile.details')}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="other-names">
        {otherNames(o, locale).map((n) => (
          <span key={n.lang} lang={n.lang} class="other-name">
            {n.name}
          </span>
        ))}
      </p>
      <p class="tags">
        <VerificationTag state={o.verification} />{' '}
        {o.status === 'liquidated' ? <Tag tone="grey">{t('registry.status.liquidated')}</Tag> : null}{' '}
        {p.social.some((s) => s.status === 'approved') ? <Tag tone="blue">{t('registry.social.badge')}</Tag> : null}
      </p>
      {o.verification === 'refused' && o.verification_reason ? (
        <p>{t('registry.profile.refusedBecause', { reason: o.verification_reason })}</p>
      ) : null}
      {p.can.edit || p.can.fileReport || p.can.applySocialEnterprise || p.can.review ? (
        <ul class="actions">
          {p.can.edit ? (
            <li>
              <a href={localHref(locale, `/registry/${o.bin}/edit`)}>{t('registry.profile.edit')}</a>
            </li>
          ) : null}
          {p.can.fileReport && p.fileableYear ? (
            <li>
              <a href={localHref(locale, `/registry/${o.bin}/reports/new?year=${p.fileableYear}`)}>
                {t('registry.profile.fileReport', { year: p.fileableYear })}
              </a>
            </li>
          ) : null}
          {p.can.applySocialEnterprise ? (
            <li>
              <a href={localHref(locale, `/registry/${o.bin}/social-enterprise`)}>
                {t('registry.profile.applySocial')}
              </a>
            </li>
          ) : null}
          {p.can.review ? (
            <li>
              <a href={localHref(locale, `/admin/registry/${o.bin}`)}>{t('registry.profile.review')}</a>
            </li>
          ) : null}
        </ul>
      ) : null}

      <Section id="about" title={t('registry.profile.about')}>
        <SummaryList
          rows={[
            [t('registry.field.bin'), o.bin],
            [t('registry.field.legalForm'), legalFormName(o.legal_form, locale)],
            ...(o.short_name ? [[t('registry.field.shortName'), o.short_name] as [string, string]] : []),
            [t('registry.field.region'), regionName(o.region, locale)],
            [t('registry.field.settlement'), o.settlement],
            [
              t('registry.field.areas'),
              <ul class="plain">
                {o.areas.map((a) => (
                  <li key={a}>{areaName(a, locale)}</li>
                ))}
              </ul>,
            ],
            [t('registry.field.foundedOn'), formatDate(o.founded_on, locale)],
            [t('registry.field.status'), t(`registry.status.${o.status}`)],
            [
              t('registry.profile.verification'),
              o.verified_at
                ? `${t('registry.verification.verified')}, ${formatDate(o.verified_at, locale)}`
                : t(`registry.verification.${o.verification}`),
            ],
            [t('registry.profile.inRegistrySince'), formatDate(o.created_at, locale)],
          ]}
        />
        {o.description ? <p class="description">{o.description}</p> : null}
      </Section>

      <Section id="contacts" title={t('registry.profile.contacts')}>
        <SummaryList
          rows={[
            [t('registry.field.website'), link(o.website)],
            [t('registry.field.email'), o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : '—'],
            [t('registry.field.phone'), o.phone ?? '—'],
            [t('registry.field.address'), o.address ?? '—'],
          ]}
        />
      </Section>

      <Section id="people" title={t('registry.profile.people')}>
        <h3>{t('registry.field.leaders')}</h3>
        {o.leaders.length ? (
          <ul>
            {o.leaders.map((l, i) => (
              <li key={i}>
                {l.name}
                {l.position ? ` — ${l.position}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('registry.profile.notDisclosed')}</p>
        )}
        <h3>{t('registry.field.founders')}</h3>
        {o.founders.length ? (
          <ul>
            {o.founders.map((f, i) => (
              <li key={i}>{f.name}</li>
            ))}
          </ul>
        ) : (
          <p>{t('registry.profile.notDisclosed')}</p>
        )}
      </Section>

      <Section id="reports" title={t('registry.profile.reports')}>
        <p>{t('registry.profile.reportsLead')}</p>
        {p.reports.length ? (
          <Table
            caption={t('registry.profile.reportsCaption')}
            rows={p.reports}
            rowKey={(r) => String(r.year)}
            columns={[
              { header: t('registry.profile.col.year'), cell: (r) => String(r.year) },
              { header: t('registry.profile.col.due'), cell: (r) => formatDate(r.dueDate, locale) },
              { header: t('registry.profile.col.status'), cell: (r) => <ReportTag status={r.status} /> },
              {
                header: t('registry.profile.col.submitted'),
                cell: (r) =>
                  r.submittedAt ? (
                    <a href={localHref(locale, `/registry/${o.bin}/reports/${r.year}`)}>
                      {formatDate(r.submittedAt, locale)}
                    </a>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        ) : (
          <p>{t('registry.profile.noReportsDue')}</p>
        )}
        <p>
          <strong>{p.eligibility.eligible ? t('registry.profile.eligible') : t('registry.profile.ineligible')}</strong>
          {p.eligibility.reasons.length
            ? ` ${p.eligibility.reasons.map((r) => t(`registry.eligibility.${r}`, { year: p.eligibility.reportYear })).join(' ')}`
            : null}
        </p>
      </Section>

      <Section id="rating" title={t('registry.profile.rating')}>
        <p class="rating-total">{t('registry.profile.ratingTotal', { total: formatNumber(p.rating.total, locale) })}</p>
        <p>{t('registry.rating.formula')}</p>
        <Table
          caption={t('registry.profile.ratingCaption')}
          rows={p.rating.inputs}
          rowKey={(i) => i.key}
          columns={[
            {
              header: t('registry.profile.col.input'),
              cell: (i) => (
                <>
                  <strong>{t(i.label)}</strong>
                  <br />
                  {i.detail ? t(i.detail.key, i.detail.params) : null}
                </>
              ),
            },
            { header: t('registry.profile.col.value'), cell: (i) => `${pct(i.value)}%`, numeric: true },
            { header: t('registry.profile.col.weight'), cell: (i) => String(i.weight), numeric: true },
            {
              header: t('registry.profile.col.points'),
              cell: (i) =>
                formatNumber(
                  Math.round(((i.value * i.weight * 100) / p.rating.inputs.reduce((s, x) => s + x.weight, 0)) * 10) /
                    10,
                  locale,
                ),
              numeric: true,
            },
            { header: t('registry.profile.col.source'), cell: (i) => t(i.source) },
          ]}
        />
      </Section>

      <Section id="social" title={t('registry.profile.social')}>
        {p.social.length ? (
          <ul>
            {p.social.map((s) => (
              <li key={s.id}>
                {t('registry.profile.socialEntry', { year: s.list_year, category: s.category })}{' '}
                <SocialTag status={s.status} />
                {s.decision_reason ? ` ${s.decision_reason}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('registry.profile.socialNone')}</p>
        )}
      </Section>

      <Section id="decisions" title={t('registry.profile.decisions')}>
        {p.decisions.length ? (
          <Table
            caption={t('registry.profile.decisionsCaption')}
            rows={p.decisions}
            rowKey={(d) => String(d.id)}
            columns={[
              { header: t('registry.profile.col.date'), cell: (d) => formatDate(d.at, locale, true) },
              {
                header: t('registry.profile.col.decision'),
                cell: (d) => t(`registry.audit.${d.action.replace(/^registry\./, '')}`),
              },
              { header: t('registry.profile.col.details'), cell: (d) => decisionDetails(d.data, t) },
              { header: t('registry.profile.col.by'), cell: (d) => d.actor_name ?? t('registry.profile.bySystem') },
            ]}
          />
        ) : (
          <p>{t('registry.profile.noDecisions')}</p>
        )}
      </Section>

      <Section id="changes" title={t('registry.profile.changes')}>
        {p.changes.length ? (
          <Table
            caption={t('registry.profile.changesCaption')}
            rows={p.changes}
            rowKey={(c) => String(c.id)}
            columns={[
              { header: t('registry.profile.col.date'), cell: (c) => formatDate(c.changed_at, locale, true) },
              { header: t('registry.profile.col.by'), cell: (c) => t(`registry.profile.actor.${c.actor_kind}`) },
              {
                header: t('registry.profile.col.fields'),
                cell: (c) => (
                  <ul class="plain">
                    {Object.entries(c.changes).map(([f, d]) => (
                      <li key={f}>
                        <strong>{t(`registry.field.${f}`)}</strong>:{' '}
                        {f === 'status'
                          ? `${t(`registry.status.${d.from}`)} → ${t(`registry.status.${d.to}`)}`
                          : `${changeValueText(f, d.from, locale)} → ${changeValueText(f, d.to, locale)}`}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        ) : (
          <p>{t('registry.profile.noChanges')}</p>
        )}
      </Section>
    </Layout>
  );
}

function decisionDetails(data: Record<string, unknown>, t: (k: string, p?: Record<string, string | number>) => string) {
  const parts: string[] = [];
  if (typeof data.listYear === 'number')
    parts.push(t('registry.profile.socialEntry', { year: data.listYear, category: Number(data.category) }));
  if (typeof data.reason === 'string' && data.reason) parts.push(data.reason);
  if (Array.isArray(data.fields)) parts.push(data.fields.map((f) => t(`registry.field.${f}`)).join(', '));
  return parts.join('. ') || '—';
}
