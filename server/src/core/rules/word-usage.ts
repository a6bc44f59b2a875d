import { LEGITIMATE_WORDS, USAGES, type Usage, type UsageKind } from '../data/word-usage.js';
import { WordList } from '../model/matching.js';
import { SURNAMES } from '../text/names.js';
import { defineRule, type RuleContext } from '../rule.js';

interface Options {
  words: Readonly<Record<string, string>>;
  allow: string[];
}

const MESSAGES = {
  variant: {
    'zh-CN': '“{wrong}”是异形词的非推荐词形，应为“{right}”（{source}）',
    en: '"{wrong}" is the non-recommended form of a variant word; write "{right}" ({source})',
  },
  account: {
    'zh-CN': '钱财、账目用“账”：“{wrong}”应为“{right}”',
    en: 'Money and accounts take 账, not 帐: write "{right}" for "{wrong}"',
  },
  'as-of': {
    'zh-CN': '表示“到某时为止”用“截至”：“{phrase}”应为“{fixed}”',
    en: '"Up to a time" is 截至: write "{fixed}" for "{phrase}"',
  },
  typo: { 'zh-CN': '“{wrong}”应为“{right}”', en: '"{wrong}" should be "{right}"' },
  user: { 'zh-CN': '“{wrong}”应为“{right}”（项目词表）', en: '"{wrong}" should be "{right}" (project word list)' },
  mixed: {
    'zh-CN': '“{minority}”与“{majority}”在文中混用（“{majority}”{majorityCount}处，“{minority}”{minorityCount}处），统一为“{majority}”',
    en: '"{minority}" and "{majority}" are both used ({majorityCount} × "{majority}", {minorityCount} × "{minority}"); use "{majority}" throughout',
  },
};

type MessageId = keyof typeof MESSAGES;

/** 其他 and 其它: a document writes one. On a tie 其他, the form 《现代汉语词典》 explains the other by. */
const OTHER = ['其他', '其它'] as const;

/** A point in time after 截止: `截止目前`, `截止2025年底`, `截止今年6月`, `截止二〇二五年`, `截止2025-06-30`. */
const TIME_AFTER =
  /(?:[0-9]{4}[-./．][0-9]{1,2}(?:[-./．][0-9]{1,2})?|目前|当前|现在|此前|今天|今日|昨天|昨日|本周|上周|本月|上月|今年|去年|上年|本年|当年|年底|年末|月底|月末|上半年|下半年|前三季度|发稿时|[0-9０-９〇零一二三四五六七八九十两]{1,4}(?:年|月|日|号|时)(?:底|末|初)?|第?[一二三四1-4]季度)/y;

/** The lists for one set of options: what to find, and the right words that shield what they cross. */
interface Lists {
  readonly usages: ReadonlyMap<string, Usage | { readonly right: string; readonly kind: 'user' }>;
  readonly find: WordList;
  readonly legitimate: WordList;
  /** The longest legitimate word, for how far back one may begin. */
  readonly longest: number;
}

/**
 * Built lists by their options' content: a configuration with overrides is made anew for each
 * lint, its options equal to the last ones. A few kept, the oldest dropped first.
 */
const LISTS = new Map<string, Lists>();
const KEPT_LISTS = 8;

function listsFor(options: Options): Lists {
  const key = JSON.stringify([options.words, options.allow]);
  let lists = LISTS.get(key);
  if (lists) return lists;
  lists = buildLists(options);
  if (LISTS.size >= KEPT_LISTS) LISTS.delete(LISTS.keys().next().value!);
  LISTS.set(key, lists);
  return lists;
}

function buildLists(options: Options): Lists {
  const allowed = new Set(options.allow);
  const usages = new Map<string, Usage | { readonly right: string; readonly kind: 'user' }>();
  for (const usage of USAGES) usages.set(usage.wrong, usage);
  // Checked by the config already; entries a layer could not check are skipped, never reported on.
  for (const [wrong, right] of Object.entries(options.words)) if (wrong !== '' && wrong !== right) usages.set(wrong, { right, kind: 'user' });
  for (const wrong of allowed) usages.delete(wrong);
  const legitimate = [...LEGITIMATE_WORDS, ...[...usages.values()].map((u) => u.right), ...allowed].filter((w) => !usages.has(w));
  return {
    usages,
    find: new WordList([...usages.keys(), ...OTHER.filter((w) => !allowed.has(w))]),
    legitimate: new WordList(legitimate),
    longest: Math.max(1, ...legitimate.map((w) => w.length)),
  };
}

