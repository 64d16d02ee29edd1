/** A volunteer's profile and history, the organiser's overview, and certificates (the public check and the PDF). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { safeReturn } from '../../../platform/http/context.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { certificatePdf } from '../certificate.ts';
import { saveProfile } from '../commands/saveProfile.ts';
import { almatyDate } from '../../../reference/index.ts';
import { certificateFacts, opportunitiesWithOrganizers } from '../lookups.ts';
import { canDownloadCertificate, organizersOf } from '../policy.ts';
import {
  presentCertificate,
  presentMyApplication,
  presentProfile,
  presentVolunteer,
  type OrganiserBlock,
} from '../presenters.ts';
import { fail } from '../reasons.ts';
import { applicationsOfUser, findProfile, volunteersOf } from '../repository/index.ts';
import { profileSchema } from '../schemas.ts';
import { CertificatePage } from '../views/CertificatePage.tsx';
import { MyVolunteeringPage } from '../views/MyVolunteeringPage.tsx';
import { OrganiserPage } from '../views/OrganiserPage.tsx';
import { ProfileFormPage } from '../views/ProfileFormPage.tsx';
import { organizerOptions } from './opportunities.tsx';

const { page, form, deny } = routesFor('volunteering');
const toList: [string, string][] = [['volunteering.list.title', '/volunteering']];
const codeParams = z.object({ code: z.string() });
const returnQuery = z.object({ returnTo: z.string().optional() }).catch({});

/** Where the profile form leads back to: a page of this module only. */
function profileReturn(req: FastifyRequest): string | null {
  const r = safeReturn(returnQuery.parse(req.query ?? {}).returnTo);
  return r && r.startsWith('/volunteering') ? r : null;
}

export async function volunteerRoutes(app: FastifyInstance) {
  form(app, {
    path: '/volunteering/profile',
    policy: SIGNED_IN,
    load: async (req) => ({
      profile: (await findProfile(req.server.db, req.actor!.id)) ?? null,
      returnTo: profileReturn(req),
    }),
    initial: ({ profile: p }) =>
      p
        ? {
            region: p.region,
            birthYear: String(p.birth_year),
            languages: p.languages,
            skills: p.skills.join(', '),
            about: p.about ?? '',
          }
        : {},
    schema: () => profileSchema(Number(almatyDate(new Date()).slice(0, 4))),
    view: (l, f) => <ProfileFormPage {...f} returnTo={l.returnTo} exists={!!l.profile} />,
    submit: (req, _, data) => saveProfile(depsFrom(req), data),
    done: (_, l) => ({ to: l.returnTo ?? '/volunteering/me', flash: 'volunteering.flash.profileSaved' }),
  });

  page(app, {
    path: '/volunteering/me',
    policy: SIGNED_IN,
    load: async (req) => {
      const [profile, applications] = await Promise.all([
        findProfile(req.server.db, req.actor!.id),
        applicationsOfUser(req.server.db, req.actor!.id),
      ]);
      return {
        profile: profile ? presentProfile(profile) : null,
        applications: applications.map(presentMyApplication),
      };
    },
    render: (l) => <MyVolunteeringPage {...l} />,
  });

  page(app, {
    path: '/volunteering/organiser',
    policy: SIGNED_IN,
    back: () => toList,
    load: async (req) => {
      const db = req.server.db;
      const options = await organizerOptions(db, organizersOf(req.actor), req.locale);
      if (!options.length) return fail('not_organizer');
      const blocks: OrganiserBlock[] = await Promise.all(
        options.map(async (o) => ({
          key: o.value,
          name: o.label,
          opportunities: (
            await opportunitiesWithOrganizers(db, { organizer: o.organizer, page: 1, pageSize: 100 })
          ).rows.map((x) => ({ id: x.id, title: x.title, status: x.status })),
          volunteers: (await volunteersOf(db, o.organizer)).map(presentVolunteer),
        })),
      );
      return ok(blocks);
    },
    render: (blocks) => <OrganiserPage blocks={blocks} />,
  });

  page(app, {
    path: '/volunteering/certificates/:code',
    policy: PUBLIC,
    params: codeParams,
    load: async (req, p) => {
      const cert = await certificateFacts(req.server.db, p.code);
      return { cert: cert ? presentCertificate(cert) : null, code: p.code.slice(0, 40) };
    },
    render: (l) => <CertificatePage cert={l.cert} code={l.code} />,
    status: (l) => (l.cert ? 200 : 404),
  });

  // A download, not a page: the PDF for its volunteer (and the organiser).
  app.get(
    '/:lang(kk|ru|en)/volunteering/certificates/:code/pdf',
    { config: { policy: SIGNED_IN }, schema: { hide: true } },
    async (req, reply) => {
      const p = codeParams.safeParse(req.params);
      const cert = p.success ? await certificateFacts(app.db, p.data.code) : undefined;
      if (!cert) return deny(req, reply, fail('not_found'), [['volunteering.me.title', '/volunteering/me']]);
      const can = canDownloadCertificate(req.actor, cert);
      if (!can.ok) return deny(req, reply, fail(can.reason), [['volunteering.me.title', '/volunteering/me']]);
      const pdf = await certificatePdf(cert, req.locale, app.config.baseUrl);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="qogam-certificate-${cert.code}-${req.locale}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
