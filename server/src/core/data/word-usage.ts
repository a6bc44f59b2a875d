// The usage list of the `word-usage` rule: wrong forms that a 公文 never needs, each with the right
// form and where the right form is laid down. Compiled for this project from the official texts
// named in `source` (see docs/data-sources.md); an entry goes in only when the wrong form has no
// legitimate reading at all — 既使 is left out, since 既使…又使… is sound Chinese.

/**
 * Why the right form is right: `variant` a non-recommended form of GF 1001-2001; `account` 帐 for
 * 账 (the table's note on the two characters); `as-of` 截止 for 截至 before a time; `typo` a
 * character slip in a fixed word or idiom.
 */
export type UsageKind = 'variant' | 'account' | 'as-of' | 'typo';

export interface Usage {
  readonly wrong: string;
  readonly right: string;
  readonly kind: UsageKind;
  /** The standard or dictionary that gives the right form. */
  readonly source: string;
  /** Wrong only before a point in time: `截止2025年底` (as of), never `截止日期` or `报名截止`. */
  readonly beforeTime?: true;
  /** Also a given name (刘宏扬, 李宏扬): not wrong after a surname. */
  readonly givenName?: true;
}

const GF = 'GF 1001-2001《第一批异形词整理表》';
const GF_ACCOUNT = 'GF 1001-2001《第一批异形词整理表》注释：“账”用于货币和货物出入的记载、债务，“帐”专表用布、纱、绸子等制成的遮蔽物';
const XH = '《现代汉语词典》';
const XH_AS_OF = '《现代汉语词典》：“截止”指到一定期限停止，不带宾语；“截至”指截止到某个时候';

const variant = (right: string, ...wrongs: string[]): Usage[] => wrongs.map((wrong) => ({ wrong, right, kind: 'variant', source: GF }));
const typo = (right: string, ...wrongs: string[]): Usage[] => wrongs.map((wrong) => ({ wrong, right, kind: 'typo', source: XH }));
const account = (right: string): Usage => ({ wrong: right.replace('账', '帐'), right, kind: 'account', source: GF_ACCOUNT });

