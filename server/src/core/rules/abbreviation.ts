import { HAN_CLASS } from '../text/chars.js';
import { CLAUSE_MARKS, SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import type { SourceDocument } from '../model/document.js';
import type { PairedMark } from '../model/paired-marks.js';
import { defineRule } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  unused: boolean;
  fullName: boolean;
}

const MESSAGES = {
  duplicate: { 'zh-CN': '简称{name}重复定义：前文已注明过', en: 'The short name {name} is defined twice: it was defined earlier' },
  usedBefore: {
    'zh-CN': '简称{name}在注明之前已经使用：应在首次出现处写全称并注明简称',
    en: 'The short name {name} is used before it is defined: give the full name and the short name where it first appears',
  },
  unused: { 'zh-CN': '简称{name}注明后未再使用：可删去这处说明', en: 'The short name {name} is never used after it is defined: the definition can go' },
  fullName: {
    'zh-CN': '前文已注明《{full}》简称{name}，这里宜用简称',
    en: '《{full}》 was given the short name {name} earlier: use the short name here',
  },
  firstDefinition: { 'zh-CN': '前文的定义', en: 'The earlier definition' },
  earlierUse: { 'zh-CN': '注明之前的使用', en: 'The use before the definition' },
};

/** A short name in 《》, “” or ‘’ (several after 分别: “甲方”“乙方”), or bare — bare only inside brackets. */
const MARKED = '《[^《》\\n]{1,40}》|“[^“”\\n]{1,30}”|‘[^‘’\\n]{1,30}’';
const NAMES = `(?:${MARKED})(?:[、，,和及与]?(?:${MARKED}))*|[${HAN_CLASS}A-Za-z0-9·]{2,20}`;
/**
 * The words before 称 that make a definition: `（以下简称“X”）`, `（以下统称X）`, `（下称X）`, `（简称《X》）`,
 * `，以下简称《X》。`; group 1 the bracket before (absent in running text), group 2 `以下` or `下文`.
 * Without them, a bracket must come right before: `（称重）` and `授予以下称号` are no definitions.
 */
