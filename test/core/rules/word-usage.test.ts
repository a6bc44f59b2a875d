import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEGITIMATE_WORDS, USAGES } from '../../../server/src/core/data/word-usage.js';
import { defaultConfig, lint, normalizeConfig } from '../../../server/src/core/index.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('word-usage', {
  valid: [
    '截至目前，已有10个单位报送材料。',
    '截至2025年底，全市共有企业3000家。',
    { name: '截止日期 is a deadline', text: '报名截止日期为2025年6月30日。' },
    { name: '截止时间', text: '申报截止时间为6月30日17时。' },
    { name: '报名截止 at the end', text: '报名已于昨日截止。' },
    { name: '于…截止', text: '征求意见于2025年6月30日截止。' },
    { name: '截止 followed by a comma', text: '受理时间截止，逾期不予受理。' },
    { name: '截止到期 is no time', text: '合同截止到期日前须续签。' },
    { name: '成份 inside 完成份额', text: '提前完成份额任务。' },
    { name: '部份 inside 全部份额', text: '转让全部份额。' },
    { name: '过份 inside 超过份额', text: '超过份额部分不予补贴。' },
    { name: '布署 inside 发布署名文章', text: '在报刊发布署名文章。' },
    { name: '布署 inside 宣布署长任命', text: '会上宣布署长任命。' },
    { name: '台帐 inside 平台帐篷', text: '观景平台帐篷区。' },
    { name: '哄动 inside 起哄动手', text: '有人起哄动手。' },
    { name: '国藉 inside 全国藉此', text: '全国藉此契机推进改革。' },
    { name: '其他 inside 尤其他们', text: '尤其他们的其它意见。' },
    { name: '帐目 inside 蚊帐目前', text: '蚊帐目前已发放到户。' },
    { name: '澈底 inside 清澈底栖', text: '河水清澈底栖生物丰富。' },
    { name: '算帐 inside 结算帐篷', text: '按结算帐篷数量补贴。' },
    { name: '截止于 a date is 截止 ending then', text: '报名截止于6月30日。' },
    { name: '宏扬 as a given name', text: '王宏扬同志、刘宏扬同志参加会议。' },
    { name: '宏扬 inside 宽宏扬名', text: '为人宽宏扬名乡里。' },
    { name: '标识 is a word of its own', text: '设置安全标识和交通标志。' },
    { name: '既使…又使… is sound', text: '既使农民增收，又使集体经济壮大。' },
    { name: 'only 其它', text: '其它事项另行通知。其它材料附后。' },
    { name: 'only 其他', text: '其他事项另行通知。' },
    { name: 'in code', text: '`按步就班`', format: 'markdown' },
    { name: 'allow turns an entry off', text: '开设个人帐户。', options: { allow: ['帐户'] } },
    { name: 'allow turns the minority off', text: '其他事项和其它事项。', options: { allow: ['其它'] } },
    // A user's short entry must not fire inside longer right words.
    { name: '会报 inside 大会报告', text: '听取大会报告。', options: { words: { 会报: '汇报' } } },
    { name: '合实 inside 综合实力', text: '综合实力明显增强。', options: { words: { 合实: '核实' } } },
    { name: 'a word the user allows shields what it holds', text: '出席交流会报告会。', options: { words: { 会报: '汇报' }, allow: ['交流会报告会'] } },
    { name: '赢余 is not listed: 跑赢余额', text: '收益跑赢余额类产品。' },
    { name: '帐本 inside 清帐本位币', text: '按清帐本位币折算。' },
    { name: 'a right form is not a wrong one', text: '推进协同办公。', options: { words: { 协同办: '协同办公' } } },
  ],
  invalid: [
    {
      text: '截止目前，已有10个单位报送材料。',
      errors: [{ message: '表示“到某时为止”用“截至”：“截止目前”应为“截至目前”', flagged: '截止' }],
      output: '截至目前，已有10个单位报送材料。',
    },
    {
      text: '截止到目前，共受理申请5件。',
      errors: [{ message: '表示“到某时为止”用“截至”：“截止到目前”应为“截至目前”', flagged: '截止到' }],
      output: '截至目前，共受理申请5件。',
    },
    {
      text: '截止2025年底，全市共有企业3000家。',
      errors: [{ message: '表示“到某时为止”用“截至”：“截止2025年底”应为“截至2025年底”', range: [0, 2] }],
      output: '截至2025年底，全市共有企业3000家。',
    },
    { text: '报名截止6月30日。', errors: ['表示“到某时为止”用“截至”：“截止6月”应为“截至6月”'], output: '报名截至6月30日。' },
    { text: '数据截止2025-06-30。', errors: ['表示“到某时为止”用“截至”：“截止2025-06-30”应为“截至2025-06-30”'], output: '数据截至2025-06-30。' },
    { text: '截止至今年6月，累计完成投资。', errors: [{ flagged: '截止至' }], output: '截至今年6月，累计完成投资。' },
    { text: '要按步就班推进。', errors: [{ message: '“按步就班”应为“按部就班”', flagged: '按步就班' }], output: '要按部就班推进。' },
    { text: '全面布署各项工作。', errors: ['“布署”应为“部署”'], output: '全面部署各项工作。' },
    {
      text: '资金拨入个人帐户，请核对帐号。',
      errors: ['钱财、账目用“账”：“帐户”应为“账户”', '钱财、账目用“账”：“帐号”应为“账号”'],
      output: '资金拨入个人账户，请核对账号。',
    },
    { name: '帐号 after 平台 (not 台帐)', text: '注册平台帐号。', errors: [{ flagged: '帐号' }], output: '注册平台账号。' },
    { name: '对帐户 is 对 + 帐户', text: '对帐户进行冻结。', errors: [{ flagged: '帐户' }], output: '对账户进行冻结。' },
    { name: '只记帐号 is 只记 + 帐号', text: '只记帐号，不记密码。', errors: [{ message: '钱财、账目用“账”：“帐号”应为“账号”' }], output: '只记账号，不记密码。' },
    { text: '在全国哄动一时。', errors: [{ message: '“哄动”是异形词的非推荐词形，应为“轰动”（GF 1001-2001《第一批异形词整理表》）' }], output: '在全国轰动一时。' },
    { text: '银行对帐。', errors: [{ flagged: '对帐' }], output: '银行对账。' },
    { name: '帐号 after 输入 (not 入帐)', text: '请输入帐号。', errors: [{ message: '钱财、账目用“账”：“帐号”应为“账号”' }], output: '请输入账号。' },
    { text: '建立工作台帐。', errors: [{ flagged: '台帐' }], output: '建立工作台账。' },
    {
      text: '大力宏扬劳模精神。',
      errors: [{ message: '“宏扬”是异形词的非推荐词形，应为“弘扬”（GF 1001-2001《第一批异形词整理表》）', flagged: '宏扬' }],
      output: '大力弘扬劳模精神。',
    },
    { text: '分析化学成份。', errors: [{ flagged: '成份' }], output: '分析化学成分。' },
    { text: '大部份地区。', errors: ['“部份”应为“部分”'], output: '大部分地区。' },
    {
      text: '迫不急待，再接再励，默守成规，一愁莫展，谈笑风声，毛遂自芥，不径而走。',
      errors: ['“迫不急待”应为“迫不及待”', '“再接再励”应为“再接再厉”', '“默守成规”应为“墨守成规”', '“一愁莫展”应为“一筹莫展”', '“谈笑风声”应为“谈笑风生”', '“毛遂自芥”应为“毛遂自荐”', '“不径而走”应为“不胫而走”'],
      output: '迫不及待，再接再厉，墨守成规，一筹莫展，谈笑风生，毛遂自荐，不胫而走。',
    },
    {
      text: '其他单位，其他部门，其它事项。',
      errors: [{ message: '“其它”与“其他”在文中混用（“其他”2处，“其它”1处），统一为“其他”', flagged: '其它' }],
      output: '其他单位，其他部门，其他事项。',
    },
    {
      text: '其它单位，其它部门，其他事项。',
      errors: [{ message: '“其他”与“其它”在文中混用（“其它”2处，“其他”1处），统一为“其它”', flagged: '其他' }],
      output: '其它单位，其它部门，其它事项。',
    },
    {
      name: 'a tie is settled for 其他',
      text: '其它事项，其他单位。',
      errors: [{ message: '“其它”与“其他”在文中混用（“其他”1处，“其它”1处），统一为“其他”', range: [0, 2] }],
      output: '其他事项，其他单位。',
    },
    {
      name: 'words: the user\'s own entries, found and fixed',
      text: '推进协同办建设，做好工作会报。',
      options: { words: { 协同办: '协同办公', 会报: '汇报' } },
      errors: [
        { message: '“协同办”应为“协同办公”（项目词表）', flagged: '协同办' },
        { message: '“会报”应为“汇报”（项目词表）', flagged: '会报' },
      ],
      output: '推进协同办公建设，做好工作汇报。',
    },
    {
      name: 'words: a user entry replaces a built-in one',
      text: '全面布署。',
      options: { words: { 布署: '部署安排' } },
      errors: ['“布署”应为“部署安排”（项目词表）'],
      output: '全面部署安排。',
    },
    {
      name: 'words: an entry for 其它 reports each one, the mix is not counted again',
      text: '其它事项，其它材料，其他单位。',
      options: { words: { 其它: '其他' } },
      errors: ['“其它”应为“其他”（项目词表）', '“其它”应为“其他”（项目词表）'],
      output: '其他事项，其他材料，其他单位。',
    },
    {
      name: 'allow: one entry off, the others on',
      text: '个人帐户和帐号。',
      options: { allow: ['帐户'] },
      errors: [{ flagged: '帐号' }],
      output: '个人帐户和账号。',
    },
    {
      text: 'Deploy: 全面布署。',
      locale: 'en',
      errors: ['"布署" should be "部署"'],
      output: 'Deploy: 全面部署。',
    },
    {
      text: '截止目前。',
      locale: 'en',
      errors: ['"Up to a time" is 截至: write "截至目前" for "截止目前"'],
      output: '截至目前。',
    },
  ],
});

