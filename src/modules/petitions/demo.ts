/**
 * Demo initiatives: every state of the lifecycle, across regions and addressees, with their public
 * history. Collecting ones carry signatures: a few real CMS signatures made with the demo test CA
 * and verified like any other, the rest synthetic rows (no CMS, `synthetic = true`) for volume.
 * Deterministic (seededRandom); dates are relative to the moment of seeding.
 */
import type { FastifyInstance } from 'fastify';
import type { Insertable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addWorkingDays, almatyDate, almatyDayStart, generateIin } from '../../reference/index.ts';
import { seededRandom } from '../../platform/random.ts';
import { addMembership, demoPerson, insertDemoPeople } from '../accounts/index.ts';
import { createTestCa, issueCertificate, signCms } from '../../platform/pki/index.ts';
import { signInitiative } from './commands/sign.ts';
import { answerDue, collectionEnds, moderationDue, signingPayload, thresholdFor } from './domain.ts';
import {
  findInitiative,
  insertDemoInitiative,
  insertDemoStep,
  insertSyntheticSignatures,
  stateBodyId,
  type InitiativeRow,
} from './repository/index.ts';
import { FIRST, INITIALS, INITIATIVES } from './demoData.ts';
import { SignatureBatcher } from './signing.ts';

const DAY = 86_400_000;

/** Days back to an instant, at 11:00 Almaty on that day (a working hour). */
const daysAgo = (now: Date, d: number) =>
  new Date(almatyDayStart(almatyDate(new Date(now.getTime() - d * DAY))).getTime() + 11 * 3_600_000);

