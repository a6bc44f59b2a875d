import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';

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
    ['检查15次', 15, '次', 0, undefined],
    ['不低于103%', 103, '%', 0.5, 'over'],
    ['不高于5%', 5, '%', 0.5, 'under'],
    // The 约 of 签约, 节约 is part of a word: an exact figure.
    ['签约3543亿元', 3543e8, '元', 5e7, undefined],
    ['节约50吨', 50, '吨', 0.5, undefined],
  ];
  for (const [text, value, unit, tolerance, approx] of cases) {
    it(text, () => {
      const [f] = new SourceDocument(text).figures;
      assert.ok(f, 'a figure');
      assert.deepEqual([f.value, f.unit, f.tolerance, f.approx], [value, unit, tolerance, approx]);
    });
  }
  it('leaves dates, ordinals, codes and words alone', () => {
    const text = '2025年3月，第3名，5G基站，PM2.5浓度，12345热线，千家万户，〔2021〕21号，3个月，第3次，三次产业，两次';
    assert.deepEqual(new SourceDocument(text).figures.map((f) => text.slice(f.range[0], f.range[1])), []);
  });
  it('knows what a figure measures', () => {
    const text = '上半年，全区固定资产投资累计完成5.2亿元，同比增长8.5%；其中水冲式厕所2800户、三格式厕所500户。';
    assert.deepEqual(new SourceDocument(text).figures.map((f) => f.metric), ['全区固定资产投资', '同比增长', '其中水冲式厕所', '三格式厕所']);
  });
  it('leaves adverbs out of the metric, but not the 均 of 人均', () => {
    const text = '群众满意率分别达到96.1%，参保率均保持在98%，农民人均12000元，合格率始终为99%。';
    assert.deepEqual(new SourceDocument(text).figures.map((f) => f.metric), ['群众满意率', '参保率', '农民人均', '合格率']);
  });
  it('gives the later items of a list of figures the metric of the first', () => {
    const text = '满意率分别达到96.1%、101.5%，合格率为99.2%和104%，甲2800户、乙500户，增长5%、8万元。';
    const figures = new SourceDocument(text).figures;
    assert.deepEqual(
      figures.map((f) => [text.slice(f.range[0], f.range[1]), f.metric, f.listed]),
      [
        ['达到96.1%', '满意率', false],
        ['101.5%', '满意率', true],
        ['99.2%', '合格率', false],
        ['104%', '合格率', true],
        ['2800户', '甲', false],
        ['500户', '乙', false],
        ['5%', '增长', false],
        ['8万元', '', false],
      ],
    );
  });
});