export const USAGES: readonly Usage[] = [
  // 截至: 截止 takes no object; before a time the writer means 截至 (截至 is 截止到, so 截止到 and 截止至 say it twice).
  { wrong: '截止', right: '截至', kind: 'as-of', source: XH_AS_OF, beforeTime: true },
  { wrong: '截止到', right: '截至', kind: 'as-of', source: XH_AS_OF, beforeTime: true },
  { wrong: '截止至', right: '截至', kind: 'as-of', source: XH_AS_OF, beforeTime: true },

  // 账 and 帐: words of money and accounts.
  ...['账户', '账号', '账目', '账务', '账款', '账簿', '账册', '账本', '账单', '账面', '入账', '到账', '台账', '记账', '转账', '结账', '查账', '对账', '报账', '算账', '欠账', '赖账', '挂账', '销账', '做账', '假账', '坏账', '呆账', '还账', '借账'].map(account),

  // A subset of the table: forms that only ever stand for the recommended word, checked against
  // the words they could straddle (see LEGITIMATE_WORDS). Left out: 标识 (标志—标识), which
  // 《现代汉语词典》 has as a word of its own since its 6th edition; 鸿图 and 弘图 (宏图), common in names;
  // forms that words on either side straddle in real text: 赢余 (跑赢余额), 参预 (调参预算), 梗直
  // (花梗直立, 梗直接), 内哄 (十轮内哄好), 斩新 (斩新增).
  ...variant('毕恭毕敬', '必恭必敬'),
  ...variant('惨淡', '惨澹'),
  ...variant('掺和', '搀和'),
  ...variant('掺假', '搀假'),
  ...variant('掺杂', '搀杂'),
  ...variant('彻底', '澈底'),
  ...variant('成分', '成份'),
  ...variant('辈分', '辈份'),
  ...variant('过分', '过份'),
  ...variant('筹划', '筹画'),
  ...variant('出谋划策', '出谋画策'),
  ...variant('答复', '答覆'),
  ...variant('担心', '耽心'),
  ...variant('担忧', '耽忧'),
  ...variant('凋敝', '雕敝', '雕弊'),
  ...variant('发人深省', '发人深醒'),
  ...variant('繁衍', '蕃衍'),
  ...variant('丰富多彩', '丰富多采'),
  ...variant('光彩夺目', '光采夺目'),
  ...variant('五彩缤纷', '五采缤纷'),
  ...variant('负隅顽抗', '负嵎顽抗'),
  ...variant('归根结底', '归根结柢'),
  ...variant('轰动', '哄动'),
  { wrong: '宏扬', right: '弘扬', kind: 'variant', source: GF, givenName: true },
  ...variant('浑水摸鱼', '混水摸鱼'),
  ...variant('驾驭', '驾御'),
  ...variant('简练', '简炼'),
  ...variant('凝练', '凝炼'),
  ...variant('骄奢淫逸', '骄奢淫佚'),
  ...variant('狡猾', '狡滑'),
  ...variant('狼藉', '狼籍'),
  ...variant('流连忘返', '留连忘返'),
  ...variant('鲁莽', '卤莽'),
  ...variant('模仿', '摹仿'),
  ...variant('模拟', '摹拟'),
  ...variant('摩拳擦掌', '磨拳擦掌'),
  ...variant('纽扣', '钮扣'),
  ...variant('呕心沥血', '沤心沥血'),
  ...variant('披星戴月', '披星带月'),
  ...variant('漂泊', '飘泊'),
  ...variant('杀一儆百', '杀一警百'),
  ...variant('死心塌地', '死心踏地'),
  ...variant('铤而走险', '挺而走险'),
  ...variant('透彻', '透澈'),
  ...variant('无动于衷', '无动于中'),
  ...variant('毋庸置疑', '无庸置疑'),
  ...variant('毋庸讳言', '无庸讳言'),
  ...variant('信口开河', '信口开合'),
  ...variant('小题大做', '小题大作'),
  ...variant('义无反顾', '义无返顾'),
  ...variant('再接再厉', '再接再砺'),
  ...variant('战栗', '颤栗'),
  ...variant('折中', '折衷'),
  ...variant('直截了当', '直捷了当', '直接了当'),
  ...variant('指手画脚', '指手划脚'),
  ...variant('装潢', '装璜'),

  // Slips in fixed words and idioms, each wrong form meaningless.
  ...typo('按部就班', '按步就班'),
  ...typo('部署', '布署'),
  ...typo('部分', '部份'),
  ...typo('再接再厉', '再接再励'),
  ...typo('不胫而走', '不径而走'),
  ...typo('一筹莫展', '一愁莫展'),
  ...typo('迫不及待', '迫不急待'),
  ...typo('谈笑风生', '谈笑风声'),
  ...typo('墨守成规', '默守成规'),
  ...typo('毛遂自荐', '毛遂自芥'),
  ...typo('事必躬亲', '事必恭亲'),
  ...typo('震撼', '震憾'),
  ...typo('针砭', '针贬'),
  ...typo('心心相印', '心心相映'),
  ...typo('迫在眉睫', '迫在眉捷'),
  ...typo('走投无路', '走头无路'),
  ...typo('委曲求全', '委屈求全'),
  ...typo('一如既往', '一如继往'),
  ...typo('在所不惜', '再所不惜'),
  ...typo('变本加厉', '变本加利'),
  ...typo('重蹈覆辙', '重蹈复辙'),
  ...typo('明辨是非', '明辩是非'),
  ...typo('黄粱美梦', '黄梁美梦'),
  ...typo('甘拜下风', '甘败下风'),
  ...typo('自暴自弃', '自抱自弃'),
  ...typo('川流不息', '穿流不息'),
  ...typo('美轮美奂', '美仑美奂'),
  ...typo('记忆犹新', '记忆尤新'),
  ...typo('兴高采烈', '兴高彩烈'),
  ...typo('出其不意', '出奇不意'),
  ...typo('滥竽充数', '滥芋充数'),
  ...typo('相形见绌', '相形见拙'),
  ...typo('关怀备至', '关怀倍至'),
  ...typo('金榜题名', '金榜提名'),
  ...typo('声名鹊起', '声名雀起'),
  ...typo('平心而论', '凭心而论'),
  ...typo('焕然一新', '涣然一新'),
  ...typo('一鼓作气', '一股作气'),
  ...typo('鞠躬尽瘁', '鞠躬尽粹'),
  ...typo('蛛丝马迹', '蛛丝蚂迹'),
  ...typo('病入膏肓', '病入膏盲'),
  ...typo('唉声叹气', '哀声叹气'),
  ...typo('不落窠臼', '不落巢臼'),
  ...typo('既往不咎', '既往不究'),
  ...typo('入不敷出', '入不付出'),
  ...typo('仗义执言', '仗义直言'),
  ...typo('一张一弛', '一张一驰'),
  ...typo('言简意赅', '言简意骇'),
  ...typo('拾人牙慧', '拾人牙惠'),
  ...typo('天翻地覆', '天翻地复'),
  ...typo('食不果腹', '食不裹腹'),
  ...typo('松弛', '松驰'),
  ...typo('妨碍', '防碍'),
  ...typo('国籍', '国藉'),
  ...typo('户籍', '户藉'),
  ...typo('书籍', '书藉'),
];

