import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generate } from '../../../bench/generate.js';
import { lintDocument, SourceDocument, speechStats } from '../../../server/src/core/index.js';
import { LintedModel } from '../../../server/src/lsp/linted-model.js';
import { documentSymbols, foldingRanges, outlineSource } from '../../../server/src/lsp/outline-features.js';

describe('what the server keeps of a linted model', () => {
  const text = `关于做好秋冬农业生产工作的通知\n\n${generate(8000, 11)}`;
  const fresh = () => new SourceDocument(text, 'plain');

  it('reads the speech length, document type and outline a fresh model gives', () => {
    const doc = fresh();
    lintDocument(doc);
    const kept = new LintedModel(doc);
    assert.equal(kept.characters, speechStats(fresh()).characters);
    assert.deepEqual(kept.documentType, fresh().documentType);
    assert.ok(kept.documentType !== undefined, 'the title states a type');
    const document = TextDocument.create('file:///draft.txt', 'plaintext', 1, text);
    assert.deepEqual(documentSymbols(document, kept.outline!), documentSymbols(document, outlineSource(fresh())));
    assert.deepEqual(foldingRanges(document, kept.outline!), foldingRanges(document, outlineSource(fresh())));
    assert.ok(foldingRanges(document, kept.outline!).length > 0);
  });

  it('reads them when first asked for, before or after settling, and keeps no model', () => {
    const kept = new LintedModel(fresh());
    const characters = kept.characters;
    kept.settle();
    assert.equal(kept.characters, characters);
    assert.equal(Object.values(kept).some((v) => v instanceof SourceDocument), false, 'the model is let go');
  });

  it('forgets the outline but not the rest', () => {
    for (const settled of [true, false]) {
      const kept = new LintedModel(fresh());
      if (settled) kept.settle();
      kept.forgetOutline();
      assert.equal(kept.outline, undefined);
      assert.equal(kept.characters, speechStats(fresh()).characters);
    }
  });

  it('tells Markdown with # headings, whose outline VS Code gives', () => {
    const doc = new SourceDocument('# 讲话\n\n## 一、总体情况\n\n内容\n', 'markdown');
    assert.equal(new LintedModel(doc).outline?.markdownHeadings, true);
    assert.equal(new LintedModel(new SourceDocument('讲话\n\n一、总体情况\n\n内容\n', 'markdown')).outline?.markdownHeadings, false);
  });
});
