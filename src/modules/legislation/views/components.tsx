/** Small pieces shared by the legislation pages. */
import type { ComponentChildren } from 'preact';
import { Tag, type TagTone } from '../../../platform/views/data.tsx';
import { useCtx } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import type { AnswerStatus, DraftState } from '../domain.ts';

const STATE_TONE: Record<DraftState, TagTone> = {
  draft: 'grey',
  open: 'green',
  closed: 'yellow',
  summary_published: 'blue',
};
const ANSWER_TONE: Record<AnswerStatus, TagTone> = { accepted: 'green', partly_accepted: 'yellow', rejected: 'red' };

export function StateTag({ state }: { state: DraftState }) {
  const { t } = useCtx();
  return <Tag tone={STATE_TONE[state]}>{t(`legislation.state.${state}`)}</Tag>;
}

export function AnswerTag({ status }: { status: AnswerStatus | null }) {
  const { t } = useCtx();
  if (!status) return <Tag tone="grey">{t('legislation.answer.none')}</Tag>;
  return <Tag tone={ANSWER_TONE[status]}>{t(`legislation.answer.${status}`)}</Tag>;
}

/** Multi-line user text as paragraphs (escaped by the renderer). */
export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} lang={lang}>
            {p}
          </p>
        ))}
    </>
  );
}

/**
 * The module's few styles: the text of an act, comments under a paragraph, the marks of a
 * comparison (underlined insertions, struck deletions: not colour alone) and the print layout.
 */
const CSS = `
.leg-text { border-left: 4px solid var(--border); padding-left: 1rem; }
.leg-article h3 { margin-bottom: .5rem; }
.leg-unit { margin: .75rem 0; }
.leg-unit.leg-sub { margin-left: 2rem; }
.leg-unit .leg-label { font-weight: 700; margin-right: .35rem; }
.leg-unit-meta { font-size: .95rem; color: var(--muted); margin: .25rem 0; }
.leg-comments { list-style: none; padding: 0; margin: .5rem 0 1rem 1rem; }
.leg-comment { border-left: 4px solid var(--blue); background: var(--bg-alt); padding: .5rem .75rem; margin: .5rem 0; }
.leg-comment p { margin: .25rem 0; }
.leg-answer { border-left: 4px solid var(--green); background: #fff; padding: .4rem .6rem; margin-top: .5rem; }
.leg-inline-form { display: inline; }
.leg-inline-form .button { margin: .25rem 0; padding: .25rem .6rem; font-size: .95rem; }
.actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
ins.leg-ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e3f1e6; }
del.leg-del { text-decoration: line-through; background: #fbe4e2; }
.leg-change { border: 1px solid var(--border); padding: .5rem .75rem; margin: .75rem 0; }
.leg-change h3 { margin: 0 0 .25rem; font-size: 1.05rem; }
.leg-pre { white-space: pre-wrap; }
@media print {
  .site-header, .site-footer, .crumbs, .skip-link, .no-print, .flash { display: none !important; }
  body { font-size: 11pt; }
  .table-wrap { overflow: visible !important; }
  .table th, .table td { border: 1px solid #000; padding: 4pt; }
  a { color: #000; text-decoration: none; }
  .tag { border: 1px solid #000; background: none !important; color: #000 !important; }
}`;
export function LegStyles() {
  return <style dangerouslySetInnerHTML={{ __html: CSS }} />;
}

/** The note on English pages: the act exists in Kazakh and Russian only. */
export function LanguageNote() {
  const { t, locale } = useCtx();
  if (locale !== 'en') return null;
  return <p class="notice">{t('legislation.draft.russianTextNote')}</p>;
}

export function Actions({ children }: { children: ComponentChildren }) {
  return <ul class="actions no-print">{children}</ul>;
}

export const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined);
export const hasErrors = (e: FieldErrors) => Object.keys(e).length > 0;
