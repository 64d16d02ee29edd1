/** Atom feeds of what modules publish (new calls, initiatives, draft acts…), per language. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Feed } from 'feed';
import { z } from 'zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { LANG } from '../../../platform/kit/index.ts';

/** The feed library marks titles and summaries type="html", so plain text is escaped to stay text. */
const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const params = z.object({ lang: z.enum(['kk', 'ru', 'en']), file: z.string().regex(/^[a-z0-9-]+\.atom$/) });

export async function monitoringFeeds(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    `${LANG}/feeds/:file`,
    {
      config: { policy: PUBLIC, api: true },
      schema: { tags: ['open-data'], summary: 'An Atom feed ({id}.atom); /open-data/index.json lists them', params },
    },
    async (req, reply) => {
      const { file } = req.params;
      const spec = app.openData.feeds.find((f) => `${f.id}.atom` === file);
      if (!spec) return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      const base = app.config.baseUrl.replace(/\/$/, '');
      const entries = await spec.entries(app.db, req.locale, 50);
      const self = `${base}/${req.locale}/feeds/${file}`;
      const feed = new Feed({
        id: self,
        title: `Qogam — ${req.t(spec.titleKey)}`,
        link: `${base}/${req.locale}`,
        language: req.locale,
        updated: entries[0]?.updated ?? new Date(0),
        generator: 'Qogam',
        feedLinks: { atom: self },
        copyright: 'CC BY 4.0',
      });
      for (const e of entries) {
        feed.addItem({
          id: `${base}${e.id.startsWith('/') ? e.id : `/${e.id}`}`,
          title: asHtml(e.title),
          link: `${base}${e.href}`,
          description: e.summary === undefined ? undefined : asHtml(e.summary),
          date: e.updated,
          published: e.published,
        });
      }
      return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
    },
  );
}
