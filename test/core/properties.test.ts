/**
 * Property tests of the lint core (fast-check). Over arbitrary Unicode text (lone surrogates,
 * astral characters, CR/LF/CRLF, NUL), realistic speech drafts with random edits, outlines and
 * run-in series, the same with astral Han characters, and random configurations, in both formats:
 * - `lint` never throws and no rule fails internally;
 * - every range (finding, fix, suggestion, related place, fill range) lies in the text and never
 *   cuts a surrogate pair; messages quote no half of a pair;
 * - one pass of `applyFixes` takes disjoint fixes, skips a fix only for a collision, and changes
 *   nothing outside the fixed ranges (the length changes by the fixes' deltas);
 * - `fixText` leaves nothing fixable, also when limited to one rule, and fixing twice equals once.
 *
 * Seeds and run counts are fixed so that the file is reproducible and runs in a few seconds. To
 * search harder, set GONGWEN_PROPERTY_RUNS (runs per property) and GONGWEN_PROPERTY_SEED; a
 * failure prints its seed and path, and fast-check shrinks the text to a small counterexample.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyFixes, fixText, isFindingOf, isInternalError, lint, normalizeConfig, RULES, type Config, type DocFormat, type Finding, type Range } from '../../server/src/core/index.js';
import { generate } from '../../bench/generate.js';

const SEED = Number(process.env['GONGWEN_PROPERTY_SEED'] ?? 20260801);
const RUNS = process.env['GONGWEN_PROPERTY_RUNS'] ? Number(process.env['GONGWEN_PROPERTY_RUNS']) : undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: RUNS ?? numRuns, includeErrorInReport: true });

// ---------------------------------------------------------------------------------------------
// Text generators

/** Line breaks, controls, lone and paired surrogates, BOM, blanks: what breaks offset arithmetic. */
const AWKWARD = ['\r', '\n', '\r\n', '\n\r', '\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '𠀀', '𠮷', '😀', '\uFEFF', '\u3000', '\t', ' ', '\u00a0', '\u2028', '\u0085'];

/** Characters and words the rules react to: numerals, heading marks, placeholders, figures, series. */
const MEANINGFUL = [
  ...'一二三四五六七八九十百千万两〇○零、（）()【】[]《》“”．.,，。；：:1234567890%％Xx×＿_某年月日是第章条节亿元户人亩个率其首次最后等①②③',
  '××', '某某', 'XX', '一是', '二是', '三是', '第一，', '第二，', '首先', '其次', '最后', '其中', '同比增长', '复工率', '满意率',
  '以下三个方面', '四项', '附件', '　　', '（一）', '（二）', '1.', '2.', '（1）', '一、', '二、', '四、', '第一章', '第二条',
  '12.6万亩', '5.2亿元', '52000万元', '102%', '【待补充】', '___', 'http://x.cn/', 'TODO',
];

/** Markdown structure: headings, lists, quotes, code, comments, links, emphasis. */
const MARKDOWN = ['# ', '## ', '- ', '* ', '1. ', '> ', '`', '```', '\n```\n', '**', '<!--', '-->', '[', '](', ')', '- [ ] ', '\n\n', '    '];

/** One unit of arbitrary text: any code point, a lone surrogate, or one of the tokens above. */
const anyUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.constantFrom(...AWKWARD), weight: 3 },
  { arbitrary: fc.constantFrom(...MEANINGFUL), weight: 4 },
  { arbitrary: fc.constantFrom(...MARKDOWN), weight: 1 },
);
const arbitraryText = fc.string({ unit: anyUnit, maxLength: 120 });

/** What an edit inserts into a draft: usually meaningful, sometimes awkward. */
const insertion = fc.oneof(
  { arbitrary: fc.constant(''), weight: 2 },
  { arbitrary: fc.constantFrom(...MEANINGFUL), weight: 6 },
  { arbitrary: fc.constantFrom(...AWKWARD), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKDOWN), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...MEANINGFUL), minLength: 2, maxLength: 6 }), weight: 1 },
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 4 }), insert: insertion });

/** A slice of a generated speech draft (headings, series, figures, rates, blanks) with random edits. */
const draft = fc
  .record({
    seed: fc.nat(),
    from: fc.nat({ max: 4000 }),
    length: fc.integer({ min: 0, max: 1500 }),
    edits: fc.array(edit, { maxLength: 24 }),
  })
  .map(({ seed, from, length, edits }) => {
    let text = generate(from + length, seed).slice(from);
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
    }
    return text;
  });