describe('word-usage list', () => {
  it('every entry is whole: a right form differs from its wrong one, no wrong form twice, none legitimate', () => {
    const seen = new Set<string>();
    const legitimate = new Set(LEGITIMATE_WORDS);
    for (const u of USAGES) {
      assert.notEqual(u.wrong, u.right, u.wrong);
      assert.ok(!seen.has(u.wrong), `twice: ${u.wrong}`);
      assert.ok(!legitimate.has(u.wrong), `both wrong and legitimate: ${u.wrong}`);
      assert.ok(u.source.length > 0, u.wrong);
      seen.add(u.wrong);
    }
  });

  it('every right form lints clean, alone and in a sentence', () => {
    for (const u of USAGES) {
      const text = u.beforeTime ? `${u.right}2025年底，工作已完成。` : `我们要${u.right}。`;
      assert.deepEqual(lint(text).filter((f) => f.ruleId === 'word-usage').map((f) => f.message), [], text);
    }
  });

  it('a words entry mapped to itself, or with an empty key, is reported precisely and ignored', () => {
    const same = normalizeConfig({ rules: { 'word-usage': { words: { 其他: '其他' } } } }, defaultConfig(), 'zh-CN');
    assert.ok(!same.ok);
    assert.deepEqual(same.errors, [{ path: 'rules.word-usage.words', message: '“其他”的正确写法与它本身相同，这一项不起作用；删去它，或写出正确写法' }]);
    assert.deepEqual(same.config.rules['word-usage']!.options['words'], {});
    const en = normalizeConfig({ rules: { 'word-usage': { words: { 其他: '其他' } } } }, defaultConfig(), 'en');
    assert.ok(!en.ok);
    assert.equal(en.errors[0]!.message, '"其他" is mapped to itself, which does nothing; remove it or give the right form');
    const empty = normalizeConfig({ rules: { 'word-usage': { words: { '': '空' } } } }, defaultConfig(), 'zh-CN');
    assert.ok(!empty.ok);
    assert.deepEqual(empty.errors, [{ path: 'rules.word-usage.words', message: '键不能为空字符串 ""' }]);
    assert.deepEqual(empty.config.rules['word-usage']!.options['words'], {});
  });
});
