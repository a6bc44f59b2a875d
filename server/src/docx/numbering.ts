import { toChineseNumber, toCircled } from '../core/text/numerals.js';
import { child, childrenNamed, valOf, type XmlElement } from './xml.js';

/**
 * Word's automatic numbering, made text: the labels (`一、`, `（一）`, `1.`) Word draws before
 * numbered paragraphs, which live in numbering.xml and styles.xml rather than in the text.
 * Counters follow Word: w:num instances of one abstract list continue it, a `startOverride` on a
 * w:num restarts its level the first time that instance is used, and a level restarts after a
 * higher one unless its `lvlRestart` says otherwise.
 */

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** A level restarts after an item of a level below this index (0-based ilvl); 0 never. */
  readonly restartBelow: number;
  /** `isLgl`: the other levels' numbers shown in decimal, as in legal numbering (1.1.2). */
  readonly legal: boolean;
  /** What follows the label: `tab`, `space` or `nothing`. */
  readonly suffix: string;
}

interface Instance {
  readonly abstractId: string;
  /** Level → number to start again from, the first time this instance is used. */
  readonly overrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

/** A paragraph's numbering reference: w:numPr, direct or from its style. */
export interface NumberingRef {
  readonly numId: string;
  readonly ilvl: number;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  /** Counters per abstract list: the current number of each level, undefined before its first item. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(numbering: XmlElement | undefined, private readonly styles: Styles) {
    const root = numbering && child(numbering, 'w:numbering');
    if (!root) return;
    const styleLinks = new Map<string, string>();
    for (const abstract of childrenNamed(root, 'w:abstractNum')) {
      const id = abstract.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const link = valOf(abstract, 'w:numStyleLink');
      if (link !== undefined) styleLinks.set(id, link);
      this.abstracts.set(id, new Map(childrenNamed(abstract, 'w:lvl').map((lvl) => [Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl)])));
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = valOf(num, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const o of childrenNamed(num, 'w:lvlOverride')) {
        const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
        const start = valOf(o, 'w:startOverride');
        if (start !== undefined) overrides.set(ilvl, Number(start));
        const lvl = child(o, 'w:lvl');
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.instances.set(id, { abstractId, overrides, levelOverrides });
    }
    // An abstract list that only points at a numbering style (w:numStyleLink) takes its levels
    // from the list that style's w:num uses.
    for (const [id, styleId] of styleLinks) {
      const ref = this.styles.numbering(styleId);
      const target = ref && this.instances.get(ref.numId);
      const levels = target && this.abstracts.get(target.abstractId);
      if (levels && levels.size > 0 && this.abstracts.get(id)?.size === 0) this.abstracts.set(id, levels);
    }
  }

  /**
   * The label of the next item at `ref`, counting it, with what Word puts after it; '' for a
   * bullet, a level without text or an unknown list.
   */
  next(ref: NumberingRef): string {
    const instance = this.instances.get(ref.numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    if (!instance || !levels) return '';
    const level = instance.levelOverrides.get(ref.ilvl) ?? levels.get(ref.ilvl);
    if (!level) return '';
    const counters = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counters);
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId);
      for (const [ilvl, start] of instance.overrides) counters[ilvl] = start - 1;
    }
    counters[ref.ilvl] = (counters[ref.ilvl] ?? level.start - 1) + 1;
    // Deeper levels start again after this item, unless their lvlRestart says otherwise.
    for (const [ilvl, deeper] of levels) {
      if (ilvl > ref.ilvl && (deeper.restartBelow === 0 ? false : ref.ilvl < deeper.restartBelow)) counters[ilvl] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const shown = levels.get(i) ?? level;
      const n = counters[i] ?? shown.start;
      return formatNumber(n, level.legal && i !== ref.ilvl ? 'decimal' : shown.format);
    });
    return label + suffixAfter(label, level.suffix);
  }
}

