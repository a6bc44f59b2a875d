// Preloaded into the language server (node --require) to make one rule throw, with nothing in
// the product to help: every regular-expression entry point throws for a pattern whose source is
// exactly FAILING_PATTERN, which only a user-supplied `regexPatterns` entry can have.
'use strict';
const FAILING_PATTERN = 'GONGWEN_TEST_FAILURE';
const fail = (original) =>
  function (...args) {
    if (this instanceof RegExp && this.source === FAILING_PATTERN) throw new Error('injected failure');
    return original.apply(this, args);
  };
for (const key of ['exec', 'test', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split]) {
  RegExp.prototype[key] = fail(RegExp.prototype[key]);
}
