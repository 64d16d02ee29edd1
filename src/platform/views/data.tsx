import type { ComponentChildren } from 'preact';
import { localHref, useCtx } from './context.ts';

export type TagTone = 'green' | 'red' | 'yellow' | 'grey' | 'blue';

export function Tag({ tone, children }: { tone: TagTone; children: ComponentChildren }) {
  return <strong class={`tag tag-${tone}`}>{children}</strong>;
}

export interface Column<R> {
  header: string;
  cell: (row: R) => ComponentChildren;
  numeric?: boolean;
}

/** A data table with a caption; wide tables scroll inside their own focusable region. */
export function Table<R>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (r: R) => string;
}) {
  return (
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i} class={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c, i) => (
                <td key={i} class={c.numeric ? 'num' : undefined}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pagination keeps the other query parameters; page numbers are plain links (works without JS). */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  query,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const { t, locale } = useCtx();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== 'page') q.set(k, v);
    if (p > 1) q.set('page', String(p));
    const s = q.toString();
    return localHref(locale, basePath) + (s ? `?${s}` : '');
  };
  const around = [1, page - 2, page - 1, page, page + 1, page + 2, pages]
    .filter((p, i, a) => p >= 1 && p <= pages && a.indexOf(p) === i)
    .sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={t('common.pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('common.previous')}
            </a>
          </li>
        ) : null}
        {around.map((p, i) => (
          <>
            {i > 0 && p - around[i - 1] > 1 ? (
              <li class="ellipsis" aria-hidden="true">
                …
              </li>
            ) : null}
            <li key={p}>
              {p === page ? (
                <span aria-current="page">{p}</span>
              ) : (
                <a href={href(p)} aria-label={t('common.pageN', { n: p })}>
                  {p}
                </a>
              )}
            </li>
          </>
        ))}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('common.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function SummaryList({ rows }: { rows: [string, ComponentChildren][] }) {
  return (
    <dl class="summary-list">
      {rows.map(([k, v]) => (
        <div class="summary-row" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
