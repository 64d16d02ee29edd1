/** Public pages: the list, an initiative, its answer, signing, the signer's receipt; and the staff queues. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRegionCode, param } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { anyRole, PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { csrfValid, sendCsrfFailure, setFlash } from '../../../platform/http/context.ts';
import { readMultipartForm } from '../../../platform/files/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { factsOf } from '../commands/facts.ts';
import { receiptHash, signInitiative, type SignContext } from '../commands/sign.ts';
import { ADDRESSEE_CODES, isListed, signingPayload, type Status } from '../domain.ts';
import { canAnswer, canEditDraft, canModerate, canStartReview, canSubmit, isModerator } from '../policy.ts';
import { initiativeView } from '../presenters.ts';
import {
  addresseeQueue,
  findInitiative,
  initiativesOfAuthor,
  moderationQueue,
  recentSigners,
  searchInitiatives,
  signatureByReceipt,
  similarInitiatives,
  type InitiativeRow,
} from '../repository.ts';
import { AnswerPage } from '../views/AnswerPage.tsx';
import { InitiativePage, type HistoryEntry } from '../views/InitiativePage.tsx';
import { LIST_STATUSES, ListPage } from '../views/ListPage.tsx';
import { MessagePage } from '../views/MessagePage.tsx';
import { QueuePage } from '../views/QueuePage.tsx';
import { ReceiptPage, SignPage } from '../views/SignPage.tsx';
import { formValues, hide, LANG, loadVisible } from './shared.tsx';

export const PAGE_SIZE = 20;
const CMS_MAX_BYTES = 512 * 1024;

/** The readable payload and its bytes in base64 (what NCALayer and other tools sign). */
export function payloadOf(r: InitiativeRow) {
  const text = signingPayload({ id: r.id, title: r.title, addresseeCode: r.addressee_code, body: r.body });
  return { text, payloadBase64: Buffer.from(text, 'utf8').toString('base64') };
}