/** Heading marks at every level, well and badly written, and article numbers. */
const MARKS = [
  '一、', '二、', '三、', '四、', '五、', '十一、', '一.', '二，', '三 ', '（一）', '（二）', '（三）', '（五）', '(一)', '（二)', '（三）、',
  '1.', '2.', '3．', '4、', '5，', '（1）', '（2）', '(3)', '4)', '（5）.', '①', '②', '④', '第一章', '第二章', '第一条', '第二条', '第四条',
  '第一节', '附件', '附件2', '# 一、', '## （一）', '**1.', '- ', '1. ',
];
/** Run-in enumerations and their mixed forms. */
const SERIES = ['一是', '二是', '三是', '四是', '一要', '二要', '三要', '第一，', '第二，', '第四，', '其一', '其二', '其三', '首先', '其次', '再次', '最后', '一抓', '二抓'];
const BODY = [
  ...MEANINGFUL, ...SERIES, '加强领导', '压实责任', '，', '。', '；', '以下五个方面', '讲三点意见', '主要有四项', 'A、B、C三个车间',
  '三个方面', '五大产业', '排名第二', '全区固定资产投资完成', '亿元', '增幅全市第一', '统筹推进经济社会发展各项工作', '坚持以人民为中心的发展思想',
];

/** Lists before a count: `A、B、C三个车间`, `“甲、乙”两项`, `…等七大领域`; items long and short. */
const WORDS = ['乡村振兴', '城市更新', '生态环保', '安全生产', '民生保障', '营商环境', '基层治理', '产业升级', '统筹推进经济社会发展各项工作', '甲', '乙'];
const COUNTS = ['两个方面', '三个方面', '五大产业', '两项', '四个车间', '等七大领域', '三个部门', '八个字'];
const list = fc
  .record({ items: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }), quoted: fc.boolean(), count: fc.constantFrom(...COUNTS) })
  .map(({ items, quoted, count }) => (quoted ? `“${items.join('、')}”` : items.join('、')) + count);

/** Lines of heading marks and run-in series in any order: what the fixable rules work on. */
const outlineSoup = fc
  .array(
    fc.record({
      indent: fc.constantFrom('', '', '　　', ' ', '\t'),
      mark: fc.oneof(fc.constant(''), fc.constantFrom(...MARKS)),
      body: fc.array(fc.oneof({ arbitrary: fc.constantFrom(...BODY), weight: 6 }, { arbitrary: list, weight: 1 }), { maxLength: 12 }),
      eol: fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n'),
    }),
    { maxLength: 30 },
  )
  .map((lines) => lines.map((l) => l.indent + l.mark + l.body.join('') + l.eol).join(''));

/** Characters the rules look for, which `astral` leaves alone. */
const SIGNIFICANT = new Set([...MEANINGFUL, ...MARKS, ...SERIES, '讲', '点', '意', '见', '方', '面', '领', '域', '产', '业', '项'].join(''));

/**
 * The same text with some ordinary Han characters replaced by Extension B ones (two UTF-16 units
 * each, 𠀀 U+20000 onwards): any offset arithmetic that counts code units may then cut one in two.
 */
const astral = <T extends string>(text: fc.Arbitrary<T>) =>
  fc.tuple(text, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()).map(([t, share, salt]) => {
    let out = '';
    let i = 0;
    for (const c of t) {
      const code = c.codePointAt(0)!;
      const hash = Math.imul(code ^ salt, 0x9e3779b1) >>> 24;
      i++;
      out += code >= 0x4e00 && code <= 0x9fff && !SIGNIFICANT.has(c) && hash < share * 256 ? String.fromCodePoint(0x20000 + ((code + i) % 0xa6d0)) : c;
    }
    return out;
  });

/** Any text of the generators above. */
const anyText = fc.oneof(arbitraryText, draft, outlineSoup, astral(draft), astral(outlineSoup));

/** A stretch of `text` cut anywhere (even between the halves of a pair), as a user might paste into a list. */
const cut = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 6 }) });
const SEVERITY = fc.constantFrom('off', 'hint', 'info', 'warning', 'error');
/** User patterns that pass the safety check, some of them matching anything or a lone surrogate. */
const REGEXES = ['〔[^〕]{1,8}〕', '\\d+', '.', '[\\s\\S]{2}', '\\p{Script=Han}', 'X+', '\\uDC00', '(?<=第)\\d', '$', '^.'];

