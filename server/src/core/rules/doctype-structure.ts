import { DOCUMENT_TYPE_NAMES, type DocumentType } from '../model/document-type.js';
import { trimmedRange } from '../text/chars.js';
import { SENTENCE_MARKS } from '../text/terminators.js';
import { defineRule, type NoOptions, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';


const MESSAGES = {
  requestMissing: {
    'zh-CN': '请示：结尾应有请求批复的语句，如「妥否，请批示」「当否，请批复」（{basis}）',
    en: 'Request for instructions (请示): it should close by asking for a reply, such as 妥否，请批示 ({basis})',
  },
  twoMatters: {
    'zh-CN': '请示应当一文一事：结尾的「{word}」可能引出了第二个请示事项（{basis}）',
    en: 'A 请示 asks about one matter: "{word}" in its closing may bring in a second one ({basis})',
  },
  manyAddressees: {
    'zh-CN': '请示原则上只主送一个上级机关，这里主送了{count}个；其他机关用抄送（{basis}）',
    en: 'A 请示 goes to one superior body; this one names {count}: send copies to the others ({basis})',
  },
  requestInReport: {
    'zh-CN': '报告中不得夹带请示事项：「{phrase}」是请示的结语，需要批复的事项应另行请示（{basis}）',
    en: 'A report (报告) must not carry a request: "{phrase}" closes a 请示; ask for approval in a 请示 of its own ({basis})',
  },
  noAddressee: {
    'zh-CN': '{type}：标题（和发文字号）之后应写主送机关，如「市人民政府：」（{basis}）',
    en: 'A {type} names its addressee after the title (and the document number), such as 市人民政府： ({basis})',
  },
  letterClosing: {
    'zh-CN': '函：结尾通常用「特此函告」「请予函复」等结语',
    en: 'A letter (函) usually closes with 特此函告 or 请予函复',
  },
  minutesAttendance: {
    'zh-CN': '纪要：应记载出席、列席人员（如「出席：…」「列席：…」，或在开头写明参加会议的人员）（{basis}）',
    en: 'Minutes (纪要) record who attended (出席：…, 列席：…, or in the opening) ({basis})',
  },
  speechSalutation: {
    'zh-CN': '讲话：开头通常有称呼，如「同志们：」「各位代表：」',
    en: 'A speech usually opens with a salutation, such as 同志们： or 各位代表：',
  },
  typeHere: { 'zh-CN': '文种：{type}', en: 'Document type: {type}' },
  article15: { 'zh-CN': '《党政机关公文处理工作条例》第十五条', en: 'art. 15 of the 党政机关公文处理工作条例' },
  gbt9704Minutes: { 'zh-CN': 'GB/T 9704-2012 第10.3条', en: 'GB/T 9704-2012 §10.3' },
  gbt9704Addressee: { 'zh-CN': 'GB/T 9704-2012 第7.3.2条', en: 'GB/T 9704-2012 §7.3.2' },
};

const ARTICLE_15 = { messageId: 'article15' } as const;
const GBT_9704_MINUTES = { messageId: 'gbt9704Minutes' } as const;
const GBT_9704_ADDRESSEE = { messageId: 'gbt9704Addressee' } as const;

type Ctx = RuleContext<NoOptions, never, keyof typeof MESSAGES>;

/** The closing of a 请示 (妥否，请批示; 以上请示当否，请批复; 特此请示). */
const REQUEST_RE = /(?:妥否|当否|是否妥当|是否可行|可否)[，,]?\s*请(?:予)?(?:批示|批复|审批|审定|指示|示)|请(?:予)?(?:批示|批复|审批|审定|核准|批准|研究批复)|特此请示/;
const REQUEST_IN_TEXT_RE = new RegExp(REQUEST_RE.source, 'g');
/** Words that bring in a further matter. */
const SECOND_MATTER_RE = /另外|同时|此外|还请/;
/** The closing of a 函. */
const LETTER_CLOSING_RE = /特此函(?:告|复|达|询)|请(?:予|即)?函复|请研究函复|盼复|请复函|此复|特此致函|请予(?:支持|协助|配合)/;
/** 出席/列席 lines, or who attended said in the text. */
const ATTENDANCE_RE = /(?:^|\n)\s*(?:出席|列席|参加|请假|缺席)(?:人员|会议|领导)?\s*[：:]|出席会议|列席会议|参加会议|出席人员|参会人员/;
const SALUTATION_RE = /同志们|各位|女士们|先生们|朋友们|老师们|同学们/;
/** The lines of the body examined as its closing: the last ones that end as sentences. */
const CLOSING_LINES = 3;

export default defineRule()({
  id: 'doctype-structure',
  category: 'format',
  title: { 'zh-CN': '文种结构', en: 'Document type structure' },
  description: {
    'zh-CN': '按标题中的文种检查结构：请示的结语、一文一事、只主送一个机关；报告不夹带请示事项；函的结语；纪要的出席人员；通知、请示、报告的主送机关；讲话的称呼',
    en: 'The structure the title’s document type asks for: a 请示’s closing request, one matter and one addressee; no request in a 报告; a 函’s closing; who attended a 纪要; the addressee of a 通知, 请示 or 报告; a speech’s salutation',
  },
  explanation: {
    'zh-CN':
      '《党政机关公文处理工作条例》规定了15种公文，各有用途：请示一文一事、原则上主送一个上级机关，报告不得夹带请示事项（第十五条）。文种从标题读出（「关于…的请示」「…会议纪要」「在…上的讲话」），也可在配置中用 documentType 指定。属于惯例而非规定的（函的结语、讲话的称呼、纪要的出席人员）只作提示。',
    en: 'The 党政机关公文处理工作条例 defines 15 document types, each for its purpose: a 请示 asks about one matter and goes to one superior body, a 报告 carries no request (art. 15). The type is read from the title (关于…的请示, …会议纪要, 在…上的讲话) or set with documentType in the configuration. What is a convention rather than a rule (a letter’s closing, a speech’s salutation, the attendance of minutes) is only a hint.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const type = ctx.doc.documentType;
    if (!type) return;
    const at = type.range ?? firstLine(ctx);
    const here = [{ range: at, messageId: 'typeHere' as const, params: { type: DOCUMENT_TYPE_NAMES[type.type]['zh-CN'] } }];
    const closing = closingLines(ctx);
    const closingText = closing.map(([s, e]) => ctx.doc.text.slice(s, e)).join('\n');
    switch (type.type) {
      case '请示': {
        if (!REQUEST_RE.test(closingText)) ctx.report({ range: at, messageId: 'requestMissing', params: { basis: ARTICLE_15 } });
        const last = closing[closing.length - 1];
        const second = last && SECOND_MATTER_RE.exec(ctx.doc.text.slice(last[0], last[1]));
        if (last && second && REQUEST_RE.test(ctx.doc.text.slice(last[0], last[1]))) {
          const start = last[0] + second.index;
          ctx.report({ range: [start, start + second[0].length], messageId: 'twoMatters', params: { word: second[0], basis: ARTICLE_15 }, related: here, convention: true });
        }
        checkAddressee(ctx, type, at, here);
        break;
      }
      case '报告':
        reportRequests(ctx, here);
        if (!type.delivered) checkAddressee(ctx, type, at, here);
        break;
      case '通知':
        checkAddressee(ctx, type, at, here);
        break;
      case '函':
        if (!LETTER_CLOSING_RE.test(closingText)) ctx.report({ range: at, messageId: 'letterClosing', related: here, convention: true });
        break;
      case '纪要':
        if (!ATTENDANCE_RE.test(body(ctx))) ctx.report({ range: at, messageId: 'minutesAttendance', params: { basis: GBT_9704_MINUTES }, convention: true });
        break;
      case '讲话': {
        const addressee = ctx.doc.head.addressee;
        if (!addressee || !SALUTATION_RE.test(ctx.doc.text.slice(addressee[0], addressee[1]))) ctx.report({ range: at, messageId: 'speechSalutation', convention: true });
        break;
      }
    }
  },
});

/** 主送机关: present, and for a 请示 only one (`市人民政府、市财政局：` names two). */
function checkAddressee(ctx: Ctx, type: DocumentType, at: Range, here: Parameters<Ctx['report']>[0]['related']): void {
  const addressee = ctx.doc.head.addressee;
  if (!addressee) {
    ctx.report({ range: at, messageId: 'noAddressee', params: { type: DOCUMENT_TYPE_NAMES[type.type]['zh-CN'], basis: GBT_9704_ADDRESSEE }, related: here });
    return;
  }
  if (type.type !== '请示') return;
  const names = ctx.doc.text.slice(addressee[0], addressee[1] - 1).split(/[、，,]/).filter((n) => n.trim() !== '');
  if (names.length > 1) ctx.report({ range: addressee, messageId: 'manyAddressees', params: { count: { count: names.length }, basis: ARTICLE_15 }, related: here });
}

/** 请批示, 请审批… anywhere in the body of a 报告. */
function reportRequests(ctx: Ctx, here: Parameters<Ctx['report']>[0]['related']): void {
  const text = ctx.doc.text;
  const start = bodyStart(ctx);
  const re = REQUEST_IN_TEXT_RE;
  re.lastIndex = start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (ctx.doc.isIgnored(m.index, m.index + m[0].length)) continue;
    ctx.report({ range: [m.index, m.index + m[0].length], messageId: 'requestInReport', params: { phrase: m[0], basis: ARTICLE_15 }, related: here });
  }
}

function bodyStart(ctx: Ctx): number {
  const line = ctx.doc.lines[ctx.doc.head.bodyLine];
  return line ? line.start : ctx.doc.text.length;
}

function body(ctx: Ctx): string {
  return ctx.doc.text.slice(bodyStart(ctx));
}

/** The last few lines of the body that end as sentences: signature, date and 附件 lines are passed over. */
function closingLines(ctx: Ctx): Range[] {
  const { text, lines } = ctx.doc;
  const out: Range[] = [];
  for (let i = lines.length - 1; i >= ctx.doc.head.bodyLine && out.length < CLOSING_LINES; i--) {
    const [start, end] = trimmedRange(text, lines[i]!.start, lines[i]!.end);
    if (end > start && SENTENCE_MARKS.includes(text[end - 1]!)) out.unshift([start, end]);
  }
  return out;
}

function firstLine(ctx: Ctx): Range {
  const line = ctx.doc.lines.find((l) => l.end > l.start) ?? ctx.doc.lines[0]!;
  return [line.start, line.end];
}
