import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addresseeKind,
  answerDue,
  answeredOnTime,
  collectionClosesAt,
  collectionEnds,
  effectiveStatus,
  isAnswerOverdue,
  isListed,
  moderationDue,
  progressPercent,
  publicSignerName,
  sha256Hex,
  signingPayload,
  thresholdFor,
  LIFECYCLE,
} from './domain.ts';
import { canAnswer, canEditDraft, canModerate, canSign, canStartReview, canView } from './policy.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { testLifecycle } from '../../platform/kit/testing.ts';

// The lifecycle, every event from every state: no skipping moderation, no answer before review,
// no way back from an end.
testLifecycle(LIFECYCLE, {
  submit: {
    draft: 'moderation',
    moderation: null,
    collecting: null,
    threshold_reached: null,
    under_review: null,
    answered: null,
    rejected: null,
    expired: null,
  },
  approve: {
    draft: null,
    moderation: 'collecting',
    collecting: null,
    threshold_reached: null,
    under_review: null,
    answered: null,
    rejected: null,
    expired: null,
  },
  reject: {
    draft: null,
    moderation: 'rejected',
    collecting: null,
    threshold_reached: null,
    under_review: null,
    answered: null,
    rejected: null,
    expired: null,
  },
  reach_threshold: {
    draft: null,
    moderation: null,
    collecting: 'threshold_reached',
    threshold_reached: null,
    under_review: null,
    answered: null,
    rejected: null,
    expired: null,
  },
  expire: {
    draft: null,
    moderation: null,
    collecting: 'expired',
    threshold_reached: null,
    under_review: null,
    answered: null,
    rejected: null,
    expired: null,
  },
  start_review: {
    draft: null,
    moderation: null,
    collecting: null,
    threshold_reached: 'under_review',
    under_review: null,
    answered: null,
    rejected: null,
    expired: null,
  },
  answer: {
    draft: null,
    moderation: null,
    collecting: null,
    threshold_reached: null,
    under_review: 'answered',
    answered: null,
    rejected: null,
    expired: null,
  },
});

test('thresholds per addressee come from the dated parameters and population', () => {
  assert.equal(thresholdFor('government', '2025-05-01'), 50_000);
  assert.equal(thresholdFor('akimat-astana', '2025-05-01'), 2_500);
  assert.equal(thresholdFor('akimat-shymkent', '2025-05-01'), 2_500);
  assert.equal(thresholdFor('maslikhat-almaty-city', '2025-05-01'), 5_000);
  // Akmola: 786,000 people on 1 January 2025 (788,000 in 2024): 1% for the akimat, 2% for the maslikhat.
  assert.equal(thresholdFor('akimat-akmola', '2025-05-01'), 7_860);
  assert.equal(thresholdFor('maslikhat-akmola', '2025-05-01'), 15_720);
  assert.equal(thresholdFor('akimat-akmola', '2024-05-01'), 7_880);
  assert.equal(addresseeKind('akimat-akmola'), 'oblast_akimat');
  assert.equal(addresseeKind('maslikhat-astana'), 'city_maslikhat');
  assert.equal(addresseeKind('mip'), null);
  assert.throws(() => thresholdFor('mip', '2025-05-01'), RangeError);
});

test('deadlines count working days around public holidays', () => {
  // Submitted Friday 14 March 2025 (Nauryz 21–23 March, carried to Monday 24–Tuesday 25): 20 working days.
  assert.equal(moderationDue(new Date('2025-03-14T05:00:00Z')), '2025-04-16');
  // Reached Friday 12 December 2025: 16 December, 1–2 and 7 January are days off; 15 working days.
  assert.equal(answerDue(new Date('2025-12-12T06:00:00Z')), '2026-01-08');
  // Late evening UTC is already the next day in Almaty.
  assert.equal(moderationDue(new Date('2025-03-13T20:00:00Z')), moderationDue(new Date('2025-03-14T05:00:00Z')));
});

test('collection lasts up to six months', () => {
  assert.equal(collectionEnds(new Date('2025-03-10T06:00:00Z')), '2025-09-09');
  assert.equal(collectionEnds(new Date('2025-08-31T06:00:00Z')), '2026-02-27');
  assert.equal(collectionClosesAt('2025-09-09').toISOString(), '2025-09-09T19:00:00.000Z');
  const i = { status: 'collecting' as const, collectionEnds: '2025-09-09' };
  assert.equal(effectiveStatus(i, new Date('2025-09-09T18:59:00Z')), 'collecting');
  assert.equal(effectiveStatus(i, new Date('2025-09-09T19:00:00Z')), 'expired');
});

