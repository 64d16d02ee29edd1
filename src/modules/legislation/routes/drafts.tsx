/** The developer's forms: prepare a draft, correct it, open the discussion, publish a new version. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import type { UploadedFile } from '../../../platform/files/index.ts';
import { ok, routesFor, type FileSpec } from '../../../platform/kit/index.ts';
import type { FieldErrors } from '../../../platform/views/forms.tsx';
import { almatyDate, param } from '../../../reference/index.ts';
import { addVersion } from '../commands/addVersion.ts';
import { createDraft } from '../commands/createDraft.ts';
import { editDraft } from '../commands/editDraft.ts';
import { openDiscussion } from '../commands/openDiscussion.ts';
import { minimumLastDay } from '../domain.ts';
import { canAddVersion, canCreateDraft, canEditDraft, canOpenDraft } from '../policy.ts';
import { draftTitle } from '../presenters.ts';
import { refuse } from '../reasons.ts';
import { stateBodiesList } from '../repository/index.ts';
import { draftEditSchema, draftFormSchema, openFormSchema, readTexts, versionFormSchema } from '../schemas.ts';
import { DraftFormPage, OpenPage, VersionFormPage } from '../views/DraftForms.tsx';
import { back, draftFor, draftParams, draftValues, toDraft, withMinimum } from './draft.ts';

const { form } = routesFor('legislation');
const policy = SIGNED_IN;

/** Plain-text files of a draft's text may be uploaded instead of pasted (UTF-8, with or without a BOM). */
const TEXT_FILE = { accept: ['text/plain'], maxBytes: 2 * 1024 * 1024 } satisfies Omit<FileSpec, 'name'>;
const TEXT_FILES: FileSpec[] = [
  { name: 'fileKk', ...TEXT_FILE },
  { name: 'fileRu', ...TEXT_FILE },
];

/** Both texts as the units of the act (the command's input), or their problems next to the text fields. */
const texts = (req: FastifyRequest, fields: Record<string, unknown>) =>
  readTexts(req.t, String(fields.textKk ?? ''), String(fields.textRu ?? ''));

/** The units of both texts: `before` has told any problem with them, so here they read. */
function unitsFrom(req: FastifyRequest, fields: Record<string, unknown>) {
  const t = texts(req, fields);
  if (!t.ok) throw new Error('legislation: texts are checked before the command');
  return t.units;
}

/** The imported files replace the text fields; then both texts must have the same structure. */
async function textsBefore(
  body: { fields: Record<string, unknown>; files: Record<string, UploadedFile | undefined> },
  req: FastifyRequest,
) {
  const fields = { ...body.fields };
  if (body.files.fileKk) fields.textKk = body.files.fileKk.data.toString('utf8').replace(/^\ufeff/, '');
  if (body.files.fileRu) fields.textRu = body.files.fileRu.data.toString('utf8').replace(/^\ufeff/, '');
  const t = texts(req, fields);
  const errors: FieldErrors = t.ok ? {} : t.errors;
  return { fields, errors };
}

/** After a stale save the form carries the lock it was just read with, so sending it again saves. */
const lockOf = (values: Record<string, unknown>, errors: FieldErrors, current: number) =>
  errors._form ? String(current) : typeof values.lockVersion === 'string' ? values.lockVersion : String(current);

/** The state bodies this official works for, named in the reader's language. */
async function myBodies(req: FastifyRequest) {
  const ids = new Set(req.actor?.stateBodies ?? []);
  return (await stateBodiesList(req.server.db))
    .filter((b) => ids.has(b.id))
    .map((b) => ({ id: b.id, name: req.locale === 'kk' ? b.name_kk : req.locale === 'ru' ? b.name_ru : b.name_en }));
}