export async function petitionsPages(app: FastifyInstance, opts: { sign: () => SignContext }) {
  const db = app.db;

  app.get(`${LANG}/initiatives`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const now = new Date();
    const raw = req.query as Record<string, unknown>;
    const values: Record<string, string> = {};
    for (const k of ['q', 'status', 'addressee', 'region', 'page'])
      if (typeof raw[k] === 'string') values[k] = (raw[k] as string).trim();
    const errors: FieldErrors = {};
    if (values.q && values.q.length > 200) errors.q = req.t('errors.tooBig', { max: 200 });
    if (values.status && !(LIST_STATUSES as readonly string[]).includes(values.status))
      errors.status = req.t('errors.invalidOption');
    if (values.addressee && !ADDRESSEE_CODES.includes(values.addressee))
      errors.addressee = req.t('errors.invalidOption');
    if (values.region && !isRegionCode(values.region)) errors.region = req.t('errors.invalidOption');
    const page = values.page && /^\d{1,5}$/.test(values.page) && Number(values.page) >= 1 ? Number(values.page) : 1;
    const ok = (k: string) => (values[k] && !errors[k] ? values[k] : undefined);
    const listingMin = param('petition.publicListingMin', now);
    const result = await searchInitiatives(
      db,
      {
        q: ok('q'),
        status: ok('status') as Status | undefined,
        addressee: ok('addressee'),
        region: ok('region'),
        page,
        pageSize: PAGE_SIZE,
      },
      listingMin,
    );
    const linkQuery = Object.fromEntries(
      ['q', 'status', 'addressee', 'region'].filter((k) => ok(k)).map((k) => [k, values[k]]),
    );
    const links = { mine: !!req.actor, moderation: isModerator(req.actor), addressee: !!req.actor?.stateBodies.length };
    return renderPage(
      req,
      reply,
      <ListPage
        values={values}
        linkQuery={linkQuery}
        errors={errors}
        items={result.rows.map((r) => initiativeView(r, req.locale, now))}
        total={result.total}
        page={page}
        pageSize={PAGE_SIZE}
        listingMin={listingMin}
        links={links}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  app.get(`${LANG}/initiatives/mine`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const now = new Date();
    const rows = await initiativesOfAuthor(db, req.actor!.id);
    return renderPage(
      req,
      reply,
      <QueuePage kind="mine" items={rows.map((r) => initiativeView(r, req.locale, now))} />,
    );
  });

  app.get(
    `${LANG}/initiatives/moderation`,
    { config: { policy: anyRole('moderator', 'administrator') }, schema: hide },
    async (req, reply) => {
      const now = new Date();
      const rows = await moderationQueue(db);
      return renderPage(
        req,
        reply,
        <QueuePage kind="moderation" items={rows.map((r) => initiativeView(r, req.locale, now))} />,
      );
    },
  );

  app.get(`${LANG}/initiatives/addressee`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const now = new Date();
    const rows = await addresseeQueue(db, req.actor!.stateBodies);
    return renderPage(
      req,
      reply,
      <QueuePage kind="addressee" items={rows.map((r) => initiativeView(r, req.locale, now))} />,
    );
  });

  app.get(`${LANG}/initiatives/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    return initiativePage(req, reply, row);
  });

  app.get(`${LANG}/initiatives/:id/answer`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    return renderPage(
      req,
      reply,
      <AnswerPage
        v={initiativeView(row, req.locale, new Date())}
        canAnswer={canAnswer(req.actor, factsOf(row)).ok}
        values={{}}
        errors={{}}
      />,
    );
  });

  // ------------------------------------------------------------------ signing

  async function signPage(
    req: FastifyRequest,
    reply: FastifyReply,
    row: InitiativeRow,
    errors: FieldErrors = {},
    cms?: string,
    status = 200,
  ) {
    const now = new Date();
    const v = initiativeView(row, req.locale, now);
    if (v.status !== 'collecting') {
      return renderPage(
        req,
        reply,
        <MessagePage
          title={req.t('petitions.sign.closedTitle')}
          message={req.t('petitions.deny.not_collecting')}
          links={[[row.title, `/initiatives/${row.id}`]]}
        />,
        409,
      );
    }
    const { text, payloadBase64 } = payloadOf(row);
    return renderPage(
      req,
      reply,
      <SignPage
        v={v}
        payloadText={text}
        payloadBase64={payloadBase64}
        errors={errors}
        cms={cms}
        maxUploadMb={CMS_MAX_BYTES / 1024 / 1024}
      />,
      status,
    );
  }

  app.get(`${LANG}/initiatives/:id/sign`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    return signPage(req, reply, row);
  });

  // No session needed: the signature is the identity. CSRF still applies (a form of this site).
  app.post(
    `${LANG}/initiatives/:id/sign`,
    { config: { policy: PUBLIC, multipart: true }, schema: hide },
    async (req, reply) => {
      let fields: Record<string, unknown>;
      let file: Buffer | undefined;
      let fileError: string | undefined;
      if (req.isMultipart()) {
        const form = await readMultipartForm(req, { maxBytes: CMS_MAX_BYTES });
        const token = form.fields._csrf;
        if (!csrfValid(req, typeof token === 'string' ? token : '')) return sendCsrfFailure(req, reply);
        fields = form.fields;
        file = form.files.find((f) => f.field === 'file')?.data;
        fileError = form.fileErrors.file;
      } else {
        fields = (req.body ?? {}) as Record<string, unknown>;
      }
      const row = await loadVisible(req, reply);
      if (!row) return reply;
      const pasted = typeof fields.cms === 'string' ? fields.cms.trim() : '';
      if (fileError)
        return signPage(
          req,
          reply,
          row,
          { file: req.t('errors.fileTooLarge', { max: CMS_MAX_BYTES / 1024 / 1024 }) },
          pasted,
          400,
        );
      const input = file && file.length ? new Uint8Array(file) : pasted;
      if (!input || (typeof input === 'string' && !input))
        return signPage(req, reply, row, { cms: req.t('petitions.sign.missing') }, pasted, 400);
      const r = await signInitiative(opts.sign(), { id: row.id, cms: input });
      if (!r.ok) {
        const field = file && file.length ? 'file' : 'cms';
        if (r.reason === 'not_collecting' || r.reason === 'not_found')
          return signPage(req, reply, row, {}, pasted, 409);
        const message =
          r.reason === 'already_signed' ? req.t('petitions.sign.alreadySigned') : req.t(`pki.reason.${r.reason}`);
        return signPage(req, reply, row, { [field]: message }, pasted, r.reason === 'already_signed' ? 409 : 422);
      }
      setFlash(reply, r.value.thresholdReached ? 'petitions.flash.signedReached' : 'petitions.flash.signed');
      return reply.redirect(localHref(req.locale, `/initiatives/receipts/${r.value.receiptToken}`), 303);
    },
  );

  app.get(`${LANG}/initiatives/receipts/:token`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const token = (req.params as { token: string }).token;
    const sig = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await signatureByReceipt(db, receiptHash(token)) : undefined;
    const initiative = sig ? await findInitiative(db, sig.initiative_id) : undefined;
    if (!sig || !initiative) {
      return renderPage(
        req,
        reply,
        <MessagePage title={req.t('petitions.receipt.notFoundTitle')} message={req.t('petitions.receipt.notFound')} />,
        404,
      );
    }
    reply.header('cache-control', 'private, no-store').header('referrer-policy', 'no-referrer');
    return renderPage(
      req,
      reply,
      <ReceiptPage
        token={token}
        initiative={{ id: initiative.id, title: initiative.title }}
        sig={{ ...sig, hasCms: !!sig.cms }}
      />,
    );
  });

  app.get(
    '/initiatives/receipts/:token/signature.p7s',
    { config: { policy: PUBLIC }, schema: hide },
    async (req, reply) => {
      const token = (req.params as { token: string }).token;
      const sig = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await signatureByReceipt(db, receiptHash(token)) : undefined;
      if (!sig?.cms) return reply.callNotFound();
      return reply
        .type('application/pkcs7-signature')
        .header('content-disposition', `attachment; filename="initiative-${sig.initiative_id}.p7s"`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(sig.cms));
    },
  );
}

/** The initiative's page with what this reader may do there. */
export async function initiativePage(
  req: FastifyRequest,
  reply: FastifyReply,
  row: InitiativeRow,
  moderation?: { values: Record<string, unknown>; errors: FieldErrors },
  status = 200,
) {
  const db = req.server.db;
  const now = new Date();
  const facts = factsOf(row);
  const listingMin = param('petition.publicListingMin', now);
  const [history, signers, similar] = await Promise.all([
    publicHistory(db, 'initiative', row.id),
    recentSigners(db, row.id, 20),
    row.status === 'draft' && canEditDraft(req.actor, facts).ok
      ? similarInitiatives(db, row.title, row.body, { excludeId: row.id, listingMin })
      : Promise.resolve([]),
  ]);
  const can = {
    edit: canEditDraft(req.actor, facts).ok,
    submit: canSubmit(req.actor, facts).ok,
    moderate: canModerate(req.actor, facts).ok,
    startReview: canStartReview(req.actor, facts).ok,
    answer: canAnswer(req.actor, facts).ok,
  };
  return renderPage(
    req,
    reply,
    <InitiativePage
      v={initiativeView(row, req.locale, now)}
      history={
        history.map((h) => ({
          at: new Date(h.at),
          action: h.action,
          actorName: h.actor_name,
          data: h.data as Record<string, unknown>,
        })) as HistoryEntry[]
      }
      signers={signers}
      listed={isListed({ status: row.status, signatureCount: row.signature_count }, now)}
      listingMin={listingMin}
      can={can}
      similar={similar}
      moderation={moderation ? { values: formValues(moderation.values), errors: moderation.errors } : undefined}
    />,
    status,
  );
}
