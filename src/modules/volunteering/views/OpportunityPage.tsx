import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { ActionForm, Section, type FormState, type Verdict } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, ErrorSummary, Form, TextArea } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { hoursFromTenths, OPPORTUNITY } from '../domain.ts';
import type { VolunteeringReason } from '../reasons.ts';
import { orgNameOf, type ApplicationView, type MineView, type OpportunityView } from '../presenters.ts';
import { ApplicationTag, areaName, OpportunityTag, placeText } from './components.tsx';

export interface OpportunityPageProps {
  opp: OpportunityView;
  taken: number;
  signUp: Verdict<VolunteeringReason>;
  mine: MineView | null;
  manage: boolean;
  applications: ApplicationView[];
  /** The sign-up or the status form, as sent (values kept, messages next to the fields). */
  form: FormState;
}

/** One opportunity: what, where, when; signing up; for its organiser, the sign-ups and the lifecycle. */
export function OpportunityPage(p: OpportunityPageProps) {
  const { t, locale, actor } = useCtx();
  const o = p.opp;
  const { values, errors } = p.form;
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
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[[t('volunteering.list.title'), '/volunteering']]}
    >
      <ErrorSummary errors={errors} order={['motivation', 'action']} />
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
              <ActionForm
                action={`${base}/applications/${p.mine.id}/withdraw`}
                label={t('volunteering.opportunity.withdraw')}
                variant="secondary"
              />
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
              value={typeof values.motivation === 'string' ? values.motivation : undefined}
              error={errors.motivation}
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
