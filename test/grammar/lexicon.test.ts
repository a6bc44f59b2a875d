import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { spanEndChars } from '../../server/src/core/model/sentences.js';
import {
  AMOUNT_NUMERALS,
  ARTICLE_NUMERALS,
  COUNT_NUMERALS,
  DIGIT_BY_DIGIT,
  FRACTION_DIGITS,
  NUMERAL_CHARS,
  ORDINAL_NUMERALS,
  ZERO_NEIGHBOURS,
} from '../../server/src/core/text/numerals.js';
import { LINE_BREAKS } from '../../server/src/core/text/terminators.js';
import { BLANK_CONTEXT, SLOT_HEADS, SLOT_TERMS } from '../../server/src/core/text/blanks.js';
import { BLANK_UNITS, DIGIT_ONLY_UNITS, FIGURE_UNITS } from '../../server/src/core/text/units.js';
import { ROOT } from '../helpers/paths.js';
import { contributedGrammars } from './textmate.js';

// The grammars spell out, as regular expressions, word lists the linter keeps in its lexicon
// (server/src/core/text): the classes of Chinese numerals, the units of figures, the marks that end
// a heading's title. They are compared here, so that a change to either side shows. (The grammars
// spell out no change verbs: no pattern colours a change.)

interface Pattern {
  /** The repository entry the pattern belongs to: `heading`, `figure`, `placeholder-box`… */
  readonly rule: string;
  readonly source: string;
}

function patternsOf(path: string): Pattern[] {
  const grammar = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { repository?: Record<string, unknown> };
  const out: Pattern[] = [];
  const visit = (node: unknown, rule: string): void => {
    if (Array.isArray(node)) for (const n of node) visit(n, rule);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') out.push({ rule, source: value });
        else visit(value, rule);
      }
    }
  };
  for (const [rule, entry] of Object.entries(grammar.repository ?? {})) visit(entry, rule);
  return out;
}

const patterns = contributedGrammars.flatMap((g) => patternsOf(g.path).map((p) => ({ ...p, rule: `${g.scopeName}#${p.rule}` })));
const gongwen = (rule: string) => patterns.filter((p) => p.rule === `text.gongwen#${rule}`);

