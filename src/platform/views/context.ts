import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, T } from '../i18n/index.ts';
import type { Actor } from '../auth/actor.ts';

/** What every template may read about the current request. */
export interface ViewCtx {
  locale: Locale;
  t: T;
  /** Path without the language prefix, with query: '/registry?q=x'. */
  path: string;
  actor: Actor | null;
  csrfToken: string;
  demo: boolean;
  /** A one-time message after a redirect (PRG), already translated. */
  flash?: string;
}

export const ViewContext = createContext<ViewCtx | null>(null);

export function useCtx(): ViewCtx {
  const c = useContext(ViewContext);
  if (!c) throw new Error('ViewContext missing');
  return c;
}

/** Link to a page in the reader's language: href('/registry') -> '/kk/registry'. */
export function localHref(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '' : path}`;
}