export default defineRule<Options>()({
  id: 'word-usage',
  category: 'wording',
  title: { 'zh-CN': '用词规范', en: 'Standard usage' },
  description: {
    'zh-CN': '列表中的不规范写法：“截止目前”“截止+时间”应为“截至”，“按步就班”“布署”“帐户”、异形词的非推荐词形等；“其他”“其它”混用；项目自己的词表',
    en: 'Listed non-standard forms: 截止 before a time for 截至, 按步就班, 布署, 帐户, non-recommended variant forms and the like; 其他 mixed with 其它; the project\'s own word list',
  },
  explanation: {
    'zh-CN':
      '公文用字以国家规范和《现代汉语词典》为准：异形词用《第一批异形词整理表》的推荐词形，钱财用“账”，表示“到某时为止”用“截至”。只比对整个词，词表中的词跨在一个正确的词上时不报告。项目特有的写法可以加入 words，不想检查的写法加入 allow。',
    en: 'Official documents follow the national standards and 《现代汉语词典》: the recommended forms of GF 1001-2001, 账 for money, 截至 for "as of". Only whole listed words are matched, never one that straddles a right word. Add the project\'s own forms to words; put forms you accept in allow.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {
    words: {
      type: 'map',
      default: {},
      description: {
        'zh-CN': '项目自己的词表：{"错误写法": "正确写法"}，如 {"协同办": "协同办公"}；与内置词表一样按整词比对并自动修复',
        en: 'The project\'s own word list: {"wrong": "right"}, such as {"协同办": "协同办公"}; matched as whole words and fixed, like the built-in list',
      },
      validate: (value) => {
        const same = Object.entries(value as Record<string, string>).find(([wrong, right]) => wrong === right);
        return same && {
          'zh-CN': `“${same[0]}”的正确写法与它本身相同，这一项不起作用；删去它，或写出正确写法`,
          en: `"${same[0]}" is mapped to itself, which does nothing; remove it or give the right form`,
        };
      },
    },
    allow: {
      type: 'string[]',
      default: [],
      description: {
        'zh-CN': '不报告的写法：列出的错误写法（如“其它”）不再报告；含有错误写法的词（如“大会报告”）中不报告其中的部分',
        en: 'Forms not reported: a listed wrong form (such as 其它) is no longer reported, and nothing inside a word listed here (such as 大会报告) is',
      },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const lists = listsFor(ctx.options);
    const others: [number, number, string][] = [];
    doc.matchWords(
      lists.find,
      (start, end, word) => {
        // A user's entry for 其它 (or 其他) reports every one of them.
        if (lists.usages.has(word)) reportUsage(ctx, start, end, word, lists);
        else others.push([start, end, word]);
      },
      {
        boundary: (_, start, end) => fits(text, start, end, lists) && !overlappedLater(text, start, end, lists),
      },
    );
    reportMixed(ctx, others);
  },
});

function reportUsage(ctx: RuleContext<Options, never, MessageId>, start: number, end: number, wrong: string, lists: Lists): void {
  const usage = lists.usages.get(wrong)!;
  const fix = { range: [start, end] as const, text: usage.right };
  if (usage.kind === 'as-of') {
    const timeEnd = timeAfter(ctx.doc.text, end);
    const time = ctx.doc.text.slice(end, timeEnd);
    ctx.report({ range: [start, end], messageId: 'as-of', params: { phrase: wrong + time, fixed: usage.right + time }, fix });
    return;
  }
  const params: Record<string, string> = { wrong, right: usage.right };
  if (usage.kind === 'variant') params['source'] = (usage as Usage).source;
  ctx.report({ range: [start, end], messageId: usage.kind satisfies UsageKind | 'user', params, fix });
}

/** 其他 and 其它 both used: each of the rarer form is reported, fixed to the other. */
function reportMixed(ctx: RuleContext<Options, never, MessageId>, found: readonly [number, number, string][]): void {
  const counts = { [OTHER[0]]: 0, [OTHER[1]]: 0 } as Record<string, number>;
  for (const [, , word] of found) counts[word]!++;
  const [first, second] = [counts[OTHER[0]]!, counts[OTHER[1]]!];
  if (first === 0 || second === 0) return;
  const majority = first >= second ? OTHER[0] : OTHER[1];
  const minority = majority === OTHER[0] ? OTHER[1] : OTHER[0];
  const params = { majority, minority, majorityCount: counts[majority]!, minorityCount: counts[minority]! };
  for (const [start, end, word] of found) {
    if (word === minority) ctx.report({ range: [start, end], messageId: 'mixed', params, fix: { range: [start, end], text: majority } });
  }
}

/** Whether the listed word at [start, end) stands there as that word: no right word sticks out of it, and its condition holds. */
function fits(text: string, start: number, end: number, lists: Lists): boolean {
  if (crossesLegitimate(text, start, end, lists)) return false;
  const usage = lists.usages.get(text.slice(start, end));
  if (!usage || usage.kind === 'user') return true;
  if (usage.beforeTime && timeAfter(text, end) < 0) return false;
  return !(usage.givenName && start > 0 && SURNAMES.includes(text[start - 1]!));
}

/**
 * Whether a listed word that fits begins inside [start, end) and ends after it: then that one is
 * meant — 对帐户 is 对 + 帐户, 平台帐号 has 帐号, 国内哄动 is 国内 + 哄动.
 */
function overlappedLater(text: string, start: number, end: number, lists: Lists): boolean {
  for (let j = start + 1; j < end; j++) {
    if (!lists.find.mayStartAt(text, j)) continue;
    for (const word of lists.find.startingWith(text.charCodeAt(j))) {
      if (j + word.length > end && text.startsWith(word, j) && fits(text, j, j + word.length, lists)) return true;
    }
  }
  return false;
}

/** Where a point in time right after `at` ends, or -1. */
function timeAfter(text: string, at: number): number {
  TIME_AFTER.lastIndex = at;
  return TIME_AFTER.test(text) ? TIME_AFTER.lastIndex : -1;
}

/**
 * Whether a legitimate word sticks out of [start, end): one crossing its start (`完成份额` over
 * 成份), its end, or holding it whole (`大会报告` around 会报). A word inside it (工作 in 工作会报) does not.
 */
function crossesLegitimate(text: string, start: number, end: number, lists: Lists): boolean {
  for (let p = Math.max(0, start - lists.longest + 1); p < end; p++) {
    if (!lists.legitimate.first[text.charCodeAt(p)]) continue;
    for (const word of lists.legitimate.startingWith(text.charCodeAt(p))) {
      const wordEnd = p + word.length;
      if (wordEnd <= start || (p >= start && wordEnd <= end) || !text.startsWith(word, p)) continue;
      return true;
    }
  }
  return false;
}
