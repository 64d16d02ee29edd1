import { formatDate } from '../../../platform/i18n/index.ts';
import { Fields, Section, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { canMoveItem, ITEM_STATUSES, itemState } from '../domain.ts';
import {
  bodyName,
  itemTitle,
  recText,
  regionName,
  topicName,
  tri,
  type EvidenceView,
  type HistoryView,
  type ItemView,
  type SourceView,
} from '../presenters.ts';
import { History, ItemStateTag } from './components.tsx';

const EMPTY: FormState = { values: {}, errors: {} };

export interface ItemPageProps {
  item: ItemView;
  sources: SourceView[];
  evidence: EvidenceView[];
  can: { report: boolean };
  now: Date;
  history: HistoryView[];
  /** The form sent with errors, if any: evidence, or the status. */
  forms?: { evidence?: FormState; status?: FormState };
}

/** An action-plan item: where it comes from, who answers for it, by when, and the evidence. */
export function ItemPage(p: ItemPageProps) {
  const { t, locale } = useCtx();
  const i = p.item;
  const state = itemState(i, p.now);
  const title = t('forum.item.title', { n: i.number, title: itemTitle(i, locale) });
  const evidenceForm = p.forms?.evidence ?? EMPTY;
  const statusForm = p.forms?.status ?? EMPTY;
  const errors = { ...evidenceForm.errors, ...statusForm.errors };
  const description: FieldSpec[] = [
    { kind: 'text', name: 'description', label: t('forum.item.evidenceDescription'), required: true },
  ];
  const document: FieldSpec[] = [
    { kind: 'file', name: 'document', label: t('forum.item.documentField'), hint: t('forum.item.documentHint') },
  ];
  const url = evidenceForm.values.url;
  const statusFields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'status',
      label: t('forum.field.status'),
      hint: t('forum.item.statusHint'),
      required: true,
      emptyOption: t('forum.choose'),
      options: ITEM_STATUSES.filter((x) => canMoveItem(i.status, x)).map((x) => ({
        value: x,
        label: t(`forum.itemStatus.${x}`),
      })),
    },
    { kind: 'textarea', name: 'note', label: t('forum.item.noteField'), hint: t('forum.item.noteHint') },
  ];
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(errors).length > 0}
      crumbs={[
        [t('forum.title'), '/forum'],
        [t('forum.plan.title'), '/forum/action-plan'],
      ]}
    >
      <ErrorSummary errors={errors} order={['_form', 'description', 'url', 'document', 'status', 'note']} />
      <h1>{title}</h1>
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
                  <a href={e.href} {...(e.kind === 'link' ? { rel: 'noopener noreferrer' } : {})}>
                    {e.description}
                  </a>
                </p>
                <p class="meta">
                  {e.kind === 'document'
                    ? t('forum.item.document', { name: e.name, kb: e.kb })
                    : t('forum.item.link', { host: e.host })}{' '}
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
            <Fields fields={description} values={evidenceForm.values} errors={evidenceForm.errors} />
            <TextField
              name="url"
              label={t('forum.item.url')}
              hint={t('forum.item.urlHint')}
              value={typeof url === 'string' ? url : ''}
              error={evidenceForm.errors.url}
              type="url"
            />
            <Fields fields={document} values={evidenceForm.values} errors={evidenceForm.errors} />
            <Button>{t('forum.item.evidenceSubmit')}</Button>
          </Form>
        ) : null}
      </Section>

      {p.can.report ? (
        <Section id="status" title={t('forum.item.changeStatus')}>
          <Form action={localHref(locale, `/forum/action-plan/${i.id}/status`)}>
            <input type="hidden" name="version" value={String(i.version)} />
            <Fields fields={statusFields} values={statusForm.values} errors={statusForm.errors} />
            <Button>{t('forum.item.statusSubmit')}</Button>
          </Form>
        </Section>
      ) : null}

      {p.history.length ? (
        <Section id="history" title={t('forum.history.title')}>
          <History entries={p.history} />
        </Section>
      ) : null}
    </Layout>
  );
}