export async function seedPetitionsDemo(app: FastifyInstance, opts: { seed: number }): Promise<void> {
  const db = app.db;
  const random = seededRandom(opts.seed + 4);
  const now = new Date();

  // Authors and the officials who answer: synthetic citizens, and the demo official for two bodies.
  const authors: { id: string; name: string }[] = [];
  const names = ['Сәуле Ахметова', 'Игорь Ким', 'Бауыржан Сейітов'];
  // Synthetic authors never sign in: the accounts module gives them no usable password.
  authors.push(
    ...(await insertDemoPeople(
      db,
      names.map((name, i) => ({ email: `petitions-${i + 1}@demo.qogam.kz`, name })),
    )),
  );
  const citizen = await demoPerson(db, 'citizen@demo.qogam.kz');
  const moderator = await demoPerson(db, 'moderator@demo.qogam.kz');
  const official = await demoPerson(db, 'official@demo.qogam.kz');
  for (const code of ['akimat-almaty-city', 'maslikhat-astana']) {
    const id = await stateBodyId(db, code);
    if (id && official) await addMembership(db, 'official@demo.qogam.kz', 'state_body', id);
  }

  const history = async (
    id: string,
    at: Date,
    action: string,
    actor: { id: string; name: string } | null | undefined,
    data: Record<string, unknown> = {},
  ) => {
    await insertDemoStep(db, { at, actor: actor ?? null, action, id, data });
  };

  let collectingForCms: InitiativeRow | undefined;
  for (const d of INITIATIVES) {
    const author = d.author === 'citizen' ? (citizen ?? authors[0]) : authors[d.author ?? 0];
    const addresseeId = await stateBodyId(db, d.addressee);
    if (!addresseeId) continue;
    const submitted = daysAgo(now, d.ago + (d.status === 'moderation' || d.status === 'draft' ? 0 : 10));
    const opened = daysAgo(now, d.ago);
    const threshold = thresholdFor(d.addressee, opened);
    const reachedAt = daysAgo(
      now,
      d.status === 'under_review' ? 4 : Math.max(1, Math.round(d.ago * (d.overdue ? 0.6 : 0.3))),
    );
    const row: Record<string, unknown> = {
      title: d.title,
      body: d.body,
      language: d.language,
      addressee_id: addresseeId,
      addressee_code: d.addressee,
      region: d.addressee === 'government' ? null : d.addressee.replace(/^(akimat|maslikhat)-/, ''),
      area: d.area,
      status: d.status,
      author_id: author.id,
      author_name: author.name,
      created_at: new Date(submitted.getTime() - 2 * DAY),
      updated_at: now,
    };
    if (d.status !== 'draft') Object.assign(row, { submitted_at: submitted, moderation_due: moderationDue(submitted) });
    if (['collecting', 'threshold_reached', 'under_review', 'answered', 'expired'].includes(d.status)) {
      Object.assign(row, {
        moderated_at: opened,
        collecting_from: opened,
        collection_ends: collectionEnds(opened),
        threshold,
      });
    }
    if (d.status === 'expired') {
      // Opened long enough ago that the six months are over.
      Object.assign(row, { expired_at: new Date(Date.parse(`${collectionEnds(opened)}T20:00:00Z`)) });
    }
    if (['threshold_reached', 'under_review', 'answered'].includes(d.status)) {
      Object.assign(row, { threshold_reached_at: reachedAt, answer_due: answerDue(reachedAt) });
    }
    if (d.status === 'under_review') row.review_started_at = new Date(reachedAt.getTime() + 2 * DAY);
    if (d.status === 'answered') {
      const due = answerDue(reachedAt);
      const answeredDate = d.late ? addWorkingDays(due, 4) : addWorkingDays(almatyDate(reachedAt), 6);
      Object.assign(row, {
        review_started_at: new Date(reachedAt.getTime() + DAY),
        answered_at: new Date(almatyDayStart(answeredDate).getTime() + 15 * 3_600_000),
        answer_decision: d.decision,
        answer_text: d.answer,
        answered_by_name: official?.name ?? 'Динара Ахметова',
      });
    }
    if (d.rejection)
      Object.assign(row, {
        moderated_at: opened,
        rejection_category: d.rejection.category,
        rejection_reason: d.rejection.reason,
      });
    const id = await insertDemoInitiative(db, row as Insertable<DB['initiatives']>);

    // The public steps, as the commands would have written them.
    if (d.status !== 'draft')
      await history(id, submitted, 'petitions.submitted', author, { moderationDue: row.moderation_due });
    if (row.collecting_from)
      await history(id, opened, 'petitions.approved', moderator, { threshold, collectionEnds: row.collection_ends });
    if (d.rejection) await history(id, opened, 'petitions.rejected', moderator, d.rejection);
    if (row.threshold_reached_at)
      await history(id, reachedAt, 'petitions.threshold_reached', null, { threshold, answerDue: row.answer_due });
    if (row.review_started_at) await history(id, row.review_started_at as Date, 'petitions.review_started', official);
    if (row.answered_at)
      await history(id, row.answered_at as Date, 'petitions.answered', official, { decision: d.decision });
    if (row.expired_at)
      await history(id, row.expired_at as Date, 'petitions.expired', null, { signatures: d.signatures, threshold });

    // Synthetic signatures for volume, spread over the collection period.
    const count = Math.min(d.signatures ?? 0, threshold);
    const synthetic = d.status === 'collecting' && d.addressee === 'akimat-almaty-city' ? count - 5 : count;
    if (synthetic > 0) {
      const span = Math.max(
        1,
        (row.threshold_reached_at ? (row.threshold_reached_at as Date).getTime() : now.getTime()) - opened.getTime(),
      );
      const salt = Math.floor(random() * 1e9);
      await insertSyntheticSignatures(db, {
        id,
        salt,
        first: FIRST,
        initials: INITIALS,
        from: opened,
        spanMs: span,
        count: synthetic,
      });
    }
    if (d.status === 'collecting' && d.addressee === 'akimat-almaty-city') {
      collectingForCms = await findInitiative(db, id);
    }
  }

  // A few real signatures, made with the demo test CA and verified by the platform like any other.
  const dir = app.config.trustedCaDir;
  const pki = (app as unknown as { pki?: { verify: any } }).pki;
  if (collectingForCms && dir && pki) {
    const ca = await createTestCa(dir);
    const batcher = new SignatureBatcher(app.db, { jobs: app.jobs, baseUrl: app.config.baseUrl, concurrency: 1 });
    const payload = new TextEncoder().encode(
      signingPayload({
        id: collectingForCms.id,
        title: collectingForCms.title,
        addresseeCode: collectingForCms.addressee_code,
        body: collectingForCms.body,
      }),
    );
    const people: [string, string, 'male' | 'female'][] = [
      ['Нұрланова', 'Айгерім', 'female'],
      ['Сейітов', 'Бауыржан', 'male'],
      ['Ким', 'Ольга', 'female'],
      ['Жұмабаев', 'Ерлан', 'male'],
      ['Омарова', 'Әсем', 'female'],
    ];
    for (let i = 0; i < people.length; i++) {
      const [surname, givenName, sex] = people[i];
      const iin = generateIin(new Date(Date.UTC(1975 + i * 6, i, 10 + i)), sex, opts.seed + i);
      const cert = await issueCertificate(ca, { iin, surname, givenName, keyAlgorithm: 'ECDSA' });
      const cms = await signCms(payload, cert.certPem, cert.keyPem, { detached: i % 2 === 0 });
      await signInitiative({ db: app.db, pki, secret: app.config.secret, batcher }, { id: collectingForCms.id, cms });
    }
    await batcher.drain();
  }
}
