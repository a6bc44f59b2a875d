import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixed, messages } from '../../helpers/rules.js';

describe('enumeration-sequence', () => {
  const cases: [string, string[], string | undefined][] = [
    ['一是加强领导，二是压实责任，四是强化督导。', ['列举不连续：「二是」之后应为「三是」，这里是「四是」'], '一是加强领导，二是压实责任，三是强化督导。'],
    ['一要统筹，二要落实，三是宣传。', ['列举方式混用：前面用「一要」，这里用「三是」，应为「三要」'], '一要统筹，二要落实，三要宣传。'],
    ['第一，统一思想。第二，突出重点。第二，狠抓落实。', ['列举重复：「第二，」之后又是「第二，」，应为「第三，」'], '第一，统一思想。第二，突出重点。第三，狠抓落实。'],
    ['其一，要稳；其三，要进。', ['列举不连续：「其一」之后应为「其二」，这里是「其三」'], '其一，要稳；其二，要进。'],
    ['首先，加强领导；其次，完善制度；其次，强化考核。', ['列举重复：「其次」之后又是「其次」，应为「再次」'], '首先，加强领导；其次，完善制度；再次，强化考核。'],
    ['首先，加强领导；最后，强化考核；其次，完善制度。', ['「最后」之后还有「其次」'], undefined],
    ['一是稳增长。\n二是促改革。\n三是惠民生。', [], undefined],
    ['一是稳增长。一要抓项目，二要抓投资。二是促改革。', [], undefined],
    ['坚持一是一、二是二，统一思想。', [], undefined],
    ['其次，我们要看到困难。', [], undefined],
    ['这是统一是前提，二是基础。', [], undefined],
  ];
  for (const [text, expected, after] of cases) {
    it(text, () => {
      assert.deepEqual(messages(text, 'enumeration-sequence'), expected);
      if (after !== undefined) assert.equal(fixed(text, 'enumeration-sequence'), after);
    });
  }
});
