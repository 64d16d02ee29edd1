import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeCounts,
  checkLastDay,
  closingInstant,
  compareVersions,
  effectiveState,
  joinTexts,
  minimumLastDay,
  parseDraftText,
  summaryReadiness,
  unitsToText,
  DRAFT,
} from './domain.ts';
import { testLifecycle } from '../../platform/kit/testing.ts';

const KK = `Қазақстан Республикасы Ақпарат және қоғамдық даму министрінің бұйрығы
1-бап. Жалпы ережелер
1. Осы Қағидалар үкіметтік емес ұйымдарға гранттар беру тәртібін айқындайды.
2. Қағидаларда мынадай ұғымдар пайдаланылады:
1) грант — мемлекеттік бюджеттен бөлінетін қаражат;
2) грантты алушы — үкіметтік емес ұйым.
2-бап. Өтінімдерді қабылдау
1. Өтінімдер күнтізбелік 30 күн ішінде қабылданады.
Өтінімге жарғының көшірмесі қоса беріледі.
1-1. Өтінім электрондық түрде беріледі.`;

const RU = `Приказ Министра информации и общественного развития Республики Казахстан
Статья 1. Общие положения
1. Настоящие Правила определяют порядок предоставления грантов неправительственным организациям.
2. В Правилах используются следующие понятия:
1) грант — средства, выделяемые из государственного бюджета;
2) грантополучатель — неправительственная организация.
Статья 2. Приём заявок
1. Заявки принимаются в течение 30 календарных дней.
К заявке прилагается копия устава.
1-1. Заявка подаётся в электронной форме.`;

describe('parseDraftText', () => {
  test('Kazakh numbering: preamble, articles "N-бап.", paragraphs "N.", sub-paragraphs "N)", continuation lines, inserted "1-1."', () => {
    const units = parseDraftText(KK);
    assert.deepEqual(
      units.map((u) => u.key),
      ['preamble', 'a1', 'a1.p1', 'a1.p2', 'a1.p2.s1', 'a1.p2.s2', 'a2', 'a2.p1', 'a2.p1-1'],
    );
    assert.equal(units[1].heading, 'Жалпы ережелер');
    assert.equal(units[1].kind, 'article');
    assert.equal(units[4].kind, 'subparagraph');
    assert.equal(units[4].text, 'грант — мемлекеттік бюджеттен бөлінетін қаражат;');
    assert.equal(
      units[7].text,
      'Өтінімдер күнтізбелік 30 күн ішінде қабылданады.\nӨтінімге жарғының көшірмесі қоса беріледі.',
    );
    assert.equal(units[8].label, '1-1');
  });

  test('Russian numbering "Статья N." gives the same keys as the Kazakh text', () => {
    assert.deepEqual(
      parseDraftText(RU).map((u) => u.key),
      parseDraftText(KK).map((u) => u.key),
    );
    assert.equal(parseDraftText(RU)[6].heading, 'Приём заявок');
  });

  test('"Article N" in English, paragraphs outside articles, blank lines and Windows line ends', () => {
    assert.deepEqual(
      parseDraftText('Article 3. Scope\r\n\r\n1. First.\r\n2) sub').map((u) => u.key),
      ['a3', 'a3.p1', 'a3.p1.s2'],
    );
    assert.deepEqual(
      parseDraftText('1. Бекітілсін.\n2. Бақылау жүктелсін.').map((u) => u.key),
      ['p1', 'p2'],
    );
  });

  test('a repeated number keeps both paragraphs under distinct keys', () => {
    assert.deepEqual(
      parseDraftText('1. A\n1. B').map((u) => u.key),
      ['p1', 'p1~2'],
    );
  });

  test('written back as text and read again, the structure is the same', () => {
    const units = parseDraftText(KK);
    assert.deepEqual(parseDraftText(unitsToText(units, 'kk')), units);
    assert.deepEqual(parseDraftText(unitsToText(parseDraftText(RU), 'ru')), parseDraftText(RU));
  });
});

describe('joinTexts', () => {
  test('joins Kazakh and Russian units by key', () => {
    const r = joinTexts(parseDraftText(KK), parseDraftText(RU));
    assert.ok(r.ok);
    assert.equal(r.units.length, 9);
    assert.equal(r.units[2].text.ru.startsWith('Настоящие Правила'), true);
    assert.equal(r.units[2].text.kk.startsWith('Осы Қағидалар'), true);
  });
  test('a paragraph missing from one text, an empty text, a text without numbering are refused', () => {
    const ru = parseDraftText(RU.replace('2) грантополучатель — неправительственная организация.\n', ''));
    assert.deepEqual(joinTexts(parseDraftText(KK), ru), {
      ok: false,
      problem: { kind: 'mismatch', lang: 'ru', key: 'a1.p2.s2' },
    });
    assert.deepEqual(joinTexts(parseDraftText(KK), []), { ok: false, problem: { kind: 'empty', lang: 'ru' } });
    assert.deepEqual(joinTexts(parseDraftText('Жай мәтін'), parseDraftText('Просто текст')), {
      ok: false,
      problem: { kind: 'noParagraphs' },
    });
  });
});

