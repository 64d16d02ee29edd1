import { formatDate } from '../../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../../platform/views/context.ts';
import { Pagination, Table } from '../../../../platform/views/data.tsx';
import { Button, Form, SelectField } from '../../../../platform/views/forms.tsx';
import { Layout } from '../../../../platform/views/Layout.tsx';
import { VERIFICATION_STATES } from '../../domain.ts';
import { orgName, regionName, type OpenSocialView, type QueueItemView } from '../../presenters.ts';
import { Section } from '../../../../platform/kit/index.ts';
import { VerificationTag } from '../components.tsx';

export interface QueueProps {
  state?: string;
  page: number;
  pageSize: number;
  queue: { rows: QueueItemView[]; total: number };
  social: OpenSocialView[];
}

/** Moderators' work: profiles to verify (pending first, oldest first) and open social-enterprise applications. */
export function QueuePage(p: QueueProps) {
  const { t, locale } = useCtx();
  const title = t('registry.admin.queueTitle');
  return (
    <Layout title={title} crumbs={[[t('admin.title'), '/admin']]}>
      <h1>{title}</h1>
      <p class="lead">{t('registry.admin.queueLead')}</p>
      <Section id="verification" title={t('registry.admin.verificationSection', { count: p.queue.total })}>
        <Form action={localHref(locale, '/admin/registry')} method="get" class="filters">
          <SelectField
            name="state"
            label={t('registry.admin.state')}
            value={p.state}
            emptyOption={t('registry.admin.allStates')}
            options={VERIFICATION_STATES.map((s) => ({ value: s, label: t(`registry.verification.${s}`) }))}
          />
          <Button>{t('registry.admin.show')}</Button>
        </Form>
        <Table
          caption={t('registry.admin.queueCaption')}
          rows={p.queue.rows}
          rowKey={(r) => r.bin}
          columns={[
            {
              header: t('registry.search.col.name'),
              cell: (r) => <a href={localHref(locale, `/admin/registry/${r.bin}`)}>{orgName(r, locale)}</a>,
            },
            { header: t('registry.field.bin'), cell: (r) => r.bin },
            { header: t('registry.field.region'), cell: (r) => regionName(r.region, locale) },
            { header: t('registry.admin.col.state'), cell: (r) => <VerificationTag state={r.verification} /> },
            { header: t('registry.admin.col.waiting'), cell: (r) => formatDate(r.updated_at, locale) },
          ]}
        />
        <Pagination
          page={p.page}
          pageSize={p.pageSize}
          total={p.queue.total}
          basePath="/admin/registry"
          query={{ state: p.state }}
        />
      </Section>
      <Section id="social-open" title={t('registry.admin.socialSection', { count: p.social.length })}>
        {p.social.length ? (
          <Table
            caption={t('registry.admin.socialCaption')}
            rows={p.social}
            rowKey={(r) => String(r.id)}
            columns={[
              {
                header: t('registry.search.col.name'),
                cell: (r) => (
                  <a href={localHref(locale, `/admin/registry/${r.bin}#social-decision-title`)}>{orgName(r, locale)}</a>
                ),
              },
              { header: t('registry.social.year'), cell: (r) => String(r.list_year) },
              { header: t('registry.social.category'), cell: (r) => t(`registry.social.categoryName.${r.category}`) },
              { header: t('registry.admin.col.applied'), cell: (r) => formatDate(r.applied_at, locale) },
            ]}
          />
        ) : (
          <p>{t('registry.admin.socialNone')}</p>
        )}
      </Section>
    </Layout>
  );
}
