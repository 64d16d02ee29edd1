/** Page pieces every module uses: a titled section, and a page that explains a refusal or an absence. */
import type { ComponentChildren } from 'preact';
import { localHref, useCtx } from './context.ts';
import { Layout } from './Layout.tsx';

/** A section with an h2 that names it for assistive technology. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** A refusal or an absence in plain words, with where to go next (links are paths without the language). */
export function MessagePage({
  title,
  message,
  links = [],
  crumbs,
}: {
  title: string;
  message: string;
  links?: [string, string][];
  crumbs?: [string, string][];
}) {
  const { locale } = useCtx();
  return (
    <Layout title={title} crumbs={crumbs}>
      <h1>{title}</h1>
      <p>{message}</p>
      {links.length ? (
        <ul>
          {links.map(([label, path]) => (
            <li key={path}>
              <a href={localHref(locale, path)}>{label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </Layout>
  );
}
