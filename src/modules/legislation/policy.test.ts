import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  canAddVersion,
  canAnswer,
  canAttachConclusion,
  canComment,
  canCreateDraft,
  canEditDraft,
  canOpenDraft,
  canPublishSummary,
  canSupport,
  canViewDraft,
  draftCan,
} from './policy.ts';

const actor = (over: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  name: 'A',
  email: 'a@x.kz',
  roles: ['citizen'],
  organizations: [],
  stateBodies: [],
  emailConfirmed: true,
  via: 'session',
  ...over,
});
const official = actor({ id: 'o1', stateBodies: ['body-1'] });
const stranger = actor({ id: 'o2', stateBodies: ['body-2'] });
const citizen = actor({ id: 'c1' });
const ngo = actor({ id: 'n1', organizations: ['120640933475'] });
const closesAt = new Date('2026-12-04T19:00:00Z');
const before = new Date('2026-12-01T05:00:00Z');
const afterEnd = new Date('2026-12-05T05:00:00Z');
const draft = (status: 'draft' | 'open' | 'closed' | 'summary_published') => ({
  state_body_id: 'body-1',
  status,
  closes_at: status === 'draft' ? null : closesAt,
});

describe('legislation policy', () => {
  test('only officials of a body prepare, edit and open its drafts', () => {
    assert.deepEqual(canCreateDraft(null), { ok: false, reason: 'sign_in' });
    assert.deepEqual(canCreateDraft(citizen), { ok: false, reason: 'not_official' });
    assert.deepEqual(canCreateDraft(official, 'body-2'), { ok: false, reason: 'not_official' });
    assert.ok(canCreateDraft(official, 'body-1').ok);
    assert.ok(canEditDraft(official, draft('draft'), before).ok);
    assert.deepEqual(canEditDraft(stranger, draft('draft'), before), { ok: false, reason: 'not_developer' });
    assert.deepEqual(canEditDraft(official, draft('open'), before), { ok: false, reason: 'state_edit' });
    assert.ok(canOpenDraft(official, draft('draft'), before).ok);
    assert.deepEqual(canOpenDraft(official, draft('closed'), before), { ok: false, reason: 'state_open' });
  });

  test('a draft in preparation is seen by its developer only', () => {
    assert.deepEqual(canViewDraft(null, draft('draft')), { ok: false, reason: 'not_found' });
    assert.deepEqual(canViewDraft(stranger, draft('draft')), { ok: false, reason: 'not_found' });
    assert.ok(canViewDraft(official, draft('draft')).ok);
    assert.ok(canViewDraft(null, draft('open')).ok);
  });

  test("comments and supports while open (judged at read time), not by the developer, not one's own, once", () => {
    assert.deepEqual(canComment(null, draft('open'), before), { ok: false, reason: 'sign_in' });
    assert.ok(canComment(citizen, draft('open'), before).ok);
    assert.deepEqual(
      canComment(citizen, draft('open'), afterEnd),
      { ok: false, reason: 'not_open' },
      'the period has run out before the job ran',
    );
    assert.deepEqual(canComment(official, draft('open'), before), { ok: false, reason: 'developer_comment' });
    assert.ok(canComment(stranger, draft('open'), before).ok, 'an official of another body comments as anyone');
    assert.ok(canSupport(ngo, draft('open'), { author_id: 'c1' }, { alreadySupported: false }, before).ok);
    assert.deepEqual(canSupport(citizen, draft('open'), { author_id: 'c1' }, { alreadySupported: false }, before), {
      ok: false,
      reason: 'own_comment',
    });
    assert.deepEqual(canSupport(ngo, draft('open'), { author_id: 'c1' }, { alreadySupported: true }, before), {
      ok: false,
      reason: 'already_supported',
    });
    assert.deepEqual(canSupport(ngo, draft('closed'), { author_id: 'c1' }, { alreadySupported: false }, before), {
      ok: false,
      reason: 'not_open',
    });
  });

  test('NGO representatives attach conclusions while open or awaiting the summary', () => {
    assert.deepEqual(canAttachConclusion(citizen, draft('open'), before), { ok: false, reason: 'not_ngo' });
    assert.deepEqual(canAttachConclusion(ngo, draft('open'), before, '000000000000'), { ok: false, reason: 'not_ngo' });
    assert.ok(canAttachConclusion(ngo, draft('open'), afterEnd).ok);
    assert.deepEqual(canAttachConclusion(ngo, draft('summary_published'), afterEnd), { ok: false, reason: 'not_open' });
  });

  test('the developer answers until the summary; the summary needs the close and every answer; a new version after it', () => {
    assert.ok(canAnswer(official, draft('open'), before).ok);
    assert.deepEqual(canAnswer(stranger, draft('open'), before), { ok: false, reason: 'not_developer' });
    assert.deepEqual(canAnswer(official, draft('summary_published'), afterEnd), { ok: false, reason: 'state_answer' });
    assert.deepEqual(canPublishSummary(official, draft('open'), { unanswered: 0 }, before), {
      ok: false,
      reason: 'state_publishSummary',
    });
    assert.deepEqual(canPublishSummary(official, draft('open'), { unanswered: 1 }, afterEnd), {
      ok: false,
      reason: 'unanswered',
    });
    assert.ok(
      canPublishSummary(official, draft('open'), { unanswered: 0 }, afterEnd).ok,
      'open past its end counts as closed',
    );
    assert.deepEqual(canAddVersion(official, draft('closed'), afterEnd), { ok: false, reason: 'state_newVersion' });
    assert.ok(canAddVersion(official, draft('summary_published'), afterEnd).ok);
  });

  test('the page offers what the server allows', () => {
    assert.deepEqual(draftCan(citizen, draft('open'), { unanswered: 2 }, before), {
      edit: false,
      open: false,
      comment: true,
      conclude: false,
      answer: false,
      publishSummary: false,
      newVersion: false,
      developer: false,
      signedIn: true,
    });
    const dev = draftCan(official, draft('closed'), { unanswered: 0 }, afterEnd);
    assert.equal(dev.publishSummary, true);
    assert.equal(dev.answer, true);
    assert.equal(dev.comment, false);
  });
});