const HEAD_RE = /(?:([（(])\s*)?(?:(以下|下文)(?:分别|均|统一)?(?:简|统|合)?|下(?:简|统)?|(?:分别)?(?:简|统|合))$/;
/** After 称: the names, up to the bracket's end or the clause's. */
const NAMES_RE = new RegExp(`为?[：:]?\\s*(${NAMES})(?=\\s*[）)，,；;。])`, 'y');
/** 称 is rare: the scan looks for it and reads the definition around it. */
const TRIGGER_RE = /称/g;
const HEAD_WINDOW = 9;
/**
 * Each check for later uses may read the rest of the text: a text with hundreds of short names (a
 * compilation, or junk) has its first ones checked, so that a lint stays linear in the text.
 */
const MAX_UNUSED_CHECKS = 200;
const MARKED_RE = new RegExp(MARKED, 'g');
const ENDS_SENTENCE = SENTENCE_MARKS + SEMICOLONS + CLAUSE_MARKS;
const OPENERS: Readonly<Record<string, PairedMark['pair']>> = { '《': '《》', '“': '“”', '‘': '‘’' };

interface Definition {
  /** The short name without its marks. */
  readonly name: string;
  /** As written: `《建议》`, `“市政府”`, or bare. */
  readonly written: string;
  readonly range: Range;
  /** Where the definition begins (its bracket, or 以下): an earlier use is before it. */
  readonly start: number;
}

/**
 * Short names defined in the text (`（以下简称“X”）`): defined twice, used before the definition,
 * never used after it, or the full 《title》 written again after it. A use before the definition
 * counts only when written with the marks of the definition (《纲要草案》, “放管服”) and not inside a
 * longer title: a bare short name is often a word in its ordinary sense before the definition gives
 * it a narrower one (用人单位, 河湖).
 */
export default defineRule<Options>()({
  id: 'abbreviation',
  category: 'wording',
  title: { 'zh-CN': '简称的定义与使用', en: 'Short names' },
  description: {
    'zh-CN': '“（以下简称……）”注明的简称重复定义、注明前已使用、注明后未使用，或注明后又写全称',
    en: 'Short names defined with （以下简称…）: defined twice, used before the definition, never used after it, or the full title written again',
  },
  explanation: {
    'zh-CN': '较长的名称第一次出现时写全称，并在括号中注明简称，此后一律用简称。同一简称只注明一次；注明前用了简称，读者不知所指；注明后不用，说明多余。',
    en: 'A long name is written in full where it first appears, with its short name in brackets, and the short name is used after that. A short name is defined once; used before its definition it is unexplained; never used, its definition is idle.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    unused: {
      type: 'boolean',
      default: true,
      description: { 'zh-CN': '报告注明后未再使用的简称', en: 'Report short names never used after their definition' },
    },
    fullName: {
      type: 'boolean',
      default: true,
      description: {
        'zh-CN': '报告注明简称后又写出的书名号全称（如注明《安全生产法》后又写《中华人民共和国安全生产法》）',
        en: 'Report a full title in 《》 written again after its short name was defined (《中华人民共和国安全生产法》 after 《安全生产法》 was defined)',
      },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const definitions: Definition[] = [];
    doc.match(TRIGGER_RE, (_, at) => {
      const head = HEAD_RE.exec(text.slice(Math.max(0, at - HEAD_WINDOW), at));
      if (!head || (!head[1] && !head[2])) return;
      NAMES_RE.lastIndex = at + 1;
      const m = NAMES_RE.exec(text);
      if (!m) return;
      const start = at - head[0].length;
      const end = at + 1 + m[0].length;
      const names = m[1]!;
      const bare = !OPENERS[names[0]!];
      if ((bare && !head[1]) || doc.isIgnored(start, end)) return;
      const namesAt = end - names.length;
      if (bare) {
        definitions.push({ name: names, written: names, range: [namesAt, end], start });
        return;
      }
      for (const n of names.matchAll(MARKED_RE)) {
        const nameAt = namesAt + n.index;
        definitions.push({ name: n[0].slice(1, -1), written: n[0], range: [nameAt, nameAt + n[0].length], start });
      }
    });
    if (definitions.length === 0) return;
    const shown = (d: Definition) => (OPENERS[d.written[0]!] ? d.written : `“${d.written}”`);
    const first = new Map<string, Definition>();
    for (const d of definitions) {
      const earlier = first.get(d.name);
      if (earlier) {
        ctx.report({ range: d.range, messageId: 'duplicate', params: { name: shown(d) }, related: [{ range: earlier.range, messageId: 'firstDefinition' }] });
      } else first.set(d.name, d);
    }
    let spans: readonly PairedMark[] | undefined;
    const marks = () => (spans ??= doc.pairedMarks);
    for (const [d, use] of earlierUses(doc, marks, [...first.values()].filter((d) => OPENERS[d.written[0]!]))) {
      ctx.report({ range: d.range, messageId: 'usedBefore', params: { name: shown(d) }, related: [{ range: use, messageId: 'earlierUse' }] });
    }
    const titled = [...first.values()].filter((d) => text[d.start - 1] === '》');
    if (titled.length > 0 && ctx.options.fullName) {
      for (const { span, definition } of fullNamesAgain(doc, marks(), titled, new Set(definitions.map((d) => d.start)))) {
        ctx.report({
          range: span.range,
          messageId: 'fullName',
          params: { full: text.slice(span.open + 1, span.close), name: shown(definition) },
          related: [{ range: definition.range, messageId: 'firstDefinition' }],
        });
      }
    }
    if (!ctx.options.unused) return;
    const definedAt = new Set(definitions.map(nameStart));
    // A definition in the last paragraph has nothing after it yet: an excerpt, or a draft being written.
    const lastParagraph = doc.paragraphs.at(-1)?.start ?? 0;
    for (const d of [...first.values()].slice(0, MAX_UNUSED_CHECKS)) {
      if (d.range[0] >= lastParagraph) continue;
      if (!usedAfter(doc, definedAt, d)) ctx.report({ range: d.range, messageId: 'unused', params: { name: shown(d) }, convention: true });
    }
  },
});

/**
 * For each definition, the first span before it that writes its name with its marks, not inside a
 * longer title (`《关于修改〈…《土地管理法》办法〉的决定》` does not use 《土地管理法》) and not in a
 * heading: a document's title may name what its body then defines (河南省实施《土地管理法》办法).
 */
function earlierUses(doc: SourceDocument, marks: () => readonly PairedMark[], marked: readonly Definition[]): Map<Definition, Range> {
  const uses = new Map<Definition, Range>();
  if (marked.length === 0) return uses;
  const text = doc.text;
  const byName = new Map(marked.map((d) => [d.written, d]));
  const lengths = new Set(marked.map((d) => d.written.length));
  const last = Math.max(...marked.map((d) => d.start));
  const spans = marks();
  for (const s of spans) {
    if (s.open >= last) break;
    if (s.state !== 'paired' || !lengths.has(s.close - s.open + 1)) continue;
    const d = byName.get(text.slice(s.open, s.close + 1));
    if (!d || s.open >= d.start || uses.has(d) || insideTitle(spans, s) || isHeading(doc, s.paragraph)) continue;
    uses.set(d, s.range);
  }
  return uses;
}

/** A number in brackets right after a title: `《…》（国办发〔2025〕3号）`, `《…》（主席令第88号）`. */
const CITED_NUMBER_RE = new RegExp(`\\s*[（(][${HAN_CLASS}]{1,12}(?:[〔[【(（﹝［]\\d{2,4}|第?\\d+号)`, 'y');

/**
 * The 《full title》 written again after the definition that gave it a short name, where the short
 * name would do: not inside a longer title, in a heading or an attachment note (附件：), not cited
 * again with its number, not one of a list of titles (`根据《…民法典》《…民事诉讼法》等法律`: such
 * lists give each in full), and not defined again (reported as such).
 */
function* fullNamesAgain(doc: SourceDocument, spans: readonly PairedMark[], titled: readonly Definition[], definitionStarts: ReadonlySet<number>) {
  const text = doc.text;
  const byClose = new Map(titled.map((d) => [d.start - 1, d]));
  const byTitle = new Map<string, { definition: Definition; after: number }>();
  for (const s of spans) {
    const definition = s.pair === '《》' ? byClose.get(s.close) : undefined;
    const full = definition && text.slice(s.open + 1, s.close);
    if (full && !byTitle.has(full)) byTitle.set(full, { definition: definition!, after: definition!.range[1] });
  }
  const lengths = new Set([...byTitle.keys()].map((t) => t.length));
  for (const s of spans) {
    if (s.pair !== '《》' || s.state !== 'paired' || !lengths.has(s.close - s.open - 1)) continue;
    const found = byTitle.get(text.slice(s.open + 1, s.close));
    if (!found || s.open < found.after || definitionStarts.has(s.close + 1)) continue;
    CITED_NUMBER_RE.lastIndex = s.close + 1;
    if (CITED_NUMBER_RE.test(text) || insideTitle(spans, s) || isHeading(doc, s.paragraph)) continue;
    if (inList(text, s) || text.startsWith('附', doc.paragraphs[s.paragraph]!.contentStart)) continue;
    yield { span: s, definition: found.definition };
  }
}

const LINKS = '、和及与';

/** Whether a title stands in a list of titles: `《A》《B》`, `《A》、《B》`, `《A》和《B》`, `《A》等`. */
function inList(text: string, s: PairedMark): boolean {
  const before = text[s.open - 1] ?? '';
  const after = text[s.close + 1] ?? '';
  return (
    before === '》' ||
    (LINKS.includes(before) && text[s.open - 2] === '》') ||
    after === '《' ||
    after === '等' ||
    (LINKS.includes(after) && text[s.close + 2] === '《')
  );
}

/** A Markdown heading, or the document's title: its first paragraph, when no sentence mark or colon ends it. */
function isHeading(doc: SourceDocument, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph]!;
  if (p.block === 'heading') return true;
  return paragraph === 0 && !ENDS_SENTENCE.includes(doc.text[p.end - 1] ?? '');
}

function insideTitle(spans: readonly PairedMark[], s: PairedMark): boolean {
  for (let p = s.parent; p >= 0; p = spans[p]!.parent) if (spans[p]!.pair === '《》' || spans[p]!.pair === '〈〉') return true;
  return false;
}

const nameStart = (d: Definition) => d.range[0] + (d.written.length === d.name.length ? 0 : 1);

/**
 * Whether the name occurs after its definition, other definitions aside: a name defined in 《》 with
 * its marks (the bare 建议 after `（以下简称《建议》）` is the common word), any other in any form,
 * even inside a longer word.
 */
function usedAfter(doc: SourceDocument, definedAt: ReadonlySet<number>, d: Definition): boolean {
  const text = doc.text;
  const title = d.written[0] === '《';
  const sought = title ? d.written : d.name;
  for (let at = text.indexOf(sought, d.range[1]); at >= 0; at = text.indexOf(sought, at + 1)) {
    if (definedAt.has(title ? at + 1 : at) || doc.isIgnored(at, at + sought.length)) continue;
    return true;
  }
  return false;
}
