/**
 * A run of the characters writers type for a blank inside a template — `XX`, `××`, `**`, `某某`,
 * `○○`, `□□` — as placeholder templates (`X市X区`) and the fill prompt's labels mark them.
 */
export const BLANK_RUN_RE = /[XＸxｘ×]+|\*+|某{2,}|[○□]+/g;

/** What a slot name asks for (`[会议名称]` a name, `（联系人姓名）` a person); a subset of the placeholder kinds. */
export type SlotKind = 'person' | 'date' | 'number' | 'phone' | 'name' | 'text';

/**
 * Where a slot name may stand. `value`: a noun naming a value to supply, in any bracket, the
 * full-width parentheses too (`（单位名称）`); `body`: an organisation or a person's role, in square
 * brackets and 【】 only — `援疆省市（单位）`, `张三（负责人）` are real text; `square`: a kind of
 * text, in square brackets only — `【主要内容】` is a real label.
 */
export type SlotPlace = 'value' | 'body' | 'square';

export interface SlotHead {
  readonly word: string;
  readonly kind: SlotKind;
  /** The unit the answer stands for, as placeholders carry it (`年` for `[年份]`), or ''. */
  readonly unit: string;
  readonly place: SlotPlace;
}

const head = (kind: SlotKind, place: SlotPlace, words: string, unit = ''): SlotHead[] =>
  words.split(' ').map((word) => ({ word, kind, unit, place }));

/**
 * The nouns that end a slot name in a template — `关于召开[会议名称]的通知`, `各[单位/部门]：`,
 * `[日期]`, `请联系（联系人姓名）` — with the kind of content each asks for.
 */
export const SLOT_HEADS: readonly SlotHead[] = [
  ...head('name', 'value', '名称 全称 地点 地址 称号'),
  ...head('person', 'value', '姓名 名字 人名'),
  ...head('date', 'value', '日期 时间 年月日'),
  ...head('date', 'value', '年份', '年'),
  ...head('date', 'value', '月份', '月'),
  ...head('phone', 'value', '电话 手机 传真 电话号码 手机号码 联系电话'),
  ...head('number', 'value', '金额 数量 数额 人数 数字 数值'),
  ...head('name', 'body', '单位 部门 机关 机构'),
  ...head('person', 'body', '联系人 负责人 主持人 发言人 经办人'),
  ...head('text', 'square', '职务 职称 事由 事迹 内容 议题 主题 标题 题目 文号 编号 名单 范围'),
];

/** Words ending in a slot noun that are no slot: `（北京时间）`. */
export const SLOT_TERMS = ['北京时间', '当地时间', '标准时间'];

/** The characters of a slot name: Chinese, and `/`、 between alternatives (`[单位/部门]`). */
export const SLOT_NAME_JOINERS = '/、';
/** The longest slot name, without its brackets. */
export const SLOT_NAME_MAX = 12;

const words = (s: string) => s.split(' ');
/** Administrative divisions: `X市` in a draft is always a blank, never a term to allow. */
const DIVISIONS = words('省 自治区 自治州 自治县 市 区 县 旗 盟 州 乡 镇 村 街道 社区');

/**
 * The words after a blank that say what it stands for (placeholders.ts, and the grammar's `**`
 * blanks, which count only where these say so): `XX同志` a person, `X市` a place, `X建设集团` an
 * organisation, `X号楼` a numbered thing, `X次全会` an ordinal, and `X年来` a duration, not a date.
 */
export const BLANK_CONTEXT = {
  person: words('同志 书记 副书记 主任 局长 区长 市长 县长 镇长 乡长 部长 主席 省长 委员 先生 女士 老师'),
  divisions: DIVISIONS,
  places: [...DIVISIONS, ...words('小学 中学 大学 学校 医院 公司 集团 银行 局 委 厅 办 中心 协会 合作社 部门 单位')],
  /** The end of an organisation's name, up to 14 characters after the blank. */
  organisations: words('有限公司 公司 集团 合作社 学校 医院 协会 研究院'),
  /** After `X号`: 3号楼, 2号线, 5号会议室 (but 〔2025〕X号, X号文件 are numbers). */
  numbered: words('楼 线 院 门 馆 厅 库 仓 站 口 桥 机 台 罐 井 房 车 机组 车间 会议室 窗口 展厅 泊位 地块 厂房 设备 宿舍 教学楼 航站楼 码头 船'),
  /** After `X次`. */
  meetings: words('全会 全体会议 会议 党代会 全委会 代表大会'),
  /** After `X年`. */
  durations: words('来 间 多 内 以来 左右 后 前'),
} as const;
