import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import { Button, ErrorSummary, FileField, TextArea, type FieldErrors } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { PAYLOAD_HEADER } from '../domain.ts';
import type { InitiativeView } from '../presenters.ts';
import { Section } from '../../../platform/kit/index.ts';
import { Progress } from './components.tsx';

/** NCALayer's texts in the reader's language, for public/ncalayer.js (catalogue keys pki.ncalayer.*). */
const ncalayerMessages = (t: (k: string) => string) =>
  Object.fromEntries(
    ['button', 'connecting', 'waiting', 'done', 'unavailable', 'cancelled', 'failed'].map((k) => [
      `data-msg-${k}`,
      t(`pki.ncalayer.${k}`),
    ]),
  );

const PRE =
  'white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f2f1; padding: 0.75rem; border: 1px solid #b1b4b6;';

/**
 * The signing page: the exact text being signed, what will be public, and a form that takes a CMS
 * file (.cms/.p7s/.sig) or pasted base64 — made by any tool. With JavaScript, ncalayer.js lets
 * NCALayer sign the same bytes and fills the textarea (form marked data-ncalayer).
 */
export function SignPage(p: {
  v: InitiativeView;
  payloadText: string;
  payloadBase64: string;
  errors: FieldErrors;
  cms?: string;
  maxUploadMb: number;
}) {
  const { t, locale, csrfToken } = useCtx();
  const r = p.v.initiative;
  const hasErrors = Object.keys(p.errors).length > 0;
  return (
    <Layout
      title={t('petitions.sign.title', { title: r.title })}
      hasErrors={hasErrors}
      crumbs={[
        [t('petitions.list.title'), '/initiatives'],
        [r.title, `/initiatives/${r.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['cms', 'file']} />
      <h1>{t('petitions.sign.heading')}</h1>
      <p class="lead" lang={r.language}>
        {r.title}
      </p>
      <p>
        <Progress count={r.signature_count} threshold={r.threshold} percent={p.v.progress} />
      </p>
      <SummaryList
        rows={[
          [t('petitions.field.addressee'), p.v.addressee],
          [t('petitions.field.collectionEnds'), r.collection_ends ? formatDate(r.collection_ends, locale) : '—'],
        ]}
      />

      <Section id="public" title={t('petitions.sign.publicTitle')}>
        <p>{t('petitions.sign.publicLead')}</p>
        <ul>
          <li>{t('petitions.sign.publicName')}</li>
          <li>{t('petitions.sign.privateIin')}</li>
          <li>{t('petitions.sign.onlyOnce')}</li>
        </ul>
      </Section>

      <Section id="payload" title={t('petitions.sign.payloadTitle')}>
        <p>{t('petitions.sign.payloadLead')}</p>
        <pre style={PRE} id="signing-payload" data-payload-base64={p.payloadBase64}>
          {p.payloadText}
        </pre>
        <details>
          <summary>{t('petitions.sign.formatTitle')}</summary>
          <p>{t('petitions.sign.format', { header: PAYLOAD_HEADER })}</p>
          <p>{t('petitions.sign.formatTools')}</p>
          <p>
            <a href={`/api/v1/initiatives/${r.id}/signing-payload`}>{t('petitions.sign.payloadApi')}</a>
          </p>
        </details>
      </Section>

      <Section id="sign-form" title={t('petitions.sign.formTitle')}>
        <form
          method="post"
          action={localHref(locale, `/initiatives/${r.id}/sign`)}
          encType="multipart/form-data"
          noValidate
          data-ncalayer
          data-ncalayer-payload={p.payloadBase64}
          data-ncalayer-attached="true"
          {...ncalayerMessages(t)}
        >
          <input type="hidden" name="_csrf" value={csrfToken} />
          <div data-ncalayer-slot></div>
          <p data-ncalayer-status aria-live="polite"></p>
          <FileField
            name="file"
            label={t('petitions.sign.file')}
            hint={t('petitions.sign.fileHint', { max: formatNumber(p.maxUploadMb, locale) })}
            error={p.errors.file}
            accept=".cms,.p7s,.sig,.p7m,.der,.txt"
          />
          <TextArea
            name="cms"
            label={t('petitions.sign.paste')}
            hint={t('petitions.sign.pasteHint')}
            value={p.cms}
            error={p.errors.cms}
            rows={6}
          />
          <Button>{t('petitions.sign.submit')}</Button>
        </form>
      </Section>
      <script type="module" src="/static/ncalayer.js"></script>
    </Layout>
  );
}

/** The signer's own receipt (reached by the secret link shown once): their signature and its file. */
export function ReceiptPage(p: {
  token: string;
  initiative: { id: string; title: string };
  sig: {
    public_name: string;
    signed_at: Date;
    signing_time: Date | null;
    cert_serial: string | null;
    cert_issuer: string | null;
    hasCms: boolean;
  };
}) {
  const { t, locale } = useCtx();
  return (
    <Layout
      title={t('petitions.receipt.title')}
      crumbs={[
        [t('petitions.list.title'), '/initiatives'],
        [p.initiative.title, `/initiatives/${p.initiative.id}`],
      ]}
    >
      <h1>{t('petitions.receipt.title')}</h1>
      <p class="notice">{t('petitions.receipt.keep')}</p>
      <SummaryList
        rows={[
          [
            t('petitions.receipt.initiative'),
            <a href={localHref(locale, `/initiatives/${p.initiative.id}`)}>{p.initiative.title}</a>,
          ],
          [t('petitions.receipt.publicName'), p.sig.public_name],
          [t('petitions.receipt.signedAt'), formatDate(p.sig.signed_at, locale, true)],
          [t('petitions.receipt.signingTime'), p.sig.signing_time ? formatDate(p.sig.signing_time, locale, true) : '—'],
          [t('petitions.receipt.certSerial'), p.sig.cert_serial ?? '—'],
          [t('petitions.receipt.issuer'), p.sig.cert_issuer ?? '—'],
        ]}
      />
      {p.sig.hasCms ? (
        <p>
          <a href={`/initiatives/receipts/${p.token}/signature.p7s`} download>
            {t('petitions.receipt.download')}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