/** A text and a configuration: random severities, options, and allow-lists and patterns cut from the text. */
const configured = fc
  .record({
    text: anyText,
    severities: fc.array(SEVERITY, { minLength: 9, maxLength: 9 }),
    allow: fc.array(cut, { maxLength: 3 }),
    patterns: fc.array(cut, { maxLength: 3 }),
    regexPatterns: fc.subarray(REGEXES, { maxLength: 3 }),
    allowArabicUnderChinese: fc.boolean(),
    approximateTolerance: fc.double({ min: 0, max: 0.99, noNaN: true }),
    tolerance: fc.double({ min: 0, max: 1000, noNaN: true }),
    locale: fc.constantFrom('zh-CN', 'en'),
  })
  .map(({ text, severities, allow, patterns, regexPatterns, allowArabicUnderChinese, approximateTolerance, tolerance, locale }) => {
    const slice = (c: { at: number; length: number }) => text.slice(Math.floor(c.at * text.length), Math.floor(c.at * text.length) + c.length);
    const rules: Record<string, unknown> = {};
    RULES.forEach((rule, i) => (rules[rule.id] = severities[i % severities.length]));
    rules['placeholder'] = { severity: rules['placeholder'], allow: allow.map(slice), patterns: patterns.map(slice), regexPatterns };
    rules['heading-level'] = { severity: rules['heading-level'], allowArabicUnderChinese };
    rules['figure-conflict'] = { severity: rules['figure-conflict'], approximateTolerance };
    rules['ratio-mismatch'] = { severity: rules['ratio-mismatch'], tolerance };
    const result = normalizeConfig({ locale, rules });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    return { text, config: result.config };
  });

// ---------------------------------------------------------------------------------------------
// Checks

function rangeProblem(text: string, range: Range | undefined): string | undefined {
  if (!Array.isArray(range) || range.length !== 2) return 'not a pair';
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'not integers';
  if (!(start >= 0 && start <= end && end <= text.length)) return `outside 0 ≤ start ≤ end ≤ ${text.length}`;
  if (splitsPair(text, start)) return `start ${start} splits a surrogate pair`;
  if (splitsPair(text, end)) return `end ${end} splits a surrogate pair`;
  return undefined;
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Every range a finding carries: its own, its fix's, its suggestions' and its related places'. */
function assertRanges(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    const ranges: [string, Range][] = [['range', f.range]];
    if (f.fix) ranges.push(['fix', f.fix.range]);
    for (const [i, s] of (f.suggestions ?? []).entries()) ranges.push([`suggestions[${i}]`, s.fix.range]);
    for (const [i, r] of (f.related ?? []).entries()) ranges.push([`related[${i}]`, r.range]);
    if (isFindingOf(f, 'placeholder') && f.data?.fillRange) ranges.push(['data.fillRange', f.data.fillRange]);
    for (const [what, range] of ranges) {
      const problem = rangeProblem(text, range);
      assert.equal(problem, undefined, `${f.ruleId} ${what} [${range}] ${problem}: ${f.message}`);
    }
  }
}

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Quoting the text in a message never cuts a character in two: well-formed text, well-formed messages. */
function assertMessagesWellFormed(text: string, findings: readonly Finding[]): void {
  if (LONE_SURROGATE_RE.test(text)) return;
  for (const f of findings) {
    const messages = [f.message, ...(f.related ?? []).map((r) => r.message), ...(f.suggestions ?? []).map((s) => s.title)];
    for (const m of messages) assert.ok(!LONE_SURROGATE_RE.test(m), `${f.ruleId} message has half a surrogate pair: ${JSON.stringify(m)}`);
  }
}

function assertNoInternalError(findings: readonly Finding[]): void {
  const failed = findings.filter((f) => isInternalError(f));
  assert.deepEqual(failed.map((f) => f.message), [], 'a rule threw');
}

const overlap = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
/** As applyFixes decides: sharing a point counts only for an insertion at the other's end. */
const collide = (a: Range, b: Range) => overlap(a, b) || (a[0] === a[1] && a[0] === b[1]) || (b[0] === b[1] && b[0] === a[1]) || (a[0] === a[1] && b[0] === b[1] && a[0] === b[0]);

