import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, normalizeConfig } from '../../../server/src/core/index.js';
import { SourceDocument } from '../../../server/src/core/document.js';

const messages = (text: string, ruleId: string) => lint(text).filter((f) => f.ruleId === ruleId).map((f) => f.message);

describe('figures: the number model', () => {
  const cases: [string, number, string, number, string | undefined][] = [
    // [text, value in base unit, unit, tolerance, approximation]
    ['完成5.2亿元', 5.2e8, '元', 5e6, undefined],
    ['完成52000万元', 5.2e8, '元', 5e3, undefined],
    ['共1,234户', 1234, '户', 0, undefined],
    ['增长12%', 12, '%', 0.5, undefined],
    ['增长12.5％', 12.5, '%', 0.05, undefined],
    ['占百分之十二', 12, '%', 0.5, undefined],
    ['约3.5万人', 35000, '人', 500, 'about'],
    ['五十余万户', 500000, '户', 5000, 'over'],
    ['近300万人次', 3e6, '人次', 5e3, 'under'],
    ['三千五百个', 3500, '个', 0, undefined],
    ['90%以上', 90, '%', 0.5, 'over'],
    ['35万千瓦', 350000, '千瓦', 5e3, undefined],
    ['下降2个百分点', 2, '个百分点', 0.5, undefined],
  ];
  for (const [text, value, unit, tolerance, approx] of cases) {
    it(text, () => {
      const [f] = new SourceDocument(text).figures;
      assert.ok(f, 'a figure');
      assert.deepEqual([f.value, f.unit, f.tolerance, f.approx], [value, unit, tolerance, approx]);
    });
  }
  it('leaves dates, ordinals, codes and words alone', () => {
    const text = '2025年3月，第3名，5G基站，PM2.5浓度，12345热线，千家万户，〔2021〕21号，3个月';
    assert.deepEqual(new SourceDocument(text).figures.map((f) => text.slice(f.range[0], f.range[1])), []);
  });
  it('knows what a figure measures', () => {
    const text = '上半年，全区固定资产投资累计完成5.2亿元，同比增长8.5%；其中水冲式厕所2800户、三格式厕所500户。';
    assert.deepEqual(new SourceDocument(text).figures.map((f) => f.metric), ['全区固定资产投资', '同比增长', '其中水冲式厕所', '三格式厕所']);
  });
});

