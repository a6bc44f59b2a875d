import { anyOf, charClass, charTable, HAN_CLASS, isAsciiDigit, splitsPair, isDigit, isHan, isLatinLetter, isWhitespace, isWordChar, scanAt } from '../text/chars.js';
import { isZeroNeighbour, NUMERAL_CHARS } from '../text/numerals.js';
import { BLANK_RUN_RE } from '../text/blanks.js';
import { BLANK_UNITS } from '../text/units.js';
import { CHANGE_VERBS } from '../text/verbs.js';
import type { Layout, Line } from './types.js';
import type { Range } from '../types.js';

/**
 * What a blank stands for, from the words around it: `X亿元` a number, `X%` a percentage,
 * `X月X日` a date, `X市` a name, `X号楼` a label, `第X次` an ordinal, `XX同志` a person; `marker`
 * is an editing note such as `【待补充】` or `TODO`.
 */
export type PlaceholderKind = 'number' | 'percent' | 'date' | 'name' | 'label' | 'person' | 'ordinal' | 'text' | 'marker';

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
  /** The part of `range` a fill replaces when it is not all of it (inside `《》`). */
  readonly fillRange?: Range;
}

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
    '[【\\[［〔(（](?:待(?:补充|补|定|填|核实|核|确认|完善|更新|修改|商|议|查)|请(?:填写|补充|核实|确认|输入)|此处|填写)[^\\n【\\[［〔(（】\\]］〕)）]{0,16}[】\\]］〕)）]',
    '\\b(?:TODO|TBD|FIXME)\\b',
  ].join('|'),
  'y',
);
const TRIGGER_FIRST = charTable('XＸxｘ×某○□_＿【[［〔(（《“「TF');

/** Words in which an X is a letter, not a blank: X光, X射线, X线, X轴, X型, X形. */
const X_WORDS_RE = /^(?:光|射线|线|轴|型|形|染色体)/;

const PERSON_RE = /^(?:同志|书记|副书记|主任|局长|区长|市长|县长|镇长|乡长|部长|主席|省长|委员|先生|女士|老师)/;
const PLACE_RE =
  /^(?:省|自治区|自治州|自治县|市|区|县|旗|盟|州|乡|镇|村|街道|社区|小学|中学|大学|学校|医院|公司|集团|银行|局|委|厅|办|中心|协会|合作社|部门|单位)/;
const ORGANISATION_RE = new RegExp(`^[${HAN_CLASS}]{1,14}?(?:有限公司|公司|集团|合作社|学校|医院|协会|研究院)`);
// Administrative divisions: `X市` in a draft is always a blank, never a term to allow.
const DIVISION_RE = /^(?:省|自治区|自治州|自治县|市|区|县|旗|盟|州|乡|镇|村|街道|社区)$/;
// A numbered thing rather than a quantity: 3号楼, 2号线, 5号会议室 (but 〔2025〕X号, X号文件 are numbers).
const LABEL_RE =
  /^号(?:楼|线|院|门|馆|厅|库|仓|站|口|桥|机|台|罐|井|房|车|机组|车间|会议室|窗口|展厅|泊位|地块|厂房|设备|宿舍|教学楼|航站楼|码头|船)/;
// Words after an X that end a term: `XX的通知` has no term to allow.
const TERM_STOP = '的地得之和与及或在是为了等';
const SCALE_RE = new RegExp(`^${charClass(NUMERAL_CHARS.places + NUMERAL_CHARS.scales)}*`);
const APPROX_RE = /^[余多]?/;
const UNIT_RE = new RegExp(`^${anyOf(BLANK_UNITS)}`);
const NUMBER_CONTEXT_RE = new RegExp(
  `${anyOf(['近', '约', '共', '计', '达', '超', '逾', '为', ...CHANGE_VERBS, '完成', '实现', '累计', '培训', '排查', '清理', '新增', '投资', '资金', '金额', '收入'])}$`,
);
const ORDINAL_AFTER_RE = /^次(?:全会|全体会议|会议|党代会|全委会|代表大会)/;
const YEAR_RANGE_RE = /^[-—－~～至到][XＸxｘ×\d]+年/;
const DAY_AFTER_RE = /^[日号]/;
const DURATION_AFTER_YEAR_RE = /^年(?:来|间|多|内|以来|左右|后|前)/;

const BUILT_IN_ALLOW = ['数据要素×'];

// Common surnames, without those that are also everyday function words before a blank (由, 向, 万…).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';

export function scanPlaceholders(doc: Layout): Placeholder[] {
  const text = doc.text;
  const found: Draft[] = [];
  // Markup that looks like a blank (a Markdown thematic break `___`, a task box `- [ ]`) is ignored by its reader.
  scanAt(text, TRIGGER_FIRST, TRIGGER_RE, (m, start) => {
    const end = start + m[0].length;
    const draft = judge(text, start, end);
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
    case '×':
      // `2×35万千瓦`, `7×24小时`: multiplication. A single × closing a name (`数据要素×”`) is part of it.
      if (isWordChar(before) || isWordChar(after) || before === ')' || before === '）') return undefined;
      if (end - start === 1 && isHan(before) && !isHan(after) && after !== '%' && after !== '％') return undefined;
      return blank(text, start, end);
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
  if (/[xｘ]/.test(run)) {
    // Lower case only where Chinese follows: `x亿元`, `xx同志`; `3x`, `x = 1` are maths.
    if (isDigit(before) || !(isHan(after) || after === '%' || after === '％')) return undefined;
  }
  if (isAsciiDigit(before)) {
    // `20XX年`: a partly written year. `“415X”` is a name.
    let s = start;
    while (s > 0 && start - s < 3 && isAsciiDigit(text[s - 1]!)) s--;
    if (isAsciiDigit(text[s - 1] ?? '') || !/^[年届月日\-—～~至]/.test(after)) return undefined;
    return blank(text, s, end);
  }
  return blank(text, start, end);
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
  if (inner !== '' && inner !== '\u3000') return { range: [start, end], kind: 'marker', unit: '', unitEnd: end };
  // `f()`, `a[]`: code.
  if (isWordChar(text[start - 1] ?? '')) return undefined;
  // Book-title marks and quotation marks stay; the name goes between them.
  const keepMarks = open === '《' || open === '“' || open === '「';
  const draft = blank(text, start, end);
  if (keepMarks) draft.fillRange = [start + 1, end - 1];
  return draft;
}

/** A blank for missing content; its kind and unit come from the words around `[start, end)`. */
function blank(text: string, start: number, end: number): Draft {
  const ahead = text.slice(end, end + 16);
  const behind = text.slice(Math.max(0, start - 6), start);
  const draft = (kind: PlaceholderKind, unit = '', unitLength = unit.length): Draft => ({
    range: [start, end],
    kind,
    unit,
    unitEnd: end + unitLength,
  });
  const c = ahead[0] ?? '';
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
  return gap >= 1 && gap <= 3 && a.kind !== 'marker' && b.kind !== 'marker' && JOINER_RE.test(text.slice(a.range[1], b.range[0]));
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
      const key = d.kind === 'name' ? `name:X${d.unit}` : `${d.kind}:${normalized}#${slot}`;
      const shared = d.kind === 'name' || (d.kind === 'ordinal' && template.includes('届'));
      const p: Placeholder = { range: d.range, kind: d.kind, unit: d.unit, template, slot, key, shared };
      const token = allowToken(text, d);
      out.push({ ...p, ...(d.fillRange && { fillRange: d.fillRange }), ...(token !== undefined && { allowToken: token }) });
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
