import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, normalizeConfig } from '../../../server/src/core/index.js';
import { KEY_FORMULATIONS, LEGITIMATE_NEIGHBOURS } from '../../../server/src/core/data/key-formulations.js';
import { OUTDATED_FORMULATIONS } from '../../../server/src/core/data/outdated-formulations.js';
import { parseIsoDate } from '../../../server/src/core/text/dates.js';
import { testRule } from '../../helpers/rule-tester.js';

/** A notice dated by its 成文日期 (under the issuing body, after the body). */
const notice = (body: string, date: string) => `关于开展检查的通知\n各单位：\n${body}\n\n某某局\n${date}\n`;

testRule('key-formulations', {
  valid: [
    '推进中国式现代化，全面推进中华民族伟大复兴。',
    '坚持以人民为中心的发展思想，坚持人民至上。',
    { name: 'legitimate text at distance 1: 凌驾于人民之上 is not 人民至上', text: '任何组织和个人都不得凌驾于人民之上。' },
    { name: 'a listed formulation beside another: 两个确保 is not a slip of 两个确立', text: '落实“两个确保”，深刻领悟“两个确立”。' },
    { name: 'a formulation followed by an ordinary word', text: '这是维护总体国家安全的需要。' },
    { name: 'a shorter phrase inside a longer canonical one', text: '全面建设社会主义现代化国家开局起步。' },
    { name: 'another congress is no slip: numerals differ', text: '学习党的二十届三中全会精神和党的二十届四中全会精神。' },
    { name: 'a level of government differs', text: '落实全面依法治省要求。' },
    { name: 'a conjunction interchanged', text: '统筹发展与安全。' },
    { name: 'a conjunction dropped', text: '统筹发展安全。' },
    { name: 'a particle added', text: '中国特色社会主义进入了新时代。' },
    { name: 'a particle added inside', text: '发展全过程人民的民主。' },
    { name: 'a first character replaced after a Chinese character', text: '树立绿色发展理念。' },
    { name: 'a last character replaced before more words', text: '推动中国式现代服务业发展。' },
    { name: 'a short formulation bare: its neighbours are ordinary words', text: '这里有四个自然村，高质量开展工作。' },
    { name: 'a legitimate neighbour in official texts', text: '感谢关心和支持中国现代化建设的各国朋友。' },
    { name: 'punctuation is another rule’s business', text: '不忘初心，牢记使命。' },
    { name: 'allow: a string never reported', text: '中国式现代会', options: { allow: ['中国式现代会'] } },
    { name: 'allow: a listed formulation turned off', text: '中国式现代会', options: { allow: ['中国式现代化'] } },
    { name: 'in code', text: '`中国式现代会`', format: 'markdown' },
    { name: 'a character outside the BMP is never split', text: '学习中国式现代\u{20000}的论述。' },
    { name: 'outdated, but no date is known', text: '请会同国土资源部开展调查。' },
    { name: 'outdated, but the document is older', text: notice('请会同国土资源部开展调查。', '2017年3月1日') },
    { name: 'an old name used historically: 原', text: notice('请会同原国土资源部开展调查。', '2019年3月1日') },
    { name: 'an old name used historically: 组建…不再保留', text: notice('组建自然资源部，不再保留国土资源部。', '2019年3月1日') },
    { name: 'an old name in a quoted title', text: notice('按照《国土资源部关于加强管理的通知》执行。', '2019年3月1日') },
    { name: 'a department, not the ministry', text: notice('各级国土资源部门要配合。', '2019年3月1日') },
    { name: 'a year-only date in the year of the change is not assumed to be after it', text: '2018年工作要点\n国土资源部要配合。' },
    { name: 'allow turns an outdated entry off', text: notice('请会同国土资源部开展调查。', '2019年3月1日'), options: { allow: ['国土资源部'] } },
  ],
  invalid: [
    {
      text: '学习习近平总书记关于中国式现代会的重要论述。',
      locale: 'en',
      errors: [
        {
          message: 'This looks like a slip in a key formulation: "中国式现代会"; the standard wording is "中国式现代化" (report to the 20th Party Congress)',
          flagged: '中国式现代会',
          suggestions: [{ message: 'Write "中国式现代化"', output: '学习习近平总书记关于中国式现代化的重要论述。' }],
        },
      ],
    },
    {
      name: 'in Chinese',
      text: '坚持人民致上。',
      locale: 'zh-CN',
      errors: [{ message: '提法疑有误：“人民致上”，规范表述为“人民至上”（党的二十大报告）', flagged: '人民致上', suggestions: [{ message: '改为“人民至上”', output: '坚持人民至上。' }] }],
    },
    { name: 'a character missing', text: '推动构建人类命运共体。', errors: [{ flagged: '构建人类命运共体', suggestions: [{ output: '推动构建人类命运共同体。' }] }] },
    { name: 'a character extra inside', text: '发展全过程人民民民主。', errors: [{ flagged: '发展全过程人民民民主', suggestions: [{ output: '发展全过程人民民主。' }] }] },
    { name: 'a slip in the first half', text: '以人民为重心的发展思想。', errors: [{ flagged: '以人民为重心的发展思想' }] },
    { name: 'a short formulation between quotation marks', text: '增强“四个意思”。', errors: [{ flagged: '四个意思', suggestions: [{ output: '增强“四个意识”。' }] }] },
    { name: 'a slip in a name inside a formulation', text: '习近平新时代中国特色社会主意思想。', errors: [{ flagged: '习近平新时代中国特色社会主意思想' }] },
    {
      name: 'outdated on the 成文日期',
      text: notice('请会同国土资源部开展调查。', '2019年3月1日'),
      locale: 'zh-CN',
      errors: [
        {
          message: '“国土资源部”已于2018年3月17日更改，按文稿日期（2019年3月1日）应为“自然资源部”（第十三届全国人民代表大会第一次会议关于国务院机构改革方案的决定（2018年3月17日））',
          flagged: '国土资源部',
          suggestions: [{ message: '改为“自然资源部”', output: notice('请会同自然资源部开展调查。', '2019年3月1日') }],
        },
      ],
    },
    {
      name: 'outdated on the date of a subtitle',
      text: '在全市干部大会上的讲话\n——二〇二五年十月十五日\n请中国银保监会配合。',
      locale: 'en',
      errors: [{ message: '"中国银保监会" was replaced on 2023-5-18; on the date of this document (2025-10-15) it is "国家金融监督管理总局" (第十四届全国人民代表大会第一次会议关于国务院机构改革方案的决定（2023年3月10日）)' }],
    },
    { name: 'outdated on the year of a title', text: '2025年政府工作报告\n会同国家卫生和计划生育委员会开展调查。', errors: [{ flagged: '国家卫生和计划生育委员会', suggestions: [{ output: '2025年政府工作报告\n会同国家卫生健康委员会开展调查。' }] }] },
    {
      name: 'a successor renamed again: the name in force on the date',
      text: notice('请中国银行业监督管理委员会配合。', '2020年1月1日'),
      errors: [{ suggestions: [{ output: notice('请中国银行保险监督管理委员会配合。', '2020年1月1日') }] }],
    },
    {
      name: 'a successor renamed again, later',
      text: notice('请中国银行业监督管理委员会配合。', '2024年1月1日'),
      errors: [{ suggestions: [{ output: notice('请国家金融监督管理总局配合。', '2024年1月1日') }] }],
    },
    { name: 'a year-only date after the year of the change', text: '2019年工作要点\n国土资源部要配合。', errors: [{ flagged: '国土资源部' }] },
  ],
});

