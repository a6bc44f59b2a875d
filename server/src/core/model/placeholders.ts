import { anyOf, charClass, charTable, HAN_CLASS, isAsciiDigit, isLowSurrogate, splitsPair, isDigit, isHan, isLatinLetter, isWhitespace, isWordChar, scanAt } from '../text/chars.js';
import { DIGIT_BY_DIGIT, isZeroNeighbour, NUMERAL_CHARS, ORDINAL_NUMERALS } from '../text/numerals.js';
import { BLANK_CONTEXT, BLANK_RUN_RE, SLOT_HEADS, SLOT_NAME_JOINERS, SLOT_NAME_MAX, SLOT_TERMS, type SlotHead } from '../text/blanks.js';
import { BLANK_UNITS } from '../text/units.js';
import { CHANGE_VERBS } from '../text/verbs.js';
import { SURNAMES } from '../text/names.js';
import type { Layout, Line } from './types.js';
import type { Range } from '../types.js';

/**
 * What a blank stands for, from the words around it: `X亿元` a number, `X%` a percentage,
 * `X月X日` a date, `X市` a name, `X号楼` a label, `第X次` an ordinal, `XX同志` a person, `[联系电话]`
 * a phone number; `marker` is an editing note such as `【待补充】` or `TODO`.
 */
export type PlaceholderKind = 'number' | 'percent' | 'date' | 'name' | 'label' | 'person' | 'ordinal' | 'phone' | 'text' | 'marker';

export interface Placeholder {
  readonly range: Range;
  readonly kind: PlaceholderKind;
  /** The unit or suffix that stays when the blank is filled: `亿元`, `%`, `市`, `年`, or ''. */
  readonly unit: string;
  /** The compound the blank belongs to, as written: `X市X区`, `X届X次`, `X月X日`, `X亿元`. */
  readonly template: string;
  /** Index of this blank inside its compound. */
  readonly slot: number;
  /** Identical blanks share a key: the same slot of the same template, or the same kind of name. */
  readonly key: string;
  /**
   * Whether the blanks with this key take one answer everywhere — a place or an organisation, the
   * 届次 of one meeting — so that they can be filled together. Never for figures, dates or people.
   */
  readonly shared: boolean;
  /**
   * When the X may be a letter of a real term (`X号楼`, `X战警`, `X银行`): the whole term, which an
   * allow-list entry must cover to silence it. Absent for blanks no entry may silence: figures,
   * dates, ordinals, people, place names of the administrative divisions, ×/某/○ blanks, markers.
   */
  readonly allowToken?: string;
  /** The part of `range` a fill replaces when it is not all of it (inside `《》`, `〔〕`). */
  readonly fillRange?: Range;
  /** A slot's own name, which says what belongs in it: `会议名称` of `[会议名称]`. */
  readonly label?: string;
}

// How an editing note in brackets begins: 【待补充】, （待定）, 【请填写单位名称】.
const NOTE_PREFIX = '(?:待(?:补充|补|定|填|核实|核|确认|完善|更新|修改|商|议|查)|请(?:填写|补充|核实|确认|输入)|此处|填写)';
// One pass over the text finds every candidate; each is then judged by its neighbours.
const TRIGGER_RE = new RegExp(
  [
    '[XＸxｘ]+',
    '×+',
    '某{2,}',
    '[○□]+',
    '_{3,}',
    '＿{2,}',
    '[【\\[［〔(（《“「][ \\u3000]*[】\\]］〕)）》”」]',
    `[【\\[［〔(（]${NOTE_PREFIX}[^\\n【\\[［〔(（】\\]］〕)）]{0,16}[】\\]］〕)）]`,
    // A slot name: `[会议名称]`, `（联系人姓名）`. No 某 inside, so that a rejected one hides no `某某`.
    `[【\\[［(（](?:(?!某)[${HAN_CLASS}${SLOT_NAME_JOINERS}]){0,${SLOT_NAME_MAX}}?${anyOf(SLOT_HEADS.map((h) => h.word).sort((a, b) => b.length - a.length))}[】\\]］)）]`,
    '\\*+',
    '\\b(?:TODO|TBD|FIXME)\\b',
  ].join('|'),
  'y',
);
const TRIGGER_FIRST = charTable('XＸxｘ×*某○□_＿【[［〔(（《“「TF');

/** Words in which an X is a letter, not a blank: X光, X射线, X线, X轴, X型, X形. */
const X_WORDS_RE = /^(?:光|射线|线|轴|型|形|染色体)/;