describe('count-mismatch', () => {
  it('an announced count against the headings that follow', () => {
    const text = '我们重点抓了以下三个方面工作。\n一、甲\n二、乙\n';
    assert.deepEqual(messages(text, 'count-mismatch'), ['前文说“三个方面”，下文列出两个']);
    assert.deepEqual(messages(`${text}三、丙\n`, 'count-mismatch'), []);
  });
  it('counts the sibling headings of the next level, not their children', () => {
    const text = '下面，我讲两点意见。\n一、统一思想\n（一）甲\n（二）乙\n（三）丙\n二、狠抓落实\n';
    assert.deepEqual(messages(text, 'count-mismatch'), []);
  });
  it('an announced count against the run-in series after it', () => {
    assert.deepEqual(messages('主要有四个方面：一是抓统筹，二是抓落实，三是抓督导。', 'count-mismatch'), ['前文说“四个方面”，下文列出三个']);
    assert.deepEqual(messages('主要有三个方面：一是抓统筹，二是抓落实，三是抓督导。', 'count-mismatch'), []);
  });
  it('an announced count against the dash-led paragraphs after it', () => {
    const text = '突出了以下三个方面。\n——保持经济中高速增长。\n——创新驱动发展取得新成效。\n';
    assert.deepEqual(messages(text, 'count-mismatch'), ['前文说“三个方面”，下文列出两个']);
    assert.deepEqual(messages(`${text}——发展协调性明显增强。\n`, 'count-mismatch'), []);
  });
  it('writes counts as Chinese does: 两 before a measure word, in the message and in the suggestion', () => {
    // [text, message, suggested numeral]: every message the rule writes, with two, more and digits.
    const table: [string, string, string][] = [
      ['我们重点抓了以下三个方面工作。\n一、甲\n二、乙\n', '前文说“三个方面”，下文列出两个', '两'],
      ['下面，我讲三点意见。\n一、甲\n二、乙\n', '前文说“三点意见”，下文列出两点', '两'],
      ['主要有三项任务：一是抓统筹，二是抓落实。', '前文说“三项任务”，下文列出两项', '两'],
      ['主要有十二个方面：一是抓统筹，二是抓落实。', '前文说“十二个方面”，下文列出两个', '两'],
      ['主要有两个方面：一是抓统筹，二是抓落实，三是抓督导。', '前文说“两个方面”，下文列出三个', '三'],
      ['突出了以下七大方面。\n——甲。\n——乙。\n', '前文说“七大方面”，下文列出两个', '两'],
      ['主要有3个方面：一是抓统筹，二是抓落实。', '前文说“3个方面”，下文列出2个', '2'],
      ['落实“双报到”“双报告”三项制度。', '列出了两项，却说“三项”', '两'],
      ['完成A、B两个车间和C车间的管线拆除。', '', ''],
      ['从“甲、乙、丙、丁、戊、己、庚、辛、壬、癸、子、丑”十三个方面推进。', '列出了十二项，却说“十三个方面”', '十二'],
    ];
    for (const [text, message, numeral] of table) {
      const found = lint(text).filter((x) => x.ruleId === 'count-mismatch');
      if (!message) {
        assert.deepEqual(found, [], text);
        continue;
      }
      assert.deepEqual(found.map((f) => f.message), [message], text);
      const suggestion = found[0]!.suggestions![0]!;
      assert.equal(suggestion.fix.text, numeral, text);
      assert.match(suggestion.title, new RegExp(`改为“${numeral}”$`), text);
      assert.doesNotMatch(found[0]!.message + suggestion.title, /(?<!十)二[个项点条]|“二”/, text);
    }
  });
  it('says the actual count in English with digits', () => {
    const [f] = lint('主要有三个方面：一是抓统筹，二是抓落实。', normalizeConfig({ locale: 'en' }).config).filter((x) => x.ruleId === 'count-mismatch');
    assert.equal(f?.message, 'Announces "三个方面" but 2 follow');
    assert.equal(f?.suggestions?.[0]?.title, 'Change "三" to "两"');
  });
  it('suggests, but does not apply, the right number', () => {
    const [f] = lint('主要有四个方面：一是抓统筹，二是抓落实，三是抓督导。').filter((x) => x.ruleId === 'count-mismatch');
    assert.equal(f!.fix, undefined);
    assert.deepEqual(f!.suggestions, [{ title: '把“四”改为“三”', fix: { range: [3, 4], text: '三' } }]);
  });
  it('a list right before the count', () => {
    assert.deepEqual(messages('从“内部挤、外部购、上面调、多方捐”五个方面多措并举。', 'count-mismatch'), ['列出了四项，却说“五个方面”']);
    assert.deepEqual(messages('从“内部挤、外部购、上面调、多方捐、自己产”五个方面多措并举。', 'count-mismatch'), []);
    assert.deepEqual(messages('完成A、B、C、D三个车间的管线拆除。', 'count-mismatch'), ['列出了四项，却说“三个车间”']);
    assert.deepEqual(messages('完成精稳A、B、C三个车间的管线拆除。', 'count-mismatch'), []);
    assert.deepEqual(messages('涵盖乡村振兴、城市建设、社会事业、生态环保、营商环境、安全生产等七大方面。', 'count-mismatch'), []);
    assert.deepEqual(messages('涵盖乡村振兴、城市建设、生态环保、营商环境等三大方面。', 'count-mismatch'), ['列出了四项，却说“三大方面”']);
    assert.deepEqual(messages('落实“双报到”“双报告”“手拉手”两项制度。', 'count-mismatch'), ['列出了三项，却说“两项”']);
  });
  it('stays silent where the count is not about a list', () => {
    const quiet = [
      '坚持“四个全面”战略布局，做到“两个维护”。',
      '在“巩固、增强、提升、畅通”八个字上下功夫。',
      '提高低保、特困人员、孤儿基本生活与残疾人两项补贴。',
      '新增国家级旅游度假区2个、5A级景区1个、夜间文旅消费集聚区6个。',
      '统筹推进扩消费六大工程、城建六大攻坚行动和房地产八大提升行动。',
      '大力发展软件信息、科技服务和商务服务三大产业。',
      '办好全国青少年三大球运动会。',
      '我们要抓好三项工作。这是关键。',
    ];
    for (const text of quiet) assert.deepEqual(messages(text, 'count-mismatch'), [], text);
  });
  it('an unquoted list cut at its length bound starts on a whole character', () => {
    // [text, the range of the first item]: the 80-unit bound falls inside a 𠀀 when the clause is long.
    const cases: [string, [number, number]][] = [
      ['𠀀'.repeat(39) + '甲、乙三个方面', [2, 79]],
      ['𠀀'.repeat(40) + '甲、乙三个方面', [4, 81]],
      ['甲' + '𠀀'.repeat(39) + '、乙三个方面', [1, 79]],
    ];
    for (const [text, first] of cases) {
      const [f] = lint(text).filter((x) => x.ruleId === 'count-mismatch');
      assert.deepEqual(f?.related?.[0]?.range, first, text);
    }
  });
});

