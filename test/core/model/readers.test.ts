import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument, type Source } from '../../../server/src/core/model/document.js';
import { readText } from '../../../server/src/core/readers/index.js';
import { MarkdownSource } from '../../../server/src/core/readers/markdown.js';
import { PlainSource } from '../../../server/src/core/readers/plain.js';

const blocks = (text: string, format: 'plain' | 'markdown' = 'markdown') =>
  new SourceDocument(text, format).paragraphs.map((p) => [text.slice(p.start, p.end), p.block, text.slice(p.contentStart, p.end)]);
const paragraphs = (text: string) => new SourceDocument(text, 'markdown').paragraphs.map((p) => text.slice(p.start, p.end));
const ignored = (text: string, format: 'plain' | 'markdown' = 'markdown') => new SourceDocument(text, format).ignored.map(([s, e]) => text.slice(s, e));

describe('readers', () => {
  it('pick the reader by format, plain by default', () => {
    assert.ok(readText('甲') instanceof PlainSource);
    assert.ok(readText('甲', 'markdown') instanceof MarkdownSource);
    assert.equal(readText('# 甲', 'markdown').format, 'markdown');
  });

  it('a plain draft: every line a paragraph, its words from its first character, only URLs ignored', () => {
    const text = '## 一、甲\r\n\r\n　　- `X` 见 https://x.cn/a\n';
    assert.deepEqual(blocks(text, 'plain'), [
      ['## 一、甲', 'text', '## 一、甲'],
      ['- `X` 见 https://x.cn/a', 'text', '- `X` 见 https://x.cn/a'],
    ]);
    assert.deepEqual(ignored(text, 'plain'), ['https://x.cn/a']);
    assert.deepEqual(new SourceDocument(text).outline.nodes, []);
  });

  it('Markdown blocks have a kind and the offset where their words begin', () => {
    const text = '## **一、总体要求**\n- 甲\n  续\n1. 乙\n> 引\n> > 再引\n**二、其他**\n正文';
    assert.deepEqual(blocks(text), [
      ['## **一、总体要求**', 'heading', '一、总体要求**'],
      ['- 甲\n  续', 'item', '甲\n  续'],
      ['1. 乙', 'item', '乙'],
      ['> 引', 'quote', '引'],
      ['> > 再引', 'quote', '再引'],
      ['**二、其他**\n正文', 'text', '二、其他**\n正文'],
    ]);
  });

  it('an empty list item or heading keeps its words start inside the paragraph', () => {
    const text = '-\n\n#\n';
    for (const p of new SourceDocument(text, 'markdown').paragraphs) assert.ok(p.start <= p.contentStart && p.contentStart <= p.end);
  });

  it('a document is built from any Source, as a docx reader will give it', () => {
    const text = '一、甲\n二、乙';
    const source: Source = {
      text,
      format: 'plain',
      comments: [],
      lines: [
        { start: 0, end: 3, next: 4 },
        { start: 4, end: 7, next: 7 },
      ],
      paragraphs: [
        { start: 0, end: 3, block: 'text', contentStart: 0 },
        { start: 4, end: 7, block: 'text', contentStart: 4 },
      ],
      ignored: [[5, 7]],
    };
    const doc = new SourceDocument(source);
    assert.equal(doc.text, text);
    assert.equal(doc.paragraphs, source.paragraphs);
    assert.deepEqual(doc.outline.nodes.map((n) => n.value), [1, 2]);
    assert.ok(doc.isIgnored(5, 6));
  });

  it('read nothing until asked: a plain draft whose paragraphs are read never looks for URLs', () => {
    const source = new PlainSource('一、甲 https://x.cn');
    const doc = new SourceDocument(source);
    void doc.outline;
    assert.equal((source as unknown as { ignoredCache?: unknown }).ignoredCache, undefined);
  });
});