function readLevel(lvl: XmlElement): Level {
  const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
  const restart = valOf(lvl, 'w:lvlRestart');
  return {
    start: Number(valOf(lvl, 'w:start') ?? 1),
    format: valOf(lvl, 'w:numFmt') ?? 'decimal',
    text: valOf(lvl, 'w:lvlText') ?? '',
    restartBelow: restart === undefined ? ilvl : Number(restart),
    legal: child(lvl, 'w:isLgl') !== undefined && valOf(lvl, 'w:isLgl') !== '0' && valOf(lvl, 'w:isLgl') !== 'false',
    suffix: valOf(lvl, 'w:suff') ?? 'tab',
  };
}

/**
 * What follows the label in the text: nothing after a label that ends in a mark (`一、`, `（一）`,
 * `1.`), as a writer types it; a space after a bare number, where Word puts its tab.
 */
function suffixAfter(label: string, suffix: string): string {
  if (suffix === 'nothing' || label === '') return '';
  return /[\p{P}\p{S}]$/u.test(label) ? '' : ' ';
}

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const DIGIT_BY_DIGIT = '〇一二三四五六七八九';

/** `n` in one of Word's number formats (ST_NumberFormat); decimal for a format not listed. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return n === 0 ? '〇' : toChineseNumber(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => DIGIT_BY_DIGIT[Number(d)]).join('');
    case 'chineseLegalSimplified':
      return legalChinese(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? toCircled(n) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** Word's letters: a, b, … z, aa, bb, … (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, symbol] of table) while (n >= value) (out += symbol), (n -= value);
  return out;
}

/** 壹, 拾, 拾壹, 贰拾, 壹佰零壹: the financial numerals, for n < 10000. */
function legalChinese(n: number): string {
  const plain = n === 0 ? '零' : toChineseNumber(n);
  return plain.replace(/[一二三四五六七八九十百千]/g, (c) => ({ 十: '拾', 百: '佰', 千: '仟' })[c] ?? LEGAL_DIGITS['〇一二三四五六七八九'.indexOf(c)]!).replace(/^拾/, '壹拾');
}

/**
 * The styles of styles.xml: the numbering a paragraph style gives, and the chain of styles
 * (`basedOn`) and the document defaults that formatting is resolved through (formatting.ts).
 */
export class Styles {
  private readonly byId = new Map<string, XmlElement>();
  /** The paragraph style of a paragraph that names none (`Normal`, by `w:default`). */
  readonly defaultParagraph: string | undefined;
  /** `w:docDefaults`: the run and paragraph properties under every style. */
  readonly defaultRun: XmlElement | undefined;
  readonly defaultParagraphProperties: XmlElement | undefined;

  constructor(styles: XmlElement | undefined) {
    const root = styles && child(styles, 'w:styles');
    let fallback: string | undefined;
    for (const style of root ? childrenNamed(root, 'w:style') : []) {
      const id = style.attrs['w:styleId'];
      if (id === undefined) continue;
      this.byId.set(id, style);
      if (style.attrs['w:type'] === 'paragraph' && (style.attrs['w:default'] === '1' || style.attrs['w:default'] === 'true')) fallback = id;
    }
    this.defaultParagraph = fallback;
    const defaults = child(root, 'w:docDefaults');
    this.defaultRun = child(child(defaults, 'w:rPrDefault'), 'w:rPr');
    this.defaultParagraphProperties = child(child(defaults, 'w:pPrDefault'), 'w:pPr');
  }

  /** The style and those it is based on, nearest first; a cycle of `basedOn` ends where it repeats. */
  chain(styleId: string | undefined): XmlElement[] {
    const out: XmlElement[] = [];
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const style = this.byId.get(id);
      if (!style) break;
      out.push(style);
      id = valOf(style, 'w:basedOn');
    }
    return out;
  }

  /** The w:numPr a style gives, its own or inherited; numId 0 switches numbering off. */
  numbering(styleId: string): NumberingRef | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const style of this.chain(styleId)) {
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      numId ??= valOf(numPr, 'w:numId');
      ilvl ??= valueOrUndefined(valOf(numPr, 'w:ilvl'));
      if (numId !== undefined && ilvl !== undefined) break;
    }
    return numId === undefined || numId === '0' ? undefined : { numId, ilvl: ilvl ?? 0 };
  }
}

function valueOrUndefined(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}
