/** Public pages: the list, an initiative, signing, the signer's receipt; and the staff queues. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isRegionCode, param } from '../../../reference/index.ts';
import { anyRole, PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { MessagePage, ok, routesFor } from '../../../platform/kit/index.ts';
import type { FieldErrors } from '../../../platform/views/forms.tsx';
import { receiptHash, signInitiative, type SignContext } from '../commands/sign.ts';
import { ADDRESSEE_CODES, effectiveStatus, type Status } from '../domain.ts';
import { isModerator } from '../policy.ts';
import { initiativeView } from '../presenters.ts';
import {
  addresseeQueue,
  type InitiativeRow,
  findInitiative,
  initiativesOfAuthor,
  moderationQueue,
  searchInitiatives,
  signatureByReceipt,
} from '../repository/index.ts';
import { LIST_STATUSES, ListPage } from '../views/ListPage.tsx';
import { QueuePage } from '../views/QueuePage.tsx';
import { ReceiptPage, SignPage } from '../views/SignPage.tsx';
import { back, idParams, initiativePage, payloadOf, visible } from './initiative.tsx';

export { payloadOf };
export const PAGE_SIZE = 20;
const CMS_MAX_BYTES = 512 * 1024;
/** What browsers and signing tools call a CMS file (.p7s, .cms, .sig, a PEM block). */
const CMS_TYPES = [
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'application/pkcs7-mime',
  'application/x-pkcs7-mime',
  'application/pgp-signature',
  'application/octet-stream',
  'text/plain',
];

const { page, form } = routesFor('petitions');

/** Signing is open only while the initiative collects (its effective status: the deadline counts). */
const collecting = (row: InitiativeRow) =>
  effectiveStatus({ status: row.status, collectionEnds: row.collection_ends }, new Date()) === 'collecting';

/** Signatures are not being collected (any more): said instead of the form, with status 409. */
const closed = (row: InitiativeRow, req: FastifyRequest) => (
  <MessagePage
    title={req.t('petitions.sign.closedTitle')}
    message={req.t('petitions.deny.not_collecting')}
    links={[[row.title, `/initiatives/${row.id}`]]}
  />
);

const receiptParams = z.object({ token: z.string() });
/** The signature of a receipt link, if the token is one of ours. */
async function receiptOf(req: FastifyRequest, p: { token: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(p.token)) return undefined;
  return signatureByReceipt(req.server.db, receiptHash(p.token));
}

/** The list's filters: a wrong one is told next to its field (400) and the rest still apply. */
async function listOf(req: FastifyRequest) {
  const now = new Date();
  const raw = (req.query ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const k of ['q', 'status', 'addressee', 'region', 'page'])
    if (typeof raw[k] === 'string') values[k] = (raw[k] as string).trim();
  const errors: FieldErrors = {};
  if (values.q && values.q.length > 200) errors.q = req.t('errors.tooBig', { max: 200 });
  if (values.status && !(LIST_STATUSES as readonly string[]).includes(values.status))
    errors.status = req.t('errors.invalidOption');
  if (values.addressee && !ADDRESSEE_CODES.includes(values.addressee)) errors.addressee = req.t('errors.invalidOption');
  if (values.region && !isRegionCode(values.region)) errors.region = req.t('errors.invalidOption');
  const pageNo = values.page && /^\d{1,5}$/.test(values.page) && Number(values.page) >= 1 ? Number(values.page) : 1;
  const good = (k: string) => (values[k] && !errors[k] ? values[k] : undefined);
  const listingMin = param('petition.publicListingMin', now);
  const result = await searchInitiatives(
    req.server.db,
    {
      q: good('q'),
      status: good('status') as Status | undefined,
      addressee: good('addressee'),
      region: good('region'),
      page: pageNo,
      pageSize: PAGE_SIZE,
    },
    listingMin,
  );
  const linkQuery = Object.fromEntries(
    ['q', 'status', 'addressee', 'region'].filter((k) => good(k)).map((k) => [k, values[k]]),
  );
  return { now, values, errors, linkQuery, result, page: pageNo, listingMin };
}

