/**
 * Routes as declarations. One `form` definition gives the GET page, and the POST that parses,
 * re-renders with status 400 (values kept, messages next to the fields), runs the command, turns
 * a failure into a message on the form (next to its `field`, or above the form for a conflict or
 * wrong input) or a page whose status follows its kind (not found, forbidden), sets the
 * flash and redirects with 303. Multipart forms (declared `files`) are read and CSRF-checked here,
 * the one implementation for every form; a form sent after the session expired comes back filled.
 */
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isValidElement, type VNode } from 'preact';
import type { z } from 'zod';
import { csrfValid, sendCsrfFailure, setFlash, takeDraft } from '../http/context.ts';
import type { RoutePolicy } from '../http/types.ts';
import { fieldErrors } from '../http/validation.ts';
import { hasKey } from '../i18n/index.ts';
import { DOCUMENT_TYPES, readMultipartForm, type UploadedFile } from '../files/index.ts';
import { localHref } from '../views/context.ts';
import type { FieldErrors, FormValues } from '../views/forms.tsx';
import { MessagePage } from '../views/page.tsx';
import { renderPage } from '../views/render.tsx';
import { STATUS_OF, type Failure, type FailureKind, type Result } from './result.ts';

/** Every page and form lives under the reader's language. */
export const LANG = '/:lang(kk|ru|en)';

/** A refusal whose reason has no message of the module's own is told in the words of its kind. */
const KIND_TITLE: Record<FailureKind, string> = {
  not_found: 'errors.notFoundTitle',
  forbidden: 'errors.forbiddenTitle',
  conflict: 'errors.forbiddenTitle',
  invalid: 'errors.badRequestTitle',
};
const KIND_MESSAGE: Record<FailureKind, string> = {
  not_found: 'errors.notFound',
  forbidden: 'errors.forbidden',
  conflict: 'errors.conflict',
  invalid: 'errors.badRequest',
};

type AnyObject = z.ZodType<Record<string, unknown>>;
/** A refusal page's way back: a path, or [label key, path] links. */
export type Back = string | [string, string][];
type Loaded<C> = Promise<Result<C, string> | C>;

/** What the user typed, to show again on a 400 (strings and checkbox arrays; never the CSRF token). */
export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(String);
  }
  return out;
}

export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

interface Base<P extends AnyObject, C> {
  /** Without the language: '/registry/:bin/edit'. */
  path: string;
  policy: RoutePolicy;
  /** URL parameters; a value that does not parse is a 404 page (nothing by that address). */
  params?: P;
  /**
   * Finds what the page is about and checks the resource rule. A failure is answered as a page;
   * a plain value is success.
   */
  load?: (req: FastifyRequest, params: z.infer<P>) => Loaded<C>;
  /**
   * Where the refusal page links back to: one path (labelled `<module>.deny.back`), or several
   * links as [label key, path] (an unknown organisation: search, register). It is told the
   * failure, so that a thing that is not there links elsewhere than a refusal of something that
   * is (a missing draft to the list).
   */
  back?: (params: z.infer<P>, loaded?: C, failure?: Pick<Failure, 'kind' | 'reason'>) => Back;
  /** A limit on the POST (a form that guesses a password or sends mail): checked before anything else. */
  rateLimit?: FastifyContextConfig['rateLimit'];
  /** Where a GET sends the reader instead of showing the page (a signed-in person opening sign-in). */
  redirect?: (req: FastifyRequest, loaded: C) => Next | undefined;
  /**
   * A refusal told on a page of the module's own rather than the kit's (a mailed link that
   * expired: 410, with the way to a new one); undefined leaves it to the kit.
   */
  refusal?: (req: FastifyRequest, failure: Failure) => { view: VNode; status: number } | undefined;
}

export interface PageDef<P extends AnyObject, Q extends AnyObject, C> extends Base<P, C> {
  /** Query parameters; what does not parse is a 400 page (filters that report errors parse themselves). */
  query?: Q;
  render: (loaded: C, req: FastifyRequest, query: z.infer<Q>) => VNode | Promise<VNode>;
  /** The status of the rendered page when it is not 200 (a closed collection: 409). */
  status?: (loaded: C, query: z.infer<Q>) => number;
}