const PERSON_RE = new RegExp(`^${anyOf(BLANK_CONTEXT.person)}`);
const PLACE_RE = new RegExp(`^${anyOf(BLANK_CONTEXT.places)}`);
const ORGANISATION_RE = new RegExp(`^[${HAN_CLASS}]{1,14}?${anyOf(BLANK_CONTEXT.organisations)}`);
const DIVISION_RE = new RegExp(`^${anyOf(BLANK_CONTEXT.divisions)}$`);
// A numbered thing rather than a quantity.
const LABEL_RE = new RegExp(`^号${anyOf(BLANK_CONTEXT.numbered)}`);
// Words after an X that end a term: `XX的通知` has no term to allow.
const TERM_STOP = '的地得之和与及或在是为了等';
const SCALE_RE = new RegExp(`^${charClass(NUMERAL_CHARS.places + NUMERAL_CHARS.scales)}*`);
const APPROX_RE = /^[余多]?/;
const UNIT_RE = new RegExp(`^${anyOf(BLANK_UNITS)}`);
const NUMBER_CONTEXT_RE = new RegExp(
  `${anyOf(['近', '约', '共', '计', '达', '超', '逾', '为', ...CHANGE_VERBS, '完成', '实现', '累计', '培训', '排查', '清理', '新增', '投资', '资金', '金额', '收入'])}$`,
);
const ORDINAL_AFTER_RE = new RegExp(`^次${anyOf(BLANK_CONTEXT.meetings)}`);
const YEAR_RANGE_RE = /^[-—－~～至到][XＸxｘ×*\d]+年/;
const DAY_AFTER_RE = /^[日号]/;
const DURATION_AFTER_YEAR_RE = new RegExp(`^年${anyOf(BLANK_CONTEXT.durations)}`);
// After the digits written before a blank: `20XX年`, `2X届`, `20××-20××年`.
const AFTER_DIGITS_RE = /^[年届月日\-—～~至]/;
// A document number's year: `〔20××〕`, and in square brackets, which sloppy drafts type, before its number: `[20XX]X号`.
const YEAR_BRACKETS = ['〔〕', '[]', '［］'];
const YEAR_CLOSES = '〕]］';
const NUMBER_AFTER_YEAR_RE = /(?:\d+|[XＸxｘ×*]+)号/y;
// The marks of a heading before the title: `（三）`, `(2)`, `3）`, at the start of a line.
const HEADING_MARKER_RE = new RegExp(`^[ \\t\\u3000\\u00a0]{0,8}(?:[（(](?:${charClass(ORDINAL_NUMERALS)}{1,3}|\\d{1,3})[）)]|\\d{1,3}[)）])$`);
// Chinese context around a lower-case x: `《走进xx》`, `联系人：xx，`.
const CJK_PUNCTUATION = '，。、；：！？“”‘’《》（）【】〔〕「」';
// Markdown emphasis pasted into a draft: `**加粗**`.
const EMPHASIS_RE = /(?<!\*)(\*{1,3})(?![ \t\r\n\u3000\u00a0*])([^*\r\n]*?[^ \t\r\n\u3000\u00a0*])\1(?!\*)/g;
const SLOT_HEAD_WORDS = [...SLOT_HEADS].sort((a, b) => b.word.length - a.word.length);
const SLOT_PAIRS = ['[]', '［］', '【】', '()', '（）'];
const NOTE_RE = new RegExp(`^${NOTE_PREFIX}`);

const BUILT_IN_ALLOW = ['数据要素×'];


export function scanPlaceholders(doc: Layout): Placeholder[] {
  const text = doc.text;
  const found: Draft[] = [];
  let emphasis: ReadonlySet<number> | undefined;
  // Markup that looks like a blank (a Markdown thematic break `___`, a task box `- [ ]`) is ignored by its reader.
  scanAt(text, TRIGGER_FIRST, TRIGGER_RE, (m, start) => {
    const end = start + m[0].length;
    const draft = text[start] === '*' ? judgeStars(text, start, end, (emphasis ??= emphasisMarks(text))) : judge(text, start, end);
    if (draft && !doc.isIgnored(draft.range[0], draft.range[1]) && !builtInAllowed(text, draft.range)) found.push(draft);
  });
  return group(text, found);
}

