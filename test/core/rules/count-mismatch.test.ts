import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../server/src/core/index.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('count-mismatch', {
  valid: [
    '我们重点抓了以下三个方面工作。\n一、甲\n二、乙\n三、丙\n',
    { name: 'counts the sibling headings of the next level, not their children', text: '下面，我讲两点意见。\n一、统一思想\n（一）甲\n（二）乙\n（三）丙\n二、狠抓落实\n' },
    '主要有三个方面：一是抓统筹，二是抓落实，三是抓督导。',
    '突出了以下三个方面。\n——保持经济中高速增长。\n——创新驱动发展取得新成效。\n——发展协调性明显增强。\n',
    '从“内部挤、外部购、上面调、多方捐、自己产”五个方面多措并举。',
    '完成精稳A、B、C三个车间的管线拆除。',
    '涵盖乡村振兴、城市建设、社会事业、生态环保、营商环境、安全生产等七大方面。',
    // Silent where the count is not about a list.
    '坚持“四个全面”战略布局，做到“两个维护”。',
    '在“巩固、增强、提升、畅通”八个字上下功夫。',
    '提高低保、特困人员、孤儿基本生活与残疾人两项补贴。',
    '新增国家级旅游度假区2个、5A级景区1个、夜间文旅消费集聚区6个。',
    '统筹推进扩消费六大工程、城建六大攻坚行动和房地产八大提升行动。',
    '大力发展软件信息、科技服务和商务服务三大产业。',
    '办好全国青少年三大球运动会。',
    '我们要抓好三项工作。这是关键。',
  ],
  invalid: [
    { name: 'an announced count against the headings that follow', text: '我们重点抓了以下三个方面工作。\n一、甲\n二、乙\n', errors: ['前文说“三个方面”，下文列出两个'] },
    { name: 'an announced count against the run-in series after it', text: '主要有四个方面：一是抓统筹，二是抓落实，三是抓督导。', errors: ['前文说“四个方面”，下文列出三个'] },
    { name: 'an announced count against the dash-led paragraphs after it', text: '突出了以下三个方面。\n——保持经济中高速增长。\n——创新驱动发展取得新成效。\n', errors: ['前文说“三个方面”，下文列出两个'] },
    {
      name: 'says the actual count in English with digits',
      text: '主要有三个方面：一是抓统筹，二是抓落实。',
      locale: 'en',
      errors: [{ message: 'Announces "三个方面" but 2 follow', suggestions: [{ message: 'Change "三" to "两"' }] }],
    },
    {
      name: 'suggests, but does not apply, the right number',
      text: '主要有四个方面：一是抓统筹，二是抓落实，三是抓督导。',
      errors: [{ suggestions: [{ message: '把“四”改为“三”', fix: { range: [3, 4], text: '三' } }] }],
    },
    // A list right before the count.
    { text: '从“内部挤、外部购、上面调、多方捐”五个方面多措并举。', errors: ['列出了四项，却说“五个方面”'] },
    { text: '完成A、B、C、D三个车间的管线拆除。', errors: ['列出了四项，却说“三个车间”'] },
    { text: '涵盖乡村振兴、城市建设、生态环保、营商环境等三大方面。', errors: ['列出了四项，却说“三大方面”'] },
    { text: '落实“双报到”“双报告”“手拉手”两项制度。', errors: ['列出了三项，却说“两项”'] },
  ],
});

describe('count-mismatch', () => {
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
