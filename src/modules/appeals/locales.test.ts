import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { APPEAL_KINDS, APPEAL_STATUSES } from './domain.ts';
import { catalogueTests, sourceFiles } from '../../../tests/helpers/catalogue.ts';

// Audit action names, the job queue and open-data ids are not messages.
const NOT_MESSAGES =
  /^appeals\.(registered|redirected|started|assigned|extended|answered|rated|published|republished|escalated|escalate|received|answeredOnTime|head\.set)$/;
// The standard checks (tests/helpers/catalogue.ts).
const { cats, dir: DIR } = catalogueTests(import.meta.url, 'appeals', { notMessages: NOT_MESSAGES });

test('every literal and generated key used in the code exists', () => {
  const files = sourceFiles(DIR);
  const missing: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'(appeals\.[a-zA-Z0-9_.]+)'/g)) {
      if (!(m[1] in cats.en) && !NOT_MESSAGES.test(m[1])) missing.push(`${m[1]} (${f.slice(DIR.length)})`);
    }
  }
  const generated = [
    ...APPEAL_KINDS.map((k) => `appeals.kind.${k}`),
    ...APPEAL_STATUSES.map((s) => `appeals.status.${s}`),
    ...[
      'registered',
      'redirected',
      'started',
      'assigned',
      'extended',
      'answered',
      'rated',
      'published',
      'republished',
      'escalated',
    ].map((h) => `appeals.history.${h}`),
    ...['registered', 'redirected', 'extended', 'answered', 'assigned', 'escalated'].flatMap((m) => [
      `appeals.mail.${m}.subject`,
      `appeals.mail.${m}.text`,
    ]),
    ...['start', 'assign', 'extend', 'answer', 'publish', 'redirect', 'rated', 'registered'].map(
      (f) => `appeals.flash.${f}`,
    ),
    ...['government', 'ministry', 'operator', 'akimat', 'maslikhat', 'other'].map((k) => `appeals.bodyKind.${k}`),
    ...['due', 'due_desc', 'registered'].map((s) => `appeals.queue.sortBy.${s}`),
    ...[1, 2, 3, 4, 5].map((n) => `appeals.rate.score${n}`),
  ];
  // Every refusal a command or policy can return has a message.
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:fail|deny|no)\('([a-z_]+)'/g))
      generated.push(`appeals.deny.${m[1]}`);
  }
  for (const k of generated) if (!(k in cats.en)) missing.push(k);
  assert.deepEqual(missing, []);
});