describe('figure-conflict', () => {
  it('one metric with two values, after unit conversion', () => {
    assert.deepEqual(messages('全区固定资产投资累计完成5.2亿元。全区固定资产投资累计完成5.6亿元。', 'figure-conflict'), [
      '同一指标前后不一致：“全区固定资产投资”前文为 5.2亿元，这里为 5.6亿元',
    ]);
    assert.deepEqual(messages('全区固定资产投资累计完成5.2亿元。全区固定资产投资累计完成52000万元。', 'figure-conflict'), []);
    assert.deepEqual(messages('全区固定资产投资完成5.2亿元。全区固定资产投资完成5.2万元。', 'figure-conflict').length, 1);
  });
  it('approximations widen the tolerance in their direction', () => {
    assert.deepEqual(messages('全年城镇新增就业约3.5万人。全年城镇新增就业3.6万人。', 'figure-conflict'), []);
    assert.deepEqual(messages('全区农村常住人口近31万人。全区农村常住人口32.5万人。', 'figure-conflict').length, 1);
    assert.deepEqual(messages('全区农村常住人口30余万人。全区农村常住人口31.2万人。', 'figure-conflict'), []);
  });
  it('a change is measured by the metric before it in the sentence', () => {
    const text = '全区一般公共预算收入完成8.1亿元，同比增长6.2%。全区一般公共预算收入完成8.1亿元，同比增长6.8%。';
    assert.deepEqual(messages(text, 'figure-conflict'), ['同一指标前后不一致：“全区一般公共预算收入同比增长”前文为 6.2%，这里为 6.8%']);
  });
  it('two ranks for one metric', () => {
    const text = '全区固定资产投资完成5.2亿元，增幅四城区排名第一；全区固定资产投资增幅四城区排名第二。';
    assert.equal(messages(text, 'figure-conflict').length, 1);
    const seedLike = '全区固定资产投资累计完成X亿元，增幅四城区排名第一；规模以上工业总产值完成X亿元，增幅四城区排名第二；一般公共财政预算收入完成X万元，增幅四城区排名第二。';
    assert.deepEqual(messages(seedLike, 'figure-conflict'), []);
  });
  it('stays silent for targets, other times, other scopes', () => {
    const quiet = [
      '全省地区生产总值增长5.2%。今年全省地区生产总值预期增长5%左右。',
      '2024年全省城镇新增就业61.2万人。2025年全省城镇新增就业63.5万人。',
      '五年来城镇新增就业603.7万人。城镇新增就业121.7万人。',
      '全县专精特新中小企业达到1003户。新增全县专精特新中小企业100户。',
      '全年城镇新增就业31.7万人。全年城镇新增就业30万人。',
      '人均可支配收入由5160元增加到7703元，平均每年实际增长8.6%。\n消费品零售总额从2.73万亿元增加到4.1万亿元，平均每年实际增长10.5%。',
    ];
    for (const text of quiet) assert.deepEqual(messages(text, 'figure-conflict'), [], text);
  });
});