interface Draft {
  range: Range;
  kind: PlaceholderKind;
  unit: string;
  /** Where the unit (or the suffix naming the kind) ends: part of the template. */
  unitEnd: number;
  /** Where the name ends when it runs past the unit: `X建设集团`. */
  nameEnd?: number;
  fillRange?: Range;
  label?: string;
}

function judge(text: string, start: number, end: number): Draft | undefined {
  const first = text[start]!;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  switch (first) {
    case 'X':
    case 'Ｘ':
    case 'x':
    case 'ｘ':
      return judgeX(text, start, end);
    case '×': {
      const year = yearWithDigits(text, start, end);
      if (year !== false) return year;
      // `2×35万千瓦`, `7×24小时`, `(a+b)×c`: multiplication; not after a heading's marker (`（三）×××`).
      if (isWordChar(before) || isWordChar(after) || ((before === ')' || before === '）') && !afterHeadingMarker(text, start))) return undefined;
      // A single × closing a name (`数据要素×”`) is part of it.
      if (end - start === 1 && isHan(before) && !isHan(after) && after !== '%' && after !== '％') return undefined;
      return blank(text, start, end);
    }
    case '某':
      // `王某某`: a name anonymised on purpose, as disciplinary and court notices do.
      if (before !== '' && SURNAMES.includes(before)) return undefined;
      return blank(text, start, end);
    case '○':
    case '□':
      // `二○二○年`: ○ as a zero in a Chinese-numeral year.
      if (first === '○' && (isZeroNeighbour(before) || isZeroNeighbour(after))) return undefined;
      // A lone □ at the start of an item is a check box (`□同意　□不同意`).
      if (first === '□' && end - start === 1 && (before === '' || isWhitespace(before)) && !isWhitespace(after)) {
        return undefined;
      }
      return blank(text, start, end);
    case '_':
    case '＿':
      return blank(text, start, end);
    case 'T':
    case 'F':
      return { range: [start, end], kind: 'marker', unit: '', unitEnd: end };
    default:
      return judgeBracket(text, start, end);
  }
}

function judgeX(text: string, start: number, end: number): Draft | undefined {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const run = text.slice(start, end);
  // A letter of a word or code: XML, SpaceX, Windows XP, X86, 1+X.
  if (isLatinLetter(before) || isLatinLetter(after) || isDigit(after) || before === '+' || after === '+') return undefined;
  const twoBefore = text[start - 2] ?? '';
  if (before === '_' || after === '_' || (before === '-' && isLatinLetter(twoBefore) && !isBlankX(twoBefore))) return undefined;
  if (X_WORDS_RE.test(text.slice(end, end + 3))) return undefined;
  // One letter in a list of letters: `X、Y、Z`, `A、X`.
  if (end - start === 1 && (isLetterListItem(text, start - 1, -1) || isLetterListItem(text, end, 1))) return undefined;
  // An English sentence: `the X axis`.
  if (isWhitespace(before) && isLatinLetter(twoBefore)) return undefined;
  // `20XX年`, `〔20xx〕`: a partly written year. `“415X”` is a name, `3x` maths.
  const year = yearWithDigits(text, start, end);
  if (year !== false) return year;
  if (/[xｘ]/.test(run) && isDigit(before)) return undefined;
  // Lower case only in Chinese: before Chinese or %, `x亿元`, `xx同志`; or between Chinese and its
  // punctuation, `《走进xx》`, `联系人：xx，`. `x = 1` is maths, `xx.com` a name.
  if (/[xｘ]/.test(run) && !(isHan(after) || after === '%' || after === '％') && !inYearBrackets(text, start, end)) {
    // The end of a line, or of the words in emphasis (`**联系人：xx**`).
    const edge = (c: string) => c === '' || c === '\n' || c === '\r' || c === '*';
    const hanBefore = isHan(before) || (isLowSurrogate(before.charCodeAt(0)) && isHan(text[start - 2] ?? ''));
    const punctuation = (c: string) => c !== '' && CJK_PUNCTUATION.includes(c);
    if (!(hanBefore || punctuation(before)) || !(punctuation(after) || edge(after))) return undefined;
  }
  return blank(text, start, end);
}

/**
 * A blank after the digits of its number, which belong to it: a year (`20XX年`, `二〇××年`,
 * `〔20××〕`) or `2X届`. `false` when no digit is written before it; undefined when the digits make
 * it no blank (`“415X”`, `3x`, `2×35`).
 */
