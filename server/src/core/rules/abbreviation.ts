import { HAN_CLASS } from '../text/chars.js';
import { CLAUSE_MARKS, SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import type { SourceDocument } from '../model/document.js';
import type { PairedMark } from '../model/paired-marks.js';
import { defineRule } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  unused: boolean;
}

const MESSAGES = {
  duplicate: { 'zh-CN': '简称{name}重复定义：前文已注明过', en: 'The short name {name} is defined twice: it was defined earlier' },
  usedBefore: {
    'zh-CN': '简称{name}在注明之前已经使用：应在首次出现处写全称并注明简称',
    en: 'The short name {name} is used before it is defined: give the full name and the short name where it first appears',
  },
  unused: { 'zh-CN': '简称{name}注明后未再使用：可删去这处说明', en: 'The short name {name} is never used after it is defined: the definition can go' },
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
 * never used after it. A use before the definition counts only when written with the marks of the
 * definition (《纲要草案》, “放管服”) and not inside a longer title: a bare short name is often a
 * word in its ordinary sense before the definition gives it a narrower one (用人单位, 河湖).
 */
export default defineRule<Options>()({
  id: 'abbreviation',
  category: 'wording',
  title: { 'zh-CN': '简称的定义与使用', en: 'Short names' },
  description: {
    'zh-CN': '“（以下简称……）”注明的简称重复定义、注明前已使用、注明后未使用',
    en: 'Short names defined with （以下简称…）: defined twice, used before the definition, never used after it',
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
    const marked = [...first.values()].filter((d) => OPENERS[d.written[0]!]);
    if (marked.length > 0) {
      const spans = doc.pairedMarks;
      for (const d of marked) {
        const use = earlierUse(doc, spans, d);
        if (use) ctx.report({ range: d.range, messageId: 'usedBefore', params: { name: shown(d) }, related: [{ range: use, messageId: 'earlierUse' }] });
      }
    }
    if (!ctx.options.unused) return;
    const definedAt = new Set(definitions.map(nameStart));
    // A definition in the last paragraph has nothing after it yet: an excerpt, or a draft being written.
    const lastParagraph = doc.paragraphs.at(-1)?.start ?? 0;
    for (const d of first.values()) {
      if (d.range[0] >= lastParagraph) continue;
      if (!usedAfter(doc, definedAt, d)) ctx.report({ range: d.range, messageId: 'unused', params: { name: shown(d) } });
    }
  },
});

/**
 * The first span before `d` that writes its name with its marks, not inside a longer title or
 * title (`《关于修改〈…《土地管理法》办法〉的决定》` does not use 《土地管理法》) and not in a heading:
 * a document's title may name what its body then defines (河南省实施《土地管理法》办法).
 */
function earlierUse(doc: SourceDocument, spans: readonly PairedMark[], d: Definition): Range | undefined {
  const text = doc.text;
  const pair = OPENERS[d.written[0]!]!;
  for (const s of spans) {
    if (s.open >= d.start) break;
    if (s.pair !== pair || s.state !== 'paired' || s.close - s.open - 1 !== d.name.length || !text.startsWith(d.name, s.open + 1)) continue;
    if (!insideTitle(spans, s) && !isHeading(doc, s.paragraph)) return s.range;
  }
  return undefined;
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