describe('Markdown paragraphs', () => {
  it('every heading line is a paragraph of its own, # or underlined', () => {
    assert.deepEqual(paragraphs('前言\n# 标题\n正文'), ['前言', '# 标题', '正文']);
    assert.deepEqual(blocks('讲话稿\n===\n一、总体要求\n---\n正文'), [
      ['讲话稿', 'heading', '讲话稿'],
      ['一、总体要求', 'heading', '一、总体要求'],
      ['正文', 'text', '正文'],
    ]);
    // An underline under a list item is a thematic break, not a heading.
    assert.deepEqual(blocks('- 甲\n---')[0]![1], 'item');
  });

  it('a line that begins with an outline heading or an article starts a paragraph', () => {
    assert.deepEqual(paragraphs('一、甲\n二、乙\n正文接上。\n（一）丙\n1.丁\n（1）戊\n①己\n**2.庚**\n第三条　辛'), [
      '一、甲',
      '二、乙\n正文接上。',
      '（一）丙',
      '1.丁',
      '（1）戊',
      '①己',
      '**2.庚**',
      '第三条　辛',
    ]);
    // Not headings: a line that only begins with numbers.
    assert.deepEqual(paragraphs('正文\n一、二季度平稳。\n1.5万亿元投资。\n第三方评估。'), ['正文\n一、二季度平稳。\n1.5万亿元投资。\n第三方评估。']);
  });

  it('an attachment line is a paragraph of its own, so that numbering starts again after it', () => {
    const text = '一、甲\n二、乙\n正文。\n附件：\n考评指标\n一、说明';
    assert.deepEqual(paragraphs(text), ['一、甲', '二、乙\n正文。', '附件：', '考评指标', '一、说明']);
    assert.deepEqual(new SourceDocument(text, 'markdown').outline.nodes.map((n) => [n.part, n.value]), [[0, 1], [0, 2], [1, 1]]);
  });

  it('the outline finds every heading of adjacent lines', () => {
    const text = '一、甲\n二、乙\n四、丙';
    assert.deepEqual(
      new SourceDocument(text, 'markdown').outline.nodes.map((n) => text.slice(n.marker[0], n.marker[1])),
      ['一、', '二、', '四、'],
    );
  });

  it('bullets and quotes hold no headings; a numbered item is one', () => {
    const text = '- 一、甲\n> 二、乙\n1. 丙';
    assert.deepEqual(
      new SourceDocument(text, 'markdown').outline.nodes.map((n) => text.slice(n.marker[0], n.marker[1])),
      ['1.'],
    );
  });

  it('keeps CRLF line ends out of paragraphs', () => {
    assert.deepEqual(paragraphs('一、甲\r\n二、乙\r\n\r\n正文\r\n接上'), ['一、甲', '二、乙', '正文\r\n接上']);
  });

  it('leaves fenced code, front matter and lines that begin in a comment out of every paragraph', () => {
    assert.deepEqual(paragraphs('---\ntitle: 一、甲\n---\n正文\n```\n一、乙\n```\n<!-- 注 -->\n尾'), ['正文', '尾']);
  });
});

describe('Markdown markup is not prose', () => {
  it('thematic breaks, task boxes and the empty text of a link', () => {
    assert.deepEqual(ignored('甲\n___\n* * *\n- [ ] 待办\n1. ［　］ 待办\n见[](附件.md)与[ ](x)'), ['___', '* * *', '[ ]', '［　］', '[](附件.md)', '[ ](x)']);
  });
  it('but a blank line of underscores in a sentence, a box after words and a bracket without a link are prose', () => {
    assert.deepEqual(ignored('签名：____\n甲 [ ] 乙\n[ ] 丙\n[ ]（注）'), []);
  });
  it('so they are no placeholders, while the same in a plain draft are', () => {
    const text = '甲\n___\n- [ ] 待办\n见[](附件.md)';
    const kinds = (format: 'plain' | 'markdown') => new SourceDocument(text, format).placeholders.map((p) => text.slice(p.range[0], p.range[1]));
    assert.deepEqual(kinds('markdown'), []);
    assert.deepEqual(kinds('plain'), ['___', '[ ]', '[]']);
  });
});
