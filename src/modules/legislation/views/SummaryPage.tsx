/** The summary table of comments and answers (also the developer's worklist), its printable form, and the comparison of versions. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { ChangeKind, DraftState, UnitChange } from '../domain.ts';
import type { CommentView } from '../presenters.ts';
import { unitName } from '../schemas.ts';
import { Actions, AnswerTag, LanguageNote, LegStyles, StateTag } from './components.tsx';

export interface SummaryPageProps {
  id: string;
  title: string;
  body: string;
  state: DraftState;
  version: number;
  isCurrent: boolean;
  openedAt: Date | null;
  lastDay: string | null;
  publishedAt: Date | null;
  comments: CommentView[];
  canAnswer: boolean;
  canPublish: boolean;
  publishRefusal: string | null;
  print?: boolean;
}

export function SummaryPage(p: SummaryPageProps) {
  const { t, locale } = useCtx();
  const base = `/legislation/${p.id}`;
  const heading = p.print
    ? t('legislation.summary.printTitle', { n: p.version })
    : t('legislation.summary.title', { n: p.version });
  const unanswered = p.comments.filter((c) => !c.answer).length;
  return (
    <Layout
      title={`${heading} — ${p.title}`}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, base],
      ]}
    >
      <LegStyles />
      <h1>{heading}</h1>
      <p class="lead" lang={locale === 'kk' ? 'kk' : 'ru'}>
        {p.title}
      </p>
      <LanguageNote />
      <SummaryList
        rows={[
          [t('legislation.draft.body'), p.body],
          [t('legislation.draft.state'), <StateTag state={p.state} />],
          [
            t('legislation.draft.period'),
            p.openedAt && p.lastDay
              ? t('legislation.draft.periodValue', {
                  from: formatDate(p.openedAt, locale),
                  to: formatDate(p.lastDay, locale),
                })
              : '—',
          ],
          [
            t('legislation.summary.status'),
            p.publishedAt
              ? t('legislation.summary.publishedOn', { date: formatDate(p.publishedAt, locale) })
              : t('legislation.summary.notPublished'),
          ],
          [
            t('legislation.draft.commentsCount'),
            t('legislation.draft.commentsAnswered', {
              count: p.comments.length,
              answered: String(p.comments.length - unanswered),
            }),
          ],
        ]}
      />
      {p.print ? (
        <p class="no-print">
          <a href={localHref(locale, `${base}/summary?version=${p.version}`)}>{t('legislation.summary.back')}</a> ·{' '}
          {t('legislation.summary.printHint')}
        </p>
      ) : (
        <Actions>
          <li>
            <a href={localHref(locale, `${base}/summary/print?version=${p.version}`)}>
              {t('legislation.summary.printable')}
            </a>
          </li>
          <li>
            <a href={localHref(locale, `${base}/summary.csv?version=${p.version}`)}>{t('legislation.summary.csv')}</a>
          </li>
          <li>
            <a href={localHref(locale, `${base}?version=${p.version}`)}>{t('legislation.summary.toDraft')}</a>
          </li>
        </Actions>
      )}
      {!p.print && p.canAnswer && p.isCurrent && unanswered > 0 ? (
        <p class="notice">{t('legislation.summary.unansweredNotice', { count: unanswered })}</p>
      ) : null}
      {!p.print && p.isCurrent && (p.canPublish || p.publishRefusal) ? (
        <div class="no-print">
          <h2>{t('legislation.summary.publishHeading')}</h2>
          {p.canPublish ? (
            <Form action={localHref(locale, `${base}/summary`)}>
              <p>{t('legislation.summary.publishLead')}</p>
              <Button>{t('legislation.summary.publish')}</Button>
            </Form>
          ) : (
            <p>{p.publishRefusal}</p>
          )}
        </div>
      ) : null}
      <h2>{t('legislation.summary.tableHeading')}</h2>
      {p.comments.length ? (
        <Table
          caption={t('legislation.summary.caption', { n: p.version })}
          rows={p.comments.map((c, i) => ({ ...c, n: i + 1 }))}
          rowKey={(c) => c.id}
          columns={[
            { header: '№', cell: (c) => String(c.n), numeric: true },
            { header: t('legislation.summary.col.unit'), cell: (c) => unitName(t, c.unitKey) },
            {
              header: t('legislation.summary.col.comment'),
              cell: (c) => (
                <>
                  <strong>{c.author}</strong>
                  {c.organization ? ` (${c.organization})` : ''}
                  <br />
                  <span class="leg-pre" lang={c.lang}>
                    {c.body}
                  </span>
                </>
              ),
            },
            { header: t('legislation.summary.col.supports'), cell: (c) => String(c.supports), numeric: true },
            {
              header: t('legislation.summary.col.answer'),
              cell: (c) => (
                <>
                  <AnswerTag status={c.answer?.status ?? null} />
                  {c.answer?.reason ? (
                    <>
                      <br />
                      <span class="leg-pre">{c.answer.reason}</span>
                    </>
                  ) : null}
                  {!p.print && p.canAnswer && p.isCurrent ? (
                    <>
                      <br />
                      <a class="no-print" href={localHref(locale, `${base}/comments/${c.id}/answer`)}>
                        {c.answer ? t('legislation.draft.changeAnswer') : t('legislation.draft.answer')}
                        <span class="visually-hidden"> — №{c.n}</span>
                      </a>
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('legislation.summary.noComments')}</p>
      )}
    </Layout>
  );
}

const CHANGE_TONE: Record<ChangeKind, string> = {
  added: 'tag-green',
  removed: 'tag-red',
  changed: 'tag-yellow',
  unchanged: 'tag-grey',
};

export function ChangesPage(p: {
  id: string;
  title: string;
  from: number;
  to: number;
  changes: UnitChange[];
  counts: Record<ChangeKind, number>;
  note: string;
}) {
  const { t, locale } = useCtx();
  const heading = t('legislation.changes.title', { from: p.from, to: p.to });
  const shown = p.changes.filter((c) => c.kind !== 'unchanged');
  const lang = locale === 'kk' ? 'kk' : 'ru';
  return (
    <Layout
      title={`${heading} — ${p.title}`}
      crumbs={[
        [t('legislation.list.title'), '/legislation'],
        [p.title, `/legislation/${p.id}`],
      ]}
    >
      <LegStyles />
      <h1>{heading}</h1>
      <p class="lead" lang={lang}>
        {p.title}
      </p>
      <LanguageNote />
      <p>
        {t('legislation.changes.counts', {
          changed: p.counts.changed,
          added: p.counts.added,
          removed: p.counts.removed,
          unchanged: p.counts.unchanged,
        })}
      </p>
      <p class="hint">{t('legislation.changes.legend')}</p>
      {p.note ? (
        <>
          <h2>{t('legislation.draft.whatChanged')}</h2>
          <p lang={lang} class="leg-pre">
            {p.note}
          </p>
        </>
      ) : null}
      <h2>{t('legislation.changes.byUnit')}</h2>
      {shown.length === 0 ? <p>{t('legislation.changes.none')}</p> : null}
      {shown.map((c) => (
        <section class="leg-change" aria-labelledby={`ch-${c.key}`} key={c.key}>
          <h3 id={`ch-${c.key}`}>
            {unitName(t, c.key)}{' '}
            <strong class={`tag ${CHANGE_TONE[c.kind]}`}>{t(`legislation.changes.kind.${c.kind}`)}</strong>
          </h3>
          {c.kind === 'changed' ? (
            <p lang={lang} class="leg-pre">
              {c.parts.map((part, i) =>
                part.added ? (
                  <ins class="leg-ins" key={i}>
                    <span class="visually-hidden">[{t('legislation.changes.insStart')}] </span>
                    {part.value}
                    <span class="visually-hidden"> [{t('legislation.changes.insEnd')}]</span>
                  </ins>
                ) : part.removed ? (
                  <del class="leg-del" key={i}>
                    <span class="visually-hidden">[{t('legislation.changes.delStart')}] </span>
                    {part.value}
                    <span class="visually-hidden"> [{t('legislation.changes.delEnd')}]</span>
                  </del>
                ) : (
                  <span key={i}>{part.value}</span>
                ),
              )}
            </p>
          ) : c.kind === 'added' ? (
            <p lang={lang} class="leg-pre">
              <ins class="leg-ins">{[c.after!.heading, c.after!.text].filter(Boolean).join('\n')}</ins>
            </p>
          ) : (
            <p lang={lang} class="leg-pre">
              <del class="leg-del">{[c.before!.heading, c.before!.text].filter(Boolean).join('\n')}</del>
            </p>
          )}
        </section>
      ))}
      <p>
        <a href={localHref(locale, `/legislation/${p.id}?version=${p.to}`)}>
          {t('legislation.changes.toVersion', { n: p.to })}
        </a>{' '}
        ·{' '}
        <a href={localHref(locale, `/legislation/${p.id}?version=${p.from}`)}>
          {t('legislation.changes.toVersion', { n: p.from })}
        </a>
      </p>
    </Layout>
  );
}