function yearWithDigits(text: string, start: number, end: number): Draft | undefined | false {
  const after = text[end] ?? '';
  let s = start;
  if (isAsciiDigit(text[start - 1] ?? '')) {
    while (s > 0 && start - s < 3 && isAsciiDigit(text[s - 1]!)) s--;
    if (isAsciiDigit(text[s - 1] ?? '')) return undefined;
  } else {
    // `二〇××年`: Chinese digits of a year, at least two of them.
    while (s > 0 && start - s < 3 && DIGIT_BY_DIGIT.includes(text[s - 1]!)) s--;
    if (start - s < 2 || after !== '年' || isZeroNeighbour(text[s - 1] ?? '')) return false;
  }
  if (inYearBrackets(text, s, end)) return yearDraft(s, end);
  if (!AFTER_DIGITS_RE.test(after)) return undefined;
  // With its digits a year is a year, in `20XX年以来` too.
  if (after === '年') return { range: [s, end], kind: 'date', unit: '年', unitEnd: end + 1 };
  return blank(text, s, end);
}

/** Whether `[start, end)` fills the brackets of a document number's year: `〔20××〕`, `[20XX]X号`. */
function inYearBrackets(text: string, start: number, end: number): boolean {
  const pair = (text[start - 1] ?? '') + (text[end] ?? '');
  if (pair === '〔〕') return true;
  if (!YEAR_BRACKETS.includes(pair)) return false;
  NUMBER_AFTER_YEAR_RE.lastIndex = end + 1;
  return NUMBER_AFTER_YEAR_RE.test(text);
}

function yearDraft(start: number, end: number): Draft {
  return { range: [start, end], kind: 'date', unit: '年', unitEnd: end };
}

/** Whether the line up to `at` is a heading's marker: `（三）`, `　　(2)`, `3）`. */
function afterHeadingMarker(text: string, at: number): boolean {
  const from = Math.max(0, at - 16);
  const line = text.slice(from, at);
  const lineStart = Math.max(line.lastIndexOf('\n'), line.lastIndexOf('\r')) + 1;
  return (lineStart > 0 || from === 0) && HEADING_MARKER_RE.test(line.slice(lineStart));
}

/**
 * Asterisks standing for a name or a figure: `*乡`, `***市`, `**同志`, `20**年`, `由**建设集团承建`.
 * Only where the words after them say what belongs there: a footnote mark (`注*：`), a bullet
 * (`* 第一项`), multiplication (`3*4`) and emphasis (`**加粗**`) say nothing.
 */
function judgeStars(text: string, start: number, end: number, emphasis: ReadonlySet<number>): Draft | undefined {
  return emphasis.has(start) ? undefined : starBlank(text, start, end);
}

function starBlank(text: string, start: number, end: number): Draft | undefined {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const year = yearWithDigits(text, start, end);
  if (year !== false) return year;
  if (isWordChar(before) || isWordChar(after) || before === ')' || before === '）') return undefined;
  const draft = blank(text, start, end);
  // A number needs its unit after it (`**万元`), not just a verb before it (`完成*`).
  if (draft.kind === 'text' || (draft.kind === 'number' && draft.unitEnd === end)) return undefined;
  // `带*号的为必填项`: the asterisk sign, not the number of a document (`〔2025〕*号`).
  if (draft.kind === 'number' && draft.unit === '号' && (before === '' || !YEAR_CLOSES.includes(before))) return undefined;
  return draft;
}

/**
 * The starts of the asterisk runs that are Markdown emphasis: both marks of `**加粗**`. Not two
 * blanks of a line, each where a blank fits (`***市***区`, `**社区、**街道`), nor a year's blank
 * (`20**年`).
 */
function emphasisMarks(text: string): Set<number> {
  const marks = new Set<number>();
  EMPHASIS_RE.lastIndex = 0;
  for (let m = EMPHASIS_RE.exec(text); m; m = EMPHASIS_RE.exec(text)) {
    const open = m.index + m[1]!.length;
    const close = open + m[2]!.length;
    const opener = starBlank(text, m.index, open);
    if (opener && (yearWithDigits(text, m.index, open) || starBlank(text, close, close + m[1]!.length))) {
      // The second run may still open emphasis of its own.
      EMPHASIS_RE.lastIndex = open;
      continue;
    }
    marks.add(m.index);
    marks.add(close);
  }
  return marks;
}