export async function petitionsPages(app: FastifyInstance, opts: { sign: () => SignContext }) {
  page(app, {
    path: '/initiatives',
    policy: PUBLIC,
    load: listOf,
    status: (l) => (Object.keys(l.errors).length ? 400 : 200),
    render: (l, req) => (
      <ListPage
        values={l.values}
        linkQuery={l.linkQuery}
        errors={l.errors}
        items={l.result.rows.map((r) => initiativeView(r, req.locale, l.now))}
        total={l.result.total}
        page={l.page}
        pageSize={PAGE_SIZE}
        listingMin={l.listingMin}
        links={{ mine: !!req.actor, moderation: isModerator(req.actor), addressee: !!req.actor?.stateBodies.length }}
      />
    ),
  });

  page(app, {
    path: '/initiatives/mine',
    policy: SIGNED_IN,
    load: (req) => initiativesOfAuthor(req.server.db, req.actor!.id),
    render: (rows, req) => <QueuePage kind="mine" items={rows.map((r) => initiativeView(r, req.locale, new Date()))} />,
  });

  page(app, {
    path: '/initiatives/moderation',
    policy: anyRole('moderator', 'administrator'),
    load: (req) => moderationQueue(req.server.db),
    render: (rows, req) => (
      <QueuePage kind="moderation" items={rows.map((r) => initiativeView(r, req.locale, new Date()))} />
    ),
  });

  page(app, {
    path: '/initiatives/addressee',
    policy: SIGNED_IN,
    load: (req) => addresseeQueue(req.server.db, req.actor!.stateBodies),
    render: (rows, req) => (
      <QueuePage kind="addressee" items={rows.map((r) => initiativeView(r, req.locale, new Date()))} />
    ),
  });

  page(app, {
    path: '/initiatives/:id',
    policy: PUBLIC,
    params: idParams,
    load: visible,
    back,
    render: (row, req) => initiativePage(req, row),
  });

  // ------------------------------------------------------------------ signing

  page(app, {
    path: '/initiatives/:id/sign',
    policy: PUBLIC,
    params: idParams,
    load: visible,
    back,
    status: (row) => (collecting(row) ? 200 : 409),
    render: (row, req) => {
      if (!collecting(row)) return closed(row, req);
      const { text, payloadBase64 } = payloadOf(row);
      return (
        <SignPage
          v={initiativeView(row, req.locale, new Date())}
          payloadText={text}
          payloadBase64={payloadBase64}
          errors={{}}
          maxUploadMb={CMS_MAX_BYTES / 1024 / 1024}
        />
      );
    },
  });

  // No session needed: the signature is the identity. CSRF still applies (a form of this site).
  form(app, {
    path: '/initiatives/:id/sign',
    policy: PUBLIC,
    get: false,
    params: idParams,
    load: visible,
    back,
    files: [{ name: 'file', accept: CMS_TYPES, maxBytes: CMS_MAX_BYTES }],
    before: async ({ fields, files }, req) => {
      const pasted = typeof fields.cms === 'string' ? fields.cms.trim() : '';
      const errors: FieldErrors = files.file?.data.length || pasted ? {} : { cms: req.t('petitions.sign.missing') };
      return { fields: { cms: pasted }, errors };
    },
    schema: z.object({ cms: z.string() }),
    // Collection closed meanwhile: the kit answers 409 (a conflict), the page says so.
    view: (row, { values, errors }, req) => {
      if (!collecting(row)) return closed(row, req);
      const { text, payloadBase64 } = payloadOf(row);
      return (
        <SignPage
          v={initiativeView(row, req.locale, new Date())}
          payloadText={text}
          payloadBase64={payloadBase64}
          errors={errors}
          cms={typeof values.cms === 'string' ? values.cms.trim() : ''}
          maxUploadMb={CMS_MAX_BYTES / 1024 / 1024}
        />
      );
    },
    submit: async (_, row, { cms }, files) => {
      const file = files.file?.data.length ? new Uint8Array(files.file.data) : undefined;
      const r = await signInitiative(opts.sign(), { id: row.id, cms: file ?? cms });
      // A refused signature (or a second one) is told next to what was sent: the file or the pasted text.
      if (!r.ok && r.reason !== 'not_collecting' && r.reason !== 'not_found')
        return { ...r, field: file ? 'file' : 'cms' };
      return r;
    },
    done: (_, __, v) => ({
      to: `/initiatives/receipts/${v.receiptToken}`,
      flash: v.thresholdReached ? 'petitions.flash.signedReached' : 'petitions.flash.signed',
    }),
  });

  // ------------------------------------------------------------------ receipts

  // The receipt link is the signer's secret: never cached, never sent on as a referrer.
  app.addHook('preHandler', async (req, reply) => {
    if (req.routeOptions.url?.includes('/initiatives/receipts/'))
      reply.header('cache-control', 'private, no-store').header('referrer-policy', 'no-referrer');
  });

  page(app, {
    path: '/initiatives/receipts/:token',
    policy: PUBLIC,
    params: receiptParams,
    load: async (req, p) => {
      const sig = await receiptOf(req, p);
      const initiative = sig ? await findInitiative(req.server.db, sig.initiative_id) : undefined;
      return { token: p.token, sig, initiative };
    },
    status: (l) => (l.sig && l.initiative ? 200 : 404),
    render: ({ token, sig, initiative }, req) =>
      sig && initiative ? (
        <ReceiptPage
          token={token}
          initiative={{ id: initiative.id, title: initiative.title }}
          sig={{ ...sig, hasCms: !!sig.cms }}
        />
      ) : (
        <MessagePage title={req.t('petitions.receipt.notFoundTitle')} message={req.t('petitions.receipt.notFound')} />
      ),
  });

  // A file, not a page: outside the kit's page types.
  app.get(
    '/initiatives/receipts/:token/signature.p7s',
    { config: { policy: PUBLIC }, schema: { hide: true } },
    async (req, reply) => {
      const p = receiptParams.safeParse(req.params);
      const sig = p.success ? await receiptOf(req, p.data) : undefined;
      if (!sig?.cms) return reply.callNotFound();
      return reply
        .type('application/pkcs7-signature')
        .header('content-disposition', `attachment; filename="initiative-${sig.initiative_id}.p7s"`)
        .send(Buffer.from(sig.cms));
    },
  );
}