export interface FileSpec {
  name: string;
  /** MIME types accepted (documents by default). */
  accept?: readonly string[];
  /** A smaller limit than the platform's upload limit (a text file to import, a photo). */
  maxBytes?: number;
}

/** The key under which a failure that concerns the whole form (not one field) is shown. */
export const FORM_ERROR = '_form';

/** Where to go after a success, and the flash message key. */
export interface Next {
  to: string;
  flash?: string;
  /**
   * `to` is sent as it is, not put under the reader's language (a payment provider's page, a
   * return address that carries its language already).
   */
  external?: boolean;
}

export interface FormDef<P extends AnyObject, C, D, T> extends Base<P, C> {
  /** The form's Zod schema (messages are i18n keys), or one built from what was loaded. */
  schema: z.ZodType<D> | ((loaded: C, req: FastifyRequest) => z.ZodType<D>);
  /** Declared files make it a multipart form (read and CSRF-checked here). */
  files?: FileSpec[];
  /** The values the form opens with (an edit form's current data). */
  initial?: (loaded: C, req: FastifyRequest) => FormValues | Promise<FormValues>;
  view: (loaded: C, form: FormState, req: FastifyRequest) => VNode | Promise<VNode>;
  submit: (
    req: FastifyRequest,
    loaded: C,
    data: D,
    files: Record<string, UploadedFile | undefined>,
  ) => Promise<Result<T, string>>;
  /**
   * Runs on the sent fields (and files) before the schema — a text file that fills a text field,
   * say. Its errors are shown with the schema's.
   */
  before?: (
    body: { fields: Record<string, unknown>; files: Record<string, UploadedFile | undefined> },
    req: FastifyRequest,
  ) => Promise<{ fields: Record<string, unknown>; errors: FieldErrors }>;
  /**
   * After success: where to go and the flash message key (the reply is there for a cookie). A
   * page instead is the answer itself, 200 and no redirect: a secret shown once, which must not
   * travel through a cookie or a URL.
   */
  done: (
    req: FastifyRequest,
    loaded: C,
    value: T,
    data: D,
    reply: FastifyReply,
  ) => Next | VNode | Promise<Next | VNode>;
  /** Parameters of this form's failure messages that depend on the page (amounts in the reader's format); the failure's own params win. */
  messageParams?: (loaded: C, req: FastifyRequest) => Record<string, string | number>;
  /** False for a form that lives on another page: only the POST is registered (the view shows errors). */
  get?: boolean;
  /** Who may open the form when that differs from who may send it (a public answer page, say). */
  readPolicy?: RoutePolicy;
}

export interface ActionDef<P extends AnyObject, C, T> extends Base<P, C> {
  /** A button without fields (cancel, withdraw, sign out everywhere): POST only. */
  submit: (req: FastifyRequest, loaded: C) => Promise<Result<T, string>>;
  done: (req: FastifyRequest, loaded: C, value: T, reply: FastifyReply) => Next | Promise<Next>;
}

/** A key of the reader's language, or the platform's fallback when the module has none. */
const key = (req: FastifyRequest, k: string, fallback: string) => (hasKey(req.locale, k) ? k : fallback);

const isResult = <C,>(v: unknown): v is Result<C, string> =>
  typeof v === 'object' &&
  v !== null &&
  'ok' in v &&
  typeof (v as { ok: unknown }).ok === 'boolean' &&
  ('value' in v || 'kind' in v);

/**
 * The routes of one module. Refusals are pages titled `<module>.deny.title` (or
 * `<module>.deny.notFoundTitle` when it exists and nothing was found) saying
 * `<module>.deny.<reason>`; a failure with a field is `<module>.errors.<reason>` next to it.
 */