describe('key-formulations with a configured documentDate', () => {
  const config = (documentDate?: string) => normalizeConfig(documentDate === undefined ? {} : { documentDate }).config;
  const findings = (text: string, documentDate?: string) => lint(text, config(documentDate)).filter((f) => f.ruleId === 'key-formulations');

  it('reports an outdated name when the configuration dates the document', () => {
    assert.equal(findings('请会同环境保护部开展调查。').length, 0);
    assert.deepEqual(findings('请会同环境保护部开展调查。', '2019-01-01').map((f) => f.suggestions?.[0]?.fix.text), ['生态环境部']);
    assert.equal(findings('请会同环境保护部开展调查。', '2018-03-16').length, 0);
    assert.equal(findings('请会同环境保护部开展调查。', '2018-03-17').length, 1);
  });

  it("prefers the document's own date to the configured one", () => {
    assert.equal(findings(notice('请会同环境保护部开展调查。', '2017年3月1日'), '2025-01-01').length, 0);
  });
});

describe('key-formulations data', () => {
  it('lists several hundred formulations of at least four characters, each once, with a source', () => {
    assert.ok(KEY_FORMULATIONS.length >= 300, String(KEY_FORMULATIONS.length));
    const texts = KEY_FORMULATIONS.map((f) => f.text.replace('|', ''));
    assert.equal(new Set(texts).size, texts.length);
    for (const f of KEY_FORMULATIONS) assert.ok(f.text.slice(f.text.indexOf('|') + 1).length >= 4, f.text);
  });

  it('no formulation is a legitimate neighbour, and every neighbour holds wording one character away from a formulation', () => {
    const formulations = new Set(KEY_FORMULATIONS.map((f) => f.text.slice(f.text.indexOf('|') + 1)));
    const nearMiss = (n: string, f: string) => {
      for (let start = 0; start < n.length; start++) {
        for (let length = f.length - 1; length <= f.length + 1; length++) if (start + length <= n.length && distance(f, n.slice(start, start + length)) === 1) return true;
      }
      return false;
    };
    for (const n of LEGITIMATE_NEIGHBOURS) {
      assert.ok(!formulations.has(n.text), n.text);
      assert.ok([...formulations].some((f) => nearMiss(n.text, f)), n.text);
    }
  });

  it('every outdated entry has a real date and a new name, and old names are unique', () => {
    const olds = new Set<string>();
    for (const e of OUTDATED_FORMULATIONS) {
      assert.ok(parseIsoDate(e.since), e.since);
      assert.ok(e.new !== e.old && e.new.length > 0 && e.source.length > 0);
      assert.ok(!olds.has(e.old), e.old);
      olds.add(e.old);
    }
  });
});

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