describe('ratio-mismatch', () => {
  it('a rate against its part and total', () => {
    const text = '辖区内210户个体工商户，复工190户，复工率95%。';
    assert.deepEqual(messages(text, 'ratio-mismatch'), ['“复工率”与前面的数字不符：190户÷210户 = 90.5%，这里是 95%']);
    assert.deepEqual(messages('辖区内210户个体工商户，复工190户，复工率90.5%。', 'ratio-mismatch'), []);
    assert.deepEqual(messages('辖区内210户个体工商户，复工190户，复工率90%。', 'ratio-mismatch'), []);
  });
  it('N…中，M… with the rate after', () => {
    assert.deepEqual(messages('全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到95%。', 'ratio-mismatch').length, 1);
    assert.deepEqual(messages('全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到87.5%。', 'ratio-mismatch'), []);
  });
  it('a share of the annual plan', () => {
    assert.deepEqual(messages('年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的80%。', 'ratio-mismatch').length, 1);
    assert.deepEqual(messages('年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的75%。', 'ratio-mismatch'), []);
    // Whole numbers may be rounded: 9亿÷12亿 is anything from 68% to 83%.
    assert.deepEqual(messages('年度计划投资12亿元，目前完成投资9亿元，完成年计划的80%。', 'ratio-mismatch'), []);
  });
  it('growth against the two values', () => {
    assert.deepEqual(messages('补助标准由40元提高到80元，增长50%。', 'ratio-mismatch'), ['增幅与前后两个数字不符：由 40元 到 80元 是增长 100%，这里是 50%']);
    assert.deepEqual(messages('补助标准由40元提高到80元，增长100%。', 'ratio-mismatch'), []);
    assert.deepEqual(messages('贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%。', 'ratio-mismatch'), []);
    assert.deepEqual(messages('人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。', 'ratio-mismatch'), []);
  });
  it('stays silent with approximate figures', () => {
    assert.deepEqual(messages('约210户个体工商户，复工190户，复工率95%。', 'ratio-mismatch'), []);
  });
});

describe('share-over-limit', () => {
  it('shares and bounded rates above 100%', () => {
    assert.deepEqual(messages('全区民生支出占公共财政预算支出的120%。', 'share-over-limit'), ['占比不能超过 100%，这里是 120%']);
    assert.deepEqual(messages('群众满意率达到102%。', 'share-over-limit'), ['“满意率”不能超过 100%，这里是 102%']);
    assert.deepEqual(messages('网格受理事项办结率100.5%。', 'share-over-limit').length, 1);
  });
  it('allows rates that can pass 100% and shares that do not', () => {
    const quiet = ['投资完成率125.5%。', '完成年计划的112%。', '占地区生产总值比重达58.5%。', '覆盖率达到100%。', '同比增长120%。', '占比较上年提高120%。'];
    for (const text of quiet) assert.deepEqual(messages(text, 'share-over-limit'), [], text);
  });
  it('parts after 其中 that add up to more than the total', () => {
    assert.deepEqual(messages('累计改造农村户厕3100户，其中水冲式厕所2800户、三格式化粪池厕所500户。', 'share-over-limit'), [
      '其中各项之和（3300户）超过总数（3100户）',
    ]);
    assert.deepEqual(messages('累计改造农村户厕3300户，其中水冲式厕所2800户、三格式化粪池厕所500户。', 'share-over-limit'), []);
    assert.deepEqual(messages('投入资金1.2万元，其中区级0.8万元、街道6000元。', 'share-over-limit'), ['其中各项之和（1.4万元）超过总数（1.2万元）']);
    assert.deepEqual(messages('筹资标准由50元提高到100元，其中补助标准由40元提高到80元。', 'share-over-limit'), []);
  });
});