function isLetterListItem(text: string, sepIndex: number, dir: 1 | -1): boolean {
  const sep = text[sepIndex] ?? '';
  if (sep !== '、' && sep !== ',' && sep !== '，' && sep !== '/') return false;
  const letter = text[sepIndex + dir] ?? '';
  const beyond = text[sepIndex + 2 * dir] ?? '';
  return isLatinLetter(letter) && !isBlankX(letter) && !isLatinLetter(beyond);
}

function isBlankX(c: string): boolean {
  return c === 'X' || c === 'Ｘ' || c === 'x' || c === 'ｘ';
}

function judgeBracket(text: string, start: number, end: number): Draft | undefined {
  const open = text[start]!;
  const inner = text.slice(start + 1, end - 1).trim();
  if (inner !== '' && inner !== '\u3000') {
    if (NOTE_RE.test(inner)) return { range: [start, end], kind: 'marker', unit: '', unitEnd: end };
    return judgeSlot(text, start, end);
  }
  // `f()`, `a[]`: code.
  if (isWordChar(text[start - 1] ?? '')) return undefined;
  // Book-title marks, quotation marks and a document number's 〔〕 stay; the words go between them.
  const keepMarks = open === '《' || open === '“' || open === '「' || open === '〔';
  const draft = open === '〔' ? yearDraft(start, end) : blank(text, start, end);
  if (keepMarks) draft.fillRange = [start + 1, end - 1];
  return draft;
}

/**
 * A slot name in brackets, `关于召开[会议名称]的通知`, `各[单位/部门]：`, `（联系人姓名）`: what
 * belongs there by the noun that ends it, and where that noun may stand (see `SlotPlace`).
 */
function judgeSlot(text: string, start: number, end: number): Draft | undefined {
  const open = text[start]!;
  const close = text[end - 1]!;
  const inner = text.slice(start + 1, end - 1);
  if (!SLOT_PAIRS.includes(open + close) || inner.length > SLOT_NAME_MAX || SLOT_TERMS.some((t) => inner.endsWith(t))) return undefined;
  const head = SLOT_HEAD_WORDS.find((h) => inner.endsWith(h.word));
  if (!head || !slotFits(head, open)) return undefined;
  const ascii = open === '[' || open === '(';
  // `a[名称]`, `f(时间)`: code; `[日期](…)`: a Markdown link's text.
  if ((ascii && isWordChar(text[start - 1] ?? '')) || (close === ']' && (text[end] === '(' || text[end] === '['))) return undefined;
  return { range: [start, end], kind: head.kind, unit: head.unit, unitEnd: end, label: inner };
}

function slotFits(head: SlotHead, open: string): boolean {
  switch (head.place) {
    case 'value':
      return true;
    case 'body':
      return open !== '（' && open !== '(';
    default:
      return open === '[' || open === '［';
  }
}

/** A blank for missing content; its kind and unit come from the words around `[start, end)`. */
function blank(text: string, start: number, end: number): Draft {
  // Long enough for the longest organisation: 14 characters of its name and 有限公司.
  const ahead = text.slice(end, end + 18);
  const behind = text.slice(Math.max(0, start - 6), start);
  const draft = (kind: PlaceholderKind, unit = '', unitLength = unit.length): Draft => ({
    range: [start, end],
    kind,
    unit,
    unitEnd: end + unitLength,
  });
  const c = ahead[0] ?? '';
  if (inYearBrackets(text, start, end)) return yearDraft(start, end);
  if (c === '%' || c === '％') return draft('percent', '%', 1);
  if (behind.endsWith('百分之')) return draft('percent');
  if (behind.endsWith('第')) {
    const unit = /^[次轮届期批名位个章条款项]/.exec(ahead)?.[0] ?? '';
    return draft('ordinal', unit);
  }
  if (c === '届') return draft('ordinal', '届');
  if ((c === '次' && behind.endsWith('届')) || ORDINAL_AFTER_RE.test(ahead)) return draft('ordinal', '次');
  if (c === '年' && !DURATION_AFTER_YEAR_RE.test(ahead)) return draft('date', '年');
  if (YEAR_RANGE_RE.test(ahead)) return draft('date', '年', 0);
  if (c === '月' && !behind.endsWith('个')) return draft('date', '月');
  if (DAY_AFTER_RE.test(ahead) && behind.endsWith('月')) return draft('date', c);
  const label = LABEL_RE.exec(ahead);
  if (label) return draft('label', label[0]);
  const person = PERSON_RE.exec(ahead);
  if (person) return draft('person', '', person[0].length);
  const place = PLACE_RE.exec(ahead);
  if (place) return draft('name', place[0]);
  const scale = SCALE_RE.exec(ahead)![0];
  const approx = APPROX_RE.exec(ahead.slice(scale.length))![0];
  const measure = UNIT_RE.exec(ahead.slice(scale.length + approx.length))?.[0] ?? '';
  if (measure === '大') return draft('number', '', 0);
  if (measure || scale) return draft('number', scale + measure, scale.length + approx.length + measure.length);
  const organisation = ORGANISATION_RE.exec(ahead);
  if (organisation) return { ...draft('name', '公司', 0), nameEnd: end + organisation[0].length };
  if (NUMBER_CONTEXT_RE.test(behind)) return draft('number');
  return draft('text');
}

