import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/Layout.tsx';

/** A page that explains why there is nothing to show (unknown or malformed BIN, a refused action) and where to go. */
export function MessagePage({
  title,
  message,
  links = [],
}: {
  title: string;
  message: string;
  links?: [string, string][];
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={title} crumbs={[[t('registry.search.title'), '/registry']]}>
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
