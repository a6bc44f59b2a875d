import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileGlob, isGlob, overrideGlobMatches } from '../../server/src/node/glob.js';

describe('isGlob', () => {
  it('tells a pattern the shell left unexpanded from a plain path', () => {
    for (const pattern of ['*.md', 'draft/**/*.txt', '第?章.txt', '[ab].md', '{a,b}.md', 'C:\\drafts\\*.txt']) assert.ok(isGlob(pattern), pattern);
    for (const pattern of ['draft/a.txt', '讲话稿.md', 'C:\\drafts\\a.txt']) assert.equal(isGlob(pattern), false, pattern);
  });
});

describe('compileGlob', () => {
  it('walks from the folder before the first glob and matches the rest', () => {
    const { base, match } = compileGlob('draft/**/*.{md,gw}');
    assert.equal(base, 'draft');
    assert.deepEqual(['b.md', 'sub/c.gw', 'a.txt', 'sub/d.md.txt'].map(match), [true, true, false, false]);
  });
  it('walks the working folder, the root or a Windows folder', () => {
    assert.equal(compileGlob('*.md').base, '.');
    assert.equal(compileGlob('/*.md').base, '/');
    assert.equal(compileGlob('C:\\drafts\\*.txt').base, 'C:/drafts');
  });
  it('keeps * inside one folder, and ? to one character', () => {
    const { match } = compileGlob('*.txt');
    assert.deepEqual(['a.txt', 'sub/a.txt', '.hidden.txt'].map(match), [true, false, true]);
    assert.deepEqual(['第一章.txt', '第一.txt'].map(compileGlob('第?章.txt').match), [true, false]);
  });
});

describe('overrideGlobMatches', () => {
  it('matches a pattern without / against the file name in any folder', () => {
    assert.deepEqual(['notes.md', 'sub/notes.md', 'sub/notes.txt'].map((p) => overrideGlobMatches('*.md', p)), [true, true, false]);
    assert.ok(overrideGlobMatches('README.md', 'docs/README.md'));
  });
  it('anchors a pattern with / at the config folder', () => {
    assert.deepEqual(['附件/附件1.txt', '附件/表/a.txt', 'x/附件/a.txt'].map((p) => overrideGlobMatches('附件/**', p)), [true, true, false]);
    assert.ok(overrideGlobMatches('./附件/*.txt', '附件/a.txt'));
    assert.ok(overrideGlobMatches('附件\\*.txt', '附件/a.txt'), 'a Windows separator');
  });
  it('knows classes and alternatives', () => {
    assert.deepEqual(['a1.md', 'a2.md', 'a3.md'].map((p) => overrideGlobMatches('a[12].md', p)), [true, true, false]);
    assert.deepEqual(['x.md', 'x.gw', 'x.txt'].map((p) => overrideGlobMatches('*.{md,gw}', p)), [true, true, false]);
  });
});
