import { regionByCode } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import { Section, type FormState } from '../../../platform/kit/index.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { APPLICATION, hoursFromTenths } from '../domain.ts';
import type { ApplicationView, OpportunityView } from '../presenters.ts';
import { ApplicationTag } from './components.tsx';

export interface ApplicationPageProps {
  opp: Pick<OpportunityView, 'id' | 'title'>;
  app: ApplicationView;
  canConfirmNow: boolean;
  /** The decision, hours or revocation form, as sent. */
  form: FormState;
}

/** The organiser's page of one sign-up: the volunteer's profile, accept/decline, confirm hours, revoke. */
export function ApplicationPage(p: ApplicationPageProps) {
  const { t, locale } = useCtx();
  const a = p.app;
  const { values, errors } = p.form;
  const base = `/volunteering/${p.opp.id}/applications/${a.id}`;
  const s = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const title = t('volunteering.application.title', { name: a.name });
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('volunteering.list.title'), '/volunteering'],
        [p.opp.title, `/volunteering/${p.opp.id}`],
      ]}
    >
      <ErrorSummary errors={errors} order={['decision', 'hours', 'reason']} />
      <h1>{title}</h1>
      <p class="tags">
        <ApplicationTag status={a.status} />
      </p>
      <SummaryList
        rows={[
          [t('volunteering.col.volunteer'), a.name],
          [t('volunteering.field.email'), a.email],
          [t('volunteering.field.region'), a.region ? (regionByCode(a.region)?.name[locale] ?? a.region) : '—'],
          [t('volunteering.field.birthYear'), a.birth_year ? String(a.birth_year) : '—'],
          [t('volunteering.field.skills'), a.skills?.length ? a.skills.join(', ') : '—'],
          [
            t('volunteering.field.languages'),
            a.languages?.length ? a.languages.map((l) => t(`volunteering.language.${l}`)).join(', ') : '—',
          ],
          [t('volunteering.field.motivation'), a.motivation || '—'],
          [t('volunteering.col.applied'), formatDate(a.applied_at, locale)],
          ...(a.hours_tenths
            ? [[t('volunteering.col.hours'), formatNumber(hoursFromTenths(a.hours_tenths), locale)] as [string, string]]
            : []),
        ]}
      />
      {APPLICATION.can(a.status, 'accept') ? (
        <Section id="decide" title={t('volunteering.application.decide')}>
          <Form action={localHref(locale, `${base}/decide`)}>
            <div class="button-row">
              <Button name="decision" value="accept">
                {t('volunteering.application.accept')}
              </Button>
              <Button name="decision" value="decline" variant="warning">
                {t('volunteering.application.decline')}
              </Button>
            </div>
          </Form>
        </Section>
      ) : null}
      {a.status === 'accepted' ? (
        <Section id="hours" title={t('volunteering.application.confirmHours')}>
          {p.canConfirmNow ? (
            <Form action={localHref(locale, `${base}/hours`)}>
              <TextField
                name="hours"
                label={t('volunteering.field.hours')}
                hint={t('volunteering.field.hoursHint')}
                value={s('hours')}
                error={errors.hours}
                required
                width="short"
                inputmode="decimal"
                autocomplete="off"
              />
              <Button>{t('volunteering.application.confirm')}</Button>
            </Form>
          ) : (
            <p>{t('volunteering.deny.too_early')}</p>
          )}
          <Form action={localHref(locale, `${base}/decide`)}>
            <Button name="decision" value="decline" variant="secondary">
              {t('volunteering.application.decline')}
            </Button>
          </Form>
        </Section>
      ) : null}
      {a.status === 'completed' ? (
        <Section id="certificate" title={t('volunteering.application.certificate')}>
          {a.code ? (
            <p>
              <a href={localHref(locale, `/volunteering/certificates/${a.code}`)}>
                {t('volunteering.application.certificateLink', { code: a.code })}
              </a>
            </p>
          ) : null}
          <Form action={localHref(locale, `${base}/revoke`)}>
            <TextField
              name="reason"
              label={t('volunteering.field.revokeReason')}
              value={s('reason')}
              error={errors.reason}
              required
            />
            <Button variant="warning">{t('volunteering.application.revoke')}</Button>
          </Form>
        </Section>
      ) : null}
    </Layout>
  );
}