/** Whether a built-in allowed word covers `range`; looks only at the few offsets where it could start. */
function builtInAllowed(text: string, range: Range): boolean {
  for (const word of BUILT_IN_ALLOW) {
    for (let at = Math.max(0, range[1] - word.length); at <= range[0]; at++) {
      if (text.startsWith(word, at)) return true;
    }
  }
  return false;
}

const MAX_COMPOUND = 6;
const JOINER_RE = new RegExp(`^(?:[${HAN_CLASS}]{1,3}|[-—－~～至])$`);

function joined(text: string, a: Draft, b: Draft): boolean {
  const gap = b.range[0] - a.range[1];
  const alone = (d: Draft) => d.kind === 'marker' || d.label !== undefined;
  return gap >= 1 && gap <= 3 && !alone(a) && !alone(b) && JOINER_RE.test(text.slice(a.range[1], b.range[0]));
}

/**
 * Joins blanks that form one compound — `X市X区`, `X届X次`, `X月X日`, `X-X年` — and gives each its
 * template, slot and key.
 */
function group(text: string, drafts: readonly Draft[]): Placeholder[] {
  const out: Placeholder[] = [];
  let i = 0;
  while (i < drafts.length) {
    let j = i;
    // A compound is a name or a date (`X省X市X区X街道`): a few blanks, never a whole page of them.
    while (j + 1 < drafts.length && j - i + 1 < MAX_COMPOUND && joined(text, drafts[j]!, drafts[j + 1]!)) j++;
    const last = drafts[j]!;
    const template = text.slice(drafts[i]!.range[0], Math.max(last.range[1], last.unitEnd));
    const normalized = template.replace(BLANK_RUN_RE, 'X');
    for (let k = i; k <= j; k++) {
      const d = drafts[k]!;
      const slot = k - i;
      // Slots with one name take one answer when they name a place or a body: `[会议名称]`, `（单位名称）`.
      const key = d.kind === 'name' ? `name:${d.label ?? `X${d.unit}`}` : `${d.kind}:${normalized}#${slot}`;
      const shared = d.kind === 'name' || (d.kind === 'ordinal' && template.includes('届'));
      const p: Placeholder = { range: d.range, kind: d.kind, unit: d.unit, template, slot, key, shared };
      const token = allowToken(text, d);
      out.push({
        ...p,
        ...(d.fillRange && { fillRange: d.fillRange }),
        ...(token !== undefined && { allowToken: token }),
        ...(d.label !== undefined && { label: d.label }),
      });
    }
    i = j + 1;
  }
  return out;
}

const LETTER_RUN_RE = /^[XＸxｘ]+$/;

/** The term an X-letter blank may belong to (see `Placeholder.allowToken`). */
function allowToken(text: string, d: Draft): string | undefined {
  const [start, end] = d.range;
  if (!LETTER_RUN_RE.test(text.slice(start, end))) return undefined;
  switch (d.kind) {
    case 'label':
      return text.slice(start, d.unitEnd);
    case 'name':
      if (DIVISION_RE.test(d.unit)) return undefined;
      return text.slice(start, d.nameEnd ?? d.unitEnd);
    case 'text': {
      // The Han characters after it, up to a word that ends the term: `X战警`, `X因子`.
      let stop = end;
      while (stop < text.length && stop - end < 2 && isHan(text[stop]!) && !TERM_STOP.includes(text[stop]!)) stop++;
      if (splitsPair(text, stop)) stop++;
      return stop > end ? text.slice(start, stop) : undefined;
    }
    default:
      return undefined;
  }
}

/** A blank found by a user pattern, judged by the same neighbours as the built-in ones. */
export function placeholderAt(text: string, start: number, end: number): Placeholder {
  return group(text, [blank(text, start, end)])[0]!;
}
