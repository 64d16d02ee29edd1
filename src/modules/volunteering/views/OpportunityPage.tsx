import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import type { Decision } from '../../../platform/authz/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { hoursFromTenths, OPPORTUNITY } from '../domain.ts';
import { orgNameOf } from '../presenters.ts';
import type { applicationsOf, ApplicationRow } from '../repository/index.ts';
import type { OpportunityWithOrganizer } from '../lookups.ts';
import { ApplicationTag, areaName, OpportunityTag, placeText, Section } from './components.tsx';

export interface OpportunityPageProps {
  opp: OpportunityWithOrganizer;
  taken: number;
  signUp: Decision;
  mine: ApplicationRow | null;
  manage: boolean;
  applications: Awaited<ReturnType<typeof applicationsOf>>;
  values: FormValues;
  errors: FieldErrors;
}

/** One opportunity: what, where, when; signing up; for its organiser, the sign-ups and the lifecycle. */
export function OpportunityPage(p: OpportunityPageProps) {
  const { t, locale, actor } = useCtx();
  const o = p.opp;
  const base = `/volunteering/${o.id}`;
  const ages =
    o.min_age !== null || o.max_age !== null
      ? o.min_age !== null && o.max_age !== null
        ? t('volunteering.ages.between', { min: o.min_age, max: o.max_age })
        : o.min_age !== null
          ? t('volunteering.ages.from', { min: o.min_age })
          : t('volunteering.ages.to', { max: o.max_age! })
      : t('volunteering.ages.any');
  const organizerHref = o.organizer_type === 'organization' ? localHref(locale, `/registry/${o.organizer_id}`) : null;
  return (
    <Layout
      title={o.title}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[[t('volunteering.list.title'), '/volunteering']]}
    >
      <ErrorSummary errors={p.errors} />
      <h1>{o.title}</h1>
      <p class="tags">
        <OpportunityTag status={o.status} />
      </p>
      <SummaryList
        rows={[
          [
            t('volunteering.field.organizer'),
            organizerHref ? <a href={organizerHref}>{orgNameOf(o, locale)}</a> : orgNameOf(o, locale),
          ],
          [t('volunteering.field.place'), placeText(o, locale, t)],
          [
            t('volunteering.field.dates'),
            o.ends_on === o.starts_on
              ? formatDate(o.starts_on, locale)
              : `${formatDate(o.starts_on, locale)} — ${formatDate(o.ends_on, locale)}`,
          ],
          [t('volunteering.field.area'), areaName(o.area, locale)],
          [t('volunteering.field.places'), t('volunteering.list.places', { taken: p.taken, places: o.places })],
          [t('volunteering.field.skills'), o.skills.length ? o.skills.join(', ') : t('volunteering.skills.none')],
          [t('volunteering.field.ages'), ages],
        ]}
      />
      <Section id="about" title={t('volunteering.opportunity.about')}>
        {o.description.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </Section>

      <Section id="signup" title={t('volunteering.opportunity.signUp')}>
        {p.mine ? (
          <>
            <p>
              {t('volunteering.opportunity.yourStatus')} <ApplicationTag status={p.mine.status} />
            </p>
            {p.mine.status === 'applied' || p.mine.status === 'accepted' ? (
              <Form action={localHref(locale, `${base}/applications/${p.mine.id}/withdraw`)}>
                <Button variant="secondary">{t('volunteering.opportunity.withdraw')}</Button>
              </Form>
            ) : null}
            {p.mine.status === 'completed' ? (
              <p>
                <a href={localHref(locale, '/volunteering/me')}>{t('volunteering.opportunity.seeCertificate')}</a>
              </p>
            ) : null}
          </>
        ) : !actor ? (
          <p>
            <a href={localHref(locale, `/login?returnTo=${encodeURIComponent(localHref(locale, base))}`)}>
              {t('volunteering.opportunity.signInToApply')}
            </a>
          </p>
        ) : p.signUp.ok ? (
          <Form action={localHref(locale, `${base}/apply`)}>
            <TextArea
              name="motivation"
              label={t('volunteering.field.motivation')}
              hint={t('volunteering.field.motivationHint')}
              value={p.values.motivation as string | undefined}
              error={p.errors.motivation}
              rows={4}
            />
            <Button>{t('volunteering.opportunity.apply')}</Button>
          </Form>
        ) : (
          <p>
            {t(`volunteering.deny.${p.signUp.reason}`)}
            {p.signUp.reason === 'no_profile' ? (
              <>
                {' '}
                <a href={localHref(locale, `/volunteering/profile?returnTo=${encodeURIComponent(base)}`)}>
                  {t('volunteering.profile.create')}
                </a>
              </>
            ) : null}
          </p>
        )}
      </Section>

      {p.manage ? (
        <Section id="organiser" title={t('volunteering.opportunity.forOrganiser')}>
          {o.status === 'open' || o.status === 'closed' ? (
            <p>
              <a href={localHref(locale, `${base}/edit`)}>{t('volunteering.opportunity.edit')}</a>
            </p>
          ) : null}
          <Form action={localHref(locale, `${base}/status`)}>
            <input type="hidden" name="version" value={String(o.version)} />
            <div class="button-row">
              {OPPORTUNITY.allowed(o.status).map((a) => (
                <Button key={a} name="action" value={a} variant={a === 'cancel' ? 'warning' : 'secondary'}>
                  {t(`volunteering.action.${a}`)}
                </Button>
              ))}
            </div>
          </Form>
          {p.applications.length ? (
            <Table
              caption={t('volunteering.opportunity.applications', { count: p.applications.length })}
              rows={p.applications}
              rowKey={(a) => a.id}
              columns={[
                {
                  header: t('volunteering.col.volunteer'),
                  cell: (a) => <a href={localHref(locale, `${base}/applications/${a.id}`)}>{a.name}</a>,
                },
                { header: t('volunteering.col.status'), cell: (a) => <ApplicationTag status={a.status} /> },
                { header: t('volunteering.col.applied'), cell: (a) => formatDate(a.applied_at, locale) },
                {
                  header: t('volunteering.col.hours'),
                  cell: (a) => (a.hours_tenths ? formatNumber(hoursFromTenths(a.hours_tenths), locale) : '—'),
                  numeric: true,
                },
              ]}
            />
          ) : (
            <p>{t('volunteering.opportunity.noApplications')}</p>
          )}
        </Section>
      ) : null}
    </Layout>
  );
}