/**
 * Words that are right, and that a listed wrong form can straddle: `完成份额` holds 成份, `发布署名`
 * holds 布署, `尤其他们` holds 其他. A wrong form crossed by one of these (or by any right form of
 * the list, or a word the user allows) is not reported. Compiled for this project.
 */
export const LEGITIMATE_WORDS: readonly string[] = [
  // Around 份, 署, 藉, 帐, 其, 哄, 澈, 画, 贬, 宏.
  '份额', '份数', '份子', '署名', '署长', '署理', '藉此', '藉以', '藉着', '藉助', '藉口', '藉机', '藉由',
  '尤其', '极其', '与其', '哄抬', '哄抢', '起哄', '清澈', '澄澈', '统筹', '贬值', '贬低', '贬损', '宽宏', '恢宏', '扬名', '蚊帐', '营帐', '帐篷', '帐幕', '军帐', '毡帐', '纱帐', '床帐', '平台', '舞台', '后台', '前台',
  // Words ending where an 帐 word begins: 核对帐号 is 核对 + 帐号, not 对帐; 结算帐户 is 结算 + 帐户.
  '核对', '针对', '相对', '面对', '比对', '查对', '校对', '登记', '标记', '结算', '清算', '核算', '预算', '决算', '填报',
  '申报', '注销', '撤销', '虚假', '偿还', '归还', '出借', '拖欠', '依赖', '信赖', '收入', '转入', '计入', '列入', '纳入',
  '存入', '汇入', '拨入', '进入', '投入', '输入', '导入', '录入', '加入', '登入', '写入', '填入', '收到', '得到', '达到',
  '受到', '做到', '直到', '来到', '找到', '遇到', '回到', '转到', '本位',
  // Frequent words of official texts that a user's short entry could sit across (大会报告 holds 会报, 综合实力 holds 合实).
  '大会', '报告', '综合', '实力', '工作', '发展', '建设', '经济', '社会', '政府', '部门', '单位', '全面', '推进', '加强',
  '实施', '落实', '改革', '开放', '管理', '服务', '体系', '机制', '制度', '政策', '项目', '企业', '产业', '市场', '人民',
  '群众', '干部', '组织', '领导', '会议', '文件', '通知', '意见', '方案', '规划', '计划', '目标', '任务', '措施', '水平',
  '能力', '质量', '安全', '环境', '生态', '文化', '教育', '卫生', '健康', '就业', '收入', '民生', '保障', '资金', '投资',
  '增长', '提高', '完善', '健全', '深化', '坚持', '推动', '促进', '支持', '开展', '实现', '完成', '确保', '提升', '统筹',
  '协调', '重点', '重大', '主要', '基本', '进一步', '有关', '相关', '各级', '全省', '全市', '全县', '全国', '地区', '城市',
  '农村', '农业', '工业', '科技', '创新', '数字', '信息', '数据', '平安', '法治', '依法', '监督', '检查', '考核', '责任',
  '问题', '情况', '常务', '委员会', '代表', '人大', '政协', '党委', '中央', '国务院', '办公', '报送', '汇报',
];
