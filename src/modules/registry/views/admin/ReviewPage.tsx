import { formatDate } from '../../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../../platform/views/context.ts';
import { SummaryList } from '../../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  FileField,
  Form,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../../platform/views/forms.tsx';
import { Layout } from '../../../../platform/views/Layout.tsx';
import {
  areaName,
  legalFormName,
  orgName,
  regionName,
  type OrganizationView,
  type SocialApplicationView,
} from '../../presenters.ts';
import { RadioGroup, Section } from '../../../../platform/kit/index.ts';
import { SocialTag, VerificationTag } from '../components.tsx';

export interface ReviewProps {
  org: OrganizationView;
  evidence: { id: string; original_name: string } | null;
  social: SocialApplicationView[];
  values: FormValues;
  errors: FieldErrors;
  maxUploadMb: number;
}

/** One organisation for a moderator: the data to check, the verification decision, the social-enterprise decision. */
export function ReviewPage(p: ReviewProps) {
  const { t, locale } = useCtx();
  const o = p.org;
  const name = orgName(o, locale);
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const open = p.social.find((a) => a.status === 'applied');
  const title = t('registry.admin.reviewTitle', { name });
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('admin.title'), '/admin'],
        [t('registry.admin.queueTitle'), '/admin/registry'],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['decision', 'reason', 'document', 'seDecision', 'seReason']} />
      <h1>{title}</h1>
      <p>
        <VerificationTag state={o.verification} />{' '}
        <a href={localHref(locale, `/registry/${o.bin}`)}>{t('registry.admin.publicProfile')}</a>
      </p>
      <Section id="data" title={t('registry.admin.dataToCheck')}>
        <SummaryList
          rows={[
            [t('registry.field.bin'), o.bin],
            [t('registry.field.nameKk'), <span lang="kk">{o.name_kk}</span>],
            [t('registry.field.nameRu'), <span lang="ru">{o.name_ru}</span>],
            [t('registry.field.nameEn'), o.name_en ? <span lang="en">{o.name_en}</span> : '—'],
            [t('registry.field.legalForm'), legalFormName(o.legal_form, locale)],
            [t('registry.field.foundedOn'), formatDate(o.founded_on, locale)],
            [t('registry.field.region'), `${regionName(o.region, locale)}, ${o.settlement}`],
            [t('registry.field.areas'), o.areas.map((a) => areaName(a, locale)).join('; ')],
            [t('registry.field.founders'), o.founders.map((f) => f.name).join('; ') || '—'],
            [
              t('registry.admin.evidence'),
              p.evidence ? (
                <a href={localHref(locale, `/admin/registry/${o.bin}/evidence`)}>{p.evidence.original_name}</a>
              ) : (
                '—'
              ),
            ],
          ]}
        />
      </Section>
      <Section id="decision" title={t('registry.admin.decisionSection')}>
        {o.verification === 'pending' ? (
          <Form action={localHref(locale, `/admin/registry/${o.bin}/decision`)} multipart>
            <RadioGroup
              name="decision"
              legend={t('registry.admin.decision')}
              value={s('decision')}
              error={p.errors.decision}
              options={[
                { value: 'verify', label: t('registry.admin.verify') },
                { value: 'refuse', label: t('registry.admin.refuse') },
              ]}
            />
            <TextArea
              name="reason"
              label={t('registry.admin.reason')}
              hint={t('registry.admin.reasonHint')}
              value={s('reason')}
              error={p.errors.reason}
              rows={3}
            />
            <FileField
              name="document"
              label={t('registry.admin.document')}
              hint={t('registry.admin.documentHint', { max: p.maxUploadMb })}
              error={p.errors.document}
              accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xlsx"
            />
            <Button>{t('registry.admin.submitDecision')}</Button>
          </Form>
        ) : (
          <p>{t('registry.admin.notPending', { state: t(`registry.verification.${o.verification}`) })}</p>
        )}
      </Section>
      <Section id="social-decision" title={t('registry.admin.socialDecisionSection')}>
        {p.social.length ? (
          <ul>
            {p.social.map((a) => (
              <li key={a.id}>
                {t('registry.profile.socialEntry', { year: a.list_year, category: a.category })}{' '}
                <SocialTag status={a.status} /> — {a.application.activities}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('registry.profile.socialNone')}</p>
        )}
        {open ? (
          <Form action={localHref(locale, `/admin/registry/${o.bin}/social-enterprise/${open.id}`)}>
            <p>
              {t('registry.admin.socialApplication', {
                total: open.application.employeesTotal,
                vulnerable: open.application.employeesVulnerable ?? '—',
              })}
            </p>
            <RadioGroup
              name="seDecision"
              legend={t('registry.admin.commissionDecision', { year: open.list_year })}
              value={s('seDecision')}
              error={p.errors.seDecision}
              options={[
                { value: 'approve', label: t('registry.admin.approve') },
                { value: 'refuse', label: t('registry.admin.refuse') },
              ]}
            />
            <TextArea
              name="seReason"
              label={t('registry.admin.reason')}
              hint={t('registry.admin.reasonHint')}
              value={s('seReason')}
              error={p.errors.seReason}
              rows={3}
            />
            <Button>{t('registry.admin.submitDecision')}</Button>
          </Form>
        ) : null}
      </Section>
    </Layout>
  );
}