describe('lifecycle', () => {
  testLifecycle(DRAFT, {
    edit: { draft: 'draft', open: null, closed: null, summary_published: null },
    open: { draft: 'open', open: null, closed: null, summary_published: null },
    close: { draft: null, open: 'closed', closed: null, summary_published: null },
    publishSummary: { draft: null, open: null, closed: 'summary_published', summary_published: null },
    newVersion: { draft: null, open: null, closed: null, summary_published: 'open' },
  });
  test('an open discussion past its closing instant reads as closed; others are as stored', () => {
    const closesAt = new Date('2026-12-05T19:00:00Z');
    assert.equal(effectiveState('open', closesAt, new Date('2026-12-05T18:59:59Z')), 'open');
    assert.equal(effectiveState('open', closesAt, closesAt), 'closed');
    assert.equal(effectiveState('summary_published', closesAt, new Date('2027-01-01')), 'summary_published');
    assert.equal(effectiveState('draft', null, new Date()), 'draft');
  });
});

describe('legal minimum period in working days', () => {
  test('10 working days, the opening day not counted, Nauryz (21–25 March 2026) skipped', () => {
    // Wed 18 March: 19, 20, [21–25 off], 26, 27, 30, 31 March, 1, 2, 3, 6 April.
    assert.equal(minimumLastDay('2026-03-18'), '2026-04-06');
  });
  test('an ordinary fortnight and one over Independence Day (16 December 2026)', () => {
    assert.equal(minimumLastDay('2026-11-20'), '2026-12-04');
    assert.equal(minimumLastDay('2026-12-10'), '2026-12-25');
  });
  test('the discussion closes at the end of the last day in Kazakhstan (UTC+5)', () => {
    assert.equal(closingInstant('2026-12-04').toISOString(), '2026-12-04T19:00:00.000Z');
  });
  test('a last day before the minimum is refused, the minimum itself is accepted, more than a year is refused', () => {
    const now = new Date('2026-03-18T05:00:00Z');
    assert.deepEqual(checkLastDay('2026-04-03', now), { ok: false, reason: 'tooShort', minimum: '2026-04-06' });
    assert.deepEqual(checkLastDay('2026-04-06', now), { ok: true });
    assert.equal(checkLastDay('2027-04-06', now).ok, false);
  });
});

describe('answer every comment', () => {
  test('the summary waits for every answer', () => {
    assert.deepEqual(summaryReadiness([]), { ok: true, unanswered: 0 });
    assert.deepEqual(summaryReadiness([{ answerStatus: 'accepted' }, { answerStatus: null }, { answerStatus: null }]), {
      ok: false,
      unanswered: 2,
    });
    assert.deepEqual(summaryReadiness([{ answerStatus: 'rejected' }, { answerStatus: 'partly_accepted' }]), {
      ok: true,
      unanswered: 0,
    });
  });
});

describe('compareVersions', () => {
  const u = (key: string, text: string, heading = '') => ({ key, heading, text });
  test('changed, added, removed and unchanged paragraphs, word-level parts in a changed one', () => {
    const before = [
      u('a1', '', 'Жалпы'),
      u('a1.p1', 'Өтінімдер 30 күн ішінде қабылданады.'),
      u('a1.p2', 'Алынатын тармақ.'),
      u('a1.p3', 'Өзгермейді.'),
    ];
    const after = [
      u('a1', '', 'Жалпы'),
      u('a1.p1', 'Өтінімдер 45 күн ішінде қабылданады.'),
      u('a1.p3', 'Өзгермейді.'),
      u('a1.p4', 'Жаңа тармақ.'),
    ];
    const changes = compareVersions(before, after);
    assert.deepEqual(
      changes.map((c) => [c.key, c.kind]),
      [
        ['a1', 'unchanged'],
        ['a1.p1', 'changed'],
        ['a1.p2', 'removed'],
        ['a1.p3', 'unchanged'],
        ['a1.p4', 'added'],
      ],
    );
    const parts = changes[1].parts;
    assert.deepEqual(
      parts.filter((p) => p.removed).map((p) => p.value.trim()),
      ['30'],
    );
    assert.deepEqual(
      parts.filter((p) => p.added).map((p) => p.value.trim()),
      ['45'],
    );
    assert.deepEqual(changeCounts(changes), { added: 1, removed: 1, changed: 1, unchanged: 2 });
  });
  test('a removed first unit comes first', () => {
    assert.deepEqual(
      compareVersions([u('p1', 'a'), u('p2', 'b')], [u('p2', 'b')]).map((c) => c.kind),
      ['removed', 'unchanged'],
    );
  });
});