test('below 50 signatures an initiative is reachable only by link', () => {
  const at = new Date('2025-05-01T06:00:00Z');
  assert.equal(isListed({ status: 'collecting', signatureCount: 49 }, at), false);
  assert.equal(isListed({ status: 'collecting', signatureCount: 50 }, at), true);
  assert.equal(isListed({ status: 'answered', signatureCount: 0 }, at), true);
  assert.equal(isListed({ status: 'rejected', signatureCount: 0 }, at), false);
  assert.equal(isListed({ status: 'draft', signatureCount: 100 }, at), false);
});

test('overdue answers and answers on time', () => {
  const facts = {
    status: 'under_review' as const,
    moderationDue: null,
    collectionEnds: null,
    answerDue: '2025-04-16',
    answeredAt: null,
  };
  assert.equal(isAnswerOverdue(facts, new Date('2025-04-16T18:00:00Z')), false);
  assert.equal(isAnswerOverdue(facts, new Date('2025-04-16T19:30:00Z')), true);
  assert.equal(isAnswerOverdue({ ...facts, status: 'answered' }, new Date('2025-05-16T00:00:00Z')), false);
  assert.equal(answeredOnTime({ answerDue: '2025-04-16', answeredAt: new Date('2025-04-16T12:00:00Z') }), true);
  assert.equal(answeredOnTime({ answerDue: '2025-04-16', answeredAt: new Date('2025-04-16T19:30:00Z') }), false);
  assert.equal(answeredOnTime({ answerDue: null, answeredAt: null }), null);
});

test('the signing payload is canonical and covers the whole text', () => {
  const i = {
    id: '0b6f3c1e-5d2a-4a59-9a77-1c6e4cc0a111',
    title: 'Велосипед жолдары',
    addresseeCode: 'akimat-almaty-city',
    body: 'Мәтін',
  };
  const text = signingPayload(i);
  assert.equal(
    text,
    `QOGAM-INITIATIVE-SIGNATURE/1\ninitiative: ${i.id}\ntitle: Велосипед жолдары\naddressee: akimat-almaty-city\ntext-sha256: ${sha256Hex('Мәтін')}`,
  );
  assert.ok(!text.endsWith('\n'));
  assert.notEqual(signingPayload({ ...i, body: 'Мәтін.' }), text);
});

test('only the first name and the initial are public', () => {
  assert.equal(publicSignerName('АЙГЕРІМ', 'НҰРЛАНОВА'), 'Айгерім Н.');
  assert.equal(publicSignerName('Ольга', 'ким'), 'Ольга К.');
  assert.equal(publicSignerName('', ''), '—');
  assert.equal(progressPercent(2499, 2500), 99);
  assert.equal(progressPercent(3000, 2500), 100);
});

const actor = (o: Partial<Actor>): Actor => ({
  id: 'u1',
  name: 'A',
  email: 'a@x',
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...o,
});

test('policies: author drafts, moderators moderate, the addressee answers', () => {
  const i = { status: 'draft' as const, authorId: 'u1', addresseeId: 'b1' };
  assert.equal(canEditDraft(actor({}), i).ok, true);
  assert.deepEqual(canEditDraft(actor({ id: 'u2' }), i), { ok: false, reason: 'not_author' });
  assert.deepEqual(canView(null, i), { ok: false, reason: 'not_found' });
  assert.equal(canModerate(actor({ roles: ['moderator'] }), { ...i, status: 'moderation' }).ok, true);
  assert.deepEqual(canModerate(actor({}), { ...i, status: 'moderation' }), { ok: false, reason: 'not_moderator' });
  assert.equal(canStartReview(actor({ stateBodies: ['b1'] }), { ...i, status: 'threshold_reached' }).ok, true);
  assert.deepEqual(canStartReview(actor({ stateBodies: ['b2'] }), { ...i, status: 'threshold_reached' }), {
    ok: false,
    reason: 'not_addressee',
  });
  assert.deepEqual(canAnswer(actor({ stateBodies: ['b1'] }), { ...i, status: 'threshold_reached' }), {
    ok: false,
    reason: 'not_under_review',
  });
  assert.equal(canView(null, { ...i, status: 'collecting' }).ok, true);
  assert.equal(canSign('collecting').ok, true);
  assert.deepEqual(canSign('threshold_reached'), { ok: false, reason: 'not_collecting' });
});