export function routesFor(module: string) {
  function deny(req: FastifyRequest, reply: FastifyReply, f: Pick<Failure, 'kind' | 'reason' | 'params'>, back?: Back) {
    const nf = `${module}.deny.notFoundTitle`;
    const title =
      f.kind === 'not_found' && hasKey(req.locale, nf) ? nf : key(req, `${module}.deny.title`, KIND_TITLE[f.kind]);
    const msg = `${module}.deny.${f.reason}`;
    return renderPage(
      req,
      reply,
      <MessagePage
        title={req.t(title)}
        message={req.t(key(req, msg, KIND_MESSAGE[f.kind]), f.params)}
        links={
          typeof back === 'string'
            ? [[req.t(key(req, `${module}.deny.back`, 'common.back')), back]]
            : (back ?? []).map(([label, path]) => [req.t(label), path] as [string, string])
        }
      />,
      STATUS_OF[f.kind],
    );
  }

  /** A failure as a page: the module's own when `refusal` has one, else the kit's. */
  function refuse<P extends AnyObject, C>(
    req: FastifyRequest,
    reply: FastifyReply,
    def: Base<P, C>,
    f: Failure,
    back?: Back,
  ) {
    const own = def.refusal?.(req, f);
    return own ? renderPage(req, reply, own.view, own.status) : deny(req, reply, f, back);
  }

  /** Success: the flash, and a 303 to the next page. */
  function next(req: FastifyRequest, reply: FastifyReply, n: Next) {
    if (n.flash) setFlash(reply, n.flash);
    return reply.redirect(n.external ? n.to : localHref(req.locale, n.to), 303);
  }

  /** Params, then load: the loaded value, or null when a page has been sent. */
  async function prepare<P extends AnyObject, C>(req: FastifyRequest, reply: FastifyReply, def: Base<P, C>) {
    const p = def.params ? def.params.safeParse(req.params) : { success: true as const, data: {} as z.infer<P> };
    if (!p.success) {
      await deny(req, reply, { kind: 'not_found', reason: 'not_found' });
      return null;
    }
    const raw = def.load ? await def.load(req, p.data) : (undefined as C);
    if (isResult<C>(raw)) {
      if (!raw.ok) {
        await refuse(req, reply, def, raw, def.back?.(p.data, undefined, raw));
        return null;
      }
      return { params: p.data, loaded: raw.value };
    }
    return { params: p.data, loaded: raw as C };
  }

  function page<P extends AnyObject, Q extends AnyObject, C = undefined>(app: FastifyInstance, def: PageDef<P, Q, C>) {
    app.get(`${LANG}${def.path}`, { config: { policy: def.policy }, schema: { hide: true } }, async (req, reply) => {
      const ready = await prepare(req, reply, def);
      if (!ready) return reply;
      const away = def.redirect?.(req, ready.loaded);
      if (away) return next(req, reply, away);
      let query = {} as z.infer<Q>;
      if (def.query) {
        const q = def.query.safeParse(req.query ?? {});
        if (!q.success) return deny(req, reply, { kind: 'invalid', reason: 'bad_query' }, def.back?.(ready.params));
        query = q.data;
      }
      return renderPage(req, reply, await def.render(ready.loaded, req, query), def.status?.(ready.loaded, query));
    });
  }

  /** Reads the body: urlencoded as parsed by Fastify, or multipart with its files (CSRF-checked). */
  async function readBody(req: FastifyRequest, reply: FastifyReply, files?: FileSpec[]) {
    if (!files || !req.isMultipart())
      return { fields: (req.body ?? {}) as Record<string, unknown>, files: {}, errors: {} };
    const max = req.server.config.maxUploadBytes;
    const accept = [...new Set(files.flatMap((f) => f.accept ?? DOCUMENT_TYPES))];
    const form = await readMultipartForm(req, { maxBytes: Math.max(...files.map((f) => f.maxBytes ?? max)), accept });
    const token = form.fields._csrf;
    if (!csrfValid(req, typeof token === 'string' ? token : '')) {
      await sendCsrfFailure(req, reply);
      return null;
    }
    const errors: FieldErrors = {};
    const got: Record<string, UploadedFile | undefined> = {};
    for (const spec of files) {
      const limit = spec.maxBytes ?? max;
      const tooLarge = () => req.t('errors.fileTooLarge', { max: Math.round((limit / 1048576) * 10) / 10 });
      const fe = form.fileErrors[spec.name];
      if (fe === 'too_large') errors[spec.name] = tooLarge();
      else if (fe) errors[spec.name] = req.t('errors.fileType');
      const file = form.files.find((f) => f.field === spec.name);
      if (file && spec.accept && !spec.accept.includes(file.mime)) errors[spec.name] = req.t('errors.fileType');
      else if (file && file.data.length > limit) errors[spec.name] = tooLarge();
      else got[spec.name] = file;
    }
    return { fields: form.fields as Record<string, unknown>, files: got, errors };
  }

  function form<P extends AnyObject, C = undefined, D = unknown, T = unknown>(
    app: FastifyInstance,
    def: FormDef<P, C, D, T>,
  ) {
    const url = `${LANG}${def.path}`;
    const config = {
      policy: def.policy,
      multipart: !!def.files?.length,
      ...(def.rateLimit === undefined ? {} : { rateLimit: def.rateLimit }),
    };
    if (def.get !== false)
      app.get(url, { config: { policy: def.readPolicy ?? def.policy }, schema: { hide: true } }, async (req, reply) => {
        const ready = await prepare(req, reply, def);
        if (!ready) return reply;
        const away = def.redirect?.(req, ready.loaded);
        if (away) return next(req, reply, away);
        const draft = await takeDraft(req);
        const values = draft ? formValues(draft) : def.initial ? await def.initial(ready.loaded, req) : {};
        return renderPage(req, reply, await def.view(ready.loaded, { values, errors: {} }, req));
      });

    app.post(url, { config, schema: { hide: true } }, async (req, reply) => {
      const ready = await prepare(req, reply, def);
      if (!ready) return reply;
      const body = await readBody(req, reply, def.files);
      if (!body) return reply;
      const values = formValues(body.fields);
      const again = async (errors: FieldErrors, status = 400) =>
        renderPage(req, reply, await def.view(ready.loaded, { values, errors }, req), status);
      const pre = def.before ? await def.before(body, req) : { fields: body.fields, errors: {} };
      const early = { ...body.errors, ...pre.errors };
      const schema = typeof def.schema === 'function' ? def.schema(ready.loaded, req) : def.schema;
      const parsed = schema.safeParse(pre.fields);
      if (!parsed.success || Object.keys(early).length)
        return again({ ...(parsed.success ? {} : fieldErrors(req.t, parsed.error)), ...early });
      const r = await def.submit(req, ready.loaded, parsed.data, body.files);
      if (!r.ok) {
        const page = def.refusal?.(req, r);
        if (page) return renderPage(req, reply, page.view, page.status);
        const own = `${module}.errors.${r.reason}`;
        const params = { ...def.messageParams?.(ready.loaded, req), ...r.params };
        if (r.field) return again({ [r.field]: req.t(own, params) });
        if (r.fields && Object.keys(r.fields).length)
          return again(
            Object.fromEntries(
              Object.entries(r.fields).map(([f, reason]) => [f, req.t(`${module}.errors.${reason}`, params)]),
            ),
            r.kind === 'conflict' ? 409 : 400,
          );
        // Wrong input or a state that changed meanwhile is told on the form, with what was typed
        // kept; only what is not there or not allowed gets a page of its own.
        if (r.kind === 'conflict' || r.kind === 'invalid') {
          const text = key(req, own, key(req, `${module}.deny.${r.reason}`, KIND_MESSAGE[r.kind]));
          return again({ [FORM_ERROR]: req.t(text, params) }, STATUS_OF[r.kind]);
        }
        return deny(req, reply, r, def.back?.(ready.params, ready.loaded, r));
      }
      const then = await def.done(req, ready.loaded, r.value, parsed.data, reply);
      return isValidElement(then) ? renderPage(req, reply, then) : next(req, reply, then);
    });
  }

  function action<P extends AnyObject, C = undefined, T = unknown>(app: FastifyInstance, def: ActionDef<P, C, T>) {
    const config = { policy: def.policy, ...(def.rateLimit === undefined ? {} : { rateLimit: def.rateLimit }) };
    app.post(`${LANG}${def.path}`, { config, schema: { hide: true } }, async (req, reply) => {
      const ready = await prepare(req, reply, def);
      if (!ready) return reply;
      const r = await def.submit(req, ready.loaded);
      if (!r.ok) return refuse(req, reply, def, r, def.back?.(ready.params, ready.loaded, r));
      return next(req, reply, await def.done(req, ready.loaded, r.value, reply));
    });
  }

  return { deny, page, form, action };
}