/** Every character class `[…]` of a pattern (negated ones too), with `\x` escapes read as `x`. */
function classesOf(source: string): string[] {
  return [...source.matchAll(/\[\^?((?:\\.|[^\]\\])*)\]/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

const ALL_NUMERALS = Object.values(NUMERAL_CHARS).join('');
const numeralPart = (cls: string) => [...new Set([...cls].filter((c) => ALL_NUMERALS.includes(c)))].sort().join('');
const key = (chars: string) => [...new Set(chars)].sort().join('');
const { digits, two, zeros, circle, places, scales } = NUMERAL_CHARS;

// The lexicon's classes by name, and the pieces the grammar's hand-built number patterns are
// made of (a nonzero digit, any digit, 十 beside the scales, the first digits of a day: [一二]十).
const NAMED: Readonly<Record<string, string>> = {
  ORDINAL_NUMERALS,
  COUNT_NUMERALS,
  ARTICLE_NUMERALS,
  AMOUNT_NUMERALS,
  DIGIT_BY_DIGIT,
  ZERO_NEIGHBOURS,
  FRACTION_DIGITS,
  digits,
  zeros,
  circle,
  places,
  scales,
  'nonzero digits': `${digits}${two}`,
  'digits and 两': `${zeros}${digits}${two}`,
  '十 and 百': '十百',
  '十 and the scales': `十${scales}`,
  '一 and 二': digits.slice(0, 2),
  'places and scales': `${places}${scales}`,
};
const nameOf = new Map(Object.entries(NAMED).map(([name, chars]) => [key(chars), name]));

// Which classes each part of the grammar uses, as the linter's recogniser for it does.
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  heading: ['digits', 'ORDINAL_NUMERALS'],
  article: ['ARTICLE_NUMERALS'],
  attachment: ['ORDINAL_NUMERALS'],
  series: ['digits', 'ORDINAL_NUMERALS'],
  'placeholder-box': ['ZERO_NEIGHBOURS', 'circle'],
  'placeholder-year': ['ZERO_NEIGHBOURS', 'DIGIT_BY_DIGIT'],
  'placeholder-times': ['ORDINAL_NUMERALS'],
  'placeholder-star': ['places and scales'],
  emphasis: ['places and scales', 'DIGIT_BY_DIGIT', 'ZERO_NEIGHBOURS'],
  date: ['ZERO_NEIGHBOURS', 'DIGIT_BY_DIGIT', 'digits', '一 and 二'],
  figure: [
    'AMOUNT_NUMERALS',
    'FRACTION_DIGITS',
    'COUNT_NUMERALS',
    'nonzero digits',
    'digits and 两',
    'zeros',
    'places',
    'scales',
    '十 and 百',
    '十 and the scales',
  ],
};

describe('the grammars agree with the lexicon', () => {
  it('every class of Chinese numerals is one of the lexicon’s, in the parts that use it', () => {
    const used = new Map<string, Set<string>>();
    const unknown: string[] = [];
    for (const { rule, source } of patterns) {
      for (const cls of classesOf(source)) {
        const part = numeralPart(cls);
        if (part === '') continue;
        const name = nameOf.get(part);
        if (!name) unknown.push(`${rule}: [${cls}]`);
        const local = rule.replace(/^text\.gongwen#/, '');
        if (!used.has(local)) used.set(local, new Set());
        used.get(local)!.add(name ?? `[${cls}]`);
      }
    }
    assert.deepEqual(unknown, []);
    assert.deepEqual(
      Object.fromEntries([...used].map(([rule, names]) => [rule, [...names].sort()])),
      Object.fromEntries(Object.entries(EXPECTED).map(([rule, names]) => [rule, [...names].sort()])),
    );
  });

  it('the units of figures are the lexicon’s FIGURE_UNITS, wherever a figure pattern lists them', () => {
    // `(?:个百分点|平方公里|…|[亩人户…%％])`: words of several characters, then one class of single ones.
    // (The scales, `(?:万亿|[万亿])`, have the same shape.)
    // The pattern of Chinese numerals leaves out the units counted in digits only (DIGIT_ONLY_UNITS).
    const lists = gongwen('figure').flatMap(({ source }) =>
      [...source.matchAll(/\(\?:((?:[^()|[\]\\]+\|)+)\[([^\]]+)\]\)/g)]
        .map((m) => ({ numerals: source.startsWith('(?<![零〇'), list: [...m[1]!.split('|').filter(Boolean), ...m[2]!].sort() }))
        .filter(({ list }) => !list.every((word) => scales.includes(word[0]!))),
    );
    assert.ok(lists.length >= 3, 'the unit lists of the figure patterns');
    assert.ok(lists.some((l) => l.numerals) && lists.some((l) => !l.numerals), 'lists for digits and for Chinese numerals');
    for (const { numerals, list } of lists) {
      assert.deepEqual(list, FIGURE_UNITS.filter((unit) => !numerals || !DIGIT_ONLY_UNITS.has(unit)).sort());
    }
  });

  it('asterisk blanks count where the lexicon’s words after a blank say so, in the star pattern and in emphasis', () => {
    // `(?:a|b|c)`, as the grammar spells a word list.
    const list = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/[-\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')})`;
    const lists = [
      // (The divisions are among the places.)
      ...Object.entries(BLANK_CONTEXT)
        .filter(([kind]) => kind !== 'divisions')
        .map(([, words]) => list(words)),
      list(BLANK_UNITS),
      // A unit after a blank makes it a number, but for 大 (X大任务) and 号 (the asterisk sign, 带*号).
      list(BLANK_UNITS.filter((u) => u !== '大' && u !== '号')),
    ];
    for (const rule of ['placeholder-star', 'emphasis']) {
      const [{ source }] = gongwen(rule) as [Pattern];
      for (const words of lists) assert.ok(source.includes(words), `${rule}: ${words}`);
    }
  });

  it('slot names end in the lexicon’s slot nouns, each in the brackets where it may stand', () => {
    const heads = (places: readonly string[]) =>
      `(?:${SLOT_HEADS.filter((h) => places.includes(h.place)).map((h) => h.word).sort((a, b) => b.length - a.length).join('|')})`;
    const [{ source }] = gongwen('placeholder-slot') as [Pattern];
    const branches = source.split(/\|(?=\(\?<!\[|［|【|（)/);
    const expected = [heads(['value', 'body', 'square']), heads(['value', 'body', 'square']), heads(['value', 'body']), heads(['value']), heads(['value'])];
    assert.equal(branches.length, expected.length, source);
    for (const [i, branch] of branches.entries()) {
      assert.ok(branch.includes(expected[i]!), `${branch.slice(0, 40)}…: ${expected[i]}`);
      assert.ok(branch.includes(`(?<!${SLOT_TERMS.join('|')})`), 'terms that end in a slot noun');
    }
  });

  it('a heading’s title ends at the lexicon’s segment marks, as the outline’s titles do', () => {
    const marks = key([...spanEndChars('segment')].filter((c) => !LINE_BREAKS.includes(c)).join(''));
    const headings = gongwen('heading');
    assert.equal(headings.length, 5);
    for (const { source } of headings) {
      const title = /\(\(\?:\[\^([^\]]*)\]\{0,199\}\[([^\]]*)\]\|\[\^([^\]]*)\]\{0,200\}\)\)$/.exec(source);
      assert.ok(title, source);
      const [, notEnd, end, notEndAgain] = title;
      assert.equal(key(end!), marks);
      assert.equal(key(notEnd!.replace('\\n', '')), marks);
      assert.equal(notEndAgain, notEnd);
    }
  });
});
