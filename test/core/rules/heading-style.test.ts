import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixed, messages } from '../../helpers/rules.js';

describe('heading-style', () => {
  const cases: [string, string, string][] = [
    ['一.总体要求', '一、总体要求', '第一层序号应写作「一、」，这里是「一.」'],
    ['一，总体要求', '一、总体要求', '第一层序号应写作「一、」，这里是「一，」'],
    ['一 总体要求', '一、总体要求', '第一层序号应写作「一、」，这里是「一 」'],
    ['（一）、指导思想', '（一）指导思想', '第二层序号应写作「（一）」，这里是「（一）、」'],
    ['(一)指导思想', '（一）指导思想', '第二层序号应写作「（一）」，这里是「(一)」'],
    ['1、加强领导', '1.加强领导', '第三层序号应写作「1.」，这里是「1、」'],
    ['(1)严格考核', '（1）严格考核', '第四层序号应写作「（1）」，这里是「(1)」'],
    ['（1）.严格考核', '（1）严格考核', '第四层序号应写作「（1）」，这里是「（1）.」'],
    ['1)严格考核', '（1）严格考核', '第四层序号应写作「（1）」，这里是「1)」'],
  ];
  for (const [text, after, message] of cases) {
    it(text, () => {
      assert.deepEqual(messages(text, 'heading-style'), [message]);
      assert.equal(fixed(text, 'heading-style'), after);
    });
  }
  it('one style per level: the minority follows the majority, never 1。', () => {
    const text = '1.甲\n2.乙\n3．丙';
    assert.deepEqual(messages(text, 'heading-style'), ['同一层序号写法不一致：本文多用「3.」，这里是「3．」']);
    assert.equal(fixed(text, 'heading-style'), '1.甲\n2.乙\n3.丙');
  });
  it('leaves correct headings alone', () => {
    assert.deepEqual(messages('一、甲\n（一）乙\n1.丙\n（1）丁\n①戊', 'heading-style'), []);
  });
});
