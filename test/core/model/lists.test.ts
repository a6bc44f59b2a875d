import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';
import type { CountedList } from '../../../server/src/core/model/lists.js';

const read = (text: string, format: 'plain' | 'markdown' = 'plain') =>
  new SourceDocument(text, format).lists.map((l: CountedList) => ({
    kind: l.kind,
    phrase: text.slice(l.phrase[0], l.phrase[1]),
    numeral: text.slice(l.numeral[0], l.numeral[1]),
    count: l.count,
    measure: l.measure,
    items: l.items.map(([s, e]) => text.slice(s, e)),
    etc: l.etc,
  }));

describe('counted lists: a count and the items it counts', () => {
  it('an announcement and the headings after it', () => {
    const text = '下面，我讲三点意见。\n一、提高认识\n二、压实责任\n三、强化督导';
    assert.deepEqual(read(text), [{ kind: 'announced', phrase: '三点意见', numeral: '三', count: 3, measure: '点', items: ['一、', '二、', '三、'], etc: false }]);
  });
  it('an announcement and the run-in series after it, in the same paragraph', () => {
    const text = '重点抓了以下四个方面工作：一是抓投资，二是抓项目，三是抓招商。';
    assert.deepEqual(read(text).map((l) => [l.kind, l.count, l.items]), [['announced', 4, ['一是', '二是', '三是']]]);
  });
  it('paragraphs led by ——', () => {
    const text = '主要有两项任务：\n——完善机制。\n——强化保障。\n——严格考核。';
    assert.deepEqual(read(text).map((l) => [l.count, l.items.length]), [[2, 3]]);
  });
  it('a quoted list, quoted terms side by side, an unquoted list before a category, 等', () => {
    assert.deepEqual(read('坚持“内部挤、外部购、上面调”三个方面。')[0]?.items, ['内部挤', '外部购', '上面调']);
    assert.deepEqual(read('落实“双报到”“双报告”两项制度。')[0]?.items, ['双报到', '双报告']);
    assert.deepEqual(read('改造车间：A、B、C三个车间。')[0]?.items, ['A', 'B', 'C']);
    assert.deepEqual(read('重点产业：软件信息、科技服务和商务服务三大产业。')[0]?.items, ['软件信息', '科技服务', '商务服务']);
    const etc = read('覆盖乡村振兴、社会事业等七大方面。')[0];
    assert.deepEqual([etc?.kind, etc?.etc, etc?.items.length], ['listed', true, 2]);
  });
  it('no list: a count with nothing to check, quoted formulas, characters, counts in code', () => {
    assert.deepEqual(read('新建三个车间。'), []);
    assert.deepEqual(read('落实“四个全面”战略布局。'), []);
    assert.deepEqual(read('“巩固、增强、提升、畅通”八个字。'), []);
    assert.deepEqual(read('讲`三点意见`：\n一、甲\n二、乙', 'markdown'), []);
  });
});