export async function legislationDraftForms(app: FastifyInstance) {
  form(app, {
    path: '/legislation/new',
    policy,
    files: TEXT_FILES,
    load: async (req) => {
      const can = canCreateDraft(req.actor);
      return can.ok ? ok({ bodies: await myBodies(req) }) : refuse(can);
    },
    initial: ({ bodies }) => (bodies.length === 1 ? { stateBody: bodies[0].id } : {}),
    // Only a body this official works for; any other is told next to the field.
    schema: ({ bodies }) =>
      draftFormSchema.refine((d) => bodies.some((b) => b.id === d.stateBody), {
        path: ['stateBody'],
        message: 'legislation.errors.chooseBody',
      }),
    before: textsBefore,
    view: ({ bodies }, { values, errors }) => (
      <DraftFormPage mode="new" values={values} errors={errors} bodies={bodies} />
    ),
    submit: (req, _, d) =>
      createDraft(depsFrom(req), {
        stateBodyId: d.stateBody,
        kind: d.kind,
        titleKk: d.titleKk,
        titleRu: d.titleRu,
        noteKk: d.noteKk,
        noteRu: d.noteRu,
        units: unitsFrom(req, d),
      }),
    done: (_, __, { id }) => ({ to: `/legislation/${id}`, flash: 'legislation.flash.created' }),
  });

  form(app, {
    path: '/legislation/:id/edit',
    policy,
    params: draftParams,
    load: (req, p) => draftFor(req, p, canEditDraft),
    back,
    files: TEXT_FILES,
    initial: ({ draft }, req) => draftValues(req, draft),
    schema: draftEditSchema,
    before: textsBefore,
    view: ({ draft }, { values, errors }, req) => (
      <DraftFormPage
        mode="edit"
        id={draft.id}
        title={draftTitle(draft, req.locale)}
        values={{ ...values, lockVersion: lockOf(values, errors, draft.lock_version) }}
        errors={errors}
        bodies={[]}
      />
    ),
    submit: (req, { draft, now }, d) =>
      editDraft(
        depsFrom(req),
        {
          id: draft.id,
          lockVersion: d.lockVersion,
          kind: d.kind,
          titleKk: d.titleKk,
          titleRu: d.titleRu,
          noteKk: d.noteKk,
          noteRu: d.noteRu,
          units: unitsFrom(req, d),
        },
        now,
      ),
    done: (_, { draft }) => ({ to: toDraft(draft), flash: 'legislation.flash.saved' }),
  });

  form(app, {
    path: '/legislation/:id/open',
    policy,
    params: draftParams,
    load: (req, p) => draftFor(req, p, canOpenDraft),
    back,
    initial: ({ draft, now }) => ({
      lastDay: minimumLastDay(almatyDate(now)),
      lockVersion: String(draft.lock_version),
    }),
    schema: openFormSchema,
    view: ({ draft, now }, { values, errors }, req) => (
      <OpenPage
        id={draft.id}
        title={draftTitle(draft, req.locale)}
        minimum={minimumLastDay(almatyDate(now))}
        minDays={param('legislation.minDiscussionWorkingDays', almatyDate(now))}
        values={{ ...values, lockVersion: lockOf(values, errors, draft.lock_version) }}
        errors={errors}
      />
    ),
    submit: async (req, { draft, now }, d) =>
      withMinimum(
        req,
        now,
        await openDiscussion(depsFrom(req), { id: draft.id, lockVersion: d.lockVersion, lastDay: d.lastDay }, now),
      ),
    done: (_, { draft }) => ({ to: toDraft(draft), flash: 'legislation.flash.opened' }),
  });

  form(app, {
    path: '/legislation/:id/versions/new',
    policy,
    params: draftParams,
    load: (req, p) => draftFor(req, p, canAddVersion),
    back,
    initial: async ({ draft, now }, req) => {
      const v = await draftValues(req, draft);
      return {
        textKk: v.textKk,
        textRu: v.textRu,
        noteKk: v.noteKk,
        noteRu: v.noteRu,
        lockVersion: v.lockVersion,
        lastDay: minimumLastDay(almatyDate(now)),
      };
    },
    schema: versionFormSchema,
    before: textsBefore,
    view: ({ draft, now }, { values, errors }, req) => (
      <VersionFormPage
        id={draft.id}
        title={draftTitle(draft, req.locale)}
        next={draft.current_version + 1}
        minimum={minimumLastDay(almatyDate(now))}
        values={{ ...values, lockVersion: lockOf(values, errors, draft.lock_version) }}
        errors={errors}
      />
    ),
    submit: async (req, { draft, now }, d) =>
      withMinimum(
        req,
        now,
        await addVersion(
          depsFrom(req),
          {
            id: draft.id,
            lockVersion: d.lockVersion,
            units: unitsFrom(req, d),
            noteKk: d.noteKk,
            noteRu: d.noteRu,
            changesKk: d.changesKk,
            changesRu: d.changesRu,
            lastDay: d.lastDay,
          },
          now,
        ),
      ),
    done: (_, { draft }) => ({ to: toDraft(draft), flash: 'legislation.flash.versionPublished' }),
  });
}
