import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../server/src/core/index.js';

const rulesByLine = (text: string, format: 'markdown' | 'plain' = 'markdown') => {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return lint(text, undefined, { format }).map((f) => `${lineOf(f.range[0])}:${f.ruleId}`);
};

// Line 1 has a placeholder; the figures conflict on the line that repeats the metric.
describe('Markdown directives', () => {
  it('gongwen-disable silences every rule up to gongwen-enable', () => {
    const text = ['完成X亿元。', '<!-- gongwen-disable -->', '完成X亿元。', '<!-- gongwen-enable -->', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(text), ['1:placeholder', '5:placeholder']);
  });

  it('a rule list silences only those rules, and enable can restore one of an all-rule disable', () => {
    const text = [
      '全县粮食播种面积12.6万亩，X户。',
      '<!-- gongwen-disable figure-conflict -->',
      '全县粮食播种面积12.8万亩，X户。',
      '<!-- gongwen-enable figure-conflict -->',
      '<!-- gongwen-disable -->',
      '<!-- gongwen-enable placeholder -->',
      '全县粮食播种面积12.9万亩，X户。',
    ].join('\n');
    assert.deepEqual(rulesByLine(text), ['1:placeholder', '3:placeholder', '7:placeholder']);
  });

  it('gongwen-disable-next-line silences the next line only, for the rules listed', () => {
    const text = ['<!-- gongwen-disable-next-line placeholder -->', '完成X亿元。', '完成X亿元。', '<!-- gongwen-disable-next-line heading-sequence -->', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(text), ['3:placeholder', '5:placeholder']);
  });

  it('accepts rule lists separated by commas, 、 or spaces', () => {
    const text = ['<!-- gongwen-disable-next-line figure-conflict，placeholder -->', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(text), []);
  });

  it('ignores directives in fenced code, inline, or in plain text', () => {
    const fenced = ['```markdown', '<!-- gongwen-disable -->', '```', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(fenced), ['4:placeholder']);
    const inline = ['用 `<!-- gongwen-disable -->` 停用。', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(inline), ['2:placeholder']);
    const plain = ['<!-- gongwen-disable -->', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(plain, 'plain'), ['2:placeholder']);
  });

  it('a directive is a comment alone on its line', () => {
    const trailing = ['前文。<!-- gongwen-disable -->', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(trailing), ['2:placeholder']);
    const wrapped = ['<!--', 'gongwen-disable', '-->', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(wrapped), ['4:placeholder']);
    const indented = ['  <!--gongwen-disable-next-line placeholder-->  ', '完成X亿元。'].join('\n');
    assert.deepEqual(rulesByLine(indented), []);
  });
});
