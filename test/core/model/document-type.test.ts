import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, normalizeConfig, SourceDocument } from '../../../server/src/core/index.js';

const typeOf = (...lines: string[]) => {
  const t = new SourceDocument(lines.join('\n')).documentType;
  return t ? `${t.type}${t.delivered ? ' delivered' : ''} (${t.source})` : undefined;
};

describe('document head and type', () => {
  it('reads the type from the title, over two lines, past the 文件 line and draft marks', () => {
    assert.equal(typeOf('XX市人民政府文件', 'X政发〔2025〕3号', '关于加快数字政府建设的意见', '各区人民政府：'), '意见 (title)');
    assert.equal(typeOf('国务院办公厅关于印发', '“十四五”现代物流发展规划的通知', '国办发〔2022〕17号'), '通知 (title)');
    assert.equal(typeOf('关于增拨防汛经费的请示（代拟稿）', '市人民政府：'), '请示 (title)');
    assert.equal(typeOf('关于商请支持的复函'), '函 (title)');
    assert.equal(typeOf('区政府第八次常务会议纪要'), '纪要 (title)');
    assert.equal(typeOf('政 府 工 作 报 告', '——2026年1月25日在区第十届人民代表大会', '第四次会议上', '区长 张三', '各位代表：'), '报告 delivered (title)');
    assert.equal(typeOf('在全区安全生产工作会议上的致辞'), '讲话 delivered (title)');
    assert.equal(typeOf('坚定信心 真抓实干', '——在区第五次党代会上的报告', '同志们：'), '报告 delivered (subtitle)');
  });

  it('states none when no title states one', () => {
    assert.equal(typeOf('各位代表：', '现在，我代表区人民政府报告工作。'), undefined);
    assert.equal(typeOf('今年以来，全区经济运行总体平稳。'), undefined);
    assert.equal(typeOf('做好三项工作'), undefined);
  });

  it('finds the addressee and where the body starts', () => {
    const doc = new SourceDocument(['关于X的通知', 'X府发〔2025〕1号', '', '各镇人民政府：', '　　正文。'].join('\n'));
    const head = doc.head;
    assert.equal(doc.text.slice(head.addressee![0], head.addressee![1]), '各镇人民政府：');
    assert.equal(doc.text.slice(head.documentNumber![0], head.documentNumber![1]), 'X府发〔2025〕1号');
    assert.equal(head.bodyLine, 4);
    const minutes = new SourceDocument(['会议纪要', '', '4月3日，局长主持召开会议，现纪要如下：'].join('\n')).head;
    assert.equal(minutes.addressee, undefined, 'a sentence ending in a colon is body, not an addressee');
  });
});

describe('the configured document type', () => {
  it('serves a draft whose title states none; a type the title states wins', () => {
    const config = normalizeConfig({ documentType: '请示' }).config;
    const untitled = ['市人民政府：', '　　拟请增拨防汛专项经费300万元。'].join('\n');
    assert.deepEqual(
      lint(untitled, config).filter((f) => f.ruleId === 'doctype-structure').map((f) => f.messageId),
      ['requestMissing'],
    );
    assert.deepEqual(lint(untitled).filter((f) => f.ruleId === 'doctype-structure'), [], 'no type, no check');
    const notice = ['关于做好汛期值班工作的通知', '各镇人民政府：', '　　请做好值班工作。'].join('\n');
    assert.deepEqual(lint(notice, config).filter((f) => f.ruleId === 'doctype-structure'), []);
  });
});
