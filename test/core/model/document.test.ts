import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/core/index.js';
import { SourceDocument, splitLines } from '../../../server/src/core/model/document.js';

describe('splitLines', () => {
  it('splits on LF, CRLF and a lone CR', () => {
    const text = 'a\nb\r\nc\rd';
    assert.deepEqual(
      splitLines(text).map((l) => text.slice(l.start, l.end)),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(splitLines(text).map((l) => l.next), [2, 5, 7, 8]);
  });
  it('has one empty line for an empty text and a last empty line after a final newline', () => {
    assert.equal(splitLines('').length, 1);
    assert.equal(splitLines('a\n').length, 2);
  });
});

describe('SourceDocument', () => {
  it('plain paragraphs are lines without the full-width indent', () => {
    const text = '标题\n\n　　第一段。\r\n　　第二段。  \n';
    const doc = new SourceDocument(text);
    assert.deepEqual(
      doc.paragraphs.map((p) => text.slice(p.start, p.end)),
      ['标题', '第一段。', '第二段。'],
    );
  });
  it('markdown paragraphs are blocks; headings and list items stand alone; code is ignored', () => {
    const text = '# 标题\n第一行\n第二行\n\n- 甲\n- 乙\n\n```\ncode\n```\n尾';
    const doc = new SourceDocument(text, 'markdown');
    assert.deepEqual(
      doc.paragraphs.map((p) => text.slice(p.start, p.end)),
      ['# 标题', '第一行\n第二行', '- 甲', '- 乙', '尾'],
    );
    const code = text.indexOf('code');
    assert.ok(doc.isIgnored(code, code + 4));
    assert.ok(!doc.isIgnored(text.indexOf('尾'), text.indexOf('尾') + 1));
  });
  it('parses nothing until asked', () => {
    const doc = new SourceDocument('X亿元');
    assert.equal((doc as unknown as { placeholdersCache?: unknown }).placeholdersCache, undefined);
    assert.equal(doc.placeholders.length, 1);
    assert.equal(doc.placeholders, doc.placeholders);
  });
});

describe('LineIndex', () => {
  it('gives zero-based lines and UTF-16 columns across CRLF and astral characters', () => {
    const text = '第一行\r\n𠮷X\r\n';
    const index = new LineIndex(text);
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(text.indexOf('X')), { line: 1, character: 2 });
    assert.deepEqual(index.position(text.length), { line: 2, character: 0 });
  });
});

describe('ignored ranges in Markdown', () => {
  const ignored = (text: string) => new SourceDocument(text, 'markdown').ignored.map(([s, e]) => text.slice(s, e));
  it('code spans, comments, link targets and autolinks', () => {
    assert.deepEqual(ignored('用 `X亿元` 和 ``a`b`` 表示，<!-- 注 X -->见[文件](附件X.md "标题")与<https://x.cn/X>。'), [
      '`X亿元`',
      '``a`b``',
      '<!-- 注 X -->',
      '(附件X.md "标题")',
      '<https://x.cn/X>',
    ]);
  });
  it('leaves unclosed constructs as prose, however many there are', () => {
    const text = `${'<!--X'.repeat(3)}](X ${'`'}X\n-->`;
    assert.deepEqual(ignored(text), ['<!--X<!--X<!--X](X `X\n-->']);
    assert.deepEqual(ignored(']( X ](X'), []);
    assert.deepEqual(ignored('`X``'), []);
  });
});
