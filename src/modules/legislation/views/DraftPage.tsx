import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Form } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { DraftState } from '../domain.ts';
import type { draftCan } from '../policy.ts';
import type { CommentView, ConclusionView, UnitView } from '../presenters.ts';
import { unitName } from '../schemas.ts';
import { Actions, AnswerTag, LanguageNote, LegStyles, Paragraphs, StateTag } from './components.tsx';

export interface DraftPageProps {
  id: string;
  title: string;
  body: string;
  kind: string;
  state: DraftState;
  version: number;
  currentVersion: number;
  versions: { number: number; openedAt: Date | null; lastDay: string | null; summaryPublished: boolean }[];
  openedAt: Date | null;
  lastDay: string | null;
  note: string;
  changes: string;
  units: UnitView[];
  comments: CommentView[];
  conclusions: ConclusionView[];
  can: ReturnType<typeof draftCan>;
  supported: Set<string>;
  actorId: string | null;
  daysLeft: number | null;
  /** Public acts from the audit log, already worded: when, who (null: the law itself), what. */
  history: { id: number; at: Date; actor: string | null; text: string }[];
}

/** A draft: its facts, explanatory note, text paragraph by paragraph with the comments and answers on each, and NGOs' conclusions. */
export function DraftPage(p: DraftPageProps) {
  const { t, locale } = useCtx();
  const base = `/legislation/${p.id}`;
  const isCurrent = p.version === p.currentVersion;
  const byUnit = new Map<string, CommentView[]>();
  for (const c of p.comments) byUnit.set(c.unitKey, [...(byUnit.get(c.unitKey) ?? []), c]);
  const answered = p.comments.filter((c) => c.answer).length;
  const canCommentHere = p.can.comment && isCurrent;
  const textLang = locale === 'kk' ? 'kk' : 'ru';

  const unitBlock = (u: UnitView) => {
    const comments = byUnit.get(u.key) ?? [];
    const name = unitName(t, u.key);
    const commentable = u.kind !== 'article' || !p.units.some((x) => x.key.startsWith(`${u.key}.`));
    return (
      <div class={`leg-unit${u.kind === 'subparagraph' ? ' leg-sub' : ''}`} id={`u-${u.key}`} key={u.key}>
        {u.kind === 'article' ? null : (
          <p lang={textLang}>
            {u.label ? (
              <span class="leg-label">{u.kind === 'subparagraph' ? `${u.label})` : `${u.label}.`}</span>
            ) : null}
            {u.text}
          </p>
        )}
        {u.kind === 'article' && u.text ? <Paragraphs text={u.text} lang={textLang} /> : null}
        {commentable && (comments.length || canCommentHere) ? (
          <p class="leg-unit-meta no-print">
            {comments.length ? t('legislation.draft.commentsOnUnit', { count: comments.length }) : null}
            {comments.length && canCommentHere ? ' · ' : null}
            {canCommentHere ? (
              <a href={localHref(locale, `${base}/comment?unit=${encodeURIComponent(u.key)}`)}>
                {t('legislation.draft.commentOn')}
                <span class="visually-hidden"> {name}</span>
              </a>
            ) : null}
          </p>
        ) : null}
        {comments.length ? (
          <ul class="leg-comments" aria-label={t('legislation.draft.commentsOn', { unit: name })}>
            {comments.map((c) => (
              <li class="leg-comment" id={`c-${c.id}`} key={c.id}>
                <p>
                  <strong>{c.author}</strong>
                  {c.organization ? <> ({c.organization})</> : null} ·{' '}
                  <span class="hint">{formatDate(c.createdAt, locale, true)}</span>
                </p>
                <Paragraphs text={c.body} lang={c.lang} />
                <p class="hint">
                  {c.supports
                    ? t('legislation.draft.supports', { count: c.supports })
                    : t('legislation.draft.noSupports')}
                  {p.can.comment && isCurrent && p.actorId && c.authorId !== p.actorId && !p.supported.has(c.id) ? (
                    <>
                      {' '}
                      <Form action={localHref(locale, `${base}/comments/${c.id}/support`)} class="leg-inline-form">
                        <button type="submit" class="button button-secondary">
                          {t('legislation.draft.support')}
                          <span class="visually-hidden">
                            {' '}
                            — {c.author}, {name}
                          </span>
                        </button>
                      </Form>
                    </>
                  ) : p.supported.has(c.id) ? (
                    <> · {t('legislation.draft.youSupported')}</>
                  ) : null}
                </p>
                {c.answer ? (
                  <div class="leg-answer">
                    <p>
                      <strong>{t('legislation.draft.answerOfDeveloper')}</strong> <AnswerTag status={c.answer.status} />{' '}
                      <span class="hint">{formatDate(c.answer.at, locale)}</span>
                    </p>
                    {c.answer.reason ? <Paragraphs text={c.answer.reason} /> : null}
                  </div>
                ) : (
                  <p class="hint">{t('legislation.draft.awaitingAnswer')}</p>
                )}
                {p.can.answer && isCurrent ? (
                  <p class="no-print">
                    <a href={localHref(locale, `${base}/comments/${c.id}/answer`)}>
                      {c.answer ? t('legislation.draft.changeAnswer') : t('legislation.draft.answer')}
                      <span class="visually-hidden">
                        {' '}
                        — {c.author}, {name}
                      </span>
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  };

  // Articles become sections with their own heading; paragraphs follow their article.
  const blocks: { article: UnitView | null; units: UnitView[] }[] = [];
  for (const u of p.units) {
    if (u.kind === 'article') blocks.push({ article: u, units: [u] });
    else if (
      blocks.length &&
      blocks[blocks.length - 1].article &&
      u.key.startsWith(`${blocks[blocks.length - 1].article!.key}.`)
    )
      blocks[blocks.length - 1].units.push(u);
    else blocks.push({ article: null, units: [u] });
  }
  const articleHeading = (a: UnitView) =>
    `${textLang === 'kk' ? `${a.label}-бап.` : `Статья ${a.label}.`} ${a.heading}`.trim();

  return (
    <Layout title={p.title} crumbs={[[t('legislation.list.title'), '/legislation']]}>
      <LegStyles />
      <h1 lang={textLang}>{p.title}</h1>
      <LanguageNote />
      <p class="tags">
        <StateTag state={p.state} />{' '}
        {p.versions.length > 1 || p.version > 1 ? (
          <strong class="tag tag-grey">{t('legislation.draft.versionN', { n: p.version })}</strong>
        ) : null}
      </p>
      {!isCurrent ? (
        <p class="notice">
          {t('legislation.draft.oldVersion', { n: p.version })}{' '}
          <a href={localHref(locale, base)}>{t('legislation.draft.toCurrent', { n: p.currentVersion })}</a>
        </p>
      ) : null}
      <SummaryList
        rows={[
          [t('legislation.draft.body'), p.body],
          [t('legislation.draft.kind'), t(`legislation.kind.${p.kind}`)],
          [
            t('legislation.draft.period'),
            p.openedAt && p.lastDay
              ? t('legislation.draft.periodValue', {
                  from: formatDate(p.openedAt, locale),
                  to: formatDate(p.lastDay, locale),
                })
              : t('legislation.draft.notOpened'),
          ],
          ...(p.daysLeft !== null && p.state === 'open' && isCurrent
            ? ([[t('legislation.draft.daysLeft'), t('legislation.draft.workingDaysLeft', { count: p.daysLeft })]] as [
                string,
                string,
              ][])
            : []),
          [
            t('legislation.draft.commentsCount'),
            t('legislation.draft.commentsAnswered', {
              count: p.comments.length,
              answered: formatNumber(answered, locale),
            }),
          ],
        ]}
      />

      <Actions>
        {p.can.edit ? (
          <li>
            <a href={localHref(locale, `${base}/edit`)}>{t('legislation.draft.edit')}</a>
          </li>
        ) : null}
        {p.can.open ? (
          <li>
            <a href={localHref(locale, `${base}/open`)}>{t('legislation.draft.open')}</a>
          </li>
        ) : null}
        {p.can.newVersion ? (
          <li>
            <a href={localHref(locale, `${base}/versions/new`)}>{t('legislation.draft.newVersion')}</a>
          </li>
        ) : null}
        {p.can.conclude && isCurrent ? (
          <li>
            <a href={localHref(locale, `${base}/conclusions/new`)}>{t('legislation.draft.attachConclusion')}</a>
          </li>
        ) : null}
        {p.state !== 'draft' ? (
          <li>
            <a href={localHref(locale, `${base}/summary?version=${p.version}`)}>
              {p.can.answer && isCurrent
                ? t('legislation.draft.answersAndSummary')
                : t('legislation.draft.summaryLink')}
            </a>
          </li>
        ) : null}
        {p.version > 1 ? (
          <li>
            <a href={localHref(locale, `${base}/versions/${p.version}/changes`)}>
              {t('legislation.draft.changesLink', { n: p.version - 1 })}
            </a>
          </li>
        ) : null}
        {p.state === 'open' && !p.can.signedIn ? (
          <li>
            <a href={localHref(locale, `/login?returnTo=${encodeURIComponent(`/${locale}${base}`)}`)}>
              {t('legislation.draft.signInToComment')}
            </a>
          </li>
        ) : null}
      </Actions>

      {p.versions.length > 1 ? (
        <nav aria-label={t('legislation.draft.versions')} class="no-print">
          <h2>{t('legislation.draft.versions')}</h2>
          <ul>
            {p.versions.map((v) => (
              <li key={v.number}>
                {v.number === p.version ? (
                  <span aria-current="page">{t('legislation.draft.versionN', { n: v.number })}</span>
                ) : (
                  <a href={localHref(locale, `${base}?version=${v.number}`)}>
                    {t('legislation.draft.versionN', { n: v.number })}
                  </a>
                )}
                {v.openedAt ? (
                  <>
                    {' '}
                    — {formatDate(v.openedAt, locale)}
                    {v.lastDay ? ` – ${formatDate(v.lastDay, locale)}` : ''}
                  </>
                ) : null}
                {v.summaryPublished ? (
                  <>
                    {' '}
                    ·{' '}
                    <a href={localHref(locale, `${base}/summary?version=${v.number}`)}>
                      {t('legislation.draft.summaryOfVersion', { n: v.number })}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {p.changes ? (
        <>
          <h2>{t('legislation.draft.whatChanged')}</h2>
          <Paragraphs text={p.changes} lang={textLang} />
        </>
      ) : null}

      <h2>{t('legislation.draft.note')}</h2>
      <Paragraphs text={p.note} lang={textLang} />

      <h2 id="text">{t('legislation.draft.text')}</h2>
      {p.state === 'open' && !p.can.signedIn ? <p class="hint">{t('legislation.draft.signInHint')}</p> : null}
      <div class="leg-text">
        {blocks.map((b, i) =>
          b.article ? (
            <section class="leg-article" aria-labelledby={`h-${b.article.key}`} key={b.article.key}>
              <h3 id={`h-${b.article.key}`} lang={textLang}>
                {articleHeading(b.article)}
              </h3>
              {b.units.map(unitBlock)}
            </section>
          ) : (
            <div key={`b${i}`}>{b.units.map(unitBlock)}</div>
          ),
        )}
      </div>

      <h2 id="conclusions">{t('legislation.draft.conclusions')}</h2>
      {p.conclusions.length ? (
        <ul>
          {p.conclusions.map((k) => (
            <li key={k.id}>
              <strong>{t(`legislation.conclusion.${k.kind}`)}</strong> — {k.organization} (
              {formatDate(k.createdAt, locale)}
              {k.version !== p.currentVersion ? `, ${t('legislation.draft.versionN', { n: k.version })}` : ''})
              <Paragraphs text={k.summary} />
              <p>
                <a href={localHref(locale, `${base}/conclusions/${k.id}/file`)}>
                  {t('legislation.draft.downloadConclusion', { name: k.fileName })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('legislation.draft.noConclusions')}</p>
      )}

      {p.history.length ? (
        <>
          <h2 id="history">{t('legislation.history.title')}</h2>
          <Table
            caption={t('legislation.history.caption')}
            rows={p.history}
            rowKey={(h) => String(h.id)}
            columns={[
              {
                header: t('legislation.history.col.when'),
                cell: (h) => <span class="nowrap">{formatDate(h.at, locale, true)}</span>,
              },
              { header: t('legislation.history.col.what'), cell: (h) => h.text },
              { header: t('legislation.history.col.who'), cell: (h) => h.actor ?? t('legislation.history.system') },
            ]}
          />
        </>
      ) : null}
    </Layout>
  );
}
