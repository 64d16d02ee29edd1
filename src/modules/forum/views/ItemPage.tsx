import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { canMoveItem, ITEM_STATUSES, itemState } from '../domain.ts';
import { bodyName, evidenceHref, itemTitle, recText, regionName, topicName, tri } from '../presenters.ts';
import type { EvidenceRow, ItemRow, sourcesOf } from '../repository/index.ts';
import { ItemStateTag, Section } from './components.tsx';

type Source = Awaited<ReturnType<typeof sourcesOf>>[number];

export interface ItemPageProps {
  item: ItemRow;
  sources: Source[];
  evidence: EvidenceRow[];
  can: { report: boolean };
  now: Date;
  history: { at: Date; actor_name: string | null; action: string; data: Record<string, unknown> }[];
  forms: { evidence: FormValues; evidenceErrors: FieldErrors; status: FormValues; statusErrors: FieldErrors };
}

/** An action-plan item: where it comes from, who answers for it, by when, and the evidence. */
export function ItemPage(p: ItemPageProps) {
  const { t, locale } = useCtx();
  const i = p.item;
  const state = itemState(i, p.now);
  const title = t('forum.item.title', { n: i.number, title: itemTitle(i, locale) });
  const s = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const errors = { ...p.forms.evidenceErrors, ...p.forms.statusErrors };
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('forum.title'), '/forum'],
        [t('forum.plan.title'), '/forum/action-plan'],
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} order={['description', 'url', 'document', 'status', 'note']} />
      {state === 'overdue' ? (
        <p class="warning" id="overdue">
          {t('forum.item.overdue', { date: formatDate(i.deadline, locale) })}
        </p>
      ) : null}
      <SummaryList
        rows={[
          [t('forum.field.status'), <ItemStateTag state={state} />],
          [
            t('forum.field.responsible'),
            <a href={localHref(locale, `/forum/action-plan?body=${i.body_code}`)}>{bodyName(i, locale)}</a>,
          ],
          [t('forum.field.deadline'), formatDate(i.deadline, locale)],
          [
            t('forum.field.topic'),
            <a href={localHref(locale, `/forum/action-plan?topic=${i.topic}`)}>{topicName(i.topic, locale)}</a>,
          ],
          [t('forum.field.region'), i.region ? regionName(i.region, locale) : t('forum.plan.national')],
          [
            t('forum.field.forum'),
            <a href={localHref(locale, `/forum/${i.forum_id}`)}>{tri(i.forum_kk, i.forum_ru, i.forum_en, locale)}</a>,
          ],
          ...(i.done_at ? [[t('forum.item.doneOn'), formatDate(i.done_at, locale)] as [string, string]] : []),
          ...(i.status_note ? [[t('forum.item.note'), i.status_note] as [string, string]] : []),
        ]}
      />

      <Section id="sources" title={t('forum.item.sources')}>
        <ul class="result-list">
          {p.sources.map((r) => (
            <li class="result" key={r.id}>
              <h3>
                <a href={localHref(locale, `/forum/recommendations/${r.id}`)}>
                  {t('forum.recs.number', { n: r.number })}
                </a>{' '}
                <span class="hint">— {tri(r.platform_kk, r.platform_ru, r.platform_en, locale)}</span>
              </h3>
              <p>{recText(r, locale)}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="evidence" title={t('forum.item.evidence')}>
        {p.evidence.length ? (
          <ul class="result-list">
            {p.evidence.map((e) => (
              <li class="result" key={e.id}>
                <p>
                  <a href={evidenceHref(e)} {...(e.kind === 'link' ? { rel: 'noopener noreferrer' } : {})}>
                    {e.description}
                  </a>
                </p>
                <p class="meta">
                  {e.kind === 'document'
                    ? t('forum.item.document', {
                        name: e.original_name ?? '',
                        kb: Math.max(1, Math.round(Number(e.size_bytes ?? 0) / 1024)),
                      })
                    : t('forum.item.link', { host: safeHost(e.url) })}{' '}
                  — {formatDate(e.created_at, locale)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('forum.item.noEvidence')}</p>
        )}
        {p.can.report ? (
          <Form action={localHref(locale, `/forum/action-plan/${i.id}/evidence`)} multipart>
            <h3>{t('forum.item.addEvidence')}</h3>
            <TextField
              name="description"
              label={t('forum.item.evidenceDescription')}
              value={s(p.forms.evidence, 'description')}
              error={p.forms.evidenceErrors.description}
              required
            />
            <TextField
              name="url"
              label={t('forum.item.url')}
              hint={t('forum.item.urlHint')}
              value={s(p.forms.evidence, 'url')}
              error={p.forms.evidenceErrors.url}
              type="url"
            />
            <FileField
              name="document"
              label={t('forum.item.documentField')}
              hint={t('forum.item.documentHint')}
              error={p.forms.evidenceErrors.document}
            />
            <Button>{t('forum.item.evidenceSubmit')}</Button>
          </Form>
        ) : null}
      </Section>

      {p.can.report ? (
        <Section id="status" title={t('forum.item.changeStatus')}>
          <Form action={localHref(locale, `/forum/action-plan/${i.id}/status`)}>
            <input type="hidden" name="version" value={String(i.version)} />
            <SelectField
              name="status"
              label={t('forum.field.status')}
              hint={t('forum.item.statusHint')}
              value={s(p.forms.status, 'status')}
              error={p.forms.statusErrors.status}
              required
              emptyOption={t('forum.choose')}
              options={ITEM_STATUSES.filter((x) => canMoveItem(i.status, x)).map((x) => ({
                value: x,
                label: t(`forum.itemStatus.${x}`),
              }))}
            />
            <TextArea
              name="note"
              label={t('forum.item.noteField')}
              hint={t('forum.item.noteHint')}
              value={s(p.forms.status, 'note')}
              error={p.forms.statusErrors.note}
            />
            <Button>{t('forum.item.statusSubmit')}</Button>
          </Form>
        </Section>
      ) : null}

      {p.history.length ? (
        <Section id="history" title={t('forum.history.title')}>
          <ul>
            {p.history.map((h, k) => (
              <li key={k}>
                {formatDate(h.at, locale, true)} — {t(`forum.audit.${h.action.split('.').slice(1).join('_')}`)}
                {h.actor_name ? ` (${h.actor_name})` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </Layout>
  );
}

function safeHost(url: string | null): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}