/** One pass of applyFixes: disjoint, complete, and nothing changed outside the fixed ranges. */
function assertOnePass(text: string, findings: readonly Finding[]): void {
  const result = applyFixes(text, findings);
  const applied = result.applied.map((f) => f.fix!);
  for (let i = 1; i < applied.length; i++) {
    const [a, b] = [applied[i - 1]!, applied[i]!];
    assert.ok(b.range[0] >= a.range[1] && !collide(a.range, b.range), `applied fixes collide: [${a.range}] and [${b.range}]`);
  }
  // A fix is left out only because it collides with one that was taken.
  for (const f of result.remaining) {
    if (!f.fix) continue;
    assert.ok(applied.some((a) => collide(a.range, f.fix!.range)), `${f.ruleId} fix [${f.fix.range}] skipped without a collision`);
  }
  // Every fix changes something; a fix that leaves its range as it is would never let fixText converge.
  for (const f of findings) {
    if (f.fix) assert.notEqual(text.slice(f.fix.range[0], f.fix.range[1]), f.fix.text, `${f.ruleId} fix [${f.fix.range}] changes nothing`);
  }
  // Outside the fixed ranges the text is untouched, and the length changes by the fixes' deltas.
  let delta = 0;
  let cursor = 0;
  let out = 0;
  for (const fix of applied) {
    const kept = text.slice(cursor, fix.range[0]);
    assert.equal(result.output.slice(out, out + kept.length), kept, `text before [${fix.range}] changed`);
    out += kept.length;
    assert.equal(result.output.slice(out, out + fix.text.length), fix.text);
    out += fix.text.length;
    cursor = fix.range[1];
    delta += fix.text.length - (fix.range[1] - fix.range[0]);
  }
  assert.equal(result.output.slice(out), text.slice(cursor), 'text after the last fix changed');
  assert.equal(result.output.length, text.length + delta);
}

/** fixText leaves nothing fixable, and fixing its output again changes nothing. */
function assertFixConverges(text: string, format: DocFormat, config?: Config): void {
  const once = fixText(text, config, { format });
  assertNoInternalError(once.remaining);
  assertRanges(once.output, once.remaining);
  const unfixed = once.remaining.filter((f) => f.fix);
  assert.deepEqual(
    unfixed.map((f) => `${f.ruleId} [${f.fix!.range}] → ${JSON.stringify(f.fix!.text)}: ${f.message}`),
    [],
    'fixable findings left after fixText',
  );
  const twice = fixText(once.output, config, { format });
  assert.equal(twice.output, once.output, 'fixing twice differs from fixing once');
  assert.equal(twice.fixed, 0);
  // "Fix all of this rule": complete for that rule, and idempotent too.
  for (const ruleId of new Set(lint(text, config, { format }).filter((f) => f.fix).map((f) => f.ruleId))) {
    const only = (f: Finding) => f.ruleId === ruleId;
    const ruleOnce = fixText(text, config, { format, only });
    const left = ruleOnce.remaining.filter((f) => f.fix && only(f));
    assert.deepEqual(left.map((f) => `[${f.fix!.range}] → ${JSON.stringify(f.fix!.text)}: ${f.message}`), [], `fixable ${ruleId} findings left after fixing ${ruleId}`);
    assert.equal(fixText(ruleOnce.output, config, { format, only }).output, ruleOnce.output, `fixing ${ruleId} twice differs from once`);
  }
}

function check(text: string, format: DocFormat, config?: Config): void {
  const findings = lint(text, config, { format });
  assertNoInternalError(findings);
  assertRanges(text, findings);
  assertMessagesWellFormed(text, findings);
  assertOnePass(text, findings);
  assertFixConverges(text, format, config);
}

// ---------------------------------------------------------------------------------------------

describe('lint core properties', () => {
  for (const format of ['plain', 'markdown'] as const) {
    it(`arbitrary Unicode text, ${format}`, () => {
      fc.assert(
        fc.property(arbitraryText, (text) => check(text, format)),
        params(600),
      );
    });

    it(`speech drafts with random edits, ${format}`, () => {
      fc.assert(
        fc.property(draft, (text) => check(text, format)),
        params(150),
      );
    });

    it(`outlines and run-in series, ${format}`, () => {
      fc.assert(
        fc.property(outlineSoup, (text) => check(text, format)),
        params(400),
      );
    });

    it(`speech drafts and outlines with astral characters, ${format}`, () => {
      fc.assert(
        fc.property(fc.oneof(astral(draft), astral(outlineSoup)), (text) => check(text, format)),
        params(300),
      );
    });

    it(`random configurations, ${format}`, () => {
      fc.assert(
        fc.property(configured, ({ text, config }) => check(text, format, config)),
        params(300),
      );
    });
  }
});
